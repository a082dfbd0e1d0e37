"""Commands of the exchange between installations: ``export``, ``import``, ``conflicts``,
``settle``, ``partners``, ``trust`` and ``distrust``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, country, one_line, open_store


def add_commands(commands: Any, after: argparse.ArgumentParser) -> None:
    """The exchange's commands, in the order ``--help`` lists them."""
    export = commands.add_parser(
        "export", parents=[after], help="write an exchange file for another focal point or headquarters"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the exchange file to write")
    export.add_argument(
        "--country",
        type=country,
        action="extend",
        nargs="+",
        metavar="ISO3",
        help="only these countries (and global records); default: all",
    )
    export.add_argument(
        "--for",
        dest="partner",
        metavar="PARTNER",
        help="only what this partner (name or device id, see 'mainstream partners') may not have yet",
    )
    export.add_argument("--passphrase-file", type=Path, metavar="F", help="encrypt with the passphrase in file F")
    export.set_defaults(run=_export)
    imp = commands.add_parser("import", parents=[after], help="merge an exchange file into the database")
    imp.add_argument("file", type=Path, metavar="FILE", help="the exchange file")
    imp.add_argument("--dry-run", action="store_true", help="only show what the file would do")
    trust = imp.add_mutually_exclusive_group()
    trust.add_argument(
        "--trust",
        action="store_true",
        help="accept a sender seen for the first time, for the countries its file covers",
    )
    trust.add_argument(
        "--trust-for",
        type=_authority,
        metavar="ISO3,...|all",
        help="accept a sender seen for the first time, for these countries ('all': every country, as headquarters)",
    )
    imp.add_argument(
        "--new-key",
        action="store_true",
        help="accept a known partner's new key (or the sender's key for changes it holds of another "
        "installation of theirs), after comparing its fingerprint with them",
    )
    imp.add_argument("--passphrase-file", type=Path, metavar="F", help="the passphrase of an encrypted file")
    imp.set_defaults(run=_import)
    conflicts = commands.add_parser("conflicts", parents=[after], help="list unresolved conflicts, one per line")
    conflicts.set_defaults(run=_conflicts)
    settle = commands.add_parser(
        "settle", parents=[after], help="settle a conflict: keep one of its values, or set another"
    )
    settle.add_argument("record_id", metavar="RECORD_ID", help="the record's id, as 'mainstream conflicts' shows it")
    settle.add_argument("field", metavar="FIELD", help="the field in conflict")
    choice = settle.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", type=int, metavar="N", help="keep value N as numbered by 'mainstream conflicts'")
    choice.add_argument("--value", metavar="VALUE", help="set this value instead (JSON, or plain text)")
    settle.set_defaults(run=_settle)
    partners = commands.add_parser("partners", parents=[after], help="list the installations files were imported from")
    partners.set_defaults(run=_partners)
    trust_partner = commands.add_parser("trust", parents=[after], help="say whose records a partner's files may change")
    trust_partner.add_argument("partner", metavar="PARTNER", help="name or device id, see 'mainstream partners'")
    trust_partner.add_argument(
        "--for",
        dest="authority",
        type=_authority,
        required=True,
        metavar="ISO3,...|all",
        help="these countries' records ('all': every country, as headquarters)",
    )
    trust_partner.set_defaults(run=_trust)
    distrust = commands.add_parser("distrust", parents=[after], help="refuse a partner's files from now on")
    distrust.add_argument("partner", metavar="PARTNER", help="name or device id, see 'mainstream partners'")
    distrust.set_defaults(run=_distrust)


def _authority(text: str):  # type: ignore[no-untyped-def]
    """``PER,ECU`` or ``all``: whose records a partner's files may change."""
    from db.services.authority import Authority

    if text.strip().lower() == "all":
        return Authority.every_country()
    codes = [part.strip() for part in text.split(",") if part.strip()]
    if not codes:
        raise argparse.ArgumentTypeError("name country codes (PER,ECU) or 'all'")
    return Authority.of(country(code) for code in codes)


def _passphrase(path: Path | None) -> bytes | None:
    if path is None:
        return None
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    phrase = path.read_bytes().rstrip(b"\r\n")
    if not phrase:
        raise CommandError(f"{path}: the passphrase file is empty")
    return phrase


def _partner_device(store, wanted: str, option: str = "--for") -> str:  # type: ignore[no-untyped-def]
    from db.services.partners import partners

    with store.session() as session:
        known = partners(session)
    matches = [p for p in known if wanted in (p.device, p.name) or p.device.startswith(wanted)]
    if len(matches) != 1:
        names = ", ".join(f"{p.name} ({p.device[:8]})" for p in known) or "none yet"
        reason = "matches several partners" if matches else "is not a partner"
        raise CommandError(f"{option}{wanted}: {reason}; known: {names}")
    return matches[0].device


def _export(args: argparse.Namespace) -> int:
    from desktop.exchange.files import ExchangeError, export_file
    from desktop.session import current_actor

    passphrase = _passphrase(args.passphrase_file)
    with open_store(args, create=False, reading=True) as store:
        device = _partner_device(store, args.partner, "--for ") if args.partner else None
        try:
            result = export_file(
                store,
                current_actor(store),
                args.output,
                countries=args.country,
                for_partner=device,
                passphrase=passphrase,
            )
        except ExchangeError as exc:
            raise CommandError(str(exc)) from None
    cut = f" for {result.partner_name}" if result.partner_name else ""
    secret = ", encrypted" if passphrase else ""
    print(f"Wrote {result.path}{cut}: {result.operations:,} changes, {result.files:,} attached files{secret}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from db.services.formats import paused_gc

    # The cyclic garbage collector waits until the command is done (the reading and the merge
    # already make it wait): collections between and after them walked the hundreds of
    # thousands of objects read, which live to the end and hold no cycles (docs/performance.md).
    with paused_gc():
        return _import_paused(args)


def _import_paused(args: argparse.Namespace) -> int:
    from db.services.authority import Authority
    from desktop.exchange.describe import describe_report
    from desktop.exchange.files import (
        ExchangeError,
        NewKeyError,
        NewSenderError,
        backup_of,
        import_file,
        open_file,
        preview,
    )

    passphrase = _passphrase(args.passphrase_file)
    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    with open_store(args) as store:  # a new installation's first import makes its database
        try:
            incoming = open_file(store, args.file, passphrase, new_key=args.new_key)
            sender = incoming.sender
            if sender.new_key:
                status = "known, with a NEW KEY you accepted"
            elif sender.continues is not None and sender.authority is not None:
                status = (
                    f"{sender.continues}'s installation under a new id, signed with the same key; "
                    f"trusted for {sender.authority.describe()}"
                )
            elif sender.authority is not None:
                status = f"known, trusted for {sender.authority.describe()}"
            else:
                status = "NEW: compare this fingerprint with the sender's"
            written = f"; written by Mainstream {sender.app_version}" if sender.app_version else ""
            print(one_line(f"From {sender.name}, key {sender.fingerprint} ({status}){written}"))
            trust = args.trust_for or (Authority.of(incoming.countries) if args.trust else None)
            if args.dry_run:
                report = preview(store, incoming, trust=trust)
            else:  # nothing else in this process uses the database meanwhile
                report = import_file(store, incoming, trust=trust, alone=True)
            if trust is not None and sender.authority is None and not args.dry_run:
                print(one_line(f"  {sender.name} is trusted from now on for {trust.describe()}"))
        except NewKeyError as exc:
            raise CommandError(
                f"{exc}. If {exc.name} made a new key, compare its fingerprint with them, "
                "then import again with --new-key"
            ) from None
        except NewSenderError as exc:
            raise CommandError(
                f"{exc}: import again with --trust (for the countries the file covers: "
                f"{', '.join(incoming.countries) or 'none'}) or --trust-for ISO3,...|all"
            ) from None
        except ExchangeError as exc:
            raise CommandError(str(exc)) from None
    for line in describe_report(report):
        print(f"  {one_line(line)}")
    if args.dry_run:
        print("Dry run: nothing was changed.")
    elif not report.nothing_to_do:
        print(f"Imported {args.file.name}; the database before it is in {backup_of(store.path).name}")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from db.services.conflicts import list_conflicts

    with open_store(args, create=False, reading=True) as store, store.session() as session:
        conflicts = list_conflicts(session)
    for conflict in conflicts:
        shown = " | ".join(
            f"[{number}] {json.dumps(version.value, ensure_ascii=False)} by {version.user} "
            f"at {version.changed_at[:16]} UTC"
            for number, version in enumerate(conflict.versions, start=1)
        )
        print(one_line(f"{conflict.kind} {conflict.record_id} '{conflict.label}' {conflict.field}: {shown}"))
    if not conflicts:
        print("No conflicts.")
    return 0


def _settle(args: argparse.Namespace) -> int:
    from db.services.conflicts import list_conflicts, resolve_conflict
    from desktop.session import current_actor

    with open_store(args, create=False) as store:
        actor = current_actor(store)
        with store.session() as session:
            found = next(
                (c for c in list_conflicts(session) if c.record_id == args.record_id and c.field == args.field), None
            )
            if found is None:
                raise CommandError(f"no open conflict on {args.field} of {args.record_id} (see 'mainstream conflicts')")
            if args.keep is not None:
                if not 1 <= args.keep <= len(found.versions):
                    raise CommandError(f"--keep takes 1 to {len(found.versions)} for this conflict")
                value = found.versions[args.keep - 1].value
            else:
                try:
                    value = json.loads(args.value)
                except ValueError:
                    value = args.value  # plain text needs no JSON quotes
            resolve_conflict(session, actor, found.kind, found.record_id, found.field, value)
    print(one_line(f"Settled {found.field} of '{found.label}': {json.dumps(value, ensure_ascii=False)}"))
    return 0


def _partners(args: argparse.Namespace) -> int:
    from db.services.partners import partners

    with open_store(args, create=False, reading=True) as store, store.session() as session:
        known = partners(session)
    for p in known:
        last = p.last_import_at.strftime("%Y-%m-%d %H:%M") if p.last_import_at else "never"
        trusted = (
            f"distrusted since {p.distrusted_at:%Y-%m-%d}"
            if p.distrusted_at
            else f"trusted for {p.authority.describe()}"
        )
        print(one_line(f"{p.device} {p.name} key {p.fingerprint} {trusted}, last file imported {last} UTC"))
    if not known:
        print("No partners yet: import a file from another installation first.")
    return 0


def _trust(args: argparse.Namespace) -> int:
    from db.services.partners import partner, set_authority

    with open_store(args, create=False) as store:
        device = _partner_device(store, args.partner, "")
        with store.session() as session:
            set_authority(session, device, args.authority)
            name = partner(session, device).name  # type: ignore[union-attr]
    print(one_line(f"{name}'s files may change the records of {args.authority.describe()} from now on"))
    return 0


def _distrust(args: argparse.Namespace) -> int:
    from db.services.partners import distrust, partner

    with open_store(args, create=False) as store:
        device = _partner_device(store, args.partner, "")
        with store.session() as session:
            distrust(session, device)
            name = partner(session, device).name  # type: ignore[union-attr]
    print(
        one_line(
            f"{name}'s files are refused from now on; what they sent before stays. 'mainstream trust' trusts them again"
        )
    )
    return 0
