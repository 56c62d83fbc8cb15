"""Domain model: the plain dataclasses and enums the whole application speaks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

NA = "na"  # the answer value meaning "not applicable": excluded from earned and possible


def new_id() -> str:
    """Return a new random UUID as text (audits from several laptops must merge)."""
    return str(uuid.uuid4())


def now() -> datetime:
    """Return the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class Severity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """Return 3 for critical, 2 for major, 1 for minor (for sorting, most serious first)."""
        return {"minor": 1, "major": 2, "critical": 3}[self.value]


class AuditStatus(StrEnum):
    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    RETURNED = "returned"  # sent back to the auditor with review comments (issue 16)
    REVIEWED = "reviewed"
    DELIVERED = "delivered"


class TouchpointKind(StrEnum):
    WEBSITE = "website"
    PHONE = "phone"
    EMAIL = "email"
    SHOP = "shop"
    TECHNICIAN = "technician"
    SOCIAL = "social"


class AnswerType(StrEnum):
    YES_NO = "yes_no"
    SCALE = "scale"
    CHOICE = "choice"
    NUMBER = "number"
    TIMER = "timer"
    TEXT = "text"
    PHOTO = "photo"
    SELECT_MULTIPLE = "select_multiple"


SCORABLE_TYPES = frozenset(
    {
        AnswerType.YES_NO,
        AnswerType.SCALE,
        AnswerType.CHOICE,
        AnswerType.NUMBER,
        AnswerType.TIMER,
        AnswerType.SELECT_MULTIPLE,
    }
)


class Dimension(StrEnum):
    FUNCTIONAL = "functional"
    EMOTIONAL = "emotional"


class Phase(StrEnum):
    AWARENESS = "awareness"
    CONSIDERATION = "consideration"
    ACTIVATION = "activation"
    PURCHASE = "purchase"
    LOYALTY = "loyalty"
    ADVOCACY = "advocacy"


class FindingStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class VisitStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


# --- checklist templates -------------------------------------------------------------------


@dataclass(frozen=True)
class ChoiceOption:
    id: str
    label: dict[str, str]
    points: float


@dataclass(frozen=True)
class Item:
    """One checklist question, with everything needed to answer and score it."""

    id: str
    question: dict[str, str]
    guidance: dict[str, str]
    type: AnswerType
    dimension: Dimension
    phase: Phase
    section: str = ""
    weight: float = 1.0
    critical: bool = False
    moment_of_truth: bool = False
    require_note_on_fail: bool = False
    require_evidence_on_fail: bool = False
    scale_max: int = 5
    options: tuple[ChoiceOption, ...] = ()
    threshold: float | None = None
    pass_if: str = "at_most"  # number/timer: "at_most" or "at_least" the threshold
    unit: str = ""
    check: str | None = None
    relevant: str | None = None  # show-if condition (XLSForm subset, auditor.conditions)
    required: bool | None = None  # None: the answer type decides (text and photo are optional)

    @property
    def scorable(self) -> bool:
        """Return True when the item's answer earns points."""
        return self.type in SCORABLE_TYPES


@dataclass(frozen=True)
class Section:
    id: str
    title: dict[str, str]


@dataclass(frozen=True)
class Template:
    """A checklist template: a versioned, bilingual list of items for one touchpoint kind."""

    id: str
    version: str
    touchpoint: TouchpointKind
    title: dict[str, str]
    description: dict[str, str]
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    schema: int = 1
    source: str = field(default="", compare=False, repr=False)  # the TOML text, kept with audits

    def item(self, item_id: str) -> Item:
        """Return the item with this id, or raise KeyError."""
        for candidate in self.items:
            if candidate.id == item_id:
                return candidate
        raise KeyError(item_id)


# --- workspace records ---------------------------------------------------------------------


@dataclass
class Client:
    name: str
    brands: list[str] = field(default_factory=list)
    website: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    report_language: str = "it"
    id: str = field(default_factory=new_id)


class LocationChannel(StrEnum):
    STORE = "store"
    WEB = "web"
    PHONE = "phone"
    EMAIL = "email"
    OTHER = "other"


@dataclass
class Location:
    """One of a client's branches, shops, sites or lines, audited wave after wave."""

    client_id: str
    name: str
    code: str = ""
    address: str = ""
    city: str = ""
    region: str = ""
    channel: LocationChannel = LocationChannel.STORE
    active: bool = True
    id: str = field(default_factory=new_id)


