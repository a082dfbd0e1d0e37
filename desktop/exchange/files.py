"""Exchange files end to end: export, open and verify, preview, import.

The command line and the Exchange page both call these. Reading a file checks
everything before the database is touched — the container (``package``), the
sender (never this installation; a known device must sign with its known key),
the schema, then every operation field by field — and an import is one
transaction after an automatic backup: the whole file or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from db.errors import ValidationError
from db.migrations import HEAD, REVISIONS
from db.services import Actor
from db.services.attachments import MAX_ATTACHMENT_BYTES, content, held_contents
from db.services.authority import Authority, check_accepts, country_codes, file_countries, first_overreach
from db.services.authorship import (
    Signed,
    keep_signatures,
    learn_author_keys,
    operation_message,
    signed_operations,
    signing_since,
)
from db.services.changelog import clock
from db.services.changes import Changes, take
from db.services.forks import former_ids, lost_since, new_id, take_new_id, without_former_ids
from db.services.incoming import read_operations
from db.services.kinds import check_uuid
from db.services.merge import merge
from db.services.merge_report import MergeReport
from db.services.operations import Held, Operation, check_holdings, holdings
from db.services.outgoing import Outgoing
from db.services.partners import authorities_given, partner, partner_with_key, remember_export, remember_import
from db.store import Store
from desktop import version
from desktop.exchange.authors import AUTHORS, AuthorsError, Checked, check_authors, write_authors
from desktop.exchange.keys import fingerprint, generate_private_key, public_key_of, sign
from desktop.exchange.package import PackageError, PackageWriter, read_package
from desktop.paths import named_as

CHANGES = "changes.jsonl"
#: When a file was written, in its manifest (UTC).
MANIFEST_TIME = "%Y-%m-%dT%H:%M:%SZ"
FILES = "files/"
#: What an application version in a manifest may look like to be shown ("0.1.0", "1.2.0rc1").
_VERSION = re.compile(r"[0-9A-Za-z.+_-]{1,40}")
#: Progress callbacks get (what is happening, done, total); total 0 when unknown.
Progress = Callable[[str, int, int], None]


class ExchangeError(Exception):
    """A file that cannot be imported, or an export that cannot be written: one line, for people."""


class NewSenderError(ExchangeError):
    """The file's sender was never accepted here: the user must compare its fingerprint first."""


class NewKeyError(ExchangeError):
    """A known partner's installation signs with another key: an impostor, or the partner lost its
    key and made a new one. Accepted only as an explicit step, once the user has compared the new
    fingerprint with the partner's (``open_file(..., new_key=True)``)."""

    def __init__(self, message: str, name: str, fingerprint: str) -> None:
        super().__init__(message)
        self.name, self.fingerprint = name, fingerprint


@dataclass(frozen=True)
class Identity:
    private_key: bytes
    public_key: bytes
    fingerprint: str


def identity(store: Store) -> Identity:
    """This installation's signing key, made on first use and kept by this computer, out of the
    database (``db.secrets``: the system keyring, else a file of the user's alone)."""
    private = bytes.fromhex(store.keys.signing_key_or_new(store.device_id(), lambda: generate_private_key().hex()))
    public = public_key_of(private)
    return Identity(private, public, fingerprint(public))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    operations: int
    files: int
    counts: dict[str, int]
    #: The partner the export was cut for, or None for everything.
    partner_name: str | None


