"""`auditor answers import FILE.csv`: record many answers at once, all or none."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from auditor.cli.output import open_store
from auditor.i18n import default_language, plural, translator

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `answers` command with its import action."""
    parser = subparsers.add_parser(
        "answers",
        parents=[common],
        help="answers in bulk: import a CSV file of answers",
        description="Answers in bulk, as the answers export writes them.",
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION")
    actions.required = True
    importing = actions.add_parser(
        "import",
        parents=[common],
        help="record the answers of a CSV file (all rows or none)",
        description="Record the answers of a CSV file with the columns audit, touchpoint, item "
        "and value (note optional; other columns, such as the export's, are ignored). AUDIT, "
        "TOUCHPOINT and ITEM name an item as `auditor answer` takes them, and the value is given "
        "in the item's own terms; an empty value clears the answer, and an empty note removes "
        "it. Every row is checked first: a bad row exits with status 2 naming its line, and "
        "nothing is imported. The file is one undo step.",
    )
    importing.add_argument("file", type=Path, metavar="FILE.csv", help="the answers file")
    importing.set_defaults(handler=import_handler)


def import_handler(args: argparse.Namespace) -> int:
    """Check every row of the file, then record them all in one transaction."""
    from auditor.commands import Editor
    from auditor.programme.answers_io import answer_commands, import_batch, read_answer_lines

    lang = default_language()
    _ = translator(lang)
    lines = read_answer_lines(args.file, lang)
    with open_store(args, create=False) as store:
        commands = answer_commands(store, lines, args.file.name, lang)
        if commands:
            Editor(store, lang=lang).run(import_batch(commands))
    n_ = plural(lang)
    print(
        n_(
            "Imported {count} answer from {file}.",
            "Imported {count} answers from {file}.",
            len(commands),
        ).format(count=len(commands), file=args.file.name)
    )
    return 0
