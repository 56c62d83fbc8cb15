"""Lay a report snapshot out as a PDF: a renderer with overridable steps, which runs no queries."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from auditor import __version__
from auditor.i18n import translator
from auditor.report import fonts, styles
from auditor.report.canvas import numbered_canvas
from auditor.report.data import ReportData
from auditor.report.images import LOGO_BOX, fit
from auditor.report.sections import (
    cover,
    evidence_index,
    methodology,
    recommendations,
    summary,
    touchpoint,
)
from auditor.report.sections.common import Context
from auditor.report.styles import Styles
from auditor.report.text import clip_to_width, markup

log = logging.getLogger(__name__)

APP_NAME = "Audit Desk"
COVER_BAND = styles.COVER_BAND
Section = Callable[[Context], list[Flowable]]


_LIBRARY_COMMENTS = (
    b" ReportLab Generated PDF document (opensource)",
    b" ReportLab generated PDF document -- digest (opensource)",
)


def scrub(pdf: bytes) -> bytes:
    """Return the PDF with the library's comment lines blanked (same length: every offset stays valid)."""
    for comment in _LIBRARY_COMMENTS:
        pdf = pdf.replace(comment, (b" " + APP_NAME.encode()).ljust(len(comment)))
    return pdf


class _Document(BaseDocTemplate):
    """The doc template: headings go to the table of contents and the PDF outline (no link annotations)."""

    def afterFlowable(self, flowable: Flowable) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, flowable.toc_text, self.page))


