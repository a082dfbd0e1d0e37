"""Exchange files through the ``mainstream`` command: export, import (with a
dry run first), a sender confirmed once, passphrases, and a corpus of files
that must be refused with one line and the database left as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db.services import Actor, create
from db.services.authorship import joined, operation_message
from db.services.digests import change_digest
from db.store import Store
from desktop.cli import main
from desktop.exchange.files import identity
from desktop.exchange.keys import sign
from desktop.exchange.package import read_package, write_package


def run(db: Path, *args: str | Path) -> tuple[int, str, str]:
    completed = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(db), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    return completed.returncode, completed.stdout, completed.stderr


def call(db: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--db", str(db), *map(str, args)])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def sender_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sender") / "sender.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def sender(tmp_path: Path, sender_template: Path) -> Path:
    path = tmp_path / "sender.db"
    shutil.copyfile(sender_template, path)
    return path


@pytest.fixture
def exported(sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "peru.mxf"
    code, printed, err = call(sender, capsys, "export", "-o", out, "--country", "PER")
    assert (code, err) == (0, ""), err
    assert "changes" in printed
    return out


def dump(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = call(db, capsys, "dump", *args)
    assert (code, err) == (0, "")
    return out


def test_a_new_installation_imports_peru_after_confirming_the_sender(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = tmp_path / "receiver.db"
    code, out, _err = call(receiver, capsys, "import", exported, "--dry-run")
    assert code == 0 and "NEW" in out and "Dry run" in out and "committee: 2 new" in out
    assert json.loads(dump(receiver, capsys))["records"]["committee"] == []  # the dry run changed nothing

    code, _out, err = call(receiver, capsys, "import", exported)
    assert code == 2 and "--trust" in err and err.count("\n") == 1

    code, out, err = call(receiver, capsys, "import", exported, "--trust")
    assert (code, err) == (0, ""), err
    assert dump(receiver, capsys, "--country", "PER") == dump(sender, capsys, "--country", "PER")
    assert receiver.with_name("receiver.db.before-import.bak").exists()

    code, out, err = call(receiver, capsys, "import", exported)  # known now, and nothing new
    assert code == 0 and "(known, trusted for PER)" in out and "Nothing to do" in out
    code, out, _err = call(receiver, capsys, "partners")
    assert identity(Store.open(sender)).fingerprint in out


def test_changes_travel_back_and_a_clash_is_listed_as_a_conflict(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = tmp_path / "receiver.db"
    assert call(receiver, capsys, "import", exported, "--trust")[0] == 0
    committee = json.loads(dump(receiver, capsys, "--country", "PER"))["records"]["committee"][0]
    for db, name in ((sender, "Mesa de Trabajo (Lima)"), (receiver, "Mesa de Trabajo — مكتب")):
        edit = tmp_path / "edit.json"
        edit.write_text(
            json.dumps(
                {"format": "mainstream-dump", "version": 1, "records": {"committee": [{**committee, "name": name}]}}
            ),
            encoding="utf-8",
        )
        assert call(db, capsys, "load", edit)[0] == 0
    back = tmp_path / "back.mxf"
    assert call(receiver, capsys, "export", "-o", back)[0] == 0
    code, out, err = call(sender, capsys, "import", back, "--trust")
    assert (code, err) == (0, ""), err
    assert "committee: 1 changed, 1 in conflict" in out or "1 in conflict" in out
    code, out, _err = call(sender, capsys, "conflicts")
    assert "Mesa de Trabajo (Lima)" in out and "Mesa de Trabajo — مكتب" in out
    assert out.count("\n") == 1


def test_an_encrypted_file_needs_its_passphrase(
    sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phrase, wrong = tmp_path / "phrase.txt", tmp_path / "wrong.txt"
    phrase.write_text("correct horse battery staple\n", encoding="utf-8")
    wrong.write_text("tr0ub4dor&3\n", encoding="utf-8")
    out = tmp_path / "secret.mxf"
    assert call(sender, capsys, "export", "-o", out, "--country", "BDI", "--passphrase-file", phrase)[0] == 0
    assert b"Burundi" not in out.read_bytes() and b"Bujumbura" not in out.read_bytes()
    receiver = tmp_path / "receiver.db"
    code, _out, err = call(receiver, capsys, "import", out, "--trust")
    assert code == 2 and "passphrase" in err
    code, _out, err = call(receiver, capsys, "import", out, "--trust", "--passphrase-file", wrong)
    assert code == 2 and "passphrase" in err
    code, _out, err = call(receiver, capsys, "import", out, "--trust", "--passphrase-file", phrase)
    assert (code, err) == (0, ""), err
    assert dump(receiver, capsys, "--country", "BDI") == dump(sender, capsys, "--country", "BDI")


# --- the hostile corpus: files that must be refused, the database untouched -------------------


def _rewrite(
    source: Path,
    target: Path,
    sender_db: Path,
    change: Callable[[list[dict], dict], None],
    *,
    key_from: Path | None = None,
    files: dict[str, bytes] | None = None,
    recount: bool = True,
) -> None:
    """Re-sign a package after ``change`` altered its operations or manifest (a forger with a key);
    ``files``: attached files added to it (by content); ``recount``: the manifest counts the changes again."""
    package = read_package(source)
    operations = [json.loads(line) for line in package.parts["changes.jsonl"].splitlines()]
    manifest = {k: v for k, v in package.manifest.items() if k not in ("format", "format_version", "parts")}
    change(operations, manifest)
    if recount:
        manifest["operations"] = len(operations)
    parts = dict(package.parts)
    parts["changes.jsonl"] = b"".join(json.dumps(op, ensure_ascii=False).encode() + b"\n" for op in operations)
    parts.update({f"files/{hashlib.sha256(data).hexdigest()}": data for data in (files or {}).values()})
    with Store.open(key_from or sender_db) as store:
        key, device = identity(store).private_key, store.device_id()
    if "authors.jsonl" in parts:
        parts["authors.jsonl"] = signed_as_forger(operations, parts["authors.jsonl"], device, key)
    write_package(target, manifest, parts, key)


def signed_as_forger(operations: list[dict], authors: bytes, device: str, key: bytes) -> bytes:
    """The authors part a forger holding ``key`` would write: its own operations signed again
    over what the file now says; everyone else's signatures as they were (it cannot make them)."""
    lines = {(line["device"], line["at"]): line for line in map(json.loads, authors.splitlines())}
    mine: dict[tuple[str, str], list[bytes]] = {}
    for op in operations:
        if op["device"] == device:
            mine.setdefault((op["device"], op["at"]), []).append(change_digest(json.loads(json.dumps(op))))
    for (author, at), digests in mine.items():
        together = joined(digests)
        lines[(author, at)] = {
            "device": author,
            "at": at,
            "signature": sign(key, operation_message(author, at, together)).hex(),
        }
    return b"".join(json.dumps(line).encode() + b"\n" for line in lines.values())


