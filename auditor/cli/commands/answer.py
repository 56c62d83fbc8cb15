"""`auditor answer AUDIT TOUCHPOINT ITEM VALUE`: record, clear or annotate one checklist answer."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

from auditor.cli.output import open_store
from auditor.i18n import default_language, translator

if TYPE_CHECKING:
    from auditor.commands import Editor
    from auditor.storage import Store

log = logging.getLogger(__name__)

TOUCHPOINT_HELP = (
    "the touchpoint: its kind (website, phone, email, shop, technician, social) when the audit "
    "has one of that kind, else its id (or at least its first 4 characters)"
)


def add_item_arguments(parser: argparse.ArgumentParser) -> None:
    """Add AUDIT TOUCHPOINT ITEM, the place of an item, as `answer` and `attach` take it."""
    parser.add_argument("audit", metavar="AUDIT", help="the audit id (or its first characters)")
    parser.add_argument("touchpoint", metavar="TOUCHPOINT", help=TOUCHPOINT_HELP)
    parser.add_argument("item", metavar="ITEM", help="the item's id in its checklist")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `answer` command."""
    parser = subparsers.add_parser(
        "answer",
        parents=[common],
        help="record, clear or annotate the answer to one checklist item",
        description="Record an item's answer in its own terms: yes, no or na (also si, sì, y, n); "
        "a scale number; a choice's id or its position (1, 2...); a number or seconds (12,5 "
        "or 12.5); free text. Photo items are answered by `auditor attach`.",
    )
    add_item_arguments(parser)
    parser.add_argument("value", metavar="VALUE", nargs="?", help="the answer")
    parser.add_argument("--note", metavar="TEXT", help="the item's note (an empty text removes it)")
    parser.add_argument("--clear", action="store_true", help="remove the item's answer")
    parser.set_defaults(handler=handler)


def editor(store: Store, lang: str) -> Editor:
    """Return the Editor of a command-line change (the profile's auditor acts, else the login)."""
    from auditor.commands import Editor

    return Editor(store, lang=lang)


def handler(args: argparse.Namespace) -> int:
    """Run SetAnswer for the item named and say what was recorded."""
    from auditor import lookup
    from auditor.answertypes import format_answer
    from auditor.commands import KEEP, SetAnswer
    from auditor.errors import ValidationError
    from auditor.plaintext import clip

    lang = default_language()
    _ = translator(lang)
    if args.clear and args.value is not None:
        raise ValidationError(_("give either VALUE or --clear, not both"))
    if not args.clear and args.value is None and args.note is None:
        raise ValidationError(_("give VALUE, --clear or --note"))
    with open_store(args, create=False) as store:
        where = lookup.resolve_item(store, args.audit, args.touchpoint, args.item, lang)
        lookup.check_editable(store, where, lang)
        if args.clear:
            value = None
        elif args.value is not None:
            value = lookup.parse_answer(where, args.value, lang)
        else:
            value = KEEP
        editor(store, lang).run(SetAnswer(where.visit.id, where.item.id, value, args.note))
        stored = store.answers.get(where.visit.id, where.item.id)
        label = lookup.touchpoint_label(where.visit, store.audits.visits(where.audit_id))
    said = []
    if value is None:
        said.append(_("answer cleared"))
    elif value is not KEEP:
        said.append(format_answer(where.item, stored.value if stored else value, lang, _))
    if args.note is not None:
        note = stored.note if stored else ""
        said.append(
            _("note \u201c{note}\u201d").format(note=clip(note, 60)) if note else _("note removed")
        )
    print(f"{label} / {where.item.id}: {'; '.join(said)}")
    return 0
