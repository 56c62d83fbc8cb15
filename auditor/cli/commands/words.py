"""`auditor words`: the words the spelling check accepts in this workspace (its dictionary)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from auditor.cli.output import open_store, print_json
from auditor.i18n import default_language, plural

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `words` command and its subcommands."""
    parser = subparsers.add_parser(
        "words",
        parents=[common],
        help="list, add, remove or import the words the spelling check accepts",
        description="The workspace's dictionary: words the text check accepts in every audit "
        "(a client's products, places and trade terms), as the window's 'Add to dictionary' "
        "does. An import reads one word a line (# starts a comment) and takes the whole file "
        "or, naming the line at fault, none of it. Every change is one step of the history.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common], help="print the words, one a line")
    listing.add_argument("--json", action="store_true", help="print a JSON list instead")
    listing.set_defaults(handler=list_handler)

    add = actions.add_parser("add", parents=[common], help="add one or more words")
    add.add_argument("words", nargs="+", metavar="WORD")
    add.set_defaults(handler=add_handler)

    remove = actions.add_parser("remove", parents=[common], help="remove one or more words")
    remove.add_argument("words", nargs="+", metavar="WORD")
    remove.set_defaults(handler=remove_handler)

    imp = actions.add_parser("import", parents=[common], help="add the words of a list file")
    imp.add_argument("file", type=Path, metavar="FILE", help="UTF-8 text, one word a line")
    imp.set_defaults(handler=import_handler)


def list_handler(args: argparse.Namespace) -> int:
    """Print the dictionary's words."""
    with open_store(args, create=False) as store:
        words = sorted(store.profile.accepted_words(), key=str.casefold)
    if args.json:
        print_json(words)
    else:
        for word in words:
            print(word)
    return 0


def _add(args: argparse.Namespace, words: list[str], label: str) -> int:
    """Add, in one step, the words the dictionary lacks (the core refuses the whole step for a
    word it cannot take, naming it); say how many."""
    from auditor.commands import Editor
    from auditor.words_io import add_words, new_words

    lang = default_language()
    n_ = plural(lang)
    given = list(dict.fromkeys(w.strip() for w in words))
    with open_store(args) as store:
        new = new_words(given, store.profile.accepted_words())
        if new:
            Editor(store, lang=lang).run(add_words(new, label))
    added = n_("{count} word added", "{count} words added", len(new)).format(count=len(new))
    already = len(given) - len(new)
    if already:
        added += n_(
            ", {count} already in the dictionary", ", {count} already in the dictionary", already
        ).format(count=already)
    print(added)
    return 0


def add_handler(args: argparse.Namespace) -> int:
    """Add the words given."""
    from auditor.i18n import N_

    return _add(args, args.words, N_("Add to dictionary"))


def import_handler(args: argparse.Namespace) -> int:
    """Add the words of a list file, all or none."""
    from auditor.i18n import N_
    from auditor.words_io import read_words

    return _add(args, read_words(args.file, default_language()), N_("Import words"))


def remove_handler(args: argparse.Namespace) -> int:
    """Remove the words given, all or none (a word not in the dictionary refuses the change)."""
    from auditor.commands import Batch, Editor, RemoveWord
    from auditor.i18n import N_

    lang = default_language()
    words = list(dict.fromkeys(w.strip() for w in args.words))
    with open_store(args, create=False) as store:
        Editor(store, lang=lang).run(
            Batch([RemoveWord(word) for word in words], N_("Remove from dictionary"))
        )
    n_ = plural(lang)
    print(n_("{count} word removed", "{count} words removed", len(words)).format(count=len(words)))
    return 0
