"""Call recordings of phone visits: added after consent, marks corrected, figures put in the checklist.

A recording is audio evidence: it is kept in the workspace and travels in bundles, but the client
report prints only its figures and pictures. It is taken in off the GUI thread by
`take_in_recording` (auditor.recordings_intake: read, size limits, decoded and measured by the
call analysis), then stored by `AddRecording`, which refuses it unless the audit's recording
consent allows it. The reading side (figures, plan_fill, consent_state) is auditor.recordings;
its names are re-exported here for the callers that knew them here.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any

from auditor.commands.answers import SetAnswer
from auditor.commands.base import AUDIT, PROFILE, Batch, Command, Tx, place, refuse
from auditor.errors import ValidationError
from auditor.i18n import N_, Translate
from auditor.model import Recording, RecordingConsent, TouchpointKind, new_id
from auditor.recordings import (
    AUDIO_MIMES,
    CONSENT_RULES,
    HOLD_KINDS,
    MAX_RECORDING_BYTES,
    MAX_RINGS,
    Fill,
    check_values,
    consent_state,
    figures,
    plan_fill,
    recording_of,
    with_marks,
)
from auditor.recordings_intake import RecordingIntake, sniff_mime, take_in_recording
from auditor.storage.recordings import DeletedRecording

log = logging.getLogger(__name__)

__all__ = [
    "CONSENT_RULES",
    "RECORDINGS",
    "AddRecording",
    "DeleteRecording",
    "Fill",
    "FillFromRecording",
    "RecordingIntake",
    "RestoreRecording",
    "SetConsent",
    "SetConsentRule",
    "SetRecordingMarks",
    "check_values",
    "consent_state",
    "figures",
    "plan_fill",
    "recording_of",
    "sniff_mime",
    "take_in_recording",
    "with_marks",
]

RECORDINGS = "recordings"  # the aspect of a Change that touched an audit's recordings or consent

# --- consent -------------------------------------------------------------------------------


def _consent_refusal(tx: Tx, state: str) -> ValidationError:
    _ = tx.tr
    reasons = {
        "never": _("the agency keeps no call recordings (recording rule: never)"),
        "refused": _("recording was not permitted in this audit, so the recording is not kept"),
        "ask": _("say first whether recording this audit's calls was permitted"),
    }
    return ValidationError(reasons[state])


def _summary(recording: Recording) -> dict[str, Any]:
    return {"file": recording.filename, "duration_s": round(recording.duration_s, 1)}


def _record(tx: Tx, recording: Recording, action: str, **values: Any) -> None:
    tx.record(
        recording.audit_id, action, visit_id=recording.visit_id, target=recording.id, **values
    )


# --- commands ------------------------------------------------------------------------------


@dataclass
class AddRecording(Command):
    """Keep a taken-in recording with its phone visit, when the audit's consent allows it."""

    audit_id: str
    visit_id: str
    intake: RecordingIntake
    recording_id: str = field(default_factory=new_id)
    label = N_("Add recording")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        where = place(tx, self.visit_id)
        if where.audit_id != self.audit_id:
            raise refuse(tx, where, _("a recording can only be kept with a visit of its own audit"))
        if where.visit.kind != TouchpointKind.PHONE:
            raise refuse(tx, where, _("recordings are kept with phone visits only"))
        state = consent_state(tx.store, self.audit_id)
        if state != "permitted":
            raise refuse(tx, where, str(_consent_refusal(tx, state)))
        intake = self.intake
        if len(intake.data) > MAX_RECORDING_BYTES or not intake.data:
            raise refuse(tx, where, _("the recording is empty or too large"))
        if (
            hashlib.sha256(intake.data).hexdigest() != intake.sha256
            or intake.mime not in AUDIO_MIMES
        ):
            raise refuse(tx, where, _("the recording does not match what was analysed"))
        recording = Recording(
            audit_id=self.audit_id,
            visit_id=self.visit_id,
            filename=intake.filename,
            mime=intake.mime,
            sha256=intake.sha256,
            size=len(intake.data),
            duration_s=intake.duration_s,
            analysis=intake.analysis,
            id=self.recording_id,
        )
        tx.store.recordings.add(recording, intake.data)
        _record(tx, recording, "add_recording", new=_summary(recording))
        tx.touch(RECORDINGS, self.audit_id, self.visit_id)
        tx.result = recording
        return DeleteRecording(recording.id)


@dataclass
class DeleteRecording(Command):
    """Erase a recording (its bytes are overwritten in the file); undo puts it back."""

    recording_id: str
    label = N_("Delete recording")

    def apply(self, tx: Tx) -> Command | None:
        deleted = tx.store.recordings.delete(self.recording_id)
        recording = deleted.recording
        _record(tx, recording, "delete_recording", old=_summary(recording))
        tx.touch(RECORDINGS, recording.audit_id, recording.visit_id)
        return RestoreRecording(deleted)


@dataclass
class RestoreRecording(Command):
    """Put a deleted recording back, with its analysis and marks."""

    deleted: DeletedRecording
    label = N_("Restore recording")

    def apply(self, tx: Tx) -> Command | None:
        recording = tx.store.recordings.restore(self.deleted)
        _record(tx, recording, "restore_recording", new=_summary(recording))
        tx.touch(RECORDINGS, recording.audit_id, recording.visit_id)
        tx.result = recording
        return DeleteRecording(recording.id)


