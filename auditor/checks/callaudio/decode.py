"""Decode a call recording into a small float32 signal, streamed and decimated on the way in.

libsndfile (through `soundfile`) reads WAV, FLAC, OGG (Vorbis, Opus) and MP3 by their content,
whatever the file is called. M4A/AAC go through PyAV when it is installed, else through the
system's `ffmpeg` program. A 48 kHz stereo file is read in blocks, low-pass filtered and
decimated to at most 16 kHz block by block, so a long call never sits in memory at full rate
(a 5-minute 48 kHz stereo call is 38 MB as 16 kHz float32, against 230 MB read whole as float64).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import signal

from auditor.checks.callaudio.errors import CallAudioError
from auditor.errors import file_reason
from auditor.i18n import Translate, translator

log = logging.getLogger(__name__)

MAX_SECONDS = 3 * 3600.0
MIN_SECONDS = 1.0
MIN_RATE, MAX_RATE = 8000, 48000
TARGET_RATE = 16000  # enough for the phone band (300-3400 Hz) and the laptop microphone's 4-8 kHz
BLOCK_SECONDS = 10.0
SILENT_PEAK = 10 ** (-70 / 20)  # nothing louder than -70 dBFS anywhere: a blank recording
Cancelled = Callable[[], bool]
Progress = Callable[[float], None]

# The first bytes of each container we know, to tell a misnamed file from a damaged one.
_MAGIC = (
    (b"RIFF", "WAV"),
    (b"RF64", "WAV"),
    (b"fLaC", "FLAC"),
    (b"OggS", "OGG"),
    (b"ID3", "MP3"),
    (b"FORM", "AIFF"),
)
_EXTENSIONS = {
    ".wav": "WAV",
    ".wave": "WAV",
    ".flac": "FLAC",
    ".ogg": "OGG",
    ".oga": "OGG",
    ".opus": "OGG",
    ".mp3": "MP3",
    ".m4a": "M4A",
    ".mp4": "M4A",
    ".aac": "AAC",
    ".aif": "AIFF",
    ".aiff": "AIFF",
}


@dataclass(frozen=True)
class Decoded:
    """A decoded recording: float32 samples (frames x channels) at `sample_rate`."""

    samples: np.ndarray  # shape (n, channels), float32, peak-normalised only by the codec
    sample_rate: int  # after decimation (at most 16 kHz)
    source_rate: int  # as recorded
    channels: int
    duration_s: float
    format: str  # the container found by content: WAV, FLAC, OGG, MP3, M4A, AAC...
    note: str | None = None  # e.g. "an MP3 file named .wav", decoded anyway

    def mono(self) -> np.ndarray:
        """Return the channels averaged into one float32 signal."""
        if self.channels == 1:
            return self.samples[:, 0]
        return self.samples.mean(axis=1, dtype=np.float32)


def sniff(head: bytes) -> str | None:
    """Return the container the first bytes announce (WAV, FLAC, OGG, MP3, M4A...), or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "M4A"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return "AAC"  # ADTS
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "MP3"  # an MPEG audio frame sync without an ID3 tag
    return None


def _describe_foreign(head: bytes, _: Translate) -> str | None:
    """Return what a non-audio file looks like (a PDF, an image...), for the message."""
    known = {
        b"%PDF": _("a PDF document"),
        b"\x89PNG": _("a PNG image"),
        b"\xff\xd8\xff": _("a JPEG image"),
        b"GIF8": _("a GIF image"),
        b"PK\x03\x04": _("a ZIP archive or office document"),
        b"SQLite format 3": _("an SQLite database"),
    }
    for magic, what in known.items():
        if head.startswith(magic):
            return what
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return _("a text file")


def _antialias(rate: int, factor: int) -> np.ndarray | None:
    if factor == 1:
        return None
    cutoff = 0.45 * rate / factor
    return signal.butter(8, cutoff, fs=rate, output="sos").astype(np.float32)


