"""The cover: agency, client, audit title, visit dates, auditor, overall score and critical flag."""

from __future__ import annotations

import io
import logging

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, KeepInFrame, Paragraph, Spacer, Table

from auditor.report import labels, styles
from auditor.report.charts import ScoreBadge
from auditor.report.images import LOGO_BOX, fit
from auditor.report.sections.common import Context
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
    name = Paragraph(markup(clip(report.client_name, 200)), st.title)
    if report.client_logo:
        w, h = fit(report.client_logo.width, report.client_logo.height, LOGO_BOX)
        logo = Image(io.BytesIO(report.client_logo.data), width=w, height=h)
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
        flow.append(head)
    else:
        flow.append(name)
    flow.append(Paragraph(markup(clip(report.audit_title, 300)), st.subtitle))
    facts = [
        (_("Visit dates"), labels.date_range(_, report.visit_dates) or "–"),
        (_("Auditor"), markup(clip(report.auditor, 120)) or "–"),
        (_("Touchpoints"), str(len(report.touchpoints))),
        (_("Findings"), str(len(report.findings))),
        (_("Report date"), labels.long_date(_, report.report_date)),
    ]
    rows = [[Paragraph(k.upper(), st.head_cell), Paragraph(v, st.cell_bold)] for k, v in facts]
    table = Table(rows, colWidths=[3.6 * cm, 8 * cm], hAlign="LEFT")
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
    badge = ScoreBadge(
        ctx.score(report.overall),
        report.overall,
        _("Overall score"),
        size=120,
        critical="!" if report.critical_failure else "",
    )
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
    flow += [Spacer(1, 10), block, Spacer(1, 22)]
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
