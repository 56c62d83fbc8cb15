"""`auditor export`: write an audit to a bundle file (optionally password-protected)."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from auditor.cli.output import open_store
from auditor.errors import ValidationError
from auditor.i18n import default_language, translator

log = logging.getLogger(__name__)

PASSWORD_ENV = "AUDITOR_BUNDLE_PASSWORD"


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `export` command."""
    parser = subparsers.add_parser(
        "export",
        parents=[common],
        help="write an audit with its photos to a .auditbundle file (with --client: a client's "
        "audits, answers and findings as CSV or XLSX tables)",
        description="Write the audit, its client, the checklists it used, visits, "
        "answers with their history, "
        "findings and evidence images to one bundle file (see docs/bundles.md).",
    )
    parser.add_argument(
        "audit",
        metavar="AUDIT",
        nargs="?",
        help="the audit id (or at least its first 4 characters); not with --client",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the bundle to write; with --client, FILE.xlsx, FILE.csv or a folder",
    )
    tables = parser.add_argument_group(
        "tables for analysts",
        "With --client, write the client's audits, answers and findings as tidy tables instead "
        "of a bundle: one XLSX workbook (a sheet each), or three CSV files (UTF-8, comma "
        "separated): FOLDER/audits.csv... or FILE-audits.csv... beside FILE.csv "
        "(docs/programmes.md, Exports).",
    )
    tables.add_argument("--client", metavar="NAME", help="the client whose audits to export")
    tables.add_argument("--wave", metavar="LABEL", help="only the audits of this wave")
    tables.add_argument(
        "--format",
        choices=("csv", "xlsx"),
        help="csv or xlsx (default: xlsx for FILE.xlsx, else csv)",
    )
    tables.add_argument(
        "--lang",
        choices=("it", "en"),
        help="the language of questions and titles (default: the client's report language)",
    )
    parser.add_argument(
        "--password",
        action="store_true",
        help=f"encrypt the bundle with a password (read from ${PASSWORD_ENV}, else asked)",
    )
    parser.add_argument(
        "--client-copy",
        action="store_true",
        help="replace original photos with metadata-free copies, blurred regions applied",
    )
    parser.set_defaults(handler=handler)


def read_password(confirm: bool) -> str:
    """Return the bundle password from the environment, else piped in, else asked on the terminal."""
    _ = translator(default_language())
    password = os.environ.get(PASSWORD_ENV)
    if password is None and not sys.stdin.isatty():  # piped in by a script: its first line
        line = sys.stdin.readline()
        if not line:
            raise ValidationError(
                _("No password given: set {variable} or run the command in a terminal.").format(
                    variable=PASSWORD_ENV
                )
            )
        password = line.rstrip("\r\n")
    elif password is None:
        password = getpass.getpass(_("Bundle password: "))
        if confirm and getpass.getpass(_("Repeat the password: ")) != password:
            raise ValidationError(_("The two passwords differ."))
    if not password:
        raise ValidationError(_("The password cannot be empty."))
    return password


def handler(args: argparse.Namespace) -> int:
    """Export the audit and say where the bundle went (with --client: the tidy tables)."""
    from auditor.bundle import export_bundle

    _ = translator(default_language())
    if args.client is not None:
        if args.audit is not None or args.password or args.client_copy:
            raise ValidationError(
                _("--client exports tables: give no AUDIT, --password or --client-copy with it")
            )
        return tables_handler(args)
    if args.audit is None:
        raise ValidationError(_("give the AUDIT to export, or --client NAME for its tables"))
    if args.wave is not None or args.format is not None or args.lang is not None:
        raise ValidationError(_("--wave, --format and --lang go with --client"))
    password = read_password(confirm=True) if args.password else None
    with open_store(args, create=False) as store:
        audit_id = store.audits.resolve_id(args.audit)
        title = store.audits.get(audit_id).title
        path = export_bundle(store, audit_id, args.output, password, client_copy=args.client_copy)
    print(_("Exported \u201c{title}\u201d to {path}.").format(title=title, path=path))
    return 0


def tables_handler(args: argparse.Namespace) -> int:
    """Write the client's audits, answers and findings as tidy tables; say where they went."""
    from auditor.cli.commands.programme import client_id
    from auditor.errors import NotFoundError
    from auditor.programme.export import export_tables, write_csv, write_xlsx

    lang = default_language()
    _ = translator(lang)
    output = args.output.expanduser()
    kind = args.format or ("xlsx" if output.suffix.lower() == ".xlsx" else "csv")
    with open_store(args, create=False) as store:
        client = store.clients.get(client_id(store, args.client, lang))
        wave_id = None
        if args.wave is not None:
            wave = store.waves.find(client.id, args.wave)
            if wave is None:
                labels = ", ".join(w.label for w in store.waves.for_client(client.id)) or "-"
                raise NotFoundError(
                    _("{client} has no wave {label} (its waves: {labels})").format(
                        client=client.name, label=args.wave, labels=labels
                    )
                )
            wave_id = wave.id
        tables = export_tables(store, client.id, wave_id, args.lang or client.report_language)
        if kind == "xlsx":
            written = [write_xlsx(tables, output, store.path)]
        else:
            written = write_csv(tables, output, store.path)
    print(
        _(
            "Written {paths} (rows: audits {audits}, answers {answers}, findings {findings})."
        ).format(
            audits=len(tables.audits.rows),
            answers=len(tables.answers.rows),
            findings=len(tables.findings.rows),
            paths=", ".join(str(p) for p in written),
        )
    )
    return 0
