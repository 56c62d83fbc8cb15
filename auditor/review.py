"""Tell an audit's review comments for people: where each one is, what it says, if it is resolved.

The comments themselves are changed by the commands of `auditor.commands.review`; the window's
Review pane, the runner's comments panel and `auditor review --list` read them through here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from auditor.i18n import pick, translator
from auditor.model import ReviewComment
from auditor.storage import Store

log = logging.getLogger(__name__)

# The history actions of the review step. They are remarks on the audit, not changes to what the
# auditor recorded: the report's timeline does not count them as changes after completion.
REVIEW_ACTIONS = frozenset({"add_comment", "resolve_comment", "reopen_comment", "delete_comment"})


@dataclass(frozen=True)
class CommentRow:
    """One comment as people read it: its place ("2. Phone call", "3. Greeting") and text."""

    comment: ReviewComment
    touchpoint: str  # "" for a comment on the audit as a whole
    item: str  # "" for a comment on a touchpoint or the audit

    @property
    def place(self) -> str:
        """Return 'touchpoint › item', the touchpoint alone, or '' for the audit."""
        return " \u203a ".join(p for p in (self.touchpoint, self.item) if p)


def comment_rows(store: Store, audit_id: str, lang: str = "en") -> list[CommentRow]:
    """Return the audit's comments in the order of its visits and items, the audit's first."""
    with store.lock:  # the report worker shares the connection
        visits = store.audits.visits(audit_id)
        comments = store.review.for_audit(audit_id)
        touchpoints: dict[str, tuple[int, str]] = {}
        items: dict[tuple[str, str], tuple[int, str]] = {}
        for number, visit in enumerate(visits, start=1):
            template = store.audits.template(visit.template_id, visit.template_version)
            touchpoints[visit.id] = (
                number,
                f"{number}. {visit.title or pick(template.title, lang)}",
            )
            for position, item in enumerate(template.items, start=1):
                items[(visit.id, item.id)] = (position, f"{position}. {pick(item.question, lang)}")
    rows = []
    for comment in comments:
        visit_number, touchpoint = touchpoints.get(comment.visit_id or "", (0, ""))
        item_number, item = items.get((comment.visit_id or "", comment.item_id or ""), (0, ""))
        if comment.item_id and not item:
            item = comment.item_id  # an item its checklist no longer has: its id says which
        rows.append(((visit_number, item_number), CommentRow(comment, touchpoint, item)))
    rows.sort(key=lambda pair: pair[0])  # stable: oldest first within one place
    return [row for _key, row in rows]


def for_item(rows: list[CommentRow], visit_id: str, item_id: str) -> list[CommentRow]:
    """Return the rows of comments on one item of one visit."""
    return [r for r in rows if r.comment.visit_id == visit_id and r.comment.item_id == item_id]


def as_json(row: CommentRow) -> dict[str, Any]:
    """Return a comment as `auditor review --list --json` prints it."""
    c = row.comment
    return {
        "id": c.id,
        "touchpoint": row.touchpoint or None,
        "item": row.item or None,
        "visit_id": c.visit_id,
        "item_id": c.item_id,
        "text": c.text,
        "author": c.author,
        "created_at": c.created_at.isoformat(),
        "resolved": c.resolved,
        "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None,
        "resolved_by": c.resolved_by or None,
    }


def as_line(row: CommentRow, lang: str = "en") -> str:
    """Return a comment as one line: state, short id, place and text."""
    _ = translator(lang)
    c = row.comment
    state = _("resolved") if c.resolved else _("open")
    where = row.place or _("the audit")
    text = " ".join(c.text.split())
    return f"{c.id[:8]}  [{state}]  {where}: {text}"