def export_file(
    store: Store,
    actor: Actor,
    path: Path,
    *,
    countries: Iterable[str] | None = None,
    for_partner: str | None = None,
    passphrase: bytes | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write every change (of ``countries``, if given) that the partner may lack
    — all of them when no partner is named — to ``path``, atomically."""
    me = identity(store)
    chosen = sorted(set(countries)) if countries is not None else None
    if progress:
        progress("reading changes", 0, 0)
    with store.session() as session:
        known = None
        name = None
        if for_partner is not None:
            info = partner(session, for_partner)
            if info is None:
                raise ExchangeError(f"no file from {for_partner} was ever imported here; export everything instead")
            # What it holds of this installation's former ids has a gap a latest stamp cannot show
            # (a restored backup, a copy): all of their changes go again, skipped where held.
            known, name = without_former_ids(session, info.knows), info.name
            if chosen is None and info.accepts is not None and info.accepts.countries is not None:
                chosen = sorted(info.accepts.countries)  # what it would refuse stays out
        held = without_former_ids(session, holdings(session))
        own_ids = {store.device_id(), *former_ids(session)}
        changes = Outgoing(session, chosen, known, digest_devices=own_ids, signed=signed_operations(session, own_ids))
        with named_as(path), PackageWriter(path, me.private_key, passphrase) as writer:
            # The changes are read from the database as they are compressed into the file.
            writer.add(CHANGES, _reported(changes, progress))
            authors = write_authors(session, changes, own_ids, me.private_key, me.public_key)
            writer.add(AUTHORS, authors.part)
            contents = _contents(session, changes.digests)
            for digest, data in contents.items():
                writer.add(f"{FILES}{digest}", data)
            if progress:
                progress("writing the file", 0, 0)
            writer.finish(
                {
                    "schema": HEAD,
                    "app_version": version(),
                    "device": actor.device,
                    "person": actor.user,
                    # By the database's clock: never earlier than a change the file carries.
                    "created_at": clock(session).now().strftime(MANIFEST_TIME),
                    "countries": chosen,
                    "for_partner": for_partner,
                    "operations": changes.count,
                    "counts": dict(sorted(changes.counts.items())),
                    "knows": held,
                    "accepts": authorities_given(session),
                    "authors": authors.keys,
                    "former_ids": sorted(own_ids - {store.device_id()}),
                }
            )
        if not store.read_only:
            keep_signatures(session, authors.made)  # made once: the next export reuses them
        if for_partner is not None:
            remember_export(session, for_partner)
    return ExportResult(path, changes.count, len(contents), dict(changes.counts), name)


def _reported(changes: Outgoing, progress: Progress | None) -> Iterator[bytes]:
    """The changes' chunks, telling ``progress`` how many are written."""
    tell = _Throttled(progress, "writing changes") if progress else None
    for chunk in changes.chunks():
        if tell:
            tell(changes.count, changes.total)
        yield chunk


class _Throttled:
    """``progress`` for one stage, told at most every half per cent (a dialog need not hear more)."""

    def __init__(self, progress: Progress, stage: str) -> None:
        self._progress, self._stage, self._shown = progress, stage, -1

    def __call__(self, done: int, total: int) -> None:
        step = done * 200 // max(total, 1)
        if step > self._shown:
            self._shown = step
            self._progress(self._stage, done, total)


def _contents(session: Any, digests: Iterable[str]) -> dict[str, bytes]:
    """The bytes of every attached file the operations name."""
    found: dict[str, bytes] = {}
    for digest in sorted(digests):
        data = content(session, digest)
        if data is not None:
            found[digest] = data
    return found


@dataclass(frozen=True)
class Sender:
    device: str
    name: str
    fingerprint: str
    public_key: str
    #: Accepted before (its key is on record); a new sender must be confirmed.
    known: bool
    #: The version of Mainstream that wrote the file, as its manifest says (None: older than 0.1.0, or unsaid).
    app_version: str | None = None
    #: Whose records it may change, as the user trusted it (None: a new sender, not trusted yet).
    authority: Authority | None = None
    #: A known partner signing with a new key the user accepted: the import keeps the new key.
    new_key: bool = False
    #: The name of the partner whose key signs this file from an installation id new here: that
    #: partner's installation under a new id (it was restored from a backup, or copied), trusted as it was.
    continues: str | None = None


@dataclass
class Incoming:
    """A file read and verified, not yet applied."""

    path: Path
    sender: Sender
    manifest: dict[str, Any]
    operations: list[Operation]
    contents: dict[str, bytes]
    encrypted: bool
    report: MergeReport = field(default_factory=MergeReport)
    #: What the import changed (kinds, records, trash, conflicts, history), once committed: for the pages.
    changes: Changes = field(default_factory=Changes)
    #: The latest change of this installation's own that the sender holds and it does not: it was
    #: restored from a backup or copied (``db.services.forks``); None when it holds all of its own.
    lost_since: str | None = None
    #: Written under this installation's id with another key: a copy of this database in use elsewhere.
    copy_of_this: bool = False
    #: The authors' signatures of its changes, and the keys of authors new here: kept on import.
    authors: Checked = field(default_factory=Checked)

    @property
    def countries(self) -> list[str]:
        """The countries the file covers: what a new sender is offered to be trusted for."""
        return file_countries(self.operations, self.manifest.get("countries"))


def _refuse(path: Path, reason: str) -> ExchangeError:
    return ExchangeError(f"{path.name} {reason}")


def open_file(
    store: Store,
    path: Path,
    passphrase: bytes | None = None,
    *,
    new_key: bool = False,
    progress: Progress | None = None,
) -> Incoming:
    """Read and verify ``path`` completely; raises ExchangeError with one line. ``new_key``: the
    user compared the new fingerprint of a known partner that signs with another key, and accepts it."""
    if not path.is_file():
        raise ExchangeError(f"{path}: no such file")
    if progress:
        progress("checking the file", 0, 0)
    try:
        with store.session() as session:  # only reads: which changes are here already
            # The changes are read and checked while they are unpacked; a change refused
            # is told below, after what the file says of itself.
            reader = partial(_read_changes, held=Held(session), progress=progress)
            package = read_package(path, passphrase, readers={CHANGES: reader})
    except PackageError as exc:
        raise _refuse(path, str(exc)) from None
    manifest = package.manifest
    device = manifest.get("device")
    try:
        device = check_uuid(device)
    except ValueError:
        device = None
    if device is None:
        raise _refuse(path, "does not say which installation wrote it")
    if device == store.device_id() and package.signer_public_key == identity(store).public_key:
        raise _refuse(path, "was exported from this installation: it holds nothing new for it")
    # This installation's id under another key: a copy of this database in use on another computer.
    # It is taken as a new sender (its key compared like any other); importing it gives this
    # installation a new id, as a restored backup does (``lost_since`` below tells both).
    schema = manifest.get("schema")
    if schema not in REVISIONS:
        raise _refuse(
            path,
            f"was written by a newer Mainstream (database schema {str(schema)[:20]}); update Mainstream to import it",
        )
    name = manifest.get("person")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise _refuse(path, "does not name the person who wrote it")
    public_hex = package.signer_public_key.hex()
    with store.session() as session:
        known = partner(session, device)
        same_key = partner_with_key(session, public_hex) if known is None else None
    rekeyed = known is not None and known.public_key != public_hex
    if known is not None and rekeyed and not new_key:
        raise NewKeyError(
            f"{path.name} claims to come from {known.name}'s installation but is signed with another key "
            f"({package.signer_fingerprint}, not {known.fingerprint}): refused",
            known.name,
            package.signer_fingerprint,
        )
    if known is not None and known.distrusted_at is not None:
        raise _refuse(
            path,
            f"comes from {known.name}, whom this installation stopped trusting on "
            f"{known.distrusted_at:%Y-%m-%d}: trust them again first to import it",
        )
    sender = Sender(
        device,
        name.strip(),
        package.signer_fingerprint,
        public_hex,
        known is not None or same_key is not None,
        _app_version(manifest),
        known.authority if known is not None else same_key.authority if same_key is not None else None,
        rekeyed,
        None if same_key is None else same_key.name,
    )
    contents = _checked_contents(path, package.parts)
    operations = package.read.get(CHANGES, [])
    if isinstance(operations, ValidationError):
        raise _refuse(path, f"holds a change that cannot be accepted: {operations}") from None
    if manifest.get("operations") != len(operations):
        raise _refuse(path, "is inconsistent: its manifest counts another number of changes")
    _refuse_changes_after_the_file(path, manifest, operations)
    _check_attached_files(store, path, contents, operations)
    try:
        manifest["knows"] = check_holdings(manifest.get("knows"))
    except ValueError as exc:
        raise _refuse(path, f"is inconsistent: what its manifest says its sender holds {exc}") from None
    _check_countries(path, manifest)
    try:
        manifest["accepts"] = check_accepts(manifest.get("accepts"))
    except ValueError as exc:
        raise _refuse(path, f"is inconsistent: what its manifest says its sender accepts {exc}") from None
    incoming = Incoming(path, sender, manifest, operations, contents, package.encrypted)
    with store.session() as session:
        incoming.lost_since = lost_since(session, store.device_id(), manifest["knows"])
        own_ids = {store.device_id(), *former_ids(session)}
        twins = (
            own_ids & _former_ids(path, manifest) - {device}
            if public_hex != identity(store).public_key.hex()
            else set()
        )
        try:
            incoming.authors = check_authors(
                session,
                package.parts.get(AUTHORS),
                manifest.get("authors"),
                operations,
                own_ids=own_ids,
                own_key=identity(store).public_key,
                sender=device,
                sender_key=public_hex,
                twins=twins,
                forked=incoming.lost_since is not None,
                sender_key_for_all=new_key,
            )
        except AuthorsError as exc:
            raise _refuse(path, str(exc)) from None
    # Written under this installation's id, now or before, with another key: a copy of this database.
    incoming.copy_of_this = device == store.device_id() or store.device_id() in twins
    if incoming.copy_of_this and incoming.lost_since is None:
        incoming.lost_since = str(manifest.get("created_at", ""))[:19].replace("T", " ")  # said from then on
    return incoming


def _former_ids(path: Path, manifest: Mapping[str, Any]) -> set[str]:
    """The ids the sender says it used before its own (``former_ids``, at most 1,000)."""
    given = manifest.get("former_ids")
    if given is None:
        return set()
    if not isinstance(given, list) or len(given) > 1000:
        raise _refuse(path, "is inconsistent: its manifest's former ids are not a list of installation ids")
    try:
        return {str(check_uuid(value)) for value in given}
    except (ValueError, TypeError):
        raise _refuse(path, "is inconsistent: its manifest's former ids are not a list of installation ids") from None


def _named_files(operations: Iterable[Operation]) -> set[str]:
    """The attached files the file's changes name (an attachment's ``sha256``, made or changed)."""
    named: set[str] = set()
    for operation in operations:
        if operation.kind != "attachment" or not operation.checked:
            continue
        value = operation.fields.get("sha256")
        if operation.action == "update" and isinstance(value, list) and len(value) == 2:
            value = value[1]
        if isinstance(value, str):
            named.add(value)
    return named


def _check_attached_files(store: Store, path: Path, contents: Mapping[str, bytes], operations: list[Operation]) -> None:
    """Attached files as the editor allows them (``MAX_ATTACHMENT_BYTES`` each), and only those a
    change of the file names, or the database holds already (a file imported again carries the
    files of changes held here): anything else would be stored with no record to show it."""
    for digest, data in contents.items():
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise _refuse(
                path,
                f"holds an attached file of {len(data):,} bytes; at most {MAX_ATTACHMENT_BYTES:,} are allowed "
                f"(file {digest[:12]}…)",
            )
    unnamed = set(contents) - _named_files(operations)
    if unnamed:
        with store.session() as session:
            unnamed -= held_contents(session, unnamed)
    if unnamed:
        raise _refuse(
            path, f"holds {len(unnamed):,} attached file(s) that none of its changes names ({min(unnamed)[:12]}…)"
        )


def _refuse_changes_after_the_file(path: Path, manifest: Mapping[str, Any], operations: list[Operation]) -> None:
    """No change, nor a version vector's claim, may be dated after the file was made by its
    sender's clock (which never runs behind a change it holds): a sender stamping ahead, to
    win by the clock, is refused."""
    given = manifest.get("created_at")
    try:
        made = dt.datetime.strptime(given, MANIFEST_TIME) if isinstance(given, str) else None
    except ValueError:
        made = None
    if made is None:
        raise _refuse(path, "does not say when it was made")
    # The manifest says whole seconds; a change of the same second may carry its microseconds.
    limit = (made + dt.timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    latest = max((op.at for op in operations if op.checked), default="")
    claimed = max((at for op in operations if op.checked and op.seen for at in op.seen.values()), default="")
    if max(latest, claimed) < limit:
        return  # the usual case, in two quick passes
    for op in operations:
        if not op.checked:
            continue
        latest = max(op.at, *(op.seen or {}).values())
        if latest >= limit:
            raise _refuse(
                path,
                f"holds a change of {op.kind} {op.record_id} dated {latest[:19]} UTC, after the file itself was "
                f"made ({made:%Y-%m-%d %H:%M:%S} UTC by its sender's clock): refused",
            )


def _check_countries(path: Path, manifest: dict[str, Any]) -> None:
    """The countries a file covers (None: every one) are shown to the user: codes only."""
    countries = manifest.get("countries")
    if countries is None:
        return
    try:
        country_codes(
            countries, not_a_list="its manifest's countries are not a list of country codes", names="its manifest names"
        )
    except ValueError as exc:
        raise _refuse(path, f"is inconsistent: {exc}") from None


def _app_version(manifest: Mapping[str, Any]) -> str | None:
    """The manifest's "app_version" if it looks like one ("0.1.0", "1.2.0rc1"): it is shown, and comes from outside."""
    value = manifest.get("app_version")
    return value if isinstance(value, str) and _VERSION.fullmatch(value) else None


def _read_changes(
    chunks: Iterator[bytes], size: int, *, held: Held, progress: Progress | None
) -> list[Operation] | ValidationError:
    """The changes part's operations, checked (or why one cannot be accepted)."""
    if progress:
        chunks = _counted(chunks, size, progress)
    try:
        return read_operations(chunks, held=held)
    except ValidationError as exc:
        return exc


def _counted(chunks: Iterator[bytes], size: int, progress: Progress) -> Iterator[bytes]:
    """``chunks``, telling ``progress`` how many bytes of ``size`` are read."""
    tell = _Throttled(progress, "checking every change")
    done = 0
    tell(done, size)
    for chunk in chunks:
        yield chunk
        done += len(chunk)
        tell(done, size)


def _checked_contents(path: Path, parts: Mapping[str, bytes]) -> dict[str, bytes]:
    contents: dict[str, bytes] = {}
    for name, data in parts.items():
        if name in (CHANGES, AUTHORS):
            continue
        digest = name.removeprefix(FILES)
        if not name.startswith(FILES) or hashlib.sha256(data).hexdigest() != digest:
            raise _refuse(path, f"holds a part that is not an attached file: {name[:80]}")
        contents[digest] = data
    return contents


def backup_of(database: Path) -> Path:
    """Where an import keeps the database as it was just before: beside it, one copy, the latest."""
    return database.with_name(f"{database.name}.before-import.bak")


def _accepted_here(store: Store, incoming: Incoming) -> Authority | None:
    """What the sender says it accepts from this installation (None: it does not say)."""
    accepts = incoming.manifest.get("accepts") or {}
    device = store.device_id()
    return Authority.of(accepts[device]) if device in accepts else None


def _take_new_id(store: Store) -> str:
    """This installation restored from a backup or copied: a new id, signed with the same key."""
    old, key = store.device_id(), identity(store).private_key.hex()
    new = new_id()
    store.keys.keep(new, key)
    with store.session() as session:
        take_new_id(session, old, new)
    return new


def _keep_authors(session: Any, incoming: Incoming, private_key: bytes) -> None:
    """What the file proved of its changes' authors, kept with them (a new key of the sender's, the
    user accepted it, takes the place of the old)."""
    keep_signatures(session, incoming.authors.signatures)
    keep_signatures(
        session,
        (
            Signed(s.device, s.at, sign(private_key, operation_message(s.device, s.at, s.digests)), s.digests)
            for s in incoming.authors.adopted
        ),
    )
    sender = incoming.sender
    keys = dict(incoming.authors.keys)
    if sender.device in keys:
        learn_author_keys(session, {sender.device: keys.pop(sender.device)}, sender.device, replace=sender.new_key)
    learn_author_keys(session, keys, sender.device)
    signing_since(session, keep=True)


class _DryRun(Exception):
    """Raised inside the unit of work to roll a preview back."""


def preview(
    store: Store, incoming: Incoming, *, trust: Authority | None = None, progress: Progress | None = None
) -> MergeReport:
    """What importing would do, computed by merging and rolling back; a new sender's file as if
    trusted for ``trust`` (given) or for the countries it covers."""
    if progress:
        progress("working out what the file would do", 0, 0)
    authority = incoming.sender.authority or trust or Authority.of(incoming.countries)
    report = MergeReport()
    try:
        with store.session() as session:
            report = _merge(session, incoming, authority)
            raise _DryRun
    except _DryRun:
        pass
    report.lost_since = incoming.lost_since
    incoming.report = report
    return report


def _merge(session: Any, incoming: Incoming, authority: Authority) -> MergeReport:
    overreach = first_overreach(session, incoming.operations, authority)
    if overreach is not None:
        raise _refuse(incoming.path, overreach.refusal(incoming.sender.name, authority))
    try:
        return merge(session, incoming.operations, incoming.contents)
    except ValidationError as exc:
        raise _refuse(incoming.path, f"would break the records here: {exc}") from None


def import_file(
    store: Store,
    incoming: Incoming,
    *,
    trust: Authority | None = None,
    alone: bool = False,
    progress: Progress | None = None,
) -> MergeReport:
    """Apply a verified file in one transaction, after a backup of the database.

    A sender never seen before is accepted only with ``trust``: the user has
    compared the fingerprint with the sender's and said whose records it may
    change (``Authority``). A known sender's changes must lie within the
    authority it was trusted for. ``alone``: nothing else in this process reads
    the database meanwhile (the command line), so the import may write it the
    quicker way (``Store.session_alone``); the application's pages keep reading
    while it imports, so it does not ask for it.
    """
    sender = incoming.sender
    authority = sender.authority or trust
    if authority is None:
        raise NewSenderError(
            f"{incoming.path.name} comes from {sender.name}, whose key ({sender.fingerprint}) is new here: "
            "check the fingerprint with them before accepting it"
        )
    new_id = _take_new_id(store) if incoming.lost_since is not None else None
    accepted = _accepted_here(store, incoming)  # before the write below, which may hold the file alone
    news = any(op.checked for op in incoming.operations)  # a file held already changes nothing
    if news:
        if progress:
            progress("backing up the database", 0, 0)
        store.backup(backup_of(store.path))
    if progress:
        progress("merging the changes", 0, 0)
    # Read before the write below, which may hold the file alone.
    private_key = identity(store).private_key if incoming.authors.adopted else b""
    with store.session_alone() if alone and news else store.session() as session:
        report = _merge(session, incoming, authority)
        _keep_authors(session, incoming, private_key)
        remember_import(
            session,
            sender.device,
            sender.name,
            sender.public_key,
            sender.fingerprint,
            incoming.manifest["knows"],
            authority,
            new_key=sender.new_key,
            accepts=accepted,
        )
    report.lost_since, report.new_id = incoming.lost_since, new_id
    incoming.report = report
    incoming.changes = take(session)  # committed: what the writers noted is true now
    return report
