"""Tell an audit's change history for people: rows for the window, a timeline for the report.

Every change is recorded by `auditor.commands` as a `HistoryEntry` whose old and new values are
stored values (an answer's "yes", a finding's small dict, a status's "completed"). Here each entry
becomes a `HistoryRow` of plain text in Italian or English: answers in the item's own terms
(`format_answer`), notes and titles clipped, statuses as words; never an id, a dict or JSON.
When each visit was started and completed is told by `auditor.timeline`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from auditor.answertypes import format_answer
from auditor.errors import NotFoundError
from auditor.i18n import Translate, decimal_text, pick, translator
from auditor.model import AuditStatus, HistoryEntry, Item, Severity, Visit
from auditor.plaintext import clip
from auditor.storage import Store
from auditor.timeline import after_completion
from auditor.workflow import status_label

log = logging.getLogger(__name__)

QUESTION_CLIP = 70  # an item's question in a row: enough to recognise it
TEXT_CLIP = 80  # a note, a free-text answer or a title in a row

DASH = "\u2013"  # a field emptied by an edit


# Not frozen: a frozen dataclass costs three times as much to build, and these come 10,000 at once.
@dataclass(slots=True)
class HistoryRow:
    """One change as people read it; the *_full texts are the unclipped ones (for tooltips)."""

    at: datetime  # as recorded, with the device's UTC offset
    when: str  # in this computer's time zone: "09/11/2026 14:05" (Italian), "2026-11-09 14:05"
    who: str
    device: str
    touchpoint: str  # "2. Call to reception", or "" for the audit as a whole
    item: str  # "3. Tone of voice", or ""
    what: str  # "Answer", "Finding added", "Status: completed", "Note (undo)"...
    before: str
    after: str
    after_completion: bool  # a change to a visit made after it was (last) completed
    item_full: str = ""
    before_full: str = ""
    after_full: str = ""


# --- telling one entry ---------------------------------------------------------------------


@dataclass
class _Teller:
    """What telling an audit's entries needs, looked up once: translator, visits, items, clients."""

    store: Store
    lang: str
    tr: Translate
    touchpoints: dict[str, str]  # visit id -> "2. Call to reception"
    items: dict[str, dict[str, tuple[Item, str]]]  # visit id -> item id -> (item, "3. Question")
    labels: dict[str, str]  # action -> translated label
    clients: dict[str, str]  # client id -> name, filled on first need

    def item(self, entry: HistoryEntry) -> tuple[Item, str] | None:
        if entry.visit_id is None or entry.item_id is None:
            return None
        return self.items.get(entry.visit_id, {}).get(entry.item_id)

    def client(self, client_id: Any) -> str:
        if not isinstance(client_id, str):
            return plain(client_id)
        if client_id not in self.clients:
            try:
                self.clients[client_id] = self.store.clients.get(client_id).name
            except NotFoundError:  # a client since deleted: its id means nothing to people
                self.clients[client_id] = ""
        return self.clients[client_id]


def plain(value: Any) -> str:
    """Return a stored value as words: text as it is, numbers in full, lists and dicts as values."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "\u2713" if value else "\u2717"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, dict):  # a channel {"phone": "+39..."}: the values carry the meaning
        return ", ".join(plain(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, list | tuple):
        return ", ".join(plain(v) for v in value if v not in (None, ""))
    return str(value)


def _day(text: Any, lang: str) -> str:
    """Return an ISO date or date-time stored by an edit as the language writes it."""
    if not isinstance(text, str):
        return plain(text)
    try:
        if "T" in text:
            at = datetime.fromisoformat(text)
            if at.tzinfo is not None:
                at = at.astimezone()
            return _when(at, lang)
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return f"{day:%d/%m/%Y}" if lang == "it" else day.isoformat()


def _when(at: datetime, lang: str) -> str:
    return f"{at:%d/%m/%Y %H:%M}" if lang == "it" else f"{at:%Y-%m-%d %H:%M}"


def _number(value: Any, lang: str) -> str:
    if isinstance(value, float):
        return decimal_text(f"{value:g}", lang)
    return plain(value)


def _status(value: Any, lang: str) -> str:
    try:
        return status_label(AuditStatus(value), lang)
    except ValueError:
        return plain(value)


def _severity(teller: _Teller, value: Any) -> str:
    _ = teller.tr
    names = {
        Severity.CRITICAL: _("Critical"),
        Severity.MAJOR: _("Major"),
        Severity.MINOR: _("Minor"),
    }
    try:
        return names[Severity(value)]
    except ValueError:
        return plain(value)


def _finding(teller: _Teller, value: Any) -> str:
    """Return a finding's summary {"title", "severity"} as 'Major: Rude greeting'."""
    if not isinstance(value, dict):
        return plain(value)
    title = plain(value.get("title"))
    severity = _severity(teller, value["severity"]) if value.get("severity") else ""
    return f"{severity}: {title}" if severity else title


