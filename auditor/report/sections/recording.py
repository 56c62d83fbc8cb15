"""A phone visit's call recording in the report: its figures, the waveform and the greeting's pitch.

Pictures only: the audio stays in the workspace and never reaches the client's PDF.
"""

from __future__ import annotations

import io
import logging

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
)

from auditor.report import styles
from auditor.report.data import PrintImage, TouchpointReport
from auditor.report.images import fit
from auditor.report.sections.common import Context, heading, label_table

log = logging.getLogger(__name__)

PITCH_BOX = (styles.FRAME_WIDTH * 0.55, 150.0)


def _picture(image: PrintImage, box: tuple[float, float]) -> Image:
    width, height = fit(image.width, image.height, box)
    return Image(io.BytesIO(image.data), width=width, height=height, hAlign="LEFT")


def recording_block(ctx: Context, t: TouchpointReport) -> list[Flowable]:
    """Return the recording's figures and pictures (nothing when the visit has no recording)."""
    view = t.recording
    if view is None:
        return []
    _, st = ctx._, ctx.st
    flow: list[Flowable] = [CondPageBreak(220), heading(ctx, _("Call recording"), 1, toc=False)]
    flow += [label_table(ctx, view.lines), Spacer(1, 6)]
    if view.waveform is not None:
        caption = _(
            "The call over {length}: the ringing tone in yellow, holds in pink, the greeting in "
            "blue and the answer as a green line; below the sound, who spoke: the staff member in "
            "dark blue, the auditor in ochre."
        ).format(length=view.length)
        box = (styles.FRAME_WIDTH, 140.0)
        flow.append(KeepTogether([_picture(view.waveform, box), Paragraph(caption, st.caption)]))
        flow.append(Spacer(1, 6))
    if view.pitch is not None:
        caption = _(
            "The pitch of the greeting over {span}, in semitones around the speaker's usual "
            "pitch: a measurement to confirm by listening, never a judgement of the person."
        ).format(span=view.greeting_span)
        flow.append(KeepTogether([_picture(view.pitch, PITCH_BOX), Paragraph(caption, st.caption)]))
    return flow
