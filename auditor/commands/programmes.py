"""A client's programme: locations, waves, the questionnaire, a wave's audits, the call log.

Locations, waves and the questionnaire belong to no audit, so their commands leave no entry in an
audit's history (as clients do not); the audits a wave creates and the call logs do. Every
refusal names the client, the location or wave and the value refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from auditor.commands.audits import CreateAudit, DeleteAudit
from auditor.commands.base import (
    CALLS,
    LOCATIONS,
    PROGRAMME,
    VISIT,
    WAVES,
    Batch,
    Command,
    Tx,
    place,
    refuse,
)
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_
from auditor.model import Audit, AuditStatus, CallLogEvent, Location, LocationChannel, Wave

log = logging.getLogger(__name__)

LOCATION_FIELDS = ("name", "code", "address", "city", "region", "channel", "active")
WAVE_FIELDS = ("label", "starts_on", "ends_on", "position")


# --- checks shared with the importer and the command line -----------------------------------


def clean_location(tx: Tx, location: Location) -> Location:
    """Return the location with tidy text and a known channel, or refuse naming what is wrong."""
    _ = tx.tr
    client = tx.store.clients.get(location.client_id)
    name = " ".join(str(location.name or "").split())
    if not name:
        raise ValidationError(
            _("client \u201c{client}\u201d: a location needs a name").format(client=client.name)
        )
    try:
        channel = LocationChannel(str(location.channel).strip().lower())
    except ValueError:
        raise ValidationError(
            _(
                "location \u201c{name}\u201d: channel \u201c{value}\u201d is not one of {allowed}"
            ).format(name=name, value=location.channel, allowed=", ".join(LocationChannel))
        ) from None
    if not isinstance(location.active, bool):
        raise ValidationError(
            _("location \u201c{name}\u201d: active must be yes or no").format(name=name)
        )
    tidy = replace(
        location,
        name=name,
        code=str(location.code or "").strip(),
        address=" ".join(str(location.address or "").split()),
        city=" ".join(str(location.city or "").split()),
        region=" ".join(str(location.region or "").split()),
        channel=channel,
    )
    for other in tx.store.locations.for_client(location.client_id):
        if other.id == tidy.id:
            continue
        if other.name.casefold() == name.casefold():
            raise ValidationError(
                _("client \u201c{client}\u201d already has a location \u201c{name}\u201d").format(
                    client=client.name, name=other.name
                )
            )
        if tidy.code and other.code == tidy.code:
            raise ValidationError(
                _(
                    "client \u201c{client}\u201d: code \u201c{code}\u201d is already location \u201c{name}\u201d's"
                ).format(client=client.name, code=tidy.code, name=other.name)
            )
    return tidy


def _as_date(tx: Tx, wave_label: str, what: str, value: Any) -> date | None:
    _ = tx.tr
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            _(
                "wave \u201c{label}\u201d: {what} \u201c{value}\u201d is not a date (YYYY-MM-DD)"
            ).format(label=wave_label, what=what, value=value)
        ) from None


def clean_wave(tx: Tx, wave: Wave) -> Wave:
    """Return the wave with a tidy label and real dates, or refuse naming what is wrong."""
    _ = tx.tr
    client = tx.store.clients.get(wave.client_id)
    label = " ".join(str(wave.label or "").split())
    if not label:
        raise ValidationError(
            _("client \u201c{client}\u201d: a wave needs a label").format(client=client.name)
        )
    starts = _as_date(tx, label, _("start"), wave.starts_on)
    ends = _as_date(tx, label, _("end"), wave.ends_on)
    if starts and ends and starts > ends:
        raise ValidationError(
            _("wave \u201c{label}\u201d ends ({end}) before it starts ({start})").format(
                label=label, end=ends.isoformat(), start=starts.isoformat()
            )
        )
    if isinstance(wave.position, bool) or not isinstance(wave.position, int):
        raise ValidationError(
            _("wave \u201c{label}\u201d: its position must be a whole number").format(label=label)
        )
    clash = tx.store.waves.find(wave.client_id, label)
    if clash is not None and clash.id != wave.id:
        raise ValidationError(
            _("client \u201c{client}\u201d already has a wave \u201c{label}\u201d").format(
                client=client.name, label=clash.label
            )
        )
    return replace(wave, label=label, starts_on=starts, ends_on=ends)


def check_programme_place(tx: Tx, audit: Audit) -> None:
    """Refuse an audit whose location or wave is another client's, or a second one of a pair."""
    _ = tx.tr
    location = wave = None
    if audit.location_id:
        try:
            location = tx.store.locations.get(audit.location_id)
        except NotFoundError:
            raise ValidationError(
                _("audit \u201c{title}\u201d: its location no longer exists").format(
                    title=audit.title
                )
            ) from None
        if location.client_id != audit.client_id:
            raise ValidationError(
                _(
                    "audit \u201c{title}\u201d: location \u201c{name}\u201d is another client's"
                ).format(title=audit.title, name=location.name)
            )
    if audit.wave_id:
        try:
            wave = tx.store.waves.get(audit.wave_id)
        except NotFoundError:
            raise ValidationError(
                _("audit \u201c{title}\u201d: its wave no longer exists").format(title=audit.title)
            ) from None
        if wave.client_id != audit.client_id:
            raise ValidationError(
                _("audit \u201c{title}\u201d: wave \u201c{label}\u201d is another client's").format(
                    title=audit.title, label=wave.label
                )
            )
    if location is not None and wave is not None:
        other = tx.store.waves.audit_of(location.id, wave.id, besides=audit.id)
        if other is not None:
            raise ValidationError(
                _(
                    "location \u201c{name}\u201d already has an audit in wave \u201c{label}\u201d: \u201c{title}\u201d"
                ).format(name=location.name, label=wave.label, title=other)
            )