def _evidence(teller: _Teller, value: Any) -> str:
    """Return an image's summary {"caption", "file", "regions"} as its caption or file name."""
    _ = teller.tr
    if not isinstance(value, dict):
        return plain(value)
    text = plain(value.get("caption")) or plain(value.get("file"))
    regions = value.get("regions")
    if isinstance(regions, int) and not isinstance(regions, bool) and regions > 0:
        blurred = _("Blurred regions: {count}").format(count=regions)
        text = f"{text} ({blurred})" if text else blurred
    return text


def _fields(teller: _Teller, value: Any) -> str:
    """Return the fields an edit of an audit or a visit changed as 'Title: New title; NPS: 8'."""
    _ = teller.tr
    if not isinstance(value, dict):
        return plain(value)
    names = {
        "client_id": _("Client"),
        "title": _("Title"),
        "scenario": _("Scenario"),
        "auditor": _("Auditor"),
        "planned_date": _("Planned date"),
        "actual_date": _("Actual date"),
        "visited_at": _("Visit date"),
        "channel": _("Channel"),
        "weight": _("Weight"),
        "nps": "NPS",
        "csat": "CSAT",
        "ces": "CES",
        "ended_at": _("Visit ended"),
        "place": _("Place"),
        "contact": _("Contact"),
        "staff": _("Staff met"),
        "location_id": _("Location"),
        "wave_id": _("Wave"),
        "nickname": _("Nickname"),
    }
    parts = []
    for key, raw in value.items():
        if key == "client_id":
            shown = teller.client(raw)
        elif key in ("location_id", "wave_id"):
            shown = _programme_name(teller, key, raw)
        elif key in ("planned_date", "actual_date", "visited_at", "ended_at"):
            shown = _day(raw, teller.lang)
        elif key == "weight":
            shown = _number(raw, teller.lang)
        else:
            shown = plain(raw)
        # A field this version does not know is shown by its value alone, never by its name.
        name = names.get(key)
        parts.append(f"{name}: {shown or DASH}" if name else shown)
    return "; ".join(p for p in parts if p)


def _programme_name(teller: _Teller, key: str, value: Any) -> str:
    """Return a location's name or a wave's label for its id ("" once it is gone: ids say nothing)."""
    if not isinstance(value, str):
        return plain(value)
    try:
        if key == "location_id":
            return teller.store.locations.get(value).name
        return teller.store.waves.get(value).label
    except NotFoundError:
        return ""


def _call_log(teller: _Teller, value: Any) -> str:
    """Return a call log [[kind, seconds], ...] as how many taps it holds."""
    _ = teller.tr
    if not isinstance(value, list):
        return plain(value)
    return _("{count} call events").format(count=len(value)) if value else ""


def _answer(teller: _Teller, entry: HistoryEntry, value: Any) -> str:
    found = teller.item(entry)
    if found is None or value is None:
        return plain(value)
    item = found[0]
    try:
        return format_answer(item, value, teller.lang, teller.tr)
    except (KeyError, TypeError, ValueError, AttributeError):
        return plain(value)  # a value its item no longer takes: shown as it was stored


def _import(value: Any) -> str:
    # Older entries hold the file name; newer ones {"file", "created_at", "new_entries"}.
    return plain(value.get("file")) if isinstance(value, dict) else plain(value)


Values = Callable[[_Teller, HistoryEntry, Any], str]