@dataclass
class Wave:
    """One round of a client's programme (a quarter, a month), audits of its locations."""

    client_id: str
    label: str
    starts_on: date | None = None
    ends_on: date | None = None
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass
class Audit:
    client_id: str
    title: str
    scenario: str = ""
    auditor: str = ""
    planned_date: date | None = None
    actual_date: date | None = None
    status: AuditStatus = AuditStatus.DRAFT
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    location_id: str | None = None  # the client's location audited (issue 15)
    wave_id: str | None = None  # the programme's wave the audit belongs to
    nickname: str = ""  # the auditor's nickname (mystery shopper mode)


@dataclass
class Visit:
    """One run of one checklist at one touchpoint (a call, a shop visit, a website review)."""

    audit_id: str
    kind: TouchpointKind
    template_id: str
    template_version: str
    title: str = ""
    position: int = 0
    visited_at: datetime | None = None
    channel: dict[str, Any] = field(default_factory=dict)  # number called, URL, shop address...
    weight: float = 1.0
    nps: int | None = None
    csat: int | None = None
    ces: int | None = None
    status: VisitStatus = VisitStatus.IN_PROGRESS
    id: str = field(default_factory=new_id)
    ended_at: datetime | None = None  # visited_at is the actual start
    place: str = ""  # where the visit happened (the shop's address)
    contact: str = ""  # the URL, number or e-mail address contacted
    staff: str = ""  # the staff met: personal data, in client reports only if the agency allows


@dataclass(frozen=True)
class CallLogEvent:
    """One tap of the call stopwatch: dial, answered, hold, resume, transfer or end, at seconds."""

    kind: str
    at_s: float


@dataclass
class Answer:
    visit_id: str
    item_id: str
    value: Any = None  # "yes"/"no"/NA, int scale, option id, float number/seconds, text
    note: str = ""
    answered_at: datetime = field(default_factory=now)


@dataclass(frozen=True)
class HistoryEntry:
    """One change in an audit's history: when, who, on which device, what, old and new value.

    `at` carries the device's UTC offset. `old` and `new` are plain JSON values (an answer, a note,
    a finding's title); `via` is "undo" or "redo" when the change took back or repeated another.
    """

    audit_id: str
    action: str
    at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    actor: str = ""
    device: str = ""
    visit_id: str | None = None
    item_id: str | None = None
    target: str | None = None
    old: Any = None
    new: Any = None
    via: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Finding:
    audit_id: str
    title: str
    severity: Severity = Severity.MINOR
    description: str = ""
    recommendation: str = ""
    visit_id: str | None = None
    item_id: str | None = None
    status: FindingStatus = FindingStatus.OPEN
    source: str = "auditor"  # or "check:text", "check:image", "check:site"
    evidence_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)


@dataclass
class Evidence:
    """An image kept as proof; the original bytes stay in the workspace untouched."""

    audit_id: str
    visit_id: str | None
    mime: str
    width: int
    height: int
    sha256: str
    item_id: str | None = None
    caption: str = ""
    source: str = "file"  # file | paste | screen | drop | check
    filename: str = ""
    captured_at: datetime | None = None
    redactions: list[tuple[int, int, int, int]] = field(default_factory=list)  # blurred x, y, w, h
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)


@dataclass(frozen=True)
class AuditSummary:
    """A row of the audits list: enough to show and sort without loading the whole audit."""

    id: str
    client: str
    title: str
    date: date | None
    status: AuditStatus
    completion: float
    score: float | None
    critical_failure: bool


# --- review (issue 16) ---------------------------------------------------------------------


@dataclass
class ReviewComment:
    """A reviewer's comment on an audit, or on one item of a visit; never shown to the client.

    `visit_id` and `item_id` are both None for a comment on the audit as a whole; `resolved_at`
    is set when the auditor marks the comment dealt with.
    """

    audit_id: str
    text: str
    visit_id: str | None = None
    item_id: str | None = None
    author: str = ""
    resolved_at: datetime | None = None
    resolved_by: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)

    @property
    def resolved(self) -> bool:
        """Return True once the auditor marked the comment resolved."""
        return self.resolved_at is not None


@dataclass
class LibraryComment:
    """A reusable comment of the agency's library, in its own words."""

    text: str
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)


# --- call recordings (issue 18) -----------------------------------------------------------


@dataclass
class Recording:
    """A call's audio kept as evidence of a phone visit; never printed, only its figures.

    `analysis` is what the call analysis measured (metrics and the pictures' data); `marks` the
    auditor's corrections (answer, holds), which win over the measured figures.
    """

    audit_id: str
    visit_id: str
    filename: str
    mime: str
    sha256: str
    size: int
    duration_s: float
    analysis: dict[str, Any] | None = None
    marks: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)


@dataclass(frozen=True)
class RecordingConsent:
    """Whether recording the audit's calls was permitted, as the auditor answered once."""

    audit_id: str
    permitted: bool
    basis: str  # "asked": the auditor answered; "rule": the agency's setting decided
    asked_at: datetime
    actor: str = ""