def check_marks(marks: dict[str, Any], duration: float, _: Translate) -> dict[str, Any]:
    """Return the auditor's marks checked (answer and holds inside the recording), or raise."""
    out: dict[str, Any] = {}

    def seconds(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(_("a mark must be a time in seconds"))
        if not 0 <= value <= duration + 1e-6:
            raise ValidationError(
                _("a mark must lie within the recording (0 to {end} s)").format(
                    end=f"{duration:.1f}"
                )
            )
        return round(float(value), 2)

    unknown = set(marks) - {"answer_s", "rings", "holds"}
    if unknown:
        raise ValidationError(_("unknown marks: {names}").format(names=", ".join(sorted(unknown))))
    if "answer_s" in marks:
        out["answer_s"] = None if marks["answer_s"] is None else seconds(marks["answer_s"])
    if "rings" in marks:
        rings = marks["rings"]
        if isinstance(rings, bool) or not isinstance(rings, int) or not 0 <= rings <= MAX_RINGS:
            raise ValidationError(_("rings must be a whole number from 0"))
        out["rings"] = rings
    if "holds" in marks:
        holds = []
        for hold in marks["holds"]:
            start, end = seconds(hold["start_s"]), seconds(hold["end_s"])
            if end <= start:
                raise ValidationError(_("a hold must end after it starts"))
            kind = hold.get("kind", "silence")
            holds.append(
                {"start_s": start, "end_s": end, "kind": kind if kind in HOLD_KINDS else "silence"}
            )
        out["holds"] = sorted(holds, key=lambda h: h["start_s"])
    return out


@dataclass
class SetRecordingMarks(Command):
    """Save the auditor's corrections of a recording's marks (answer, holds, rings)."""

    recording_id: str
    marks: dict[str, Any]
    continues: bool = False  # a nudge right after another of the same recording: one undo step
    label = N_("Correct recording marks")

    def merge_key(self) -> object:
        return ("recording_marks", self.recording_id)

    def merges_with(self, earlier_key: object) -> bool:
        return self.continues and earlier_key == self.merge_key()

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.recordings.get(self.recording_id)
        place(tx, before.visit_id)  # a delivered audit is refused with its name
        marks = check_marks(self.marks, before.duration_s, tx.tr)
        after = tx.store.recordings.set_marks(self.recording_id, marks)
        _record(tx, after, "recording_marks", old=before.marks, new=marks)
        tx.touch(RECORDINGS, after.audit_id, after.visit_id)
        tx.result = after
        return SetRecordingMarks(self.recording_id, dict(before.marks))


@dataclass
class SetConsent(Command):
    """Keep whether recording this audit's calls was permitted (asked once per audit).

    A refusal erases the audit's recordings in the same step: without consent nothing is kept.
    `consent` and `restore` are set by inverses: the exact answer and recordings to put back.
    """

    audit_id: str
    permitted: bool | None
    basis: str = "asked"
    consent: RecordingConsent | None = None
    restore: tuple[DeletedRecording, ...] = ()
    label = N_("Recording consent")

    def apply(self, tx: Tx) -> Command | None:
        store = tx.store
        audit = store.audits.get(self.audit_id)
        before = store.recordings.consent(self.audit_id)
        if self.consent is not None or self.permitted is None:
            after = self.consent
        else:
            after = RecordingConsent(
                audit_id=self.audit_id,
                permitted=bool(self.permitted),
                basis=self.basis if self.basis in ("asked", "rule") else "asked",
                asked_at=tx.at,
                actor=tx.actor,
            )
        store.recordings.set_consent(self.audit_id, after)
        erased: list[DeletedRecording] = []
        if after is not None and not after.permitted:
            for recording in store.recordings.for_audit(self.audit_id):
                erased.append(store.recordings.delete(recording.id))
                _record(tx, recording, "delete_recording", old=_summary(recording))
        for deleted in self.restore:
            recording = store.recordings.restore(deleted)
            _record(tx, recording, "restore_recording", new=_summary(recording))
        tx.record(
            audit.id,
            "recording_consent",
            old=None if before is None else before.permitted,
            new=None if after is None else after.permitted,
        )
        tx.touch(RECORDINGS, audit.id)
        tx.touch(AUDIT, audit.id)
        return SetConsent(
            self.audit_id,
            None if before is None else before.permitted,
            consent=before,
            restore=tuple(erased),
        )


@dataclass
class SetConsentRule(Command):
    """Change the agency's rule on recording calls: "ask", "permitted" or "never"."""

    rule: str
    label = N_("Recording rule")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        if self.rule not in CONSENT_RULES:
            raise ValidationError(
                _("the recording rule is one of {rules}").format(rules=", ".join(CONSENT_RULES))
            )
        before = tx.store.recordings.rule()
        tx.store.recordings.set_rule(self.rule)
        tx.touch(PROFILE)
        tx.touch(RECORDINGS)
        return SetConsentRule(before)


@dataclass
class FillFromRecording(Command):
    """Answer the visit's timer and number items from the recording's figures: one undo step."""

    recording_id: str
    label = N_("Answers from the call recording")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        recording = tx.store.recordings.get(self.recording_id)
        fills = plan_fill(tx.store, self.recording_id, tx.lang)
        if not fills:
            where = place(tx, recording.visit_id)
            raise refuse(tx, where, _("no item of this checklist takes the call's figures"))
        batch = Batch(
            [SetAnswer(recording.visit_id, fill.item_id, fill.value) for fill in fills],
            self.label,
        )
        return batch.apply(tx)
