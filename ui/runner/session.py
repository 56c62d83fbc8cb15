"""The visit being answered: template, answers, and the undoable core calls that change them."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from auditor import scoring, workflow
from auditor.answertypes import is_required
from auditor.commands import KEEP, CompleteVisit, EditVisit, ReopenVisit, SetAnswer
from auditor.i18n import pick
from auditor.model import Answer, Item, Template, Visit, VisitStatus
from auditor.scoring import failed, outcome
from ui.context import AppContext

log = logging.getLogger(__name__)


class ItemState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    PARTIAL = "partial"  # scored, under full points but not failed (a "footer" contact link)
    FAILED = "failed"
    NA = "na"
    HIDDEN = "hidden"  # not asked: its show-if condition does not hold for the answers


_STATES = {
    scoring.UNANSWERED: ItemState.OPEN,
    scoring.NOT_APPLICABLE: ItemState.NA,
    scoring.FAIL: ItemState.FAILED,
    scoring.PARTIAL: ItemState.PARTIAL,
}


class VisitSession:
    """Answers of one visit as the store holds them, re-read after every change."""

    def __init__(self, ctx: AppContext, visit: Visit):
        self.ctx = ctx
        self.visit = visit
        self.template: Template = ctx.store.audits.template(
            visit.template_id, visit.template_version
        )
        self.answers: dict[str, Answer] = {}
        self.evidence_items: set[str] = set()
        self.hidden: set[str] = set()
        self.values: dict[str, Any] = {}  # as scoring sees them: photo items by their photos
        self.reload()

    @property
    def audit_id(self) -> str:
        """Return the id of the visit's audit."""
        return self.visit.audit_id

    @property
    def items(self) -> tuple[Item, ...]:
        """Return the checklist items in order."""
        return self.template.items

    @property
    def completed(self) -> bool:
        """Return True once the visit was marked complete."""
        return self.visit.status == VisitStatus.COMPLETED

    def title(self) -> str:
        """Return the visit's title, or its checklist's title."""
        return self.visit.title or pick(self.template.title, self.ctx.lang)

    def reload(self) -> None:
        """Read the visit, its answers and which items have evidence from the store."""
        store = self.ctx.store
        self.visit = store.audits.visit(self.visit.id)
        self.answers = store.answers.for_visit(self.visit.id)
        self.evidence_items = {
            e.item_id for e in store.evidence.for_audit(self.audit_id, self.visit.id) if e.item_id
        }
        self.values = scoring.with_photos(
            self.template,
            {k: a.value for k, a in self.answers.items() if a.value is not None},
            self.evidence_items,
        )
        # Which items show is decided again on every reload: an answer may hide or show others.
        self.hidden = scoring.hidden(self.template, self.values)

    def is_hidden(self, index: int) -> bool:
        """Return True when item `index` is not asked (never the metrics page after the items)."""
        return 0 <= index < len(self.items) and self.items[index].id in self.hidden

    def shown_index(self, index: int, step: int = 1) -> int | None:
        """Return `index`, or the nearest asked item from it in the direction of `step`."""
        step = 1 if step >= 0 else -1
        while 0 <= index <= len(self.items):
            if not self.is_hidden(index):
                return index
            index += step
        return None

    def value(self, item_id: str) -> Any:
        """Return an item's answer value (None when unanswered; a photo item's attached photo)."""
        return self.values.get(item_id)

    def note(self, item_id: str) -> str:
        """Return an item's note."""
        answer = self.answers.get(item_id)
        return answer.note if answer else ""

    def state(self, item: Item) -> ItemState:
        """Return whether an item is unanswered, answered, partly met, failed, N/A or not asked."""
        if item.id in self.hidden:
            return ItemState.HIDDEN
        return _STATES.get(outcome(item, self.value(item.id)), ItemState.ANSWERED)

    def needs(self, item: Item) -> list[str]:
        """Return what a failed item still requires: "note" and/or "evidence"."""
        if item.id in self.hidden or not failed(item, self.value(item.id)):
            return []
        result = []
        if item.require_note_on_fail and not self.note(item.id).strip():
            result.append("note")
        if item.require_evidence_on_fail and item.id not in self.evidence_items:
            result.append("evidence")
        return result

    def next_open(self, after: int) -> int | None:
        """Return the index of the next unanswered required item after `after`, wrapping around.

        Items not asked (show-if) are skipped, as are optional ones (remarks, photos).
        """
        count = len(self.items)
        for step in range(1, count + 1):
            index = (after + step) % count
            item = self.items[index]
            if self.state(item) == ItemState.OPEN and is_required(item):
                return index
        return None

    def answered_count(self) -> int:
        """Return how many asked items have an answer (N.A. included)."""
        return sum(
            1 for item in self.items if self.state(item) not in (ItemState.OPEN, ItemState.HIDDEN)
        )

    def asked_count(self) -> int:
        """Return how many items are asked (their show-if condition holds)."""
        return len(self.items) - len(self.hidden)

    # --- changes: each is one command of the core (validated, undoable, in the history) ------

    def answer(self, item_id: str, value: Any) -> None:
        """Record an answer (the first answer moves a draft audit in progress)."""
        self.ctx.run(SetAnswer(self.visit.id, item_id, value))

    def save_note(self, item_id: str, text: str, *, new_edit: bool) -> None:
        """Save an item's note; the saves of one editing session make one undo step."""
        if text == self.note(item_id):
            return
        self.ctx.run(SetAnswer(self.visit.id, item_id, KEEP, text, continues=not new_edit))

    def set_metrics(self, **values: int | None) -> None:
        """Save customer metrics (nps, csat, ces) of the visit."""
        self.ctx.run(EditVisit(self.visit.id, values))

    def complete(self) -> None:
        """Mark the visit completed, or raise ValidationError listing what is missing."""
        self.ctx.run(CompleteVisit(self.visit.id))

    def reopen(self) -> None:
        """Put the completed visit back in progress."""
        self.ctx.run(ReopenVisit(self.visit.id))

    def missing(self) -> list[workflow.Missing]:
        """Return what the visit still needs before it can be completed."""
        return workflow.missing(self.ctx.store, self.visit.id, self.ctx.lang)
