"""The programme report: a client's locations compared in one wave, as a client PDF.

    build_programme_report(store, client_id, "programme.pdf", wave_label="Q3 2026", lang="it")

`snapshot.py` reads the programme (`auditor.programme.build`) into plain data in the report's
language; `renderer.py` lays it out with the audit report's page template, fonts, styles and
charts, and runs no queries. The file appears whole or not at all. The same rules as the audit
report hold: no ids, JSON or internal names, no staff names, auditors by nickname only.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from auditor.programme.report.data import ProgrammeReportData
from auditor.programme.report.renderer import ProgrammeRenderer
from auditor.programme.report.snapshot import Progress, build_programme_snapshot
from auditor.report import render_report
from auditor.storage import Store

log = logging.getLogger(__name__)

__all__ = [
    "ProgrammeRenderer",
    "ProgrammeReportData",
    "build_programme_report",
    "build_programme_snapshot",
]


def build_programme_report(
    store: Store,
    client_id: str,
    path: Path | str,
    *,
    wave_label: str | None = None,
    lang: str | None = None,
    regions: list[str] | None = None,
    channels: list[str] | None = None,
    progress: Progress | None = None,
    invariant: bool = False,
    today: date | None = None,
    messages: str | None = None,
) -> Path:
    """Write the programme report of a wave (the latest audited by default) to `path`; return it.

    `lang` defaults to the client's report language; `progress(done, total, message)` is called
    as the programme is read and laid out; `invariant` makes the file byte-for-byte reproducible;
    `messages` is the language of the errors (the window's or the command line's).
    """
    data = build_programme_snapshot(
        store,
        client_id,
        wave_label=wave_label,
        lang=lang,
        regions=regions,
        channels=channels,
        progress=progress,
        today=today,
        messages=messages,
    )
    pages = render_report(
        data,  # type: ignore[arg-type]
        path,
        invariant=invariant,
        renderer=ProgrammeRenderer,  # type: ignore[arg-type]
        workspace=store.path,
    )
    if progress:
        progress(3, 3, "")
    log.info("programme report of %s, wave %s: %d pages to %s", client_id, data.wave, pages, path)
    return Path(path).expanduser()