def _edit(
    tx: Tx,
    repo: Any,
    item_id: str,
    values: dict[str, Any],
    known: Sequence[str],
    no_field: str,
    clean: Callable[[Tx, Any], Any],
    topic: str,
) -> Any:
    """Change some fields of a stored location or wave, checked by `clean`; return it as it was.

    `no_field` is the translated refusal for fields the item does not have ({fields}).
    """
    unknown = set(values) - set(known)
    if unknown:
        raise ValidationError(no_field.format(fields=", ".join(sorted(unknown))))
    before = repo.get(item_id)
    after = clean(tx, replace(before, **values))
    repo.update(after)
    tx.touch(topic)
    tx.result = after
    return before


def _delete_unaudited(
    tx: Tx, repo: Any, item_id: str, refusal: Callable[[Any, int], str], topic: str
) -> Any:
    """Delete a stored location or wave no audit refers to; return it as it was.

    With audits, nothing is deleted and `refusal(item, count)` is the translated reason.
    """
    before = repo.get(item_id)
    count = repo.audit_count(item_id)
    if count:
        raise ValidationError(refusal(before, count))
    repo.delete(item_id)
    tx.touch(topic)
    return before


# --- locations --------------------------------------------------------------------------------


@dataclass
class AddLocation(Command):
    """Add a location to a client (a branch, a web site, a phone line)."""

    location: Location
    label = N_("New location")

    def apply(self, tx: Tx) -> Command | None:
        location = tx.store.locations.add(clean_location(tx, self.location))
        tx.touch(LOCATIONS)
        tx.result = location
        return DeleteLocation(location.id)


@dataclass
class DeleteLocation(Command):
    """Delete a location no audit was made at."""

    location_id: str
    label = N_("Delete location")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        before = _delete_unaudited(
            tx,
            tx.store.locations,
            self.location_id,
            lambda location, count: _(
                "location \u201c{name}\u201d has {count} audits; make it inactive instead of deleting it"
            ).format(name=location.name, count=count),
            LOCATIONS,
        )
        return AddLocation(before)


@dataclass
class EditLocation(Command):
    """Change some of a location's fields (name, code, address, city, region, channel, active)."""

    location_id: str
    values: dict[str, Any]
    label = N_("Edit location")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        before = _edit(
            tx,
            tx.store.locations,
            self.location_id,
            self.values,
            LOCATION_FIELDS,
            _("a location has no field {fields}"),
            clean_location,
            LOCATIONS,
        )
        return EditLocation(self.location_id, {f: getattr(before, f) for f in self.values})


@dataclass
class PutLocations(Command):
    """Write these locations as they are (adding the new ones) and delete others: an import's undo."""

    put: list[Location]
    remove: list[str] = field(default_factory=list)
    label = N_("Import locations")

    def apply(self, tx: Tx) -> Command | None:
        restore: list[Location] = []
        added: list[str] = []
        for location_id in self.remove:
            restore.append(tx.store.locations.get(location_id))
            DeleteLocation(location_id).apply(tx)
        for location in self.put:
            try:
                restore.append(tx.store.locations.get(location.id))
                tx.store.locations.update(clean_location(tx, location))
            except NotFoundError:
                tx.store.locations.add(clean_location(tx, location))
                added.append(location.id)
        tx.touch(LOCATIONS)
        return PutLocations(restore, added)


