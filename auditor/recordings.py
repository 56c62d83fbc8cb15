"""Call recordings, read: the rules on keeping them, the figures shown, what filling would answer.

The commands (`auditor.commands.recordings`), the window and the report all read recordings
through these functions, so the marks the auditor corrected win everywhere in the same way.
Taking a file in (reading, verifying, measuring it) is `auditor.recordings_intake`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from auditor.errors import NotFoundError
from auditor.i18n import pick
from auditor.model import Recording, Visit

if TYPE_CHECKING:
    from auditor.storage import Store

log = logging.getLogger(__name__)

# The agency's rule on recording calls (see docs/recordings.md):
#   "ask": the law asks for consent case by case: the auditor says once per audit if it was given;
#   "permitted": recording is lawful without asking (no question; the consent row says "rule");
#   "never": recordings are not kept at all.
CONSENT_RULES = ("ask", "permitted", "never")
DEFAULT_RULE = "ask"

# Well under the bundle's member limit; a 5-minute 48 kHz stereo WAV is about 55 MB.
MAX_RECORDING_BYTES = 80 * 1024 * 1024
AUDIO_MIMES = (
    "audio/wav",
    "audio/flac",
    "audio/ogg",
    "audio/mpeg",
    "audio/mp4",
    "audio/aac",
    "audio/aiff",
)
HOLD_KINDS = ("music", "silence")
MAX_RINGS = 1000  # a correction past this is a typing slip, not a call


def figures(recording: Recording) -> dict[str, Any]:
    """Return the recording's metrics with the auditor's marks applied (marks win)."""
    metrics = dict((recording.analysis or {}).get("metrics") or {})
    metrics.setdefault("duration_s", recording.duration_s)
    marks = recording.marks or {}
    if "answer_s" in marks:
        metrics["answer_s"] = marks["answer_s"]
    if "rings" in marks:
        metrics["rings"] = marks["rings"]
    if "holds" in marks:
        metrics["holds"] = [dict(h) for h in marks["holds"]]
    holds = metrics.get("holds") or []
    metrics["holds"] = holds
    metrics["longest_hold_s"] = max((h["end_s"] - h["start_s"] for h in holds), default=0.0)
    return metrics


def check_values(recording: Recording) -> dict[str, float]:
    """Return the figures by the checklist's check ids (call.time_to_answer...), for filling items."""
    shown = figures(recording)
    values: dict[str, float] = {
        "call.duration": round(float(shown["duration_s"]), 1),
        "call.longest_hold": round(float(shown["longest_hold_s"]), 1),
        "call.holds": float(len(shown["holds"])),
    }
    if shown.get("answer_s") is not None:
        values["call.time_to_answer"] = round(float(shown["answer_s"]), 1)
        values["call.rings"] = float(int(shown.get("rings") or 0))
    return values


@dataclass(frozen=True)
class Fill:
    """One checklist item a measured figure answers: its question, the new value and the current one."""

    item_id: str
    question: str
    value: float
    unit: str
    current: Any


def plan_visit_fill(
    store: Store,
    visit: Visit,
    values: Mapping[str, float | None],
    lang: str,
    types: tuple[str, ...] | None = None,
) -> list[Fill]:
    """Return the visit's items whose `check` id has a measured value, in checklist order.

    Values are rounded to a tenth; `types` limits the items to those answer types (timer,
    number) where the figures come from a recording.
    """
    template = store.audits.template(visit.template_id, visit.template_version)
    answers = store.answers.for_visit(visit.id)
    fills = []
    for item in template.items:
        if item.check not in values or values[item.check] is None:
            continue
        if types is not None and item.type.value not in types:
            continue
        current = answers.get(item.id)
        fills.append(
            Fill(
                item.id,
                pick(item.question, lang),
                round(float(values[item.check]), 1),  # type: ignore[arg-type]
                item.unit,
                current.value if current else None,
            )
        )
    return fills


def plan_fill(store: Store, recording_id: str, lang: str) -> list[Fill]:
    """Return the visit's timer and number items the recording's figures answer, in order."""
    recording = store.recordings.get(recording_id)
    visit = store.audits.visit(recording.visit_id)
    return plan_visit_fill(store, visit, check_values(recording), lang, ("timer", "number"))


def consent_state(store: Store, audit_id: str) -> str:
    """Return "permitted", "refused", "never" (the agency keeps none) or "ask" (not asked yet)."""
    rule = store.recordings.rule()
    if rule == "never":
        return "never"
    consent = store.recordings.consent(audit_id)
    if consent is not None:
        return "permitted" if consent.permitted else "refused"
    return "permitted" if rule == "permitted" else "ask"


def recording_of(store: Store, audit_id: str, visit_id: str) -> Recording | None:
    """Return the visit's latest recording (None when it has none)."""
    try:
        recordings = store.recordings.for_audit(audit_id, visit_id)
    except NotFoundError:
        return None
    return recordings[-1] if recordings else None


def with_marks(recording: Recording, marks: dict[str, Any]) -> Recording:
    """Return the recording as it would be with these marks (for previews while dragging)."""
    return replace(recording, marks=marks)
