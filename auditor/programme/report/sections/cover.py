"""The programme report's cover: client, wave, when and by how many visits, the chain average."""

from __future__ import annotations

import logging

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from auditor.programme.report.sections.common import ProgrammeContext, user
from auditor.report import labels, styles
from auditor.report.charts import ScoreBadge
from auditor.report.sections.cover import beside_badge, facts_table, title_block

log = logging.getLogger(__name__)


def build(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the cover page (the band on top is the page template's)."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [Paragraph(_("Programme report").upper(), st.kicker)]
    flow.append(title_block(Paragraph(user(report.client_name, 200), st.title), report.client_logo))
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
    table = facts_table(st, facts, (4.2 * cm, 7.4 * cm))
    badge = ScoreBadge(
        ctx.score(report.chain_average), report.chain_average, _("Chain average"), size=120
    )
    flow += [Spacer(1, 10), beside_badge(table, badge)]
    # One page whatever the names typed: shrunk, never split.
    return [KeepInFrame(styles.FRAME_WIDTH, styles.COVER_FRAME_HEIGHT, flow, mode="shrink")]
