"""Take the programme's screenshots: the programme view and its dialogs on a demo programme.

Called by take.py (or alone: `xvfb-run -a -s "-screen 0 1440x900x24" python
docs/screenshots/take.py --only-programme`). The demo programme is a coffee-bar chain: 10
locations with Italian names, 3 waves, answered through the core's commands.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from auditor import catalogue
from auditor.commands import (
    AddClient,
    AddWave,
    CreateWaveAudits,
    Editor,
    ImportLocations,
    SetAnswer,
    SetQuestionnaire,
)
from auditor.model import Client, Location, LocationChannel, Wave
from auditor.storage import Store

OUT = Path(__file__).resolve().parent
LOCATIONS = (
    ("Milano Duomo", "MI-01", "Milano", "Lombardia", "store", 0.93),
    ("Milano Navigli", "MI-02", "Milano", "Lombardia", "store", 0.72),
    ("Bergamo Città Alta", "BG-01", "Bergamo", "Lombardia", "store", 0.81),
    ("Verona Porta Nuova", "VR-01", "Verona", "Veneto", "store", 0.66),
    ("Padova Prato della Valle", "PD-01", "Padova", "Veneto", "store", 0.88),
    ("Bologna Due Torri", "BO-01", "Bologna", "Emilia-Romagna", "store", 0.58),
    ("Firenze Santa Croce", "FI-01", "Firenze", "Toscana", "store", 0.85),
    ("Roma Trastevere", "RM-01", "Roma", "Lazio", "store", 0.62),
    ("Napoli Chiaia", "NA-01", "Napoli", "Campania", "store", 0.76),
    ("Shop online", "WEB", "", "", "web", 0.7),
)
WAVES = (("Primavera 2026", 3), ("Estate 2026", 6), ("Autunno 2026", 9))


def demo_programme(store: Store) -> str:
    """Build the demo programme through the core's commands and return its client's id."""
    from benchmarks.large_programme import _value

    rng = random.Random(26)
    editor = Editor(store, actor="Giulia Neri")
    client = editor.run(
        AddClient(Client(name="Banca Aurora S.p.A.", brands=["Banca Aurora"]))
    ).result
    wanted = ("shop", "phone")
    refs = []
    for entry in catalogue.entries(store, latest_only=True):
        if entry.template().touchpoint in wanted and entry.template().touchpoint not in {
            r[2] for r in refs
        }:
            refs.append((entry.id, entry.version, entry.template().touchpoint))
    editor.run(SetQuestionnaire(client.id, [(r[0], r[1]) for r in refs]))
    locations = [
        Location(
            client_id=client.id,
            name=name,
            code=code,
            city=city,
            region=region,
            channel=LocationChannel(channel),
        )
        for name, code, city, region, channel, _strength in LOCATIONS
    ]
    editor.run(ImportLocations(client.id, locations))
    strength = {
        loc.id: next(s for n, *_r, s in LOCATIONS if n == loc.name)
        for loc in store.locations.for_client(client.id)
    }
    for index, (label, month) in enumerate(WAVES):
        wave = Wave(
            client_id=client.id,
            label=label,
            starts_on=date(2026, month, 1),
            ends_on=date(2026, month + 2, 28),
            position=index,
        )
        editor.run(AddWave(wave))
        audits = editor.run(CreateWaveAudits(client.id, wave.id, auditor="Giulia Neri")).result
        for audit_id in audits:
            audit = store.audits.get(audit_id)
            # The chain improves a little each wave; a few locations slip.
            drift = 0.04 * index * (1 if rng.random() < 0.7 else -1.5)
            for visit in store.audits.visits(audit_id):
                template = store.audits.template(visit.template_id, visit.template_version)
                for item in template.items:
                    if rng.random() < 0.04:
                        continue
                    value = _value(item, rng, min(0.98, strength[audit.location_id] + drift))
                    if value is not None:
                        try:
                            editor.run(SetAnswer(visit.id, item.id, value))
                        except Exception:  # an item whose condition hides it: not asked
                            continue
    return client.id


def take(app, store: Store, tmp: Path) -> None:
    """Save programme.png, programme-heatmap.png, programme-1024-it.png and the dialogs."""
    from ui.context import AppContext
    from ui.locations.dialogs import LocationDialog, LocationsDialog
    from ui.mainwindow.window import MainWindow
    from ui.programme.wave_audits import WaveAuditsDialog
    from ui.settings import UiSettings
    from ui.tasks import SyncTaskRunner

    client_id = demo_programme(store)

    def settle() -> None:
        for _round in range(5):
            app.processEvents()

    for lang, size, names in (
        ("en", (1440, 900), ("programme.png", "programme-heatmap.png")),
        ("it", (1024, 700), ("programme-1024-it.png", "programme-heatmap-1024-it.png")),
    ):
        ctx = AppContext(store=store, tasks=SyncTaskRunner(), lang=lang)
        window = MainWindow(ctx, UiSettings(tmp / f"programme-{lang}.ini"))
        window.resize(*size)
        window.show()
        window.show_programme(client_id)
        view = window.programme_view
        view.table.selectRow(2)
        settle()
        window.grab().save(str(OUT / names[0]))
        view.tabs.setCurrentIndex(1)
        settle()
        view.heatmap.setFocus()
        view.heatmap._move_to(3, 5)
        settle()
        window.grab().save(str(OUT / names[1]))
        if lang == "en":
            dialog = WaveAuditsDialog(ctx, client_id, parent=window)
            dialog.show()
            settle()
            dialog.grab().save(str(OUT / "wave-audits-dialog.png"))
            dialog.close()
            listing = LocationsDialog(ctx, client_id, window)
            listing.show()
            settle()
            listing.grab().save(str(OUT / "locations-dialog.png"))
            location = store.locations.for_client(client_id)[0]
            edit = LocationDialog(ctx, client_id, location, parent=listing)
            edit.show()
            settle()
            edit.grab().save(str(OUT / "location-dialog.png"))
            edit.close()
            listing.close()
        window.close()
