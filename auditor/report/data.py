"""The report snapshot: plain frozen data, everything the renderer prints and nothing it must look up."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from auditor.model import Severity

log = logging.getLogger(__name__)

# Outcomes of a checklist item, as the report shows them (defined with the scoring rules).
from auditor.scoring import (  # noqa: E402, F401
    FAIL,
    NOT_APPLICABLE,
    PARTIAL,
    PASS,
    RECORDED,
    UNANSWERED,
)


@dataclass(frozen=True)
class PrintImage:
    """A metadata-free JPEG sized for print (about 200 dpi in its printed box)."""

    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class EvidenceImage:
    id: str
    caption: str  # the auditor's caption, else what it shows: item, touchpoint, when taken
    image: PrintImage | None  # None when the stored image could not be decoded
    touchpoint: str = ""  # the touchpoint's title, for the index of evidence
    item: str = ""  # "2.3 Question" of the checklist item it documents, or ""


@dataclass(frozen=True)
class FindingView:
    id: str
    title: str
    severity: Severity
    description: str
    recommendation: str
    resolved: bool
    touchpoint: str  # the touchpoint's title, "" for a finding of the whole audit
    visit_id: str | None
    item: str  # "2.3 Question text" of the checklist item it belongs to, or ""
    images: tuple[EvidenceImage, ...]


@dataclass(frozen=True)
class ItemResult:
    number: str
    section: str
    question: str
    answer: str
    outcome: str  # PASS, PARTIAL, FAIL, NOT_APPLICABLE, UNANSWERED or RECORDED
    critical: bool
    moment_of_truth: bool
    weight: float
    note: str
    images: tuple[EvidenceImage, ...] = ()  # the item's own photos, printed beside its row


@dataclass(frozen=True)
class Metrics:
    nps: int | None  # 0-10, would you recommend
    csat: int | None  # 1-5, satisfaction
    ces: int | None  # 1-7, ease


@dataclass(frozen=True)
class ScoreLine:
    key: str
    label: str
    score: float | None
    completion: float
    critical_failure: bool


@dataclass(frozen=True)
class TemplateRef:
    id: str
    version: str
    title: str


@dataclass(frozen=True)
class RecordingView:
    """What the report prints of a phone visit's call recording: figures and pictures, no audio."""

    lines: tuple[tuple[str, str], ...]  # (label, value) in the report's language
    waveform: PrintImage | None
    pitch: PrintImage | None
    length: str  # the recording's length in words, for the pictures' captions
    greeting_span: str  # the greeting's length in words ("" when none was found)


@dataclass(frozen=True)
class TouchpointReport:
    id: str
    kind: str
    kind_label: str
    label: str  # short name for charts and tables: the kind, numbered when the audit has several of a kind
    title: str
    visited_at: datetime | None
    channel: str  # the visit's details in words, one line (see details)
    template: TemplateRef
    weight: float
    score: float | None
    completion: float
    critical_failure: bool
    critical_items: tuple[str, ...]  # "number question" of each failed critical item
    metrics: Metrics
    items: tuple[ItemResult, ...]
    findings: tuple[FindingView, ...]
    other_evidence: tuple[EvidenceImage, ...]  # the visit's images that no finding shows
    # From the audit's history (auditor.timeline.visit_timeline), in local time: the first
    # change, the last completion, and how many changes the visit had after that completion.
    started_at: datetime | None = None
    completed_at: datetime | None = None
    changes_after_completion: int = 0
    # The visit's details for the client (number called, address, the call's timings).
    details: tuple[tuple[str, str], ...] = ()
    recording: RecordingView | None = None  # the call's recording, measured (issue 18)
    ended_at: datetime | None = None  # when the visit ended (visited_at: when it started)
    call_log: tuple[tuple[str, str], ...] = ()  # (time since the dial, what happened), in words


@dataclass(frozen=True)
class MomentOfTruth:
    touchpoint: str  # the kind of touchpoint, numbered when the audit has several of a kind
    number: str
    question: str
    answer: str
    outcome: str


@dataclass(frozen=True)
class ReportData:
    """Everything one client report shows, in the language it is written in."""

    lang: str
    agency_name: str
    agency_logo: PrintImage | None
    client_name: str
    client_logo: PrintImage | None
    audit_id: str
    audit_title: str
    scenario: str
    visit_dates: tuple[date, ...]
    auditor: str
    report_date: date
    overall: float | None
    completion: float
    critical_failure: bool
    touchpoints: tuple[TouchpointReport, ...]
    dimensions: tuple[ScoreLine, ...]
    phases: tuple[ScoreLine, ...]
    findings: tuple[FindingView, ...]  # every finding, most serious first
    moments: tuple[MomentOfTruth, ...]
    templates: tuple[TemplateRef, ...]
    cover_image: EvidenceImage | None = None  # the first photo of the first visit (docs/report.md)

    @property
    def general_findings(self) -> tuple[FindingView, ...]:
        """Return the findings that belong to no touchpoint of the report."""
        ids = {t.id for t in self.touchpoints}
        return tuple(f for f in self.findings if f.visit_id not in ids)

    @property
    def image_count(self) -> int:
        """Return how many evidence images the report prints."""
        return (
            sum(1 for f in self.findings for e in f.images if e.image)
            + sum(1 for t in self.touchpoints for e in t.other_evidence if e.image)
            + sum(1 for t in self.touchpoints for r in t.items for e in r.images if e.image)
        )
