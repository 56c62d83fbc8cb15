"""Taking a call recording in: read the file, check its size and type, decode and measure it.

Slow (the whole call is decoded and analysed), so the window runs it off its thread; the result,
a `RecordingIntake`, is what `AddRecording` stores once the audit's consent allows it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import ValidationError, file_reason
from auditor.i18n import translator
from auditor.recordings import MAX_RECORDING_BYTES

log = logging.getLogger(__name__)

_BY_SUFFIX = {
    ".wav": "audio/wav",
    ".wave": "audio/wav",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".mp4": "audio/mp4",
    ".aac": "audio/aac",
    ".aif": "audio/aiff",
    ".aiff": "audio/aiff",
}


def sniff_mime(data: bytes, name: str = "") -> str | None:
    """Return the audio type the bytes say they are (their name only as a last resort)."""
    head = data[:16]
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:4] == b"fLaC":
        return "audio/flac"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "audio/aiff"
    if head[:4] == b"OggS":
        return "audio/ogg"
    if head[4:8] == b"ftyp":
        return "audio/mp4"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE6 == 0xE2):
        return "audio/mpeg"
    if len(head) > 1 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return "audio/aac"
    return _BY_SUFFIX.get(Path(name).suffix.lower())


@dataclass(frozen=True)
class RecordingIntake:
    """A recording read, verified and measured, ready for AddRecording."""

    data: bytes = field(repr=False)
    filename: str
    mime: str
    sha256: str
    duration_s: float
    analysis: dict[str, Any]


def take_in_recording(
    path: Path | str,
    *,
    country: str = "it",
    lang: str = "en",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RecordingIntake:
    """Read, decode and measure a call recording; raise an AuditorError with a clear message."""
    from auditor.checks.callaudio import analyse_call_detail

    _ = translator(lang)
    source = Path(path).expanduser()
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise ValidationError(
            _("Cannot read {path}: {reason}").format(path=source, reason=file_reason(exc, _))
        ) from None
    if size == 0:
        raise ValidationError(_("{name} is empty.").format(name=source.name))
    if size > MAX_RECORDING_BYTES:
        raise ValidationError(
            _("{name} is {size} MB: recordings of at most {limit} MB are kept.").format(
                name=source.name, size=size // (1024 * 1024), limit=MAX_RECORDING_BYTES // 2**20
            )
        )

    def advance(fraction: float) -> None:
        if progress is not None:
            progress(int(fraction * 100), 100, _("Analysing the recording"))

    result, detail = analyse_call_detail(
        source, country=country, lang=lang, progress=advance, cancelled=cancelled
    )
    data = source.read_bytes()
    mime = sniff_mime(data, source.name)
    if mime is None:
        raise ValidationError(
            _("{name} is not a recording this application keeps.").format(name=source.name)
        )
    metrics = dict(result.metrics)
    duration = float(metrics.get("duration_s") or 0.0)
    if duration <= 0:
        raise ValidationError(_("{name} holds no sound.").format(name=source.name))
    return RecordingIntake(
        data=data,
        filename=source.name,
        mime=mime,
        sha256=hashlib.sha256(data).hexdigest(),
        duration_s=duration,
        analysis={
            "country": country,
            "metrics": metrics,
            "findings": [finding.to_json() for finding in result.findings],
            "detail": detail.to_json(),
        },
    )
