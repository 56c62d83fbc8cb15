"""Read the metrics into suggested findings, each message saying what was measured."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from auditor.checks.base import SEVERITY_RANK, CheckFinding
from auditor.checks.image import thresholds as t
from auditor.checks.image.analysis import soft_cue
from auditor.i18n import translator
from auditor.model import Severity

log = logging.getLogger(__name__)

_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def _tables_say_low(m: dict[str, Any]) -> bool:
    quality, confidence = m["jpeg_quality"], m["jpeg_quality_confidence"]
    return (
        quality is not None
        and confidence is not None
        and confidence >= t.QUALITY_CONFIDENCE
        and quality < t.QUALITY_MINOR
    )


def _tables_say_high(m: dict[str, Any]) -> bool:
    quality, confidence = m["jpeg_quality"], m["jpeg_quality_confidence"]
    return (
        quality is not None
        and (confidence or 0) >= t.QUALITY_CONFIDENCE
        and quality >= t.QUALITY_TRUSTED
    )


def _camera_tables(m: dict[str, Any]) -> bool:
    return (
        m["jpeg_quality"] is not None and (m["jpeg_quality_confidence"] or 0) < t.QUALITY_CONFIDENCE
    )


def _own_grid_step(m: dict[str, Any], trusted_high: bool) -> float | None:
    """Return the grid step (grey levels) under which the tables say the last save made the grid,
    or None when they do not tell.

    Tables of the file's own (a camera's, or an editor's such as Lightroom's; not the scaled
    standard ones libraries write): a modest grid under a grey level cannot be seen, nor one no
    stronger than a save with the same tables leaves on the same pixels; an earlier heavy save
    under them would have left flat blocks (a far higher ratio and steps). Standard
    tables of a web export's usual quality (Q60-74): such a save leaves a grid of its own, and an
    earlier heavier save larger steps.
    """
    if _camera_tables(m):
        # Their quality cannot be read: the grid one save with them leaves on these pixels is
        # made again and measured instead (analysis: own_save_grid_step).
        own = m.get("own_save_grid_step")
        return t.FAINT_GRID_STEP if own is None else max(t.FAINT_GRID_STEP, t.OWN_SAVE_MARGIN * own)
    if trusted_high and m["jpeg_quality"] < t.OWN_GRID_QUALITY:
        return t.OWN_GRID_STEP
    return None


def _compression(m: dict[str, Any], _: Any) -> CheckFinding | None:
    quality = m["jpeg_quality"]
    if _tables_say_low(m):
        severity = Severity.MAJOR if quality < t.QUALITY_MAJOR else Severity.MINOR
        message = _(
            "JPEG quality about {quality} (photos for a report are saved at 70 or more): "
            "blocks and smeared detail show."
        ).format(quality=quality)
        return CheckFinding("over_compressed", severity, message)
    block = m["blockiness"]
    if m.get("screen_like", False) and m["format"] != "JPEG":
        # A screenshot saved losslessly: grid steps could only come from a JPEG photo inside it,
        # and the picture is drawn, not photographed (a window of text on an 8 px pitch).
        return None
    # Tables that confidently read a high quality rule out strong grid steps from THIS save; smooth
    # scenes (walls, sky) read 1.6-1.9 from the faint steps any JPEG has, which is not a defect.
    # Stronger steps under high-quality tables are an earlier bad save and still count.
    trusted_high = _tables_say_high(m)
    own = _own_grid_step(m, trusted_high)
    if own is not None and block < t.CAMERA_GRID_BLOCKINESS and m.get("grid_step", own) < own:
        return None  # the last save's own modest grid: an earlier heavy save leaves more
    # Steps under a grey level above the others cannot be seen: on a smooth sky or fog, the faint
    # grid of a light save reads a high ratio over next to nothing (0.1-0.6 levels). Such a grid
    # is at most minor, so it never hides a blur finding (which then replaces it, see `judge`).
    faint = trusted_high and m.get("grid_step", t.FAINT_GRID_STEP) < t.FAINT_GRID_STEP
    if block >= (t.BLOCKINESS_MAJOR if trusted_high else t.BLOCKINESS_MINOR):
        major = block >= t.BLOCKINESS_MAJOR and not faint
        severity = Severity.MAJOR if major else Severity.MINOR
        message = _(
            "Steps on the 8x8 JPEG grid {blockiness} times stronger than elsewhere (clean images "
            "read 1.0-1.3): saved from a heavily compressed JPEG."
        ).format(blockiness=block)
        return CheckFinding("over_compressed", severity, message)
    return None


def _noise(m: dict[str, Any], _: Any) -> CheckFinding | None:
    sigma = m["noise_sigma"]
    if sigma < t.NOISE_MINOR:
        return None
    texture = m.get("noise_texture_ratio")
    if texture is not None and texture >= t.NOISE_TEXTURE_RATIO:
        return None  # the reading grows at a coarser scale: fine scene texture, not noise
    severity = Severity.MAJOR if sigma >= t.NOISE_MAJOR else Severity.MINOR
    message = _(
        "Noise {sigma} grey levels (clean photos read under 4): grainy, as in low light "
        "or with digital zoom."
    ).format(sigma=f"{sigma:.1f}")
    return CheckFinding("noisy", severity, message)


def _blur_small(m: dict[str, Any], _: Any) -> CheckFinding | None:
    """Judge a picture too small for tiles on the whole of it (the resample test alone)."""
    iso = m["resample_psnr"]
    if iso >= t.BLUR_PSNR or (
        iso >= t.SOFT_PSNR and m["relative_sharpness"] < t.SOFT_RELATIVE_SHARPNESS
    ):
        expected = max(1, round(t.SHARP_RELATIVE * m["contrast"] ** 2, -1))
        message = _(
            "Sharpness {sharpness} (a sharp photo with this contrast reads over {expected}); "
            "resample test {psnr} dB (sharp photos read under 38): no detail at the picture's own "
            "size. Out of focus, or enlarged from a smaller image."
        ).format(sharpness=f"{m['sharpness']:.0f}", expected=f"{expected:.0f}", psnr=f"{iso:.1f}")
        return CheckFinding("blurry", Severity.MAJOR, message)
    return None


def _edges_smeared(m: dict[str, Any]) -> bool:
    """Return False when the strong edges across the weak axis are as sharp as the others.

    Shake smears the edges across its motion (9 px: step over rise 1.10-1.12, against 1.55-1.64
    the other way); parallel pine needles hold less detail along one axis, but what edges they
    have there are as sharp as the others (1.30 against 1.17), or too few to read (needles all one
    way): shake is named only when the smeared edges are seen.
    """
    h, v = m.get("edge_sharpness_h"), m.get("edge_sharpness_v")
    if h is None or v is None:
        return False
    weak, other = (h, v) if m["detail_ratio_h"] <= m["detail_ratio_v"] else (v, h)
    return weak * t.EDGE_SHAKE_RATIO <= other


def _blur(m: dict[str, Any], _: Any) -> CheckFinding | None:
    ratio = m["detail_ratio"]
    if ratio is None:
        return _blur_small(m, _)
    if not m["has_structure"]:
        return None  # a clear sky, a blank wall: nothing a lens could have blurred
    share = f"{100 * (m['in_focus_share'] or 0):.0f}"
    cue = soft_cue(
        ratio,
        m["band_ratios"]["2"],
        m.get("top_band"),
        m.get("resample_trace"),
        m["noise_sigma"],
    )
    if cue is not None:
        if _camera_soft(m):
            return None
        return _soft_finding(m, cue, ratio, share, _)
    if m.get("screen_like", False):
        return None  # drawn: no camera to shake, and lines of text are unbalanced by nature
    shake = min(m["detail_ratio_h"], m["detail_ratio_v"])
    if shake <= -t.MOTION_IMBALANCE and ratio < t.MOTION_RATIO and _edges_smeared(m):
        direction = (
            _("horizontally") if m["detail_ratio_h"] <= m["detail_ratio_v"] else _("vertically")
        )
        message = _(
            "Fine detail is lost {direction} where the picture is sharpest (fine detail ratio "
            "{ratio}, in focus: {share}% of the frame): camera shake or a moving subject."
        ).format(direction=direction, ratio=f"{ratio:.2f}", share=share)
        return CheckFinding("blurry", Severity.MAJOR, message)
    return None


def _holds_a_page(m: dict[str, Any]) -> bool:
    """Return True when the detail a picture holds is enough for a printed page."""
    return max(m["detail_width"], m["detail_height"]) >= t.PAGE_DETAIL


def _zoom(m: dict[str, Any]) -> float:
    """Return the camera's digital zoom (1.0 without one, or for a file no camera wrote as it is;
    metrics stored before the camera was read have no such key)."""
    return m.get("digital_zoom") or 1.0


def _camera_soft(m: dict[str, Any]) -> bool:
    """Return True for a soft picture that holds a page's detail as its camera wrote it, unzoomed.

    Such a file was not enlarged, by a program or by the camera's digital zoom; what is left of
    "a phone's processing, a slight focus miss or an enlargement" cannot show on a report's page.
    """
    return m.get("camera") is not None and _zoom(m) == 1.0 and _holds_a_page(m)


def _soft_finding(m: dict[str, Any], cue: str, ratio: float, share: str, _: Any) -> CheckFinding:
    """Word the finding of a picture with no fine detail after the cue that was measured.

    The detail ratio names it when it is under the line; an enlargement that keeps its ratio near
    the line is named by its empty top band (and its repeating spectrum), and saying "photos in
    focus read 0.33 or more" beside a ratio of 0.41 would contradict the finding.
    """
    dw, dh = m["detail_width"], m["detail_height"]
    values = {
        "ratio": f"{ratio:.2f}",
        "focus": f"{t.FOCUS_RATIO:.2f}",
        "share": share,
        "top": f"{m.get('top_band') or 0:.4f}",
        "empty": f"{t.TOP_BAND_EMPTY if cue == 'top' else t.RESAMPLED_TOP:.3f}",
        "trace": f"{m.get('resample_trace') or 0:.2f}",
        "camera": f"{t.RESAMPLED_TRACE:.2f}",
        "dw": dw,
        "dh": dh,
        "zoom": f"{_zoom(m):.1f}".removesuffix(".0"),
        "model": m.get("camera") or "",
    }
    page = _holds_a_page(m)
    if _zoom(m) > 1.0:
        # The file says what enlarged it: the camera's own digital zoom (a crop of the sensor
        # enlarged to full size). Naming it tells the auditor what to do next time: step closer.
        # Whichever cue named it, the detail held is the measure to give (a ratio near the line
        # beside "photos in focus read 0.33 or more" would read as a contradiction).
        if page:
            message = _(
                "Enlarged {zoom} times by the digital zoom of the {model}: it holds the detail of "
                "about {dw}x{dh}, enough for a printed page, not for a crop or a full-size view. "
                "Step closer instead of zooming."
            )
        else:
            message = _(
                "Enlarged {zoom} times by the digital zoom of the {model}: it holds the detail of "
                "about {dw}x{dh} only, less than a printed page needs. Step closer instead of "
                "zooming."
            )
        severity = Severity.MINOR if page else Severity.MAJOR
        return CheckFinding("blurry", severity, message.format(**values))
    if page:
        # Soft at 100 % yet holding a page's worth of detail: most phone photos (noise
        # reduction, small lenses), a slight focus miss on a large sensor, a modest
        # enlargement. Worth knowing before a crop or a full-screen view; not an alarm.
        if cue == "detail":
            message = _(
                "Soft at full size: where the picture is sharpest, its finest detail is {ratio} "
                "of the next coarser detail (photos in focus read {focus} or more), yet it holds "
                "the detail of about {dw}x{dh}: enough for a printed page, not for a crop or a "
                "full-size view. A phone's processing, a slight focus miss or an enlargement."
            )
        else:
            message = _(
                "Soft at full size: where the picture is sharpest, the finest detail its size "
                "could hold is missing (spectral power above 0.3 cycles per pixel: {top} of that "
                "at 0.1-0.2; pictures at their own size read {empty} or more), yet it holds the "
                "detail of about {dw}x{dh}: enough for a printed page, not for a crop or a "
                "full-size view. An enlargement, or a phone's processing."
            )
        return CheckFinding("blurry", Severity.MINOR, message.format(**values))
    if cue == "detail" and share == "0":
        message = _(
            "Nothing in the frame is in focus: where the picture is sharpest, its finest detail "
            "is {ratio} of the next coarser detail (photos in focus read {focus} or more; in "
            "focus: {share}% of the frame). Out of focus, or enlarged from a smaller image."
        )
    elif cue == "detail":
        message = _(
            "Almost nothing is in focus: where the picture is sharpest, its finest detail is "
            "{ratio} of the next coarser detail (photos in focus read {focus} or more; only "
            "{share}% of the frame reaches that). Out of focus, or enlarged from a smaller image."
        )
    elif cue == "top":
        message = _(
            "Enlarged from a smaller image: where the picture is sharpest, the finest detail its "
            "size could hold is missing (spectral power above 0.3 cycles per pixel: {top} of "
            "that at 0.1-0.2; pictures at their own size read {empty} or more)."
        )
    else:
        message = _(
            "Enlarged from a smaller image: where the picture is sharpest, the finest detail its "
            "size could hold is missing (spectral power above 0.3 cycles per pixel: {top} of "
            "that at 0.1-0.2; pictures at their own size read {empty} or more), and its spectrum "
            "repeats with an enlargement's period (resampling trace {trace}; camera photos read "
            "under {camera})."
        )
    return CheckFinding("blurry", Severity.MAJOR, message.format(**values))


def _resolution(m: dict[str, Any], _: Any) -> CheckFinding | None:
    dw, dh = m["detail_width"], m["detail_height"]
    long_side = max(dw, dh)
    if long_side >= t.MIN_LONG_SIDE:
        return None
    if m.get("screen_like", False) and (dw, dh) == (m["width"], m["height"]):
        return None  # a dialog or a window grab: small because it is small, not a photo
    severity = Severity.MAJOR if long_side < t.TINY_LONG_SIDE else Severity.MINOR
    if (dw, dh) != (m["width"], m["height"]):
        message = _(
            "Stored at {width}x{height} pixels but holds the detail of about {dw}x{dh}: "
            "enlarged from a smaller image, or soft."
        ).format(width=m["width"], height=m["height"], dw=dw, dh=dh)
    else:
        message = _(
            "{width}x{height} pixels: small for a report photo (about {minimum} pixels on the "
            "long side are needed for half a printed page)."
        ).format(width=m["width"], height=m["height"], minimum=t.MIN_LONG_SIDE)
    return CheckFinding("low_resolution", severity, message)


def judge(metrics: dict[str, Any], lang: str = "en") -> list[CheckFinding]:
    """Return the findings the metrics support, most serious first."""
    _ = translator(lang)
    if max(metrics["width"], metrics["height"]) < t.MIN_MEASURED_SIDE:
        resolution = _resolution(metrics, _)
        return [] if resolution is None else [resolution]
    compression = _compression(metrics, _)
    noise = _noise(metrics, _)
    findings = [f for f in (compression, noise) if f is not None]
    # Heavy compression and heavy noise both defeat the blur measures: report those alone.
    unreliable = any(f.severity is Severity.MAJOR for f in findings)
    blur = None if unreliable else _blur(metrics, _)
    if blur is not None:
        findings.append(blur)
        if (
            compression is not None
            and compression.severity is Severity.MINOR
            and not _tables_say_low(metrics)
        ):
            # Soft pictures have so little detail that even faint JPEG steps stand out.
            findings.remove(compression)
    resolution = _resolution(metrics, _)
    if resolution is not None:
        findings.append(resolution)
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], t.RULE_ORDER.index(f.rule)))
    if lang == "it":
        # The measures are formatted once, with a point; an Italian reader writes "0,24".
        findings = [replace(f, message=_DECIMAL_POINT.sub(",", f.message)) for f in findings]
    return findings


def verdict(findings: list[CheckFinding]) -> str:
    """Return "ok" without findings, else the rule of the most serious one."""
    return findings[0].rule if findings else "ok"
