"""The visit being answered: template, answers, and the undoable core calls that change them."""

from __future__ import annotations

import logging
from dataclasses import replace
from enum import StrEnum
from typing import Any

from auditor import scoring, workflow
from auditor.i18n import pick
from auditor.model import Answer, AuditStatus, Item, Template, Visit, VisitStatus
from auditor.scoring import failed, outcome
from ui.context import AppContext
from ui.undo import UndoEntry

log = logging.getLogger(__name__)


class ItemState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    PARTIAL = "partial"  # scored, under full points but not failed (a "footer" contact link)
    FAILED = "failed"
    NA = "na"


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

    def value(self, item_id: str) -> Any:
        """Return an item's answer value (None when unanswered)."""
        answer = self.answers.get(item_id)
        return answer.value if answer else None

    def note(self, item_id: str) -> str:
        """Return an item's note."""
        answer = self.answers.get(item_id)
        return answer.note if answer else ""

    def state(self, item: Item) -> ItemState:
        """Return whether an item is unanswered, answered, partly met, failed or not applicable."""
        return _STATES.get(outcome(item, self.value(item.id)), ItemState.ANSWERED)

    def needs(self, item: Item) -> list[str]:
        """Return what a failed item still requires: "note" and/or "evidence"."""
        if not failed(item, self.value(item.id)):
            return []
        result = []
        if item.require_note_on_fail and not self.note(item.id).strip():
            result.append("note")
        if item.require_evidence_on_fail and item.id not in self.evidence_items:
            result.append("evidence")
        return result

    def next_open(self, after: int) -> int | None:
        """Return the index of the next unanswered item after `after`, wrapping around."""
        count = len(self.items)
        for step in range(1, count + 1):
            index = (after + step) % count
            item = self.items[index]
            if self.state(item) == ItemState.OPEN and item.type not in scoring.OPTIONAL_TYPES:
                return index
        return None

    def answered_count(self) -> int:
        """Return how many items have an answer (N.A. included)."""
        return sum(1 for item in self.items if self.state(item) != ItemState.OPEN)

    # --- changes: each is one core call, pushed on the undo stack --------------------------

    def answer(self, item_id: str, value: Any) -> None:
        """Record an answer now (the first answer moves a draft audit in progress)."""
        store = self.ctx.store
        if store.audits.get(self.audit_id).status == AuditStatus.DRAFT:
            workflow.start(store, self.audit_id)
        previous = store.answers.set(self.visit.id, item_id, value)
        _ = self.ctx.tr
        self._push(_("Answer"), item_id, previous)
        self._changed()

    def save_note(self, item_id: str, text: str, *, new_edit: bool) -> None:
        """Save an item's note; the first save of an editing session becomes one undo step."""
        if text == self.note(item_id):
            return
        previous = self.ctx.store.answers.set_note(self.visit.id, item_id, text)
        if new_edit:
            _ = self.ctx.tr
            self._push(_("Note"), item_id, previous)
        self._changed()

    def set_metrics(self, **values: int | None) -> None:
        """Save customer metrics (nps, csat, ces) of the visit."""
        store = self.ctx.store
        before = store.audits.visit(self.visit.id)
        store.audits.update_visit(replace(before, **values))
        _ = self.ctx.tr
        self.ctx.undo.push(
            UndoEntry(
                _("Customer metrics"),
                lambda: store.audits.update_visit(before),
                self.audit_id,
                self.visit.id,
                None,
            )
        )
        self._changed()

    def complete(self) -> None:
        """Mark the visit completed, or raise ValidationError listing what is missing."""
        workflow.complete_visit(self.ctx.store, self.visit.id, self.ctx.lang)
        self._changed()

    def reopen(self) -> None:
        """Put the completed visit back in progress."""
        workflow.reopen_visit(self.ctx.store, self.visit.id)
        self._changed()

    def missing(self) -> list[workflow.Missing]:
        """Return what the visit still needs before it can be completed."""
        return workflow.missing(self.ctx.store, self.visit.id, self.ctx.lang)

    def _push(self, label: str, item_id: str, previous: Answer | None) -> None:
        store, visit_id = self.ctx.store, self.visit.id
        self.ctx.undo.push(
            UndoEntry(
                label,
                lambda: store.answers.restore(visit_id, item_id, previous),
                self.audit_id,
                visit_id,
                item_id,
            )
        )

    def _changed(self) -> None:
        self.reload()
        self.ctx.changed(self.audit_id)
