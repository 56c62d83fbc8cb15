"""Answering, clearing and annotating checklist items."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from auditor.answertypes import MAX_TEXT, InvalidAnswer, is_text, kind_of, same_value
from auditor.commands.base import ANSWERS, STATUS, Command, Tx, place, refuse
from auditor.i18n import N_
from auditor.model import AuditStatus

log = logging.getLogger(__name__)

KEEP = object()  # "leave as it is": SetAnswer(value=KEEP) changes only the note


@dataclass
class SetAnswer(Command):
    """Give an item its answer (None clears it), its note, or both; validated by its answer type.

    The first answer of a draft audit moves it in progress (undone with it).
    """

    visit_id: str
    item_id: str
    value: Any = KEEP
    note: str | None = None  # None keeps the note
    audit_status: AuditStatus | None = None  # set by an inverse: the status to put back
    continues: bool = False  # a later save of the same note being typed: one undo step

    def merge_key(self) -> object:
        return ("note", self.visit_id, self.item_id) if self.value is KEEP else None

    def merges_with(self, earlier_key: object) -> bool:
        return self.continues and earlier_key == self.merge_key()

    @property
    def label(self) -> str:  # type: ignore[override]
        if self.value is KEEP:
            return N_("Note")
        return N_("Clear answer") if self.value is None else N_("Answer")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        where = place(tx, self.visit_id, self.item_id)
        item = where.item
        assert item is not None
        store = tx.store
        previous = store.answers.get(self.visit_id, self.item_id)
        old_value = previous.value if previous else None
        old_note = previous.note if previous else ""
        value = old_value
        if self.value is not KEEP:
            try:
                value = kind_of(item).validate(item, self.value, _)
            except InvalidAnswer as exc:
                raise refuse(tx, where, str(exc)) from None
        note = old_note if self.note is None else self.note
        if not is_text(note):
            raise refuse(
                tx, where, _("a note is text of at most {count} characters").format(count=MAX_TEXT)
            )
        audit = store.audits.get(where.audit_id)
        status_before = audit.status
        if same_value(value, old_value) and note == old_note and self.audit_status is None:
            return SetAnswer(self.visit_id, self.item_id, old_value, old_note)
        store.answers.set(self.visit_id, self.item_id, value, note)
        if not same_value(value, old_value):
            tx.record(
                where.audit_id,
                "answer" if value is not None else "clear",
                visit_id=self.visit_id,
                item_id=self.item_id,
                old=old_value,
                new=value,
            )
        if note != old_note:
            tx.record(
                where.audit_id,
                "note",
                visit_id=self.visit_id,
                item_id=self.item_id,
                old=old_note,
                new=note,
            )
        target_status = self.audit_status
        if target_status is None and status_before == AuditStatus.DRAFT and value is not None:
            target_status = AuditStatus.IN_PROGRESS  # the first answer starts the audit
        if target_status is not None and target_status != status_before:
            store.audits.set_status(where.audit_id, target_status)
            tx.record(where.audit_id, "status", old=status_before.value, new=target_status.value)
            tx.touch(STATUS, where.audit_id)
        tx.touch(ANSWERS, where.audit_id, self.visit_id, self.item_id)
        return SetAnswer(
            self.visit_id,
            self.item_id,
            old_value,
            old_note,
            status_before if target_status not in (None, status_before) else None,
        )
