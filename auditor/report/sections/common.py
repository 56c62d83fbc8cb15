"""Pieces every section uses: the render context, headings, flowing user text, figures, findings."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from auditor.i18n import Translate, score_text
from auditor.report import labels, styles
from auditor.report.charts import chip
from auditor.report.data import EvidenceImage, FindingView, ReportData
from auditor.report.images import EVIDENCE_BOX, fit
from auditor.report.styles import Styles
from auditor.report.text import chunks, clip, fits_cell, markup

log = logging.getLogger(__name__)

# Longer user text leaves table cells (a table row cannot split across pages).
CELL_TEXT_LIMIT = 1200
CELL_LINE_LIMIT = 15


@dataclass
class Context:
    """What a section needs to lay itself out: the snapshot, the translator and the styles."""

    report: ReportData
    _: Translate
    st: Styles
    figures: list[int] = field(default_factory=lambda: [0])  # running figure number
    # Every figure printed so far, (number, evidence), for the index of evidence at the end.
    index: list[tuple[int, EvidenceImage]] = field(default_factory=list)

    @property
    def lang(self) -> str:
        """Return the report's language."""
        return self.report.lang

    def score(self, value: float | None) -> str:
        """Return a score in the report's number format."""
        return score_text(value, self.lang)


class Heading(Paragraph):
    """A heading that goes into the table of contents and the PDF outline."""

    def __init__(self, text: str, style: Any, level: int, outline: str):
        super().__init__(text, style)
        self.toc_level, self.toc_text, self.outline = level, text, outline


def heading(
    ctx: Context, text: str, level: int = 0, *, user: bool = False, toc: bool = True
) -> Paragraph:
    """Return a section (level 0) or subsection (level 1) heading; `user` text is escaped."""
    shown = markup(clip(text, 200)) if user else text
    style = ctx.st.h1 if level == 0 else ctx.st.h2
    return Heading(shown, style, level, clip(text, 120)) if toc else Paragraph(shown, style)


def paragraphs(text: str, style: Any, prefix: str = "") -> list[Flowable]:
    """Return user text as escaped paragraphs of bounded size (they flow across pages)."""
    flow: list[Flowable] = []
    for index, piece in enumerate(chunks(text)):
        flow.append(Paragraph((prefix if index == 0 else "") + markup(piece), style))
    return flow


def grid_style(header: bool = True, extra: Sequence[tuple[Any, ...]] = ()) -> Any:
    """Return the house table style: hairlines, roomy padding, a soft header row."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), styles.ACCENT_SOFT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.ACCENT),
        ]
    return styles.table_style(commands + list(extra))


def severity_chip(ctx: Context, severity: str) -> Table:
    """Return the coloured chip of a severity."""
    return chip(
        labels.severity(ctx._, severity).upper(),
        styles.SEVERITY.get(severity, styles.MUTED),
        ctx.st,
    )


def figures(
    ctx: Context,
    images: Sequence[EvidenceImage],
    *,
    width: float = styles.FRAME_WIDTH,
    per_row: int = 2,
    box: tuple[float, float] = EVIDENCE_BOX,
) -> list[Flowable]:
    """Return the images `per_row` to a row with numbered captions (long captions printed in full below)."""
    _ = ctx._
    if not images:
        return []
    cells: list[list[Flowable]] = []
    long_captions: list[Flowable] = []
    for evidence in images:
        ctx.figures[0] += 1
        number = ctx.figures[0]
        ctx.index.append((number, evidence))
        label = _("Figure {number}").format(number=number)
        if evidence.image is None:
            picture: Flowable = Paragraph(_("The image could not be read."), ctx.st.muted)
        else:
            w, h = fit(evidence.image.width, evidence.image.height, box)
            picture = Image(io.BytesIO(evidence.image.data), width=w, height=h)
        caption = evidence.caption.strip() or _("Evidence")
        if not fits_cell(caption, CELL_TEXT_LIMIT // 3, CELL_LINE_LIMIT // 3):
            long_captions += paragraphs(caption, ctx.st.caption, f"<b>{label}</b> – ")
            caption = clip(caption, 120)
        text = f"<b>{label}</b>" + (f" – {markup(caption)}" if caption else "")
        cells.append([picture, Paragraph(text, ctx.st.caption)])
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [[] for _missing in range(per_row - len(rows[-1]))]
    table = Table(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    table.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [Spacer(1, 4), table, *long_captions]


def finding_block(
    ctx: Context, finding: FindingView, *, show_touchpoint: bool = False
) -> list[Flowable]:
    """Return one finding: severity chip and title, where it was seen, description, recommendation, images."""
    _ = ctx._
    title = Table(
        [
            [
                severity_chip(ctx, finding.severity.value),
                Paragraph(markup(clip(finding.title, 300)), ctx.st.h3),
            ]
        ],
        colWidths=[60, styles.FRAME_WIDTH - 60],
        hAlign="LEFT",
    )
    title.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    head: list[Flowable] = [CondPageBreak(120), Spacer(1, 6), title]
    if len(finding.title) > 300:
        head += paragraphs(finding.title, ctx.st.h3)
    where = []
    if show_touchpoint and finding.touchpoint:
        where.append(markup(clip(finding.touchpoint, 120)))
    if finding.item:
        where.append(_("Checklist item {item}").format(item=markup(clip(finding.item, 200))))
    if finding.resolved:
        where.append(_("resolved"))
    if where:
        head.append(Paragraph(" · ".join(where), ctx.st.muted))
    flow: list[Flowable] = [KeepTogether(head)]
    flow += paragraphs(finding.description, ctx.st.body)
    if finding.recommendation.strip():
        flow += paragraphs(finding.recommendation, ctx.st.body, f"<b>{_('Recommendation')}:</b> ")
    flow += figures(ctx, finding.images)
    flow.append(Spacer(1, 4))
    return flow


def label_table(ctx: Context, lines: Sequence[tuple[str, str]]) -> Table:
    """Return label/value pairs as a small unruled table, the labels bold on the left."""
    st = ctx.st
    rows = [
        [
            Paragraph(f"<b>{markup(label)}</b>", st.small),
            Paragraph(markup(clip(value, 300)), st.small),
        ]
        for label, value in lines
    ]
    table = Table(rows, colWidths=[120, styles.FRAME_WIDTH - 120], hAlign="LEFT")
    table.setStyle(
        grid_style(
            header=False,
            extra=[
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        )
    )
    return table


def rule() -> Table:
    """Return a thin full-width line."""
    line = Table([[""]], colWidths=[styles.FRAME_WIDTH], rowHeights=[2])
    line.setStyle(styles.table_style([("LINEBELOW", (0, 0), (-1, -1), 0.6, styles.RULE)]))
    return line
