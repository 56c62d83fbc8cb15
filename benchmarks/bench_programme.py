"""A programme of 200 locations by 4 waves: computed, a league table re-sorted, exported to XLSX.

Each figure is a median of several runs, with a reference measured in the same run on the same
machine: reading the answers alone (the floor of any computation over them), sorting the same
rows by a plain key, and openpyxl's write-only mode writing the same number of plain cells.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import median_ms, row
from benchmarks.large_programme import fresh_copy


def _openpyxl_cells(path: Path, rows: int, columns: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("cells")
    line = list(range(columns))
    for _ in range(rows):
        sheet.append(line)
    book.save(path)


def run() -> list[dict]:
    """Return the programme's figures."""
    from auditor.programme import build
    from auditor.programme.export import export_tables, write_csv, write_xlsx
    from auditor.storage import Store

    with tempfile.TemporaryDirectory(prefix="bench-programme-") as tmp:
        folder = Path(tmp)
        path, client_id = fresh_copy(folder)
        with Store.open(path) as store:
            answers = store.programme.count_answers()
            audits = len(store.programme.audits(client_id))
            read_answers = median_ms(lambda: store.programme.answers(client_id), runs=5)
            ready = median_ms(lambda: build(store, client_id), runs=5)
            programme = build(store, client_id)
            wave = programme.waves[-1].id
            keys = programme.keys()

            def resort() -> None:
                programme._cache.clear()  # a new sort, not the cached table
                for key in keys:
                    programme.league(wave, key)

            league = median_ms(resort, runs=7) / len(keys)
            league_rows = [(r.location.name, r.value) for r in programme.league(wave)]
            plain_sort = median_ms(
                lambda: sorted(league_rows, key=lambda r: (r[1] is None, -(r[1] or 0), r[0])),
                runs=7,
            )
            heatmap = median_ms(lambda: programme._heatmap(wave), runs=5)
            tables = export_tables(store, client_id)
            cells = sum(len(t.rows) * len(t.columns) for t in tables)

            def xlsx() -> None:
                write_xlsx(export_tables(store, client_id), folder / "programme.xlsx")

            export = median_ms(xlsx, runs=3)
            width = len(tables.answers.columns)
            reference = median_ms(
                lambda: _openpyxl_cells(folder / "cells.xlsx", cells // width, width), runs=3
            )
            csv = median_ms(lambda: write_csv(export_tables(store, client_id), folder), runs=3)
    size = f"{audits} audits, {answers} answers"
    return [
        row(
            f"programme ready (build, {size})",
            ready,
            1000.0,
            read_answers,
            "reading the answers alone",
        ),
        row(
            "league table re-sorted (200 locations, one score)",
            league,
            50.0,
            plain_sort,
            "sorting the same rows by a plain key",
        ),
        row("heatmap of a wave (items x 200 locations)", heatmap, None),
        row(
            f"XLSX export, three tables ({cells} cells)",
            export,
            5000.0,
            reference,
            "openpyxl write-only, as many plain cells",
        ),
        row("CSV export, three tables", csv, None),
    ]
