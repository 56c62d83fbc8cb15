"""A client's waves and questionnaire: add, edit, delete a wave; set the checklists audits run.

Waves and the questionnaire belong to no audit, so these commands leave no entry in an audit's
history (as clients do not). Every refusal names the client, the wave and the value refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from auditor.commands.base import PROGRAMME, WAVES, Command, Tx
from auditor.commands.programme_records import delete_unaudited, edit_record
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_
from auditor.model import Wave

WAVE_FIELDS = ("label", "starts_on", "ends_on", "position")


# --- checks shared with the importer and the command line -----------------------------------


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
        before = delete_unaudited(
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
        before = edit_record(
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


__all__ = [
    "WAVE_FIELDS",
    "AddWave",
    "DeleteWave",
    "EditWave",
    "SetQuestionnaire",
    "clean_wave",
]