def _first(kind: str) -> Callable[[list[dict]], dict]:
    return lambda ops: next(op for op in ops if op["kind"] == kind and op["action"] == "create")


def _far_future(ops: list[dict], _m: dict) -> None:
    ops[0]["at"] = "2099-01-01 00:00:00.000000"


def _dangling(ops: list[dict], _m: dict) -> None:
    _first("meeting")(ops)["fields"]["committee_id"] = "00000000-0000-4000-8000-000000000000"


def _invalid_value(ops: list[dict], _m: dict) -> None:
    _first("activity")(ops)["fields"]["progress"] = 250


def _huge_string(ops: list[dict], _m: dict) -> None:
    _first("policy")(ops)["fields"]["title"] = "x" * 2_000_000


def _unknown_kind(ops: list[dict], _m: dict) -> None:
    ops[0]["kind"] = "spaceship"


def _newer_schema(_ops: list[dict], manifest: dict) -> None:
    manifest["schema"] = "9999"


def _counts_lie(_ops: list[dict], manifest: dict) -> None:
    manifest["person"] = ""


def _not_a_uuid(ops: list[dict], _m: dict) -> None:
    ops[0]["id"] = "../../etc/passwd"


def _later(ops: list[dict]) -> str:
    """A stamp just after every change of the file."""
    import datetime as dt

    latest = max(dt.datetime.fromisoformat(op["at"]) for op in ops)
    return (latest + dt.timedelta(microseconds=1)).strftime("%Y-%m-%d %H:%M:%S.%f")