VALUES: dict[str, Values] = {
    "answer": _answer,
    "clear": _answer,
    "note": lambda teller, entry, value: plain(value),
    "status": lambda teller, entry, value: _status(value, teller.lang),
    "create_audit": lambda teller, entry, value: plain(value),
    "edit_audit": lambda teller, entry, value: _fields(teller, value),
    "edit_visit": lambda teller, entry, value: _fields(teller, value),
    # The action says it all ("Visit completed"); "completato" would not even agree with visita.
    "complete_visit": lambda teller, entry, value: "",
    "reopen_visit": lambda teller, entry, value: "",
    "add_finding": lambda teller, entry, value: _finding(teller, value),
    "edit_finding": lambda teller, entry, value: _finding(teller, value),
    "delete_finding": lambda teller, entry, value: _finding(teller, value),
    "restore_finding": lambda teller, entry, value: _finding(teller, value),
    "accept_suggestion": lambda teller, entry, value: _finding(teller, value),
    "unaccept_suggestion": lambda teller, entry, value: _finding(teller, value),
    "dismiss_suggestion": lambda teller, entry, value: plain(value),
    "restore_suggestion": lambda teller, entry, value: plain(value),
    "add_evidence": lambda teller, entry, value: _evidence(teller, value),
    "edit_evidence": lambda teller, entry, value: _evidence(teller, value),
    "blur_evidence": lambda teller, entry, value: _evidence(teller, value),
    "delete_evidence": lambda teller, entry, value: _evidence(teller, value),
    "restore_evidence": lambda teller, entry, value: _evidence(teller, value),
    "import_bundle": lambda teller, entry, value: _import(value),
    "call_log": lambda teller, entry, value: _call_log(teller, value),
    # The review step (issue 16): each holds the comment's text.
    "add_comment": lambda teller, entry, value: plain(value),
    "resolve_comment": lambda teller, entry, value: plain(value),
    "reopen_comment": lambda teller, entry, value: plain(value),
    "delete_comment": lambda teller, entry, value: plain(value),
}


def action_labels(tr: Translate) -> dict[str, str]:
    """Return the translated label of every action the commands record."""
    _ = tr
    return {
        "answer": _("Answer"),
        "clear": _("Answer cleared"),
        "note": _("Note"),
        "create_audit": _("Audit created"),
        "edit_audit": _("Audit details changed"),
        "edit_visit": _("Visit details changed"),
        "complete_visit": _("Visit completed"),
        "reopen_visit": _("Visit reopened"),
        "add_finding": _("Finding added"),
        "edit_finding": _("Finding changed"),
        "delete_finding": _("Finding deleted"),
        "restore_finding": _("Finding restored"),
        "accept_suggestion": _("Suggestion accepted"),
        "unaccept_suggestion": _("Suggestion acceptance withdrawn"),
        "dismiss_suggestion": _("Suggestion dismissed"),
        "restore_suggestion": _("Suggestion offered again"),
        "add_evidence": _("Evidence added"),
        "edit_evidence": _("Evidence changed"),
        "blur_evidence": _("Blurred regions changed"),
        "delete_evidence": _("Evidence deleted"),
        "restore_evidence": _("Evidence restored"),
        "import_bundle": _("Imported from a bundle"),
        "call_log": _("Call log saved"),
        "add_recording": _("Call recording added"),
        "delete_recording": _("Call recording deleted"),
        "restore_recording": _("Call recording restored"),
        "recording_marks": _("Call recording marks corrected"),
        "recording_consent": _("Consent to recording"),
        "add_comment": _("Review comment added"),
        "resolve_comment": _("Review comment resolved"),
        "reopen_comment": _("Review comment opened again"),
        "delete_comment": _("Review comment deleted"),
    }


_METRICS = frozenset({"nps", "csat", "ces"})


def _metric_edit(entry: HistoryEntry) -> bool:
    """Return True for an edit of a visit's customer metrics alone."""
    return (
        entry.action == "edit_visit" and isinstance(entry.new, dict) and set(entry.new) <= _METRICS
    )


def _what(teller: _Teller, entry: HistoryEntry) -> str:
    _ = teller.tr
    action = entry.action
    if action == "status":
        text = _("Status: {status}").format(status=_status(entry.new, teller.lang))
    elif _metric_edit(entry):
        text = _("Customer metrics")
    else:
        # An action recorded by a newer version: a neutral word rather than its internal name.
        text = teller.labels.get(action) or _("Change")
    if entry.via == "undo":
        return _("{action} (undo)").format(action=text)
    if entry.via == "redo":
        return _("{action} (redo)").format(action=text)
    return text