@dataclass
class ImportLocations(Command):
    """Add a client's locations from a file, all or none: a known code or name is updated in place."""

    client_id: str
    locations: list[Location]
    label = N_("Import locations")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        client = tx.store.clients.get(self.client_id)
        seen: dict[str, str] = {}
        put: list[Location] = []
        for location in self.locations:
            if location.client_id != self.client_id:
                location = replace(location, client_id=self.client_id)
            name = " ".join(str(location.name or "").split())
            for key in (f"n:{name.casefold()}", f"c:{location.code.strip()}"):
                if key in ("n:", "c:"):
                    continue
                if key in seen:
                    raise ValidationError(
                        _(
                            "client \u201c{client}\u201d: \u201c{first}\u201d and \u201c{second}\u201d have the same name or code"
                        ).format(client=client.name, first=seen[key], second=name)
                    )
                seen[key] = name
            existing = None
            if location.code.strip():
                existing = tx.store.locations.find(self.client_id, location.code.strip())
                if existing is not None and existing.code != location.code.strip():
                    existing = None  # a name equal to this code: not the same location
            if existing is None:
                existing = tx.store.locations.find(self.client_id, name)
            put.append(replace(location, id=existing.id) if existing else location)
        if not put:
            raise ValidationError(
                _("client \u201c{client}\u201d: the file lists no locations").format(
                    client=client.name
                )
            )
        inverse = PutLocations(put).apply(tx)
        tx.result = put
        return inverse


# --- waves ------------------------------------------------------------------------------------


@dataclass
class AddWave(Command):
    """Add a wave to a client's programme, after its existing waves unless placed exactly."""

    wave: Wave
    keep_position: bool = False  # the undo of a deletion puts the wave back where it was
    label = N_("New wave")

    def apply(self, tx: Tx) -> Command | None:
        wave = clean_wave(tx, self.wave)
        if not self.keep_position:
            wave = replace(wave, position=tx.store.waves.next_position(wave.client_id))
        tx.store.waves.add(wave)
        tx.touch(WAVES)
        tx.result = wave
        return DeleteWave(wave.id)


@dataclass
class DeleteWave(Command):
    """Delete a wave no audit belongs to."""

    wave_id: str
    label = N_("Delete wave")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        before = _delete_unaudited(
            tx,
            tx.store.waves,
            self.wave_id,
            lambda wave, count: _(
                "wave \u201c{label}\u201d has {count} audits; it cannot be deleted"
            ).format(label=wave.label, count=count),
            WAVES,
        )
        return AddWave(before, keep_position=True)


@dataclass
class EditWave(Command):
    """Change a wave's label, dates (date or YYYY-MM-DD) or position."""

    wave_id: str
    values: dict[str, Any]
    label = N_("Edit wave")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        before = _edit(
            tx,
            tx.store.waves,
            self.wave_id,
            self.values,
            WAVE_FIELDS,
            _("a wave has no field {fields}"),
            clean_wave,
            WAVES,
        )
        return EditWave(self.wave_id, {f: getattr(before, f) for f in self.values})


# --- the questionnaire, a wave's audits, duplicates -------------------------------------------


@dataclass
class SetQuestionnaire(Command):
    """Set the checklists (template id and version, in order) every audit of the client runs."""

    client_id: str
    refs: list[tuple[str, str]]
    label = N_("Questionnaire")

    def apply(self, tx: Tx) -> Command | None:
        from auditor import catalogue

        _ = tx.tr
        client = tx.store.clients.get(self.client_id)
        refs = [(str(t), str(v)) for t, v in self.refs]
        if len(set(refs)) != len(refs):
            raise ValidationError(
                _("client \u201c{client}\u201d: a checklist is listed twice").format(
                    client=client.name
                )
            )
        for template_id, version in refs:
            try:
                catalogue.template(tx.store, template_id, version)
            except NotFoundError:
                raise ValidationError(
                    _("client \u201c{client}\u201d: no checklist {ref} in the catalogue").format(
                        client=client.name, ref=f"{template_id}@{version}"
                    )
                ) from None
        before = tx.store.programmes.questionnaire(self.client_id)
        tx.store.programmes.set_questionnaire(self.client_id, refs)
        tx.touch(PROGRAMME)
        return SetQuestionnaire(self.client_id, before)


def wave_audit_title(location: Location, wave: Wave) -> str:
    """Return the title of a wave's audit of a location: "Milano Centro - Q1 2025"."""
    return f"{location.name} - {wave.label}"


