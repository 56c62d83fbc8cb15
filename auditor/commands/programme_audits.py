"""The audits of a client's programme: a wave's audits, a duplicate, the check of an audit's place.

These audits leave entries in their history, as every audit does. Every refusal names the client,
the location or wave and the value refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from auditor.commands.audits import CreateAudit, DeleteAudit
from auditor.commands.base import Batch, Command, Tx
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_
from auditor.model import Audit, AuditStatus, Location, Wave


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


__all__ = [
    "CreateWaveAudits",
    "DuplicateAudit",
    "check_programme_place",
    "wave_audit_title",
]