class _Decimator:
    """Low-pass and keep every `factor`-th frame, carrying the filter state across blocks."""

    def __init__(self, rate: int, channels: int, frames: int | None = None) -> None:
        self.factor = max(1, rate // TARGET_RATE)
        self.rate = rate // self.factor
        self._sos = _antialias(rate, self.factor)
        self._zi = (
            None if self._sos is None else np.zeros((self._sos.shape[0], 2, channels), np.float32)
        )
        self._phase = 0  # where the next kept frame falls in the next block
        # Filled in place when the header gives the length: no second copy at the end.
        expected = 0 if frames is None else frames // self.factor + 1
        self._out = np.zeros((expected, channels), np.float32)
        self._used = 0

    def _keep(self, kept: np.ndarray) -> None:
        end = self._used + len(kept)
        if end > len(self._out):
            grown = np.zeros((max(end, 2 * len(self._out)), self._out.shape[1]), np.float32)
            grown[: self._used] = self._out[: self._used]
            self._out = grown
        self._out[self._used : end] = kept
        self._used = end

    def feed(self, block: np.ndarray) -> None:
        block = np.asarray(block, dtype=np.float32)
        if self._sos is None:
            self._keep(block)
            return
        filtered, self._zi = signal.sosfilt(self._sos, block, axis=0, zi=self._zi)
        self._keep(filtered[self._phase :: self.factor])
        self._phase = (self._phase - len(block)) % self.factor

    def result(self, channels: int) -> np.ndarray:
        return self._out[: self._used]


def _check_header(name: str, rate: int, channels: int, frames: float, _: Translate) -> None:
    if channels < 1 or rate <= 0:
        raise CallAudioError(
            _("{name} declares no audio ({channels} channels at {rate} Hz)").format(
                name=name, channels=channels, rate=rate
            )
        )
    if channels > 2:
        raise CallAudioError(
            _(
                "{name} has {channels} channels; a call recording is mono or stereo (one side each)"
            ).format(name=name, channels=channels)
        )
    if not MIN_RATE <= rate <= MAX_RATE:
        raise CallAudioError(
            _(
                "{name} is sampled at {rate} Hz; call recordings from 8 to 48 kHz are accepted"
            ).format(name=name, rate=rate)
        )
    seconds = frames / rate
    if seconds > MAX_SECONDS:
        length = f"{int(seconds // 3600)}:{int(seconds % 3600 // 60):02d}:{int(seconds % 60):02d}"
        raise CallAudioError(
            _(
                "{name} lasts {length}; a recording over 3 hours is refused "
                "(cut out the call first)"
            ).format(name=name, length=length)
        )


def _tick(
    cancelled: Cancelled | None, progress: Progress | None, done: float, _: Translate
) -> None:
    if cancelled is not None and cancelled():
        raise CallAudioError(_("the analysis was cancelled"))
    if progress is not None:
        progress(min(1.0, max(0.0, done)))


def _with_soundfile(
    path: Path, name: str, cancelled: Cancelled | None, progress: Progress | None, _: Translate
) -> tuple[np.ndarray, int, int, int, str] | None:
    """Return (samples, rate, source rate, channels, format), or None when libsndfile can't."""
    import soundfile

    try:
        info = soundfile.info(str(path))
    except (soundfile.LibsndfileError, RuntimeError, TypeError) as exc:
        log.debug("libsndfile refuses %s: %s", name, exc)
        return None
    _check_header(name, info.samplerate, info.channels, info.frames, _)
    decimator = _Decimator(info.samplerate, info.channels, info.frames)
    block = int(BLOCK_SECONDS * info.samplerate)
    total = max(1, info.frames)
    done = 0
    try:
        with soundfile.SoundFile(str(path)) as handle:
            # read() rather than blocks(): libsndfile cannot seek in some codecs (GSM in WAV).
            while len(chunk := handle.read(block, dtype="float32", always_2d=True)):
                decimator.feed(chunk)
                done += len(chunk)
                _tick(cancelled, progress, done / total, _)
    except (soundfile.LibsndfileError, RuntimeError) as exc:
        if done == 0:
            # Whether libsndfile fails on the header or on the first block depends on where the
            # damage lies: say the same either way.
            kind = _short_format(info.format)
            log.info("libsndfile cannot decode %s: %s", name, exc)  # its words are a developer's
            raise CallAudioError(
                _("{name} looks like {kind} audio but is damaged and cannot be decoded").format(
                    name=name, kind=kind
                )
            ) from None
        # A file cut short mid-write still holds the call up to the cut: keep what decoded.
        log.warning("%s: decoding stopped after %.1f s: %s", name, done / info.samplerate, exc)
    return (
        decimator.result(info.channels),
        decimator.rate,
        info.samplerate,
        info.channels,
        info.format,
    )


def _av_frames(container, stream) -> Iterator[np.ndarray]:  # type: ignore[no-untyped-def]
    import av

    resampler = av.AudioResampler(format="flt", layout=stream.layout.name, rate=stream.rate)
    for packet in container.demux(stream):
        for frame in packet.decode():
            for out in resampler.resample(frame):
                yield out.to_ndarray().reshape(-1, stream.channels)
    for out in resampler.resample(None):
        yield out.to_ndarray().reshape(-1, stream.channels)


def _with_pyav(
    path: Path, name: str, cancelled: Cancelled | None, progress: Progress | None, _: Translate
) -> tuple[np.ndarray, int, int, int, str] | None:
    """Decode with PyAV (FFmpeg's libraries); None when it cannot open the file at all."""
    import av

    try:
        container = av.open(str(path))
    except (av.FFmpegError, OSError, ValueError) as exc:
        log.debug("PyAV refuses %s: %s", name, exc)
        return None
    with container:
        if not container.streams.audio:
            raise CallAudioError(_("{name} has no sound track").format(name=name))
        stream = container.streams.audio[0]
        rate, channels = stream.rate or 0, stream.channels or 0
        seconds = (container.duration or 0) / 1_000_000
        _check_header(name, rate, channels, seconds * rate, _)
        decimator = _Decimator(rate, channels, int(seconds * rate))
        total = max(1.0, seconds * rate)
        done = 0
        try:
            for chunk in _av_frames(container, stream):
                decimator.feed(chunk)
                done += len(chunk)
                if done > MAX_SECONDS * rate:  # the header lied about the length
                    _check_header(name, rate, channels, done, _)
                _tick(cancelled, progress, done / total, _)
        except av.FFmpegError as exc:
            if done == 0:
                log.info("FFmpeg cannot decode %s: %s", name, exc)
                raise CallAudioError(
                    _("{name} is damaged and cannot be decoded").format(name=name)
                ) from None
            log.warning("%s: decoding stopped after %.1f s: %s", name, done / rate, exc)
        kind = "M4A" if "mp4" in container.format.name else container.format.name.upper()
        return decimator.result(channels), decimator.rate, rate, channels, kind


def _ffmpeg_probe(ffprobe: str | None, path: Path) -> tuple[int, int, float] | None:
    if ffprobe is None:
        return None
    command = [
        ffprobe,
        "-v",
        "error",
        "-select_streams",
        "a:0",
        "-show_entries",
        "stream=sample_rate,channels:format=duration",
        "-of",
        "default=noprint_wrappers=1",
        str(path),
    ]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    values = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    try:
        return int(values["sample_rate"]), int(values["channels"]), float(values["duration"])
    except (KeyError, ValueError):
        return None


def _with_ffmpeg(
    path: Path, name: str, cancelled: Cancelled | None, progress: Progress | None, _: Translate
) -> tuple[np.ndarray, int, int, int, str] | None:
    """Decode through the system's ffmpeg program; None when it is not installed."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    probed = _ffmpeg_probe(shutil.which("ffprobe"), path)
    if probed is None:
        raise CallAudioError(
            _("{name} is damaged or has no sound track that ffmpeg can read").format(name=name)
        )
    rate, channels, seconds = probed
    _check_header(name, rate, channels, seconds * rate, _)
    decimator = _Decimator(rate, channels)
    command = [ffmpeg, "-v", "error", "-i", str(path), "-map", "0:a:0", "-f", "f32le", "-"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        frame_bytes = 4 * channels
        block = int(BLOCK_SECONDS * rate) * frame_bytes
        done = 0
        try:
            while data := proc.stdout.read(block):
                usable = len(data) - len(data) % frame_bytes
                decimator.feed(np.frombuffer(data[:usable], np.float32).reshape(-1, channels))
                done += usable // frame_bytes
                _tick(cancelled, progress, done / max(1.0, seconds * rate), _)
        except CallAudioError:
            proc.kill()
            raise
        proc.wait()
    if done == 0:
        raise CallAudioError(
            _("{name} is damaged and cannot be decoded (ffmpeg read no audio)").format(name=name)
        )
    return decimator.result(channels), decimator.rate, rate, channels, "M4A"


def _pyav_available() -> bool:
    try:
        import av  # noqa: F401
    except ImportError:
        return False
    return True


def decode_call(
    path: str | Path,
    *,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
    lang: str = "en",
) -> Decoded:
    """Return the recording at `path` decoded and decimated, or raise CallAudioError saying why
    (in `lang`)."""
    _ = translator(lang)
    path = Path(path)
    name = path.name or str(path)
    if path.is_dir():
        raise CallAudioError(
            _("cannot read {file}: {reason}").format(
                file=name, reason=_("it is a folder, not a recording")
            )
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise CallAudioError(
            _("cannot read {file}: {reason}").format(file=name, reason=file_reason(exc, _))
        ) from None
    if size == 0:
        raise CallAudioError(_("{name} is empty (0 bytes)").format(name=name))
    found = sniff(head)
    claimed = _EXTENSIONS.get(path.suffix.lower())
    if found is None and (foreign := _describe_foreign(head, _)) is not None:
        raise CallAudioError(
            _(
                "{name} is not an audio recording: it looks like {what} "
                "(WAV, MP3, OGG, FLAC or M4A expected)"
            ).format(name=name, what=foreign)
        )
    decoded = _with_soundfile(path, name, cancelled, progress, _)
    if decoded is None and found in (None, "M4A", "AAC", "MP3"):
        if _pyav_available():
            decoded = _with_pyav(path, name, cancelled, progress, _)
        else:
            decoded = _with_ffmpeg(path, name, cancelled, progress, _)
            if decoded is None and found in ("M4A", "AAC"):
                raise CallAudioError(
                    _(
                        "{name} is {kind}: reading it needs PyAV (pip install av) or the ffmpeg "
                        "program, and neither is installed"
                    ).format(name=name, kind=found)
                )
    if decoded is None:
        if found is not None:
            raise CallAudioError(
                _("{name} looks like {kind} audio but is damaged and cannot be decoded").format(
                    name=name, kind=found
                )
            )
        raise CallAudioError(
            _(
                "{name} is not an audio recording in a known format (WAV, MP3, OGG, FLAC or M4A)"
            ).format(name=name)
        )
    samples, rate, source_rate, channels, kind = decoded
    kind = _short_format(kind)
    note = None
    if claimed is not None and claimed != kind and {claimed, kind} != {"M4A", "AAC"}:
        note = _("{name} is {kind} audio named {suffix}; decoded by its content").format(
            name=name, kind=kind, suffix=path.suffix
        )
        log.info(note)
    duration = len(samples) / rate
    if duration < MIN_SECONDS:
        raise CallAudioError(
            _("{name} holds {seconds} s of audio: too short to be a call").format(
                name=name, seconds=f"{duration:.2f}"
            )
            if duration > 0
            else _("{name} holds no audio frames").format(name=name)
        )
    peak = float(max(samples.max(), -samples.min())) if samples.size else 0.0
    if not np.isfinite(peak):
        raise CallAudioError(_("{name} is damaged: its samples are not numbers").format(name=name))
    if peak < SILENT_PEAK:
        raise CallAudioError(
            _("{name} is silent: nothing louder than -70 dBFS in {seconds} s").format(
                name=name, seconds=f"{duration:.0f}"
            )
        )
    return Decoded(samples, rate, source_rate, channels, duration, kind, note)


def _short_format(kind: str) -> str:
    upper = kind.upper()
    for short in ("WAV", "FLAC", "OGG", "MP3", "M4A", "AAC", "AIFF"):
        if short in upper:
            return short
    if "MPEG" in upper:
        return "MP3"
    if "MOV" in upper or "MP4" in upper:
        return "M4A"
    return upper