def _clipped(text: str, limit: int = TEXT_CLIP) -> str:
    # Most values are short: only text that needs it is folded and cut (10,000 rows stay fast).
    if len(text) <= limit and "\n" not in text and "\r" not in text and "\t" not in text:
        return text
    return clip(text, limit)


def _teller(store: Store, lang: str, visits: Sequence[Visit]) -> _Teller:
    tr = translator(lang)
    touchpoints: dict[str, str] = {}
    items: dict[str, dict[str, tuple[Item, str]]] = {}
    for number, visit in enumerate(visits, start=1):
        # One template per visit (parsed once per process by the store): not one per entry.
        template = store.audits.template(visit.template_id, visit.template_version)
        touchpoints[visit.id] = f"{number}. {visit.title or pick(template.title, lang)}"
        items[visit.id] = {
            # Numbered as the runner's list numbers them ("3. Tone of voice").
            item.id: (item, f"{position}. {pick(item.question, lang)}")
            for position, item in enumerate(template.items, start=1)
        }
    return _Teller(store, lang, tr, touchpoints, items, action_labels(tr), {})


_HASHABLE = (str, int, float, bool, type(None))


def rows_of(
    store: Store, lang: str, visits: Sequence[Visit], entries: Sequence[HistoryEntry]
) -> list[HistoryRow]:
    """Return the rows of an audit's entries already read (oldest first), for its visits."""
    teller = _teller(store, lang, visits)
    _last, late = after_completion(entries)
    # Histories repeat themselves (the same answers to the same items, changes minutes apart,
    # the same few actions): each distinct text is made once, which keeps 10,000 rows cheap.
    whens: dict[tuple[Any, ...], str] = {}
    whats: dict[tuple[Any, ...], str] = {}
    values: dict[tuple[Any, ...], tuple[str, str]] = {}
    items: dict[tuple[str | None, str | None], tuple[str, str]] = {}
    touchpoints = teller.touchpoints
    empty = ("", "")

    def told(
        entry: HistoryEntry, place: tuple[str | None, str | None], value: Any
    ) -> tuple[str, str]:
        cacheable = isinstance(value, _HASHABLE)
        if cacheable:
            key = (entry.action, *place, type(value), value)
            text = values.get(key)
            if text is not None:
                return text
        tell = VALUES.get(entry.action)
        full = tell(teller, entry, value) if tell is not None else plain(value)
        text = (_clipped(full), full)
        if cacheable:
            values[key] = text
        return text

    rows = []
    for entry, flag in zip(entries, late, strict=True):
        at = entry.at
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        stamp = (at.year, at.month, at.day, at.hour, at.minute, at.tzinfo)
        when = whens.get(stamp)
        if when is None:
            when = whens[stamp] = _when(at.astimezone(), lang)
        action = entry.action
        if action == "status":
            status = entry.new if isinstance(entry.new, str) else None
            kind: tuple[Any, ...] = (action, entry.via, status)
        elif action == "edit_visit":
            kind = (action, entry.via, _metric_edit(entry))
        else:
            kind = (action, entry.via)
        what = whats.get(kind)
        if what is None:
            what = whats[kind] = _what(teller, entry)
        place = (entry.visit_id, entry.item_id)
        item = items.get(place)
        if item is None:
            found = teller.item(entry)
            full = found[1] if found else ""
            item = items[place] = (_clipped(full, QUESTION_CLIP), full)
        old, new = entry.old, entry.new
        before = empty if old is None else told(entry, place, old)
        after = empty if new is None else told(entry, place, new)
        rows.append(
            HistoryRow(
                at,
                when,
                entry.actor,
                entry.device,
                touchpoints.get(entry.visit_id, ""),  # type: ignore[arg-type]
                item[0],
                what,
                before[0],
                after[0],
                flag,
                item[1],
                before[1],
                after[1],
            )
        )
    return rows


def history_rows(store: Store, audit_id: str, lang: str = "en") -> list[HistoryRow]:
    """Return the audit's history as rows people read, oldest first."""
    with store.lock:  # the report worker shares the connection
        visits = store.audits.visits(audit_id)
        entries = store.history.for_audit(audit_id)
        return rows_of(store, lang, visits, entries)
