"""Read the pictures' data a call analysis keeps: the waveform envelope, the pitch, the rings.

The window and the report both draw from it. The data is `CallDetail.to_json()` of
`auditor.checks.callaudio` (kept as the recording's `analysis["detail"]`); anything missing or
malformed reads as nothing to draw, never as an error.
"""

from __future__ import annotations

from typing import Any


def _detail(analysis: dict[str, Any] | None) -> dict[str, Any]:
    detail = (analysis or {}).get("detail")
    return detail if isinstance(detail, dict) else {}


def _floats(values: Any) -> list[float | None]:
    if not isinstance(values, list):
        return []
    return [
        float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None for v in values
    ]


def envelope(analysis: dict[str, Any] | None) -> tuple[float, list[float], list[float]]:
    """Return (seconds per point, minima, maxima) of the waveform envelope (-1..1)."""
    detail = _detail(analysis)
    step = detail.get("envelope_hop_s")
    lows = [v or 0.0 for v in _floats(detail.get("envelope_min"))]
    highs = [v or 0.0 for v in _floats(detail.get("envelope_max"))]
    count = min(len(lows), len(highs))
    if not isinstance(step, int | float) or step <= 0 or not count:
        return 0.0, [], []
    return float(step), lows[:count], highs[:count]


def pitch_curve(analysis: dict[str, Any] | None) -> tuple[list[float], list[float | None]]:
    """Return (times in seconds, semitones; None where unvoiced) of the greeting's pitch."""
    detail = _detail(analysis)
    times = _floats(detail.get("pitch_times"))
    values = _floats(detail.get("pitch_semitones"))
    pairs = [(t, v) for t, v in zip(times, values, strict=False) if t is not None]
    return [t for t, _v in pairs], [v for _t, v in pairs]


def ring_spans(analysis: dict[str, Any] | None) -> list[tuple[float, float]]:
    """Return each ringback burst's (start, end) in seconds."""
    spans = _detail(analysis).get("rings")
    out = []
    for span in spans if isinstance(spans, list) else []:
        values = _floats(span) if isinstance(span, list) else []
        if len(values) == 2 and None not in values:
            out.append((values[0], values[1]))
    return out
