"""A small programme built through the core's commands, for the window's programme tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from auditor.commands import (
    AddClient,
    AddLocation,
    AddWave,
    CreateWaveAudits,
    Editor,
    SetAnswer,
    SetQuestionnaire,
)
from auditor.model import Client, Location, LocationChannel, Wave
from auditor.storage import Store

# name, code, region, channel, the "answered" answer in wave 1 and wave 2 (yes or no), tone 1-5
LOCATIONS = (
    ("Milano Centro", "MI-01", "Nord", "store", ("yes", 5), ("yes", 5)),
    ("Verona Porta Nuova", "VR-02", "Nord", "store", ("yes", 3), ("yes", 1)),
    ("Roma Termini", "RM-03", "Centro", "store", ("no", 3), ("yes", 4)),
    ("Napoli Web", "NA-04", "Sud", "web", ("yes", 1), ("no", 2)),
)


@dataclass
class SmallProgramme:
    """Ids of what `small_programme` made."""

    client_id: str
    waves: list[str] = field(default_factory=list)
    locations: dict[str, str] = field(default_factory=dict)  # name -> id
    audits: dict[tuple[str, int], str] = field(default_factory=dict)  # (name, wave index) -> id


def small_programme(store: Store) -> SmallProgramme:
    """Build 4 locations by 2 waves of the mini checklist, answered, through the core."""
    editor = Editor(store)
    client = Client(name="Caffè Aurora")
    editor.run(AddClient(client))
    made = SmallProgramme(client.id)
    for name, code, region, channel, *_answers in LOCATIONS:
        location = Location(
            client_id=client.id,
            name=name,
            code=code,
            region=region,
            channel=LocationChannel(channel),
        )
        editor.run(AddLocation(location))
        made.locations[name] = location.id
    editor.run(SetQuestionnaire(client.id, [("mini", "1.0.0")]))
    for index, (label, start) in enumerate(
        (("Q1 2026", date(2026, 1, 10)), ("Q2 2026", date(2026, 4, 10)))
    ):
        wave = Wave(client_id=client.id, label=label, starts_on=start, position=index)
        editor.run(AddWave(wave))
        made.waves.append(wave.id)
        editor.run(CreateWaveAudits(client.id, wave.id))
    for audit in store.audits.all():
        location_name = next(n for n, i in made.locations.items() if i == audit.location_id)
        wave_index = made.waves.index(audit.wave_id)
        made.audits[(location_name, wave_index)] = audit.id
        answers = next(row for row in LOCATIONS if row[0] == location_name)[4 + wave_index]
        [visit] = store.audits.visits(audit.id)
        editor.run(SetAnswer(visit.id, "answered", answers[0]))
        editor.run(SetAnswer(visit.id, "tone", answers[1]))
        editor.run(SetAnswer(visit.id, "greeting", "full"))
        editor.run(SetAnswer(visit.id, "wait", 10))
    return made