def _stamped_after_the_file(ops: list[dict], manifest: dict) -> None:
    """Within a day of the receiver's clock, but after the sender's own: stamped ahead to win by the clock."""
    import datetime as dt

    made = dt.datetime.strptime(manifest["created_at"], "%Y-%m-%dT%H:%M:%SZ")
    _first("policy")(ops)["at"] = (made + dt.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S.%f")


def _knows_of_a_wrong_shape(_ops: list[dict], manifest: dict) -> None:
    """Stored as what the sender holds, it made every later ``export --for`` that sender fail."""
    manifest["knows"] = {"PER": ["not", "devices"]}


def _countries_not_codes(_ops: list[dict], manifest: dict) -> None:
    manifest["countries"] = ["PER", "<img src=x>"]


def _lacks_required(ops: list[dict], _m: dict) -> None:
    del _first("policy")(ops)["fields"]["title"]


def _ends_before_it_starts(ops: list[dict], _m: dict) -> None:
    fields = _first("activity")(ops)["fields"]
    fields["planned_start"], fields["planned_end"] = "2026-06-01", "2026-01-31"


def _id_of_another_kind(ops: list[dict], _m: dict) -> None:
    _first("policy")(ops).update(id=_first("committee")(ops)["id"], at=_later(ops))


def _reference_to_another_kind(ops: list[dict], _m: dict) -> None:
    _first("meeting")(ops)["fields"]["committee_id"] = _first("policy")(ops)["id"]


def _empties_required(ops: list[dict], _m: dict) -> None:
    policy = _first("policy")(ops)
    change = {**policy, "action": "update", "at": _later(ops), "seen": {policy["device"]: policy["at"]}}
    change["fields"] = {"title": [policy["fields"]["title"], None]}
    ops.append(change)


def _moves_an_owner(ops: list[dict], _m: dict) -> None:
    """The committee moved to Burundi by the very device that made its meetings before."""
    meeting = _first("meeting")(ops)
    committee = next(op for op in ops if op["id"] == meeting["fields"]["committee_id"])
    change = {**committee, "action": "update", "at": _later(ops), "seen": {committee["device"]: committee["at"]}}
    change["fields"] = {"country": [committee["country"], "BDI"]}
    ops.append(change)


HOSTILE = {
    "lacks_a_required_field": (_lacks_required, "'title': is required"),
    "ends_before_it_starts": (_ends_before_it_starts, "before it starts"),
    "id_of_another_kind": (_id_of_another_kind, "is also the id of a new committee"),
    "reference_to_another_kind": (_reference_to_another_kind, "committee_id"),
    "empties_a_required_field": (_empties_required, "cannot empty it"),
    "moves_a_record_others_belong_to": (_moves_an_owner, "cannot change while"),
    "far_future": (_far_future, "more than a day after this computer's clock"),
    "stamped_after_the_file": (_stamped_after_the_file, "after the file itself was made"),
    "knows_of_a_wrong_shape": (_knows_of_a_wrong_shape, "says its sender holds"),
    "countries_not_codes": (_countries_not_codes, "not a country code"),
    "dangling_reference": (_dangling, "does not exist"),
    "invalid_value": (_invalid_value, "progress"),
    "huge_string": (_huge_string, "characters"),
    "unknown_kind": (_unknown_kind, "not a kind of record"),
    "newer_schema": (_newer_schema, "newer Mainstream"),
    "nameless_sender": (_counts_lie, "person"),
    "bad_id": (_not_a_uuid, "id"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_changes_are_refused_with_one_line_and_nothing_changes(
    case: str, sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change, word = HOSTILE[case]
    hostile = tmp_path / f"{case}.mxf"
    _rewrite(exported, hostile, sender, change)
    receiver = tmp_path / "receiver.db"
    with Store.open(receiver) as store, store.session() as session:  # a record of its own, to be kept
        create(
            session,
            Actor("Rukundo", store.device_id()),
            "good_practice",
            {"country": "BDI", "title": "Umuco w'amahoro", "theme": "policy_coherence"},
        )
    before = hashlib.sha256(dump(receiver, capsys).encode()).hexdigest()
    # Trusted for every country: what is refused is refused whatever the sender's authority.
    code, _out, err = call(receiver, capsys, "import", hostile, "--trust-for", "all", "--dry-run")
    assert code == 2 and err.count("\n") == 1 and word in err, err
    code, _out, err = call(receiver, capsys, "import", hostile, "--trust-for", "all")
    assert code == 2 and err.count("\n") == 1 and word in err, err
    assert hashlib.sha256(dump(receiver, capsys).encode()).hexdigest() == before


@pytest.mark.parametrize(
    ("limit", "word"),
    [
        (None, "attached file(s) that none of its changes names"),
        (10, "bytes; at most 10 are allowed"),
    ],
    ids=["named-by-no-change", "larger-than-the-editor-allows"],
)
def test_attached_files_no_record_shows_or_too_large_are_refused(
    limit: int | None,
    word: str,
    sender: Path,
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stored, such files would fill the database with bytes no attachment shows (or that the editor
    would refuse to attach)."""
    if limit is not None:
        monkeypatch.setattr("desktop.exchange.files.MAX_ATTACHMENT_BYTES", limit)
    stuffed = tmp_path / "stuffed.mxf"
    _rewrite(exported, stuffed, sender, lambda _ops, _m: None, files={"junk": b"bytes that no attachment names here"})
    receiver = tmp_path / "receiver.db"
    Store.open(receiver).close()
    before = hashlib.sha256(dump(receiver, capsys).encode()).hexdigest()
    code, _out, err = call(receiver, capsys, "import", stuffed, "--trust")
    assert code == 2 and err.count("\n") == 1 and word in err, err
    assert hashlib.sha256(dump(receiver, capsys).encode()).hexdigest() == before


def test_an_impostor_signing_as_a_known_sender_is_refused(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = tmp_path / "receiver.db"
    assert call(receiver, capsys, "import", exported, "--trust")[0] == 0
    stranger = tmp_path / "stranger.db"
    Store.open(stranger).close()
    forged = tmp_path / "forged.mxf"
    _rewrite(exported, forged, sender, lambda ops, m: ops[0].update(at=ops[0]["at"][:-1] + "9"), key_from=stranger)
    code, _out, err = call(receiver, capsys, "import", forged, "--trust")
    assert code == 2 and "signed with another key" in err and "--new-key" in err and err.count("\n") == 1


def test_a_known_partner_s_new_key_is_accepted_only_as_an_explicit_step(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The partner lost its key (a new computer, the same database): its next file is refused until
    the user, having compared the new fingerprint, imports it with --new-key; then the old key is
    the one refused."""
    receiver = tmp_path / "receiver.db"
    assert call(receiver, capsys, "import", exported, "--trust")[0] == 0
    elsewhere = tmp_path / "new-computer.db"
    shutil.copyfile(sender, elsewhere)
    from db.secrets import KeyStore

    new_keys = KeyStore(tmp_path / "new-computer-keys")
    from desktop.exchange.files import export_file

    with Store.open(elsewhere, keys=new_keys) as store:
        actor = Actor("root", store.device_id())
        with store.session() as session:
            create(
                session,
                actor,
                "good_practice",
                {"country": "PER", "title": "Clave nueva", "theme": "policy_coherence"},
            )
        new_fingerprint = identity(store).fingerprint
        export_file(store, actor, tmp_path / "rekeyed.mxf", countries=["PER"])
    code, _out, err = call(receiver, capsys, "import", tmp_path / "rekeyed.mxf")
    assert code == 2 and new_fingerprint in err and "--new-key" in err
    code, out, err = call(receiver, capsys, "import", tmp_path / "rekeyed.mxf", "--new-key")
    assert (code, err) == (0, ""), err
    assert "NEW KEY" in out and "Clave nueva" in dump(receiver, capsys)
    assert new_fingerprint in call(receiver, capsys, "partners")[1]

    old = tmp_path / "old-key.mxf"
    assert call(sender, capsys, "export", "-o", old, "--country", "PER")[0] == 0
    code, _out, err = call(receiver, capsys, "import", old)
    assert code == 2 and "signed with another key" in err


def test_the_users_own_file_coming_back_is_refused(
    sender: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = call(sender, capsys, "import", exported, "--trust")
    assert code == 2 and "this installation" in err


def test_a_damaged_file_is_refused_as_a_real_program(exported: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.mxf"
    data = exported.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    code, _out, err = run(tmp_path / "receiver.db", "import", damaged)
    assert code == 2 and err.startswith("mainstream: damaged.mxf ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_killing_an_import_at_any_moment_leaves_all_or_nothing(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = dump(sender, capsys, "--country", "PER")
    for delay in (0.3, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0):
        receiver = tmp_path / f"killed-{delay}.db"
        Store.open(receiver).close()
        empty = dump(receiver, capsys)
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "--db", str(receiver), "import", str(exported), "--trust"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.kill()
        process.wait()
        code, out, _err = call(receiver, capsys, "check")
        assert code == 0 and "no problems" in out
        after = dump(receiver, capsys)
        assert after == empty or dump(receiver, capsys, "--country", "PER") == expected


#: Runs the command line in a child that kills itself (SIGKILL, no clean-up of any kind) at a chosen
#: point of the import: "module:attribute" is wrapped to kill before or after it runs.
KILL_AT = """
import importlib, os, signal, sys
target, when, *args = sys.argv[1:]
module_name, attribute = target.split(":")
owner = importlib.import_module(module_name)
*path, name = attribute.split(".")
for part in path:
    owner = getattr(owner, part)
original = getattr(owner, name)

def killed(*given, **named):
    if when == "after":
        original(*given, **named)
    os.kill(os.getpid(), signal.SIGKILL)

setattr(owner, name, killed)
from desktop.cli import main
sys.exit(main(args))
"""


@pytest.mark.parametrize(
    ("point", "when"),
    [
        ("db.services.merge_fresh:log_rows", "before"),  # records queued, the log not yet
        ("db.services.sqlite:BulkInserts.finish", "after"),  # every row and index in, not committed
        ("desktop.exchange.files:remember_import", "after"),  # the sender remembered too, not committed
    ],
)
def test_an_import_killed_inside_its_transaction_leaves_the_database_as_it_was(
    point: str, when: str, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = tmp_path / "killed.db"
    Store.open(receiver).close()
    before = dump(receiver, capsys)
    args = ["--db", str(receiver), "import", str(exported), "--trust"]
    killed = subprocess.run([sys.executable, "-c", KILL_AT, point, when, *args], capture_output=True, check=False)
    assert killed.returncode == -9, killed.stderr  # the hook was reached: killed half-way
    code, out, _err = call(receiver, capsys, "check")
    assert code == 0 and "no problems" in out
    assert dump(receiver, capsys) == before
    code, _out, err = call(receiver, capsys, *args[2:])  # and the same file imports whole afterwards
    assert code == 0, err


def test_an_import_killed_just_after_its_commit_keeps_the_whole_file(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = tmp_path / "killed.db"
    args = ["--db", str(receiver), "import", str(exported), "--trust"]
    point = "desktop.exchange.describe:describe_report"  # the CLI's next step once the import returned
    killed = subprocess.run([sys.executable, "-c", KILL_AT, point, "before", *args], capture_output=True, check=False)
    assert killed.returncode == -9, killed.stderr
    code, out, _err = call(receiver, capsys, "check")
    assert code == 0 and "no problems" in out
    assert dump(receiver, capsys, "--country", "PER") == dump(sender, capsys, "--country", "PER")


#: A sender's name made to print a false line in the terminal: a carriage return and an escape
#: sequence that clears it, then "Headquarters ... (known)", and a right-to-left override.
SPOOFING_NAME = "Eve\r\x1b[2KFrom Headquarters, key 0000 (known)\nImported \u202eretrauqdaeH"


def test_a_sender_s_name_prints_as_written_never_as_a_false_line(
    sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from db.services.settings import USER_NAME, set_setting

    store = Store.open(sender)
    try:
        with store.session() as session:
            set_setting(session, USER_NAME, SPOOFING_NAME)
    finally:
        store.close()
    out_file = tmp_path / "eve.mxf"
    assert call(sender, capsys, "export", "-o", out_file, "--country", "PER")[0] == 0

    code, out, err = call(tmp_path / "receiver.db", capsys, "import", out_file, "--dry-run")

    assert (code, err) == (0, "")
    sender_lines = [line for line in out.splitlines() if "Eve" in line]
    assert sender_lines == [line for line in out.splitlines() if line.startswith("From ")]
    assert len(sender_lines) == 1 and "NEW" in sender_lines[0]
    assert "Eve\\r\\x1b[2KFrom Headquarters, key 0000 (known)\\nImported \\u202eretrauqdaeH" in sender_lines[0]
    assert not any(character in out for character in "\r\x1b\u202e")
