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
        help="write an audit with its photos to a .auditbundle file",
        description="Write the audit, its client, the checklists it used, visits, "
        "answers with their history, "
        "findings and evidence images to one bundle file (see docs/bundles.md).",
    )
    parser.add_argument(
        "audit", metavar="AUDIT", help="the audit id (or at least its first 4 characters)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the bundle to write"
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
    """Export the audit and say where the bundle went."""
    from auditor.bundle import export_bundle

    _ = translator(default_language())
    password = read_password(confirm=True) if args.password else None
    with open_store(args, create=False) as store:
        audit_id = store.audits.resolve_id(args.audit)
        title = store.audits.get(audit_id).title
        path = export_bundle(store, audit_id, args.output, password, client_copy=args.client_copy)
    print(_("Exported \u201c{title}\u201d to {path}.").format(title=title, path=path))
    return 0
