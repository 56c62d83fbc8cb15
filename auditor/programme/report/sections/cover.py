"""The programme report's cover: client, wave, when and by how many visits, the chain average."""

from __future__ import annotations

import io
import logging

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, KeepInFrame, Paragraph, Spacer, Table

from auditor.programme.report.sections.common import ProgrammeContext, user
from auditor.report import labels, styles
from auditor.report.charts import ScoreBadge
from auditor.report.images import LOGO_BOX, fit

log = logging.getLogger(__name__)


def build(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the cover page (the band on top is the page template's)."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [Paragraph(_("Programme report").upper(), st.kicker)]
    name = Paragraph(user(report.client_name, 200), st.title)
    if report.client_logo:
        w, h = fit(report.client_logo.width, report.client_logo.height, LOGO_BOX)
        logo = Image(io.BytesIO(report.client_logo.data), width=w, height=h)
        top = Table(
            [[name, logo]], colWidths=[styles.FRAME_WIDTH - LOGO_BOX[0] - 10, LOGO_BOX[0] + 10]
        )
        top.setStyle(
            styles.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flow.append(top)
    else:
        flow.append(name)
    flow.append(Paragraph(_("Wave {wave}").format(wave=user(report.wave)), st.subtitle))
    wave = report.current
    facts = [
        (_("Visit dates"), (wave.visited if wave else "") or "–"),
        (
            _("Locations visited"),
            _("{visited} of {locations}").format(
                visited=wave.visits if wave else 0, locations=wave.locations if wave else 0
            ),
        ),
        (_("Auditors"), str(wave.auditors if wave else 0)),
        (_("Waves"), str(len(report.waves))),
        (_("Report date"), labels.long_date(_, report.report_date)),
    ]
    rows = [[Paragraph(k.upper(), st.head_cell), Paragraph(v, st.cell_bold)] for k, v in facts]
    table = Table(rows, colWidths=[4.2 * cm, 7.4 * cm], hAlign="LEFT")
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
        ctx.score(report.chain_average), report.chain_average, _("Chain average"), size=120
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
    flow += [Spacer(1, 10), block]
    # One page whatever the names typed: shrunk, never split.
    return [KeepInFrame(styles.FRAME_WIDTH, styles.COVER_FRAME_HEIGHT, flow, mode="shrink")]
