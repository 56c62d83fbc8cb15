"""The programme report of 200 locations by 4 waves (800 audits, about 50,000 answers): a PDF of
about 420 pages, a page per location, in under 30 s.

The reference, measured in the same run: reportlab laying out as many plain pages, each a heading
and a table of plain figures, with the same fonts, in one pass (the floor any report of that
many pages stands on).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import median_ms, row
from benchmarks.large_programme import fresh_copy


def _plain_pages(path: Path, pages: int) -> None:
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from auditor.report import fonts, styles

    fonts.register_fonts()
    st = styles.make_styles()
    flow = []
    for page in range(pages):
        flow.append(Paragraph(f"Location {page}", st.h2))
        flow.append(Table([[f"{r}", f"{r * 1.5:.1f}", f"{r * 2.5:.1f}"] for r in range(20)]))
        flow.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=styles.PAGE).build(flow)


def run() -> list[dict]:
    """Return the programme report's figures."""
    from pypdf import PdfReader

    from auditor.programme.report import build_programme_report, build_programme_snapshot
    from auditor.storage import Store

    with tempfile.TemporaryDirectory(prefix="bench-programme-report-") as tmp:
        folder = Path(tmp)
        path, client_id = fresh_copy(folder)
        target = folder / "programme.pdf"
        with Store.open(path) as store:
            snapshot = median_ms(
                lambda: build_programme_snapshot(store, client_id, lang="it"), runs=3
            )
            report = median_ms(
                lambda: build_programme_report(store, client_id, target, lang="it"),
                runs=3,
                warmup=0,
            )
        pages = len(PdfReader(str(target)).pages)
        size = target.stat().st_size / 1e6
        reference = median_ms(lambda: _plain_pages(folder / "plain.pdf", pages), runs=3, warmup=0)
    return [
        row(
            f"programme report, 200 locations x 4 waves ({pages} pages, {size:.1f} MB)",
            report,
            30000.0,
            reference,
            "reportlab laying out as many plain pages",
        ),
        row("programme report's snapshot (reading and comparing)", snapshot, None),
    ]
