"""`auditor attach AUDIT TOUCHPOINT ITEM FILE`: add a photo or screenshot to an item as evidence."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from auditor.cli.commands.answer import add_item_arguments, editor
from auditor.cli.output import open_store
from auditor.i18n import Translate, default_language, translator

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `attach` command."""
    parser = subparsers.add_parser(
        "attach",
        parents=[common],
        help="add a photo or screenshot to a checklist item as evidence",
        description="Verify the image, run the image check on it and store it as evidence of the "
        "item, as the window does (a photo item then counts as answered). Prints the evidence's "
        "short id and the image check's verdict.",
    )
    add_item_arguments(parser)
    parser.add_argument("file", metavar="FILE", type=Path, help="the image (JPEG, PNG...)")
    parser.add_argument("--caption", metavar="TEXT", default="", help="the image's caption")
    parser.set_defaults(handler=handler)


def verdict_text(analysis: dict[str, Any] | None, tr: Translate) -> str:
    """Return the image check's verdict: "ok", or what it found in words, most serious first."""
    from auditor.evidence import image_problems

    if not analysis:
        return tr("not run")
    return image_problems(analysis, tr) or "ok"


def handler(args: argparse.Namespace) -> int:
    """Verify, check and store the image, then print its id and the check's verdict."""
    from auditor import lookup
    from auditor.commands import AddEvidence
    from auditor.errors import EvidenceError, ValidationError
    from auditor.evidence import prepare
    from auditor.imaging import read_image_file

    lang = default_language()
    _ = translator(lang)
    path: Path = args.file
    with open_store(args, create=False) as store:
        where = lookup.resolve_item(store, args.audit, args.touchpoint, args.item, lang)
        lookup.check_editable(store, where, lang)
        place = where.describe(_, lang)
        try:
            intake, analysis = prepare(read_image_file(path, lang), path.name, lang=lang)
        except EvidenceError as exc:  # said with the place, so the user knows what was not added
            raise ValidationError(f"{place}: {exc}") from None
        change = editor(store, lang).run(
            AddEvidence(
                where.audit_id,
                intake,
                analysis,
                visit_id=where.visit.id,
                item_id=where.item.id,
                caption=args.caption,
                source="file",
                filename=path.name,
            )
        )
        label = lookup.touchpoint_label(where.visit, store.audits.visits(where.audit_id))
    print(
        _("{touchpoint} / {item}: evidence {id} attached; image check: {verdict}").format(
            touchpoint=label,
            item=where.item.id,
            id=change.result.id[:8],
            verdict=verdict_text(analysis, _),
        )
    )
    return 0
