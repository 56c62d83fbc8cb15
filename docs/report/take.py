"""Render the demo report's cover, summary, first touchpoint and evidence index pages as PNGs (docs/report/),
and the programme report's summary, league table and a location's page (docs/programmes/).

Needs pdftoppm (poppler-utils):
    python docs/report/take.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent
PAGES = {"cover": 1, "summary": 3, "touchpoint": 6, "evidence": -1}  # -1: the last page
PROGRAMME_OUT = ROOT / "docs" / "programmes"
PROGRAMME_PAGES = {"summary": 3, "league": 4, "location": 7}
CITIES = (
    ("Bergamo", "BG01", "Nord"), ("Bologna", "BO01", "Centro"), ("Firenze", "FI01", "Centro"),
    ("Milano Centro", "MI01", "Nord"), ("Napoli", "NA01", "Sud"), ("Padova", "PD01", "Nord"),
    ("Roma Termini", "RM01", "Centro"), ("Torino", "TO01", "Nord"), ("Verona", "VR01", "Nord"),
    ("Bari", "BA01", "Sud"),
)  # fmt: skip
DPI = 72


def _picture(pdf: Path, page: int, stem: Path) -> None:
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip


def programme(folder: Path) -> None:
    """Build a programme of ten locations by three waves and picture its report's pages."""
    import random
    from datetime import date

    from auditor import catalogue
    from auditor.commands import AddClient, Editor, SetAnswer, UpdateProfile
    from auditor.commands.programmes import (
        AddWave,
        CreateWaveAudits,
        ImportLocations,
        SetQuestionnaire,
    )
    from auditor.model import Client, Location, Wave
    from auditor.programme.report import build_programme_report
    from auditor.storage import Store
    from benchmarks.large_programme import _value

    rng = random.Random(15)
    PROGRAMME_OUT.mkdir(exist_ok=True)
    with Store.open(folder / "programme.auditdesk") as store:
        editor = Editor(store, actor="Docs")
        editor.run(UpdateProfile({"agency_name": "Qualità & Co. Mystery Audit"}))
        client = editor.run(AddClient(Client(name="Caffè Rossi S.p.A."))).result
        refs = [(e.id, e.version) for e in (catalogue.resolve(store, t) for t in ("shop", "phone"))]
        editor.run(SetQuestionnaire(client.id, refs))
        editor.run(ImportLocations(client.id, [
            Location(client_id=client.id, name=n, code=c, city=n.split()[0], region=r) for n, c, r in CITIES
        ]))  # fmt: skip
        locations = store.locations.for_client(client.id)
        strength = {loc.id: rng.uniform(0.45, 0.95) for loc in locations}
        for w, label in enumerate(("Q1 2026", "Q2 2026", "Q3 2026")):
            wave = Wave(client.id, label, date(2026, 1 + 3 * w, 1), date(2026, 3 + 3 * w, 28))
            editor.run(AddWave(wave))
            made = editor.run(CreateWaveAudits(client.id, wave.id, nickname="Volpe")).result
            for audit_id in made:
                audit = store.audits.get(audit_id)
                for visit in store.audits.visits(audit_id):
                    template = store.audits.template(visit.template_id, visit.template_version)
                    for item in template.items:
                        value = _value(item, rng, strength[audit.location_id] + 0.04 * w)
                        if value is not None:
                            editor.run(SetAnswer(visit.id, item.id, value))
        for lang in ("it", "en"):
            pdf = folder / f"programme-{lang}.pdf"
            build_programme_report(store, client.id, pdf, lang=lang)
            for name, page in PROGRAMME_PAGES.items():
                _picture(pdf, page, PROGRAMME_OUT / f"{lang}-{name}-{page:02d}")


def main() -> int:
    """Build the demo audit in a temporary workspace and picture four pages per language."""
    from pypdf import PdfReader

    from auditor.demo import build_demo
    from auditor.report import build_report
    from auditor.storage import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "demo.auditdesk")
        audit_id = build_demo(store)
        for lang in ("it", "en"):
            pdf = Path(tmp) / f"{lang}.pdf"
            build_report(store, audit_id, pdf, lang=lang)
            last = len(PdfReader(str(pdf)).pages)
            for name, wanted in PAGES.items():
                page = last if wanted < 0 else wanted
                stem = OUT / f"{lang}-{name}-{page:02d}"
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        str(DPI),
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        "-singlefile",
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
        store.close()
        programme(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
