"""The cover: agency, client, audit title, visit dates, auditor, overall score and critical flag."""

from __future__ import annotations

import io
import logging

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, KeepInFrame, Paragraph, Spacer, Table

from auditor.report import labels, styles
from auditor.report.charts import ScoreBadge
from auditor.report.data import PrintImage
from auditor.report.images import LOGO_BOX, fit
from auditor.report.sections.common import Context
from auditor.report.styles import Styles
from auditor.report.text import clip, markup

log = logging.getLogger(__name__)

SCENARIO_LIMIT = (
    700  # characters of the scenario on the cover; a longer one is printed in the summary
)


COVER_PHOTO_HEIGHT = (80.0, 190.0)  # points: no photo in less room, never taller than this


def build(ctx: Context) -> list[Flowable]:
    """Return the cover page (the band at the top is drawn by the page template)."""
    # Shrunk, never split: whatever was typed, the cover is one page and the next starts the body.
    flow = content(ctx)
    flow += cover_photo(ctx, styles.COVER_FRAME_HEIGHT - _height(flow))
    return [KeepInFrame(styles.FRAME_WIDTH, styles.COVER_FRAME_HEIGHT, flow, mode="shrink")]


def _height(flow: list[Flowable]) -> float:
    """Return the height the flowables take in the cover's frame."""
    return sum(f.wrap(styles.FRAME_WIDTH, styles.COVER_FRAME_HEIGHT)[1] for f in flow)


def cover_photo(ctx: Context, room: float) -> list[Flowable]:
    """Return the cover photo with its caption, sized to the room the cover has left (or nothing)."""
    photo = ctx.report.cover_image
    caption_room = 34.0  # spacer, caption line and the frame's slack
    height = min(COVER_PHOTO_HEIGHT[1], room - caption_room)
    if photo is None or photo.image is None or height < COVER_PHOTO_HEIGHT[0]:
        return []
    # Scaled to fit its box, never cropped: the whole picture the auditor took is shown.
    w, h = fit(photo.image.width, photo.image.height, (styles.FRAME_WIDTH, height))
    picture = Image(io.BytesIO(photo.image.data), width=w, height=h, hAlign="LEFT")
    caption = markup(clip(photo.caption, 160))
    return [Spacer(1, 12), picture, Paragraph(caption, ctx.st.caption)]


def content(ctx: Context) -> list[Flowable]:
    """Return the cover's flowables."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [Paragraph(_("Mystery shopping report").upper(), st.kicker)]
    flow.append(
        title_block(Paragraph(markup(clip(report.client_name, 200)), st.title), report.client_logo)
    )
    flow.append(Paragraph(markup(clip(report.audit_title, 300)), st.subtitle))
    facts = [
        (_("Visit dates"), labels.date_range(_, report.visit_dates) or "–"),
        (_("Auditor"), markup(clip(report.auditor, 120)) or "–"),
        (_("Touchpoints"), str(len(report.touchpoints))),
        (_("Findings"), str(len(report.findings))),
        (_("Report date"), labels.long_date(_, report.report_date)),
    ]
    table = facts_table(st, facts, (3.6 * cm, 8 * cm))
    badge = ScoreBadge(
        ctx.score(report.overall),
        report.overall,
        _("Overall score"),
        size=120,
        critical="!" if report.critical_failure else "",
    )
    flow += [Spacer(1, 10), beside_badge(table, badge), Spacer(1, 22)]
    if report.critical_failure:
        flow.append(critical_notice(ctx))
    if report.scenario.strip():
        flow += [
            Spacer(1, 16),
            Paragraph(_("Scenario").upper(), st.head_cell),
            Spacer(1, 3),
            Paragraph(markup(clip(report.scenario, SCENARIO_LIMIT)), st.body),
        ]
    return flow


def title_block(name: Paragraph, logo_data: PrintImage | None) -> Flowable:
    """Return the client's name with its logo on the right (the name alone without a logo)."""
    if not logo_data:
        return name
    w, h = fit(logo_data.width, logo_data.height, LOGO_BOX)
    logo = Image(io.BytesIO(logo_data.data), width=w, height=h)
    head = Table(
        [[name, logo]], colWidths=[styles.FRAME_WIDTH - LOGO_BOX[0] - 10, LOGO_BOX[0] + 10]
    )
    head.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return head


def facts_table(st: Styles, facts: list[tuple[str, str]], widths: tuple[float, float]) -> Table:
    """Return the cover's label/value table (values already markup), ruled like the cover's."""
    rows = [[Paragraph(k.upper(), st.head_cell), Paragraph(v, st.cell_bold)] for k, v in facts]
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        styles.table_style(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, styles.ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def beside_badge(table: Flowable, badge: Flowable) -> Table:
    """Return the facts table with the score badge at its right, both top-aligned."""
    block = Table([[table, badge]], colWidths=[styles.FRAME_WIDTH - 130, 130])
    block.setStyle(
        styles.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


def critical_notice(ctx: Context) -> Table:
    """Return the red-edged box saying which touchpoints failed a critical item."""
    _ = ctx._
    where = ", ".join(
        markup(clip(t.title, 80)) for t in ctx.report.touchpoints if t.critical_failure
    )
    text = f"<b>{_('Critical failure')}</b> – " + _(
        "a critical checklist item failed in: {touchpoints}. The scores are shown as measured; the "
        "failure is flagged wherever they appear."
    ).format(touchpoints=where)
    box = Table([[Paragraph(text, ctx.st.small)]], colWidths=[styles.FRAME_WIDTH])
    box.setStyle(
        styles.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), styles.FAIL_TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, styles.SEVERITY["critical"]),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box
