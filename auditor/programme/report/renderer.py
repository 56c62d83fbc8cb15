"""Lay a programme report snapshot out as a PDF: the audit report's renderer with other sections.

The page templates, cover band, running header, footer, fonts, styles and table of contents
are `auditor.report.renderer.ReportRenderer`'s; this names what the programme report says in
them and which sections it prints.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, NextPageTemplate, PageBreak, Paragraph

from auditor import __version__
from auditor.i18n import context, plural
from auditor.programme.report.contents import Contents
from auditor.programme.report.data import ProgrammeReportData
from auditor.programme.report.sections import (
    cover,
    items,
    league,
    locations,
    methodology,
    summary,
)
from auditor.programme.report.sections.common import ProgrammeContext
from auditor.report.canvas import numbered_canvas
from auditor.report.renderer import APP_NAME, ReportRenderer

log = logging.getLogger(__name__)

Section = Callable[[ProgrammeContext], list[Flowable]]


class ProgrammeRenderer(ReportRenderer):
    """Render a ProgrammeReportData to PDF; override a step or the sections to change a part."""

    sections: Sequence[Section] = (  # type: ignore[assignment]
        cover.build,
        summary.build,
        league.build,
        items.build,
        locations.build,
        methodology.build,
    )

    def __init__(self, report: ProgrammeReportData, *, invariant: bool = False):
        super().__init__(report, invariant=invariant)  # type: ignore[arg-type]
        self.report: ProgrammeReportData = report  # type: ignore[assignment]

    def title(self) -> str:
        """Return what the report is about: the programme report of a wave."""
        _ = self._
        return _("Programme report, wave {wave}").format(wave=self.report.wave)

    def metadata(self) -> dict[str, Any]:
        """Return the PDF's document information (no producer library, no paths)."""
        _ = self._
        r = self.report
        return {
            "title": f"{r.client_name} – {self.title()}",
            "author": r.agency_name or APP_NAME,
            "subject": _("Mystery shopping programme report"),
            "creator": f"{APP_NAME} {__version__}",
            "producer": f"{APP_NAME} {__version__}",
            "keywords": [],
        }

    def band_subtitle(self) -> str:
        """Return the line under the agency's name in the cover's band."""
        _ = self._
        return _("Customer experience programme")

    def running_title(self) -> str:
        """Return the running header's right side: the client and the wave."""
        return f"{self.report.client_name} · {self.title()}"

    def story(self) -> list[Flowable]:
        """Return every flowable of the report: the cover, the contents, then the sections."""
        _ = self._
        lang = self.report.lang
        ctx = ProgrammeContext(self.report, _, plural(lang), context(lang), self.styles)
        parts = [section(ctx) for section in self.sections]
        body = [f for part in parts[1:] for f in part]
        levels = [f.toc_level for f in body if getattr(f, "toc_level", None) is not None]
        self.contents = Contents(self.styles)
        return [
            *parts[0],
            NextPageTemplate("body"),
            PageBreak(),
            Paragraph(_("Contents"), self.styles.h1),
            *self.contents.lines(levels),
            *body,
        ]

    def build(self, doc: BaseDocTemplate) -> None:
        """Lay the story out in one pass; the contents are drawn as the pages are saved."""
        story = self.story()
        doc._indexingFlowables = [self.contents]  # the headings reach Contents.notify
        doc.build(story, canvasmaker=numbered_canvas(self.draw_footer))

    def draw_footer(self, canvas: Canvas, number: int, count: int) -> None:
        """Draw the footer, and the contents' lines that fall on this page."""
        super().draw_footer(canvas, number, count)
        self.contents.draw(canvas, number)