class ReportRenderer:
    """Render a ReportData to PDF; subclass and override a step to change one part of the layout."""

    sections: Sequence[Section] = (
        cover.build,
        summary.build,
        touchpoint.build,
        recommendations.build,
        methodology.build,
        evidence_index.build,
    )

    def __init__(self, report: ReportData, *, invariant: bool = False):
        self.report = report
        self.invariant = invariant
        self._ = translator(report.lang)
        self.register_fonts()
        self.styles = self.stylesheet()

    # --- steps -------------------------------------------------------------------------------

    def register_fonts(self) -> None:
        """Register the embedded fonts."""
        fonts.register_fonts()

    def stylesheet(self) -> Styles:
        """Return the paragraph styles."""
        return styles.make_styles()

    def metadata(self) -> dict[str, Any]:
        """Return the PDF's document information (and nothing else: no producer library, no paths)."""
        _ = self._
        r = self.report
        return {
            "title": f"{r.client_name} – {r.audit_title}".strip(" –"),
            "author": r.agency_name or r.auditor or APP_NAME,
            "subject": _("Mystery shopping report"),
            "creator": f"{APP_NAME} {__version__}",
            "producer": f"{APP_NAME} {__version__}",
            "keywords": [],
        }

    def page_templates(self) -> list[PageTemplate]:
        """Return the cover template (a coloured band on top) and the body template (header and footer)."""
        _width, height = styles.PAGE
        body = Frame(
            styles.MARGIN_X,
            styles.MARGIN_BOTTOM,
            styles.FRAME_WIDTH,
            height - styles.MARGIN_TOP - styles.MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        first = Frame(
            styles.MARGIN_X,
            styles.MARGIN_BOTTOM,
            styles.FRAME_WIDTH,
            styles.COVER_FRAME_HEIGHT,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return [
            PageTemplate("cover", [first], onPage=self.draw_cover_page),
            PageTemplate("body", [body], onPage=self.draw_body_page),
        ]

    def draw_cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the cover's band: the agency's logo and name."""
        _ = self._
        width, height = styles.PAGE
        canvas.saveState()
        canvas.setFillColor(styles.ACCENT)
        canvas.rect(0, height - COVER_BAND, width, COVER_BAND, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#2B6394"))
        canvas.rect(0, height - COVER_BAND, width, 5, stroke=0, fill=1)
        x = styles.MARGIN_X
        # The logo and the agency's name share the band, centred in it: the logo is scaled to fit
        # its box whatever its shape, and the text beside it can never push it off the band.
        middle = height - (COVER_BAND - 5) / 2
        logo = self.report.agency_logo
        pad = 8
        if logo:
            w, h = fit(logo.width, logo.height, LOGO_BOX)
            canvas.setFillColor(colors.white)
            canvas.roundRect(x, middle - h / 2 - pad, w + 2 * pad, h + 2 * pad, 4, stroke=0, fill=1)
            canvas.drawImage(
                ImageReader(io.BytesIO(logo.data)), x + pad, middle - h / 2, w, h, mask=None
            )
            x += w + 2 * pad + 0.6 * cm
        width_left = styles.MARGIN_X + styles.FRAME_WIDTH - x
        agency = self.report.agency_name or APP_NAME
        band = self.styles.header.clone(
            "band", textColor=colors.white, fontSize=15, leading=19, fontName=fonts.SANS_BOLD
        )
        name = markup(clip_to_width(agency, width_left, 15, fonts.SANS_BOLD))
        self._draw_paragraph(canvas, name, band, x, middle + 2, width_left)
        sub = self.styles.header.clone(
            "band_sub", textColor=colors.HexColor("#C9D7E6"), fontSize=9, leading=12
        )
        self._draw_paragraph(canvas, self.band_subtitle(), sub, x, middle - 14, width_left)
        canvas.restoreState()

    def band_subtitle(self) -> str:
        """Return the line under the agency's name in the cover's band."""
        _ = self._
        return _("Customer experience audit")

    def running_title(self) -> str:
        """Return the running header's right side: the client and what the report is about."""
        return f"{self.report.client_name} · {self.report.audit_title}"

    def draw_body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the running header: agency on the left, client and audit on the right, a hairline."""
        _ = self._
        width, height = styles.PAGE
        canvas.saveState()
        y = height - 1.45 * cm
        half = styles.FRAME_WIDTH / 2
        size = self.styles.header.fontSize
        left = markup(clip_to_width(self.report.agency_name, half - 12, size))
        left = left or _("Mystery shopping report")
        self._draw_paragraph(canvas, left, self.styles.header, styles.MARGIN_X, y, half)
        right = markup(clip_to_width(self.running_title(), half - 12, size))
        self._draw_paragraph(
            canvas, right, self.styles.header_right, styles.MARGIN_X + half, y, half
        )
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(styles.MARGIN_X, y - 5, width - styles.MARGIN_X, y - 5)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, number: int, count: int) -> None:
        """Draw 'Confidential' and 'Page X of Y' at the foot of every page but the cover."""
        _ = self._
        if number == 1:
            return
        canvas.saveState()
        y = 1.15 * cm
        half = styles.FRAME_WIDTH / 2
        note = _("Confidential – prepared for {client}").format(client="")
        room = half - 12 - stringWidth(note, fonts.SANS, self.styles.header.fontSize)
        client = clip_to_width(self.report.client_name, room, self.styles.header.fontSize)
        note = _("Confidential – prepared for {client}").format(client=markup(client))
        self._draw_paragraph(canvas, note, self.styles.header, styles.MARGIN_X, y, half)
        page = _("Page {page} of {pages}").format(page=number, pages=count)
        self._draw_paragraph(
            canvas, page, self.styles.header_right, styles.MARGIN_X + half, y, half
        )
        canvas.restoreState()

    def contents(self, ctx: Context) -> list[Flowable]:
        """Return the table of contents page (after the cover)."""
        _ = self._
        toc = TableOfContents(
            dotsMinLevel=0,
            tableStyle=styles.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        toc.levelStyles = [self.styles.toc1, self.styles.toc2]
        return [
            NextPageTemplate("body"),
            PageBreak(),
            Paragraph(_("Contents"), self.styles.h1),
            toc,
        ]

    def story(self) -> list[Flowable]:
        """Return every flowable of the report, section by section."""
        ctx = Context(self.report, self._, self.styles)
        flow: list[Flowable] = []
        for index, section in enumerate(self.sections):
            flow += section(ctx)
            if index == 0:
                flow += self.contents(ctx)
        return flow

    def render(self, target: IO[bytes]) -> int:
        """Write the PDF to a binary file and return its page count."""
        meta = self.metadata()
        buffer = io.BytesIO()
        doc = _Document(
            buffer,
            pagesize=styles.PAGE,
            leftMargin=styles.MARGIN_X,
            rightMargin=styles.MARGIN_X,
            topMargin=styles.MARGIN_TOP,
            bottomMargin=styles.MARGIN_BOTTOM,
            invariant=1 if self.invariant else 0,
            initialFontName=fonts.SANS,
            lang=self.report.lang,
            **meta,
        )
        doc.addPageTemplates(self.page_templates())
        self.build(doc)
        target.write(scrub(buffer.getvalue()))
        return doc.page

    def build(self, doc: BaseDocTemplate) -> None:
        """Lay the story out on the document: as many passes as the table of contents needs."""
        doc.multiBuild(self.story(), canvasmaker=numbered_canvas(self.draw_footer))

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _draw_paragraph(
        canvas: Canvas, text: str, style: Any, x: float, y: float, width: float
    ) -> None:
        """Draw one line of markup with its baseline box's bottom at y."""
        paragraph = Paragraph(text, style)
        _, _h = paragraph.wrap(width, 100)
        paragraph.drawOn(canvas, x, y)
