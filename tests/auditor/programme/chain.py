"""A client's small programme built with the core's commands, for the programme tests."""

from __future__ import annotations

from pathlib import Path

from auditor.checklists import parse_template
from auditor.commands import AddClient, Editor, SetAnswer
from auditor.commands.programmes import AddLocation, AddWave, CreateWaveAudits, SetQuestionnaire
from auditor.commands.templates import ImportTemplate
from auditor.model import Client, Location, LocationChannel, Wave
from auditor.storage import Store
from tests.auditor.programme.templates import PHONE, SHOP


class Chain:
    """A client with four locations, three waves and a two-touchpoint questionnaire."""

    def __init__(self, path: Path):
        self.path = path
        self.store = Store.open(path)
        self.editor = Editor(self.store, actor="Tester")
        run = self.editor.run
        self.client = run(AddClient(Client(name="Caffè Rete"))).result
        for source in (SHOP, PHONE):
            run(ImportTemplate(parse_template(source, "t.toml")))
        run(SetQuestionnaire(self.client.id, [("chain_shop", "1.0.0"), ("chain_phone", "1.0.0")]))
        self.locations = {}
        for name, region, channel in (
            ("Alba", "Nord", LocationChannel.STORE),
            ("Bari", "Sud", LocationChannel.STORE),
            ("Como", "Nord", LocationChannel.STORE),
            ("Dora", "Nord", LocationChannel.WEB),
        ):
            loc = Location(client_id=self.client.id, name=name, region=region, channel=channel)
            self.locations[name] = run(AddLocation(loc)).result
        self.waves = [run(AddWave(Wave(self.client.id, f"W{n}"))).result for n in (1, 2, 3)]

    def audits(self, wave: int, names: list[str]) -> dict[str, str]:
        ids = [self.locations[n].id for n in names]
        made = self.editor.run(
            CreateWaveAudits(self.client.id, self.waves[wave].id, ids, nickname="Volpe")
        ).result
        by_location = {a: self.store.audits.get(a).location_id for a in made}
        return {
            n: next(a for a, loc in by_location.items() if loc == self.locations[n].id)
            for n in names
        }

    def answer(self, audit_id: str, kind: str, values: dict[str, object]) -> None:
        visit = next(v for v in self.store.audits.visits(audit_id) if v.kind.value == kind)
        for item, value in values.items():
            self.editor.run(SetAnswer(visit.id, item, value))


GOOD = {"greeted": "yes", "clean": "yes", "price_right": "yes", "advice": 5}
POOR = {"greeted": "no", "clean": "yes", "price_right": "no", "advice": 2}
MID = {"greeted": "yes", "clean": "no", "price_right": "yes", "advice": 3}