@dataclass
class CreateWaveAudits(Command):
    """Create a wave's audits, one per location (default: every active one) that has none yet.

    Each audit runs the client's questionnaire; ids are fixed on first run, so redo makes the
    very same audits. One undo step takes them all away.
    """

    client_id: str
    wave_id: str
    location_ids: list[str] | None = None
    auditor: str = ""
    nickname: str = ""
    planned_date: date | None = None
    audit_ids: dict[str, str] = field(default_factory=dict)  # location id -> audit id
    visit_ids: dict[str, list[str]] = field(default_factory=dict)
    label = N_("New wave audits")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.service import PlannedVisit

        _ = tx.tr
        client = tx.store.clients.get(self.client_id)
        wave = tx.store.waves.get(self.wave_id)
        if wave.client_id != self.client_id:
            raise ValidationError(
                _("wave \u201c{label}\u201d is not client \u201c{client}\u201d's").format(
                    label=wave.label, client=client.name
                )
            )
        refs = tx.store.programmes.questionnaire(self.client_id)
        if not refs:
            raise ValidationError(
                _(
                    "client \u201c{client}\u201d has no questionnaire yet: choose its checklists first"
                ).format(client=client.name)
            )
        if self.location_ids is None:
            chosen = tx.store.locations.for_client(self.client_id, active_only=True)
        else:
            chosen = [tx.store.locations.get(i) for i in self.location_ids]
        done = tx.store.waves.audited_locations(self.wave_id)
        planned = [PlannedVisit(t, template_version=v) for t, v in refs]
        inverses: list[Command] = []
        made: list[str] = []
        for location in chosen:
            if location.client_id != self.client_id:
                raise ValidationError(
                    _("location \u201c{name}\u201d is not client \u201c{client}\u201d's").format(
                        name=location.name, client=client.name
                    )
                )
            if location.id in done:
                continue
            audit = Audit(
                client_id=self.client_id,
                title=wave_audit_title(location, wave),
                auditor=self.auditor,
                nickname=self.nickname,
                planned_date=self.planned_date or wave.starts_on,
                location_id=location.id,
                wave_id=wave.id,
            )
            audit.id = self.audit_ids.setdefault(location.id, audit.id)
            create = CreateAudit(audit, planned, list(self.visit_ids.get(location.id, [])))
            inverses.append(create.apply(tx))  # type: ignore[arg-type]
            self.visit_ids[location.id] = create.visit_ids
            made.append(audit.id)
        if not made:
            raise ValidationError(
                _("wave \u201c{label}\u201d: every chosen location already has its audit").format(
                    label=wave.label
                )
            )
        tx.result = made
        return _DeleteWaveAudits(inverses, self)


@dataclass
class _DeleteWaveAudits(Command):
    """Take a wave's new audits away (the undo of CreateWaveAudits); redo makes them again."""

    deletes: Sequence[Command]
    again: CreateWaveAudits
    label = N_("Delete audits")

    def apply(self, tx: Tx) -> Command | None:
        Batch(self.deletes).apply(tx)
        return self.again


@dataclass
class DuplicateAudit(Command):
    """Start a new draft audit like another: same client, scenario, auditor and checklists.

    No answers, findings, evidence or visit details come along. The copy keeps the location unless
    another is given; it enters a wave only when one is given.
    """

    audit_id: str
    location_id: str | None = None
    wave_id: str | None = None
    title: str | None = None
    new_id: str | None = None
    visit_ids: list[str] = field(default_factory=list)
    label = N_("Duplicate audit")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.service import PlannedVisit

        _ = tx.tr
        source = tx.store.audits.get(self.audit_id)
        visits = tx.store.audits.visits(self.audit_id)
        title = (self.title or "").strip() or _("{title} (copy)").format(title=source.title)
        copy = Audit(
            client_id=source.client_id,
            title=title,
            scenario=source.scenario,
            auditor=source.auditor,
            nickname=source.nickname,
            location_id=self.location_id or source.location_id,
            wave_id=self.wave_id,
            status=AuditStatus.DRAFT,
        )
        copy.id = self.new_id = self.new_id or copy.id
        planned = [
            PlannedVisit(v.template_id, v.title, None, v.weight, v.template_version) for v in visits
        ]
        create = CreateAudit(copy, planned, list(self.visit_ids))
        create.apply(tx)
        self.visit_ids = create.visit_ids
        return DeleteAudit(copy.id)


# --- the call stopwatch's log ---------------------------------------------------------------


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


__all__ = [
    "LOCATION_FIELDS",
    "WAVE_FIELDS",
    "AddLocation",
    "AddWave",
    "CreateWaveAudits",
    "DeleteLocation",
    "DeleteWave",
    "DuplicateAudit",
    "EditLocation",
    "EditWave",
    "ImportLocations",
    "PutLocations",
    "SetCallLog",
    "SetQuestionnaire",
    "check_programme_place",
    "clean_location",
    "clean_wave",
]
