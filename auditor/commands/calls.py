"""The call stopwatch's log of a phone visit: its taps, saved in place of the ones it had."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from auditor.commands.base import CALLS, VISIT, Command, Tx, place, refuse
from auditor.errors import ValidationError
from auditor.i18n import N_
from auditor.model import CallLogEvent


def _events_value(events: Sequence[CallLogEvent]) -> list[list[Any]]:
    return [[e.kind, round(float(e.at_s), 3)] for e in events]


@dataclass
class SetCallLog(Command):
    """Save a phone visit's call log (the stopwatch's taps), in place of the one it had.

    The taps of one call merge into one undo step, as the panel saves after each.
    """

    visit_id: str
    events: list[CallLogEvent]
    label = N_("Call log")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.storage.calls import check_events

        _ = tx.tr
        where = place(tx, self.visit_id)
        events = [CallLogEvent(str(e.kind), float(e.at_s)) for e in self.events]
        try:
            check_events(events)
        except ValidationError as exc:
            raise refuse(
                tx, where, _("the call log cannot be saved: {reason}").format(reason=exc)
            ) from None
        before = tx.store.calls.events(self.visit_id)
        if before == events:
            return SetCallLog(self.visit_id, before)
        tx.store.calls.replace(self.visit_id, events)
        tx.record(
            where.audit_id,
            "call_log",
            visit_id=self.visit_id,
            old=_events_value(before),
            new=_events_value(events),
        )
        tx.touch(CALLS, where.audit_id, self.visit_id)
        tx.touch(VISIT, where.audit_id, self.visit_id)
        return SetCallLog(self.visit_id, before)

    def merge_key(self) -> object:
        return ("call_log", self.visit_id)

    def merges_with(self, earlier_key: object) -> bool:
        return earlier_key == self.merge_key()


__all__ = ["SetCallLog"]
