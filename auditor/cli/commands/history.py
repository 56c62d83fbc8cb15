"""`auditor history AUDIT`: who changed what in an audit, when and on which device, oldest first."""

from __future__ import annotations

import argparse
import logging
from datetime import UTC
from typing import TYPE_CHECKING, Any

from auditor.cli.output import open_store, print_json, print_table
from auditor.i18n import default_language, translator

if TYPE_CHECKING:
    from auditor.audit_history import HistoryRow
    from auditor.model import HistoryEntry, Visit

log = logging.getLogger(__name__)

# Actions whose entries say what a thing was and became: shown as "old -> new".
CHANGES = frozenset(
    {"answer", "clear", "note", "status", "edit_audit", "edit_visit", "edit_finding"}
    | {"edit_evidence", "blur_evidence"}
)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `history` command."""
    parser = subparsers.add_parser(
        "history",
        parents=[common],
        help="show an audit's change history, oldest first",
        description="Every change to the audit: when (local time), who, on which device, the "
        "touchpoint and item, what was done (undo and redo marked) and the old and new value.",
    )
    parser.add_argument("audit", metavar="AUDIT", help="the audit id (or its first characters)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print [{"at", "actor", "device", "action", "via", "touchpoint", "touchpoint_kind", '
        '"item", "target", "old", "new"}]: "at" is ISO 8601 with its UTC offset, "touchpoint" '
        "the visit id or null, old and new the values as stored",
    )
    parser.set_defaults(handler=handler)


def entry_document(entry: HistoryEntry, visits: dict[str, Visit]) -> dict[str, Any]:
    """Return one history entry as the JSON object `history --json` prints."""
    at = entry.at if entry.at.tzinfo is not None else entry.at.replace(tzinfo=UTC)
    visit = visits.get(entry.visit_id or "")
    return {
        "at": at.isoformat(),
        "actor": entry.actor,
        "device": entry.device,
        "action": entry.action,
        "via": entry.via,
        "touchpoint": entry.visit_id,
        "touchpoint_kind": visit.kind.value if visit else None,
        "item": entry.item_id,
        "target": entry.target,
        "old": entry.old,
        "new": entry.new,
    }


def change_text(entry: HistoryEntry, row: HistoryRow) -> str:
    """Return the old and new value as people read them: 'Yes -> No', or the one value there is."""
    before, after = row.before, row.after
    if entry.action == "note":  # typed text: quoted, so where it starts and ends is plain
        before, after = (f"\u201c{t}\u201d" if t else "" for t in (before, after))
    if entry.action in CHANGES:
        return f"{before or '-'} -> {after or '-'}" if before or after else ""
    return after or before


def handler(args: argparse.Namespace) -> int:
    """Print the audit's history."""
    from auditor import lookup
    from auditor.audit_history import rows_of
    from auditor.plaintext import clip

    lang = default_language()
    _ = translator(lang)
    with open_store(args, create=False) as store:
        audit_id = store.audits.resolve_id(args.audit)
        visits = store.audits.visits(audit_id)
        entries = store.history.for_audit(audit_id)
        # Told as the window's history pane tells them: answers in the item's terms, words.
        rows = rows_of(store, lang, visits, entries) if not args.json else []
    by_id = {v.id: v for v in visits}
    if args.json:
        print_json([entry_document(entry, by_id) for entry in entries])
        return 0
    if not entries:
        print(_("No changes recorded for this audit."))
        return 0
    table = []
    for entry, row in zip(entries, rows, strict=True):
        visit = by_id.get(entry.visit_id or "")
        # The kind, as `auditor answer` takes it; a visit removed since keeps its short id.
        touchpoint = lookup.touchpoint_label(visit, visits) if visit else (entry.visit_id or "")[:8]
        table.append(
            [
                row.when,
                clip(row.who, 24) or "-",
                clip(row.device, 20) or "-",
                touchpoint or "-",
                entry.item_id or "-",
                row.what,
                change_text(entry, row),
            ]
        )
    print_table(
        table,
        [_("TIME"), _("ACTOR"), _("DEVICE"), _("TOUCHPOINT"), _("ITEM"), _("ACTION"), _("CHANGE")],
    )
    return 0
