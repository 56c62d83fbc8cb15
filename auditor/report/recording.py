"""A call recording for the client: its figures in words and two pictures, never the audio.

The waveform (with rings, holds, the greeting, the answer and who spoke marked) and the greeting's
pitch curve are drawn here with Pillow as PNG bytes, so the snapshot stays plain data and the
renderer only places them. The window shows the same lines (`figure_lines`).
"""

from __future__ import annotations

import io
import logging
from typing import Any

from PIL import Image, ImageDraw

from auditor.i18n import Translate, decimal_text
from auditor.report.data import PrintImage, RecordingView
from auditor.report.details import duration, hold_row

log = logging.getLogger(__name__)

WAVE_SIZE = (1800, 360)  # pixels: printed about 16 cm wide, some 200 dpi
PITCH_SIZE = (900, 300)
LANE = 36  # the speakers' lane under the wave, in pixels
COLOURS = {
    "background": (255, 255, 255),
    "wave": (90, 107, 123),
    "ring": (255, 226, 140),
    "hold": (240, 200, 202),
    "greeting": (205, 221, 238),
    "answer": (31, 122, 58),
    "agent": (31, 78, 121),
    "auditor": (176, 138, 46),
    "grid": (220, 220, 220),
}


def _number(value: float, lang: str, digits: int = 1) -> str:
    return decimal_text(f"{value:.{digits}f}", lang)


def figure_lines(
    metrics: dict[str, Any], _: Translate, lang: str, *, precise: bool = False
) -> list[tuple[str, str]]:
    """Return the recording's figures as labelled lines (seconds to one decimal with `precise`)."""

    def seconds(value: float) -> str:
        if precise:
            return _("{seconds} s").format(seconds=_number(value, lang))
        return duration(value, _)

    rows: list[tuple[str, str]] = []
    answer = metrics.get("answer_s")
    rings = int(metrics.get("rings") or 0)
    if answer is None:
        rows.append((_("Answered"), _("no answer in the recording")))
    else:
        text = (
            _("after {wait} (1 ring)") if rings == 1 else _("after {wait} ({rings} rings)")
        ).format(wait=seconds(float(answer)), rings=rings)
        rows.append((_("Answered"), text))
    holds = metrics.get("holds") or []
    rows.append(hold_row([seconds(h["end_s"] - h["start_s"]) for h in holds], _))
    greeting = metrics.get("greeting")
    if greeting:
        tunes = {"falling": _("falling"), "rising": _("rising"), "flat": _("flat")}
        rows.append(
            (
                _("Greeting"),
                _(
                    "{intonation} intonation, pitch range {range} semitones, "
                    "{rate} syllables a second"
                ).format(
                    intonation=tunes.get(greeting.get("intonation"), "–"),
                    range=_number(float(greeting.get("pitch_range_st") or 0), lang),
                    rate=_number(float(greeting.get("speech_rate_sps") or 0), lang),
                ),
            )
        )
    rows.append((_("Recording length"), seconds(float(metrics.get("duration_s") or 0))))
    return rows


def _png(image: Image.Image) -> PrintImage:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return PrintImage(out.getvalue(), image.width, image.height)


def waveform_picture(
    envelope: tuple[float, list[float], list[float]],
    metrics: dict[str, Any],
    rings: list[tuple[float, float]],
) -> PrintImage | None:
    """Return the waveform with its marks as a PNG (None without a duration)."""
    total = float(metrics.get("duration_s") or 0)
    if total <= 0:
        return None
    width, height = WAVE_SIZE
    image = Image.new("RGB", WAVE_SIZE, COLOURS["background"])
    draw = ImageDraw.Draw(image)
    wave_height = height - LANE

    def x(seconds: float) -> float:
        return 4 + (width - 8) * min(max(seconds, 0.0), total) / total

    def band(start: float, end: float, colour: tuple[int, int, int]) -> None:
        draw.rectangle([x(start), 0, max(x(start) + 1, x(end)), wave_height], fill=colour)

    for start, end in rings:
        band(start, end, COLOURS["ring"])
    for hold in metrics.get("holds") or []:
        band(hold["start_s"], hold["end_s"], COLOURS["hold"])
    greeting = metrics.get("greeting")
    if greeting:
        band(greeting["start_s"], greeting["end_s"], COLOURS["greeting"])
    middle = wave_height / 2
    draw.line([4, middle, width - 4, middle], fill=COLOURS["grid"], width=1)
    step, lows, highs = envelope
    top = max(max(highs, default=0.0), -min(lows, default=0.0)) or 1.0
    if step > 0:
        for n, (low, high) in enumerate(zip(lows, highs, strict=True)):
            at = x(n * step)
            top_y = middle - high / top * (middle - 6)
            bottom_y = middle - low / top * (middle - 6)
            draw.line([at, top_y, at, max(top_y + 1, bottom_y)], fill=COLOURS["wave"])
    for segment in metrics.get("segments") or []:
        colour = COLOURS.get(segment.get("speaker", ""), COLOURS["wave"])
        draw.rectangle(
            [x(segment["start_s"]), wave_height + 8, x(segment["end_s"]), height - 8], fill=colour
        )
    answer = metrics.get("answer_s")
    if answer is not None:
        draw.line([x(answer), 0, x(answer), wave_height], fill=COLOURS["answer"], width=5)
    return _png(image)


def pitch_picture(times: list[float], values: list[float | None]) -> PrintImage | None:
    """Return the greeting's pitch curve (semitones over time) as a PNG (None when unvoiced)."""
    voiced = [(t, v) for t, v in zip(times, values, strict=False) if v is not None]
    if len(voiced) < 2:
        return None
    width, height = PITCH_SIZE
    image = Image.new("RGB", PITCH_SIZE, COLOURS["background"])
    draw = ImageDraw.Draw(image)
    t0, t1 = voiced[0][0], voiced[-1][0]
    low = min(v for _t, v in voiced) - 1
    high = max(v for _t, v in voiced) + 1

    def point(t: float, v: float) -> tuple[float, float]:
        return (
            10 + (width - 20) * (t - t0) / max(t1 - t0, 1e-6),
            10 + (height - 20) * (high - v) / (high - low),
        )

    for semitone in range(int(low), int(high) + 1):
        if semitone % 2 == 0:
            y = point(t0, semitone)[1]
            draw.line([10, y, width - 10, y], fill=COLOURS["grid"], width=1)
    run: list[tuple[float, float]] = []
    for t, v in [*zip(times, values, strict=False), (None, None)]:
        if v is None or t is None:
            if len(run) > 1:
                draw.line(run, fill=COLOURS["agent"], width=5, joint="curve")
            run = []
        else:
            run.append(point(t, v))
    return _png(image)


def recording_view(
    analysis: dict[str, Any] | None, metrics: dict[str, Any], _: Translate, lang: str
) -> RecordingView:
    """Return what the report prints of a recording: its lines and its two pictures."""
    from auditor.report.recording_detail import envelope, pitch_curve, ring_spans

    times, values = pitch_curve(analysis)
    greeting = metrics.get("greeting")
    return RecordingView(
        lines=tuple(figure_lines(metrics, _, lang)),
        waveform=waveform_picture(envelope(analysis), metrics, ring_spans(analysis)),
        pitch=pitch_picture(times, values),
        length=duration(float(metrics.get("duration_s") or 0), _),
        greeting_span=duration(greeting["end_s"] - greeting["start_s"], _) if greeting else "",
    )
