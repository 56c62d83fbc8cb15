"""Build a labelled set of synthetic phone calls for the call check (`python -m benchmarks.calls_set`).

Each call is made of espeak-ng voices (Italian and English, several voices) whose greetings get a
designed pitch contour (espeak-ng's SSML prosody at a narrow range, then a sox pitch bend over
the end: falling, rising or flat), the national ringback cadences of Italy, the UK and the US,
hold music (synthesised chords and a melody) or a muted line, phone-band filtering and
telephone codecs (GSM via sox, low-bitrate MP3, AAC/M4A via ffmpeg, OGG Vorbis/Opus, FLAC, WAV
8-48 kHz), recorded three ways: a phone call recorder (mono, 8 kHz, both sides through the
phone), a laptop on speakerphone (the agent through a phone line, the auditor on the laptop's
wide-band microphone) and a VoIP app (stereo, one side per channel). Next to each recording a
JSON file holds the truth: rings, answer, holds, greeting span, intonation and syllable rate.

Needs espeak-ng, sox and ffmpeg (Debian packages). Files go to ~/.cache/audit-desk-bench/calls
(or $AUDIT_DESK_BENCH_CACHE/calls); a call already built is kept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf
from scipy import signal

log = logging.getLogger(__name__)

RATE = 48000
VERSION = 4  # bump to rebuild every call after a change here

# Greetings with hand-counted syllables (as spoken: no elision across words).
GREETINGS = {
    "it": [
        ("Hotel Bellavista, buongiorno, sono Giulia, come posso aiutarla", 21),
        ("Studio dentistico Rossi, buongiorno, mi dica", 14),
        ("Farmacia Centrale, buonasera, sono Marco, in cosa posso esserle utile", 26),
        ("Banca Popolare, buongiorno, sono Luca, mi dica pure", 18),
        ("Ristorante Da Mario, buonasera, prego", 13),
    ],
    "en": [
        ("Good morning, Grand Hotel, this is Anna speaking, how can I help you", 17),
        ("Thank you for calling City Dental, my name is Mark", 13),
        ("Hello, Riverside Pharmacy, Sarah speaking", 12),
        ("Good afternoon, Northern Bank, you are speaking with Peter, how may I help", 18),
        ("Westfield Motors, good morning, this is Lucy", 11),
    ],
}
LINES = {
    "it": {
        "ask": [
            "Buongiorno, vorrei sapere se avete una camera doppia per il prossimo fine settimana.",
            "Salve, volevo chiedere un'informazione sui vostri orari di apertura.",
            "Buongiorno, chiamo per avere un preventivo, per cortesia.",
        ],
        "hold": [
            "Attenda in linea un momento, per favore, verifico subito.",
            "Un attimo solo, controllo.",
        ],
        "back": [
            "Grazie per l'attesa. Sì, abbiamo disponibilità, il prezzo è di centoventi euro.",
            "Eccomi, mi scusi per l'attesa. Le confermo che siamo aperti fino alle diciannove.",
        ],
        "reply": ["Perfetto, grazie mille.", "Va bene, la ringrazio, arrivederci."],
        "bye": ["Grazie a lei, buona giornata, arrivederci.", "Prego, a presto."],
        "answer": ["Certo, mi dica pure.", "Sì, un momento che guardo."],
    },
    "en": {
        "ask": [
            "Hello, I would like to know if you have a double room for next weekend.",
            "Hi, I was wondering what your opening hours are on Saturdays.",
            "Good morning, I am calling to ask for a quote, please.",
        ],
        "hold": [
            "Could you hold for a moment, please, I will check.",
            "Just a second, let me look.",
        ],
        "back": [
            "Thank you for waiting. Yes, we have a room, the price is one hundred and twenty pounds.",
            "Sorry to keep you waiting. We are open until seven in the evening.",
        ],
        "reply": ["Perfect, thank you very much.", "All right, thanks, goodbye."],
        "bye": ["Thank you for calling, have a nice day, goodbye.", "You are welcome, bye now."],
        "answer": ["Of course, go ahead.", "Yes, one moment while I look."],
    },
}
VOICES = {
    "it": ["it", "it+f2", "it+m3", "it+f4", "it+m1"],
    "en": ["en-gb", "en-us+f3", "en-us", "en-gb+f2", "en-gb-x-rp+m3"],
}
CADENCES = {
    "it": ((425.0,), (1.0, 4.0)),
    "gb": ((400.0, 450.0), (0.4, 0.2, 0.4, 2.0)),
    "us": ((440.0, 480.0), (2.0, 4.0)),
}
# The design of each greeting's end: cents of pitch bend over its last third.
# espeak-ng still lowers its last syllable by about 1.3 semitones at the narrowest range;
# the flat design bends that back up.
CONTOUR_CENTS = {"falling": (-650, -450), "rising": (400, 600), "flat": (110, 150)}


def cache_dir() -> Path:
    """Return the folder the labelled calls are written to."""
    root = os.environ.get("AUDIT_DESK_BENCH_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "audit-desk-bench"
    return base / "calls"


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stderr.strip()[:300]}")


def _resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    if rate_in == rate_out:
        return x
    g = np.gcd(rate_in, rate_out)
    return signal.resample_poly(x, rate_out // g, rate_in // g, axis=0)


def _trim(x: np.ndarray, rate: int) -> np.ndarray:
    loud = np.flatnonzero(np.abs(x) > 0.01 * np.max(np.abs(x)))
    if not loud.size:
        return x
    return x[max(0, loud[0] - int(0.01 * rate)) : loud[-1] + int(0.01 * rate)]


BEND_FROM = 0.66  # the designed contour bends the last third of the greeting


def bend(x: np.ndarray, rate: int, start_share: float, cents: int) -> np.ndarray:
    """Return `x` with its pitch bent by `cents` over its end, by time-varying resampling.

    From `start_share` of the way in, playback speeds up (or slows down) smoothly until the
    pitch is `cents` off at the end: a clean, periodic contour whose shape is known (sox's
    phase-vocoder `bend` smeared the voicing of espeak-ng's voices beyond a pitch tracker).
    """
    start = int(len(x) * start_share)
    ramp = np.clip((np.arange(len(x)) - start) / max(1, len(x) - start), 0, 1)
    ramp = ramp * ramp * (3 - 2 * ramp)  # smooth start and end of the bend
    speed = 2 ** (cents * ramp / 1200)
    out_time = np.concatenate([[0.0], np.cumsum(1.0 / speed)[:-1]])
    grid = np.arange(0, out_time[-1])
    return np.interp(grid, out_time, x)


def speak(
    text: str, voice: str, *, speed: int, pitch: int, cents: int | None, work: Path
) -> np.ndarray:
    """Return espeak-ng saying `text` at RATE, trimmed; `cents` bends its last third's pitch."""
    key = hashlib.sha1(f"{VERSION}|{text}|{voice}|{speed}|{pitch}|{cents}".encode()).hexdigest()[
        :16
    ]
    cached = work / f"tts-{key}.wav"
    if not cached.exists():
        rng = "x-low" if cents is not None else "medium"
        ssml = f'<speak><prosody range="{rng}">{text}</prosody></speak>'
        raw = work / f"raw-{key}.wav"
        _run(
            [
                "espeak-ng",
                "-v",
                voice,
                "-s",
                str(speed),
                "-p",
                str(pitch),
                "-m",
                "-w",
                str(raw),
                ssml,
            ]
        )
        x, rate = sf.read(raw)
        x = _trim(x, rate) * 0.5
        sf.write(raw, x, rate)
        if cents:
            x = bend(x, rate, BEND_FROM, cents)
        raw.unlink()
        sf.write(cached, _resample(x, rate, RATE).astype(np.float32), RATE)
    x, _ = sf.read(cached)
    return x


def ringback(
    country: str, rings: int, cut: float | None, rng: np.random.Generator
) -> tuple[np.ndarray, float]:
    """Return the ringback tone for `rings` rings, the last cut after `cut` s of its tone."""
    freqs, pattern = CADENCES[country]
    period = sum(pattern)
    total = period * (rings - 1) + (cut if cut is not None else period)
    t = np.arange(int(total * RATE)) / RATE
    tone = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) for f in freqs) / len(freqs)
    gate = np.zeros_like(t)
    for k in range(rings):
        at = k * period
        for i, length in enumerate(pattern):
            if i % 2 == 0:
                a, b = int(at * RATE), int(min(at + length, total) * RATE)
                gate[a:b] = 1.0
            at += length
    ramp = int(0.005 * RATE)
    gate = np.convolve(gate, np.ones(ramp) / ramp, mode="same")
    return tone * gate * 0.1, total


def music(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """Return synthesised hold music: a chord pad, a bass line and a legato melody."""
    t = np.arange(int(seconds * RATE)) / RATE
    out = np.zeros_like(t)
    root = rng.choice([196.0, 220.0, 261.6, 293.7])
    progression = [0, 5, 7, 3] if rng.random() < 0.5 else [0, 7, 9, 5]
    beat = rng.uniform(0.45, 0.7)
    bar = 4 * beat
    scale = [0, 2, 4, 5, 7, 9, 11, 12]
    phase = 0.0
    melody = np.zeros_like(t)
    freq_track = np.zeros_like(t)
    for n in range(int(seconds / beat) + 1):
        a, b = int(n * beat * RATE), int((n + 1) * beat * RATE)
        freq_track[a:b] = root * 2 * 2 ** (rng.choice(scale) / 12)
    freq_track = np.convolve(freq_track, np.ones(400) / 400, mode="same")
    phase = 2 * np.pi * np.cumsum(freq_track) / RATE
    melody = 0.5 * np.sin(phase) + 0.2 * np.sin(2 * phase) + 0.1 * np.sin(3 * phase)
    for n in range(int(seconds / bar) + 1):
        a, b = int(n * bar * RATE), int(min(len(t), (n + 1) * bar * RATE))
        if a >= len(t):
            break
        chord_root = root * 2 ** (progression[n % len(progression)] / 12)
        seg = t[a:b]
        pad = sum(np.sin(2 * np.pi * chord_root * r * seg) for r in (1, 1.26, 1.5)) / 3
        bass = np.sin(2 * np.pi * chord_root / 2 * seg)
        out[a:b] += 0.5 * pad + 0.4 * bass
    out += melody
    return 0.08 * out / np.max(np.abs(out))


def noise(samples: int, level_db: float, rng: np.random.Generator) -> np.ndarray:
    """Return `samples` of pinkish noise at `level_db` dBFS RMS."""
    n = samples
    white = rng.standard_normal(n)
    pink = signal.lfilter([0.05, -0.04], [1, -0.95], white)
    return pink / (np.std(pink) + 1e-12) * 10 ** (level_db / 20)


def phone_line(x: np.ndarray) -> np.ndarray:
    """Return `x` as heard through a telephone line: 300-3400 Hz and 8 kHz mu-law."""
    sos = signal.butter(6, (300, 3400), btype="band", fs=RATE, output="sos")
    y = signal.sosfilt(sos, x)
    y8 = _resample(y, RATE, 8000)
    mu = 255.0
    comp = np.sign(y8) * np.log1p(mu * np.minimum(np.abs(y8), 1)) / np.log1p(mu)
    comp = np.round(comp * 127) / 127
    y8 = np.sign(comp) * ((1 + mu) ** np.abs(comp) - 1) / mu
    return _resample(y8, 8000, RATE)[: len(x)]


@dataclass
class Track:
    """Two sides of a call being assembled at RATE: the far end (agent) and the near (auditor)."""

    far: np.ndarray = field(default_factory=lambda: np.zeros(0))
    near: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def grow(self, seconds: float) -> None:
        n = int(seconds * RATE)
        if len(self.far) < n:
            self.far = np.concatenate([self.far, np.zeros(n - len(self.far))])
            self.near = np.concatenate([self.near, np.zeros(n - len(self.near))])

    def put(self, side: str, at: float, x: np.ndarray) -> float:
        self.grow(at + len(x) / RATE + 0.01)
        a = int(at * RATE)
        target = self.far if side == "far" else self.near
        target[a : a + len(x)] += x
        return at + len(x) / RATE


@dataclass(frozen=True)
class CallSpec:
    """One labelled call: what is said, by whom, how it is recorded and saved."""

    name: str
    lang: str
    country: str
    setup: str  # recorder | laptop | voip
    fmt: str  # wav8 | wav16 | wav44 | wav48 | gsm | flac | mp3 | m4a | ogg | opus
    intonation: str
    rings: int
    cut: bool  # the last ring cut short by the answer
    holds: tuple[tuple[str, float], ...]  # (music | silence, seconds)
    noise_step: bool  # the far end's line noise starts at the answer
    seed: int


def compose(spec: CallSpec, work: Path) -> tuple[Track, dict[str, Any]]:
    """Return the two sides of the call and its truth."""
    rng = np.random.default_rng(spec.seed)
    voices = VOICES[spec.lang]
    agent_voice = voices[spec.seed % len(voices)]
    auditor_voice = voices[(spec.seed + 2) % len(voices)]
    agent_pitch, auditor_pitch = int(rng.integers(35, 70)), int(rng.integers(25, 60))
    speed = int(rng.integers(140, 190))
    lines = LINES[spec.lang]
    track = Track()
    lead = rng.uniform(0.3, 1.5)
    _freqs, pattern = CADENCES[spec.country]
    period = sum(pattern)
    if spec.rings:
        if spec.cut:
            cut = (
                rng.uniform(0.25, pattern[0] - 0.1) if pattern[0] > 0.5 else rng.uniform(0.25, 0.35)
            )
            answer_at = (spec.rings - 1) * period + cut
        else:
            cut = None
            answer_at = (
                (spec.rings - 1) * period + sum(pattern[:-1]) + rng.uniform(0.4, pattern[-1] - 0.3)
            )
        tone, _ = ringback(
            spec.country,
            spec.rings,
            cut if spec.cut else answer_at - (spec.rings - 1) * period,
            rng,
        )
        track.put("far", lead, tone)
        answer = lead + answer_at
    else:
        answer = lead
    greeting_text, syllables = GREETINGS[spec.lang][spec.seed % len(GREETINGS[spec.lang])]
    low, high = CONTOUR_CENTS[spec.intonation]
    cents = int(rng.integers(low, high + 1))
    greeting = speak(
        greeting_text, agent_voice, speed=speed, pitch=agent_pitch, cents=cents, work=work
    )
    truth_segments = []
    t = answer + (rng.uniform(0.15, 0.4) if not spec.noise_step else rng.uniform(0.3, 0.9))
    g_start = t
    t = track.put("far", t, greeting)
    g_end = t
    truth_segments.append(("agent", g_start, g_end))

    def say(side: str, kind: str, after: float, gap: tuple[float, float]) -> float:
        # A line of `kind` on one side, a random gap after `after` (the draws keep their order).
        text = rng.choice(lines[kind])
        at = after + rng.uniform(*gap)
        voice, pitch = (
            (agent_voice, agent_pitch) if side == "far" else (auditor_voice, auditor_pitch)
        )
        x = speak(text, voice, speed=speed, pitch=pitch, cents=None, work=work)
        end = track.put(side, at, x)
        truth_segments.append(("agent" if side == "far" else "auditor", at, end))
        return end

    t = say("near", "ask", t, (0.6, 1.1))
    holds_truth = []
    muted_spans = []
    for kind, seconds in spec.holds:
        t = say("far", "hold", t, (0.5, 0.9))
        h_start = t + rng.uniform(0.3, 0.7)
        h_end = h_start + seconds
        if kind == "music":
            track.put("far", h_start, music(seconds, rng))
        else:
            muted_spans.append((h_start, h_end))
        holds_truth.append({"start_s": round(h_start, 2), "end_s": round(h_end, 2), "kind": kind})
        t = say("far", "back", h_end, (0.3, 0.7))
        t = say("near", "reply", t, (0.5, 1.0))
    if not spec.holds:
        t = say("far", "answer", t, (0.5, 0.9))
        t = say("near", "reply", t, (0.5, 1.0))
    t = say("far", "bye", t, (0.4, 0.8))
    total = t + rng.uniform(0.8, 1.5)
    track.grow(total)
    n = len(track.far)
    # The far end's line: quiet network noise while ringing, the office's noise once answered
    # (or the same level when `noise_step` is off), nothing while the agent's line is muted.
    line = noise(n, -72, rng)
    if spec.noise_step:
        office = noise(n, -52, rng)
        office[: int(answer * RATE)] = 0
        line += office
    for a, b in muted_spans:
        line[int(a * RATE) : int(b * RATE)] *= 0.05
    track.far += line
    track.near += noise(n, -68, rng)
    truth = {
        "name": spec.name,
        "lang": spec.lang,
        "country": spec.country,
        "setup": spec.setup,
        "format": spec.fmt,
        "rings": spec.rings,
        "answer_s": round(answer, 2) if spec.rings else round(g_start, 2),
        "holds": holds_truth,
        "longest_hold_s": round(max((s for _, s in spec.holds), default=0.0), 2),
        "greeting": {
            "start_s": round(g_start, 2),
            "end_s": round(g_end, 2),
            "intonation": spec.intonation,
            "cents": cents,
            "syllables": syllables,
            "speech_rate_sps": round(syllables / (g_end - g_start), 2),
            "text": greeting_text,
            "voice": agent_voice,
        },
        "segments": [
            {"speaker": who, "start_s": round(a, 2), "end_s": round(b, 2)}
            for who, a, b in sorted(truth_segments, key=lambda s: s[1])
        ],
        "duration_s": round(total, 2),
    }
    return track, truth


_FORMATS = {
    # name: (extension, sample rate, how it is written)
    "wav8": (".wav", 8000, "PCM_16"),
    "wav16": (".wav", 16000, "PCM_16"),
    "wav44": (".wav", 44100, "PCM_16"),
    "wav48": (".wav", 48000, "PCM_16"),
    "gsm": (".wav", 8000, "gsm"),
    "flac": (".flac", None, "PCM_16"),
    "mp3": (".mp3", None, "mp3"),
    "m4a": (".m4a", None, "aac"),
    "ogg": (".ogg", None, "VORBIS"),
    "opus": (".opus", None, "OPUS"),
}


def mixdown(track: Track, setup: str, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """Return the recording as the set-up hears it, and its natural sample rate."""
    far = phone_line(track.far)
    if setup == "recorder":
        near = phone_line(track.near) * 10 ** (rng.uniform(2, 6) / 20)
        return (far + near)[:, None], 8000
    if setup == "laptop":
        # The agent from the laptop's (or phone's) loudspeaker, a little room, the auditor close.
        room = np.zeros(int(0.05 * RATE))
        room[[0, int(0.011 * RATE), int(0.023 * RATE), int(0.041 * RATE)]] = [1, 0.3, 0.2, 0.1]
        heard = signal.fftconvolve(far, room)[: len(far)] * 0.6
        mix = heard + track.near * 1.2 + noise(len(far), -60, rng)
        return mix[:, None], 48000
    # VoIP: the auditor's own microphone on the left, the far end on the right, a trace of echo.
    left = track.near + 0.01 * far
    right = far if rng.random() < 0.5 else track.far  # wide-band HD voice on some calls
    return np.stack([left, right], axis=1), 48000


def _level(y: np.ndarray) -> np.ndarray:
    """Scale down a signal whose peak is over 0.95, so that no encoder clips it."""
    return y / max(1.0, float(np.max(np.abs(y))) / 0.95)


def _gsm(plain: Path, path: Path) -> None:
    _run(["sox", str(plain), "-e", "gsm-full-rate", str(path)])


def _ffmpeg(plain: Path, path: Path, codec: list[str]) -> None:
    _run(["ffmpeg", "-v", "error", "-y", "-i", str(plain), *codec, str(path)])


def write(x: np.ndarray, natural: int, fmt: str, path: Path, work: Path) -> None:
    """Write the recording in the format `fmt`."""
    ext, rate, how = _FORMATS[fmt]
    rate = rate or natural
    if fmt in ("ogg", "opus") and rate not in (8000, 12000, 16000, 24000, 48000) and how == "OPUS":
        rate = 48000
    y = _level(_resample(x, RATE, rate))
    if how == "gsm":
        plain = work / "gsm-in.wav"
        sf.write(plain, y, rate, subtype="PCM_16")
        _gsm(plain, path)
        plain.unlink()
        return
    # Lossy codecs through ffmpeg: libsndfile 1.2's MP3 and Vorbis writers crashed on long
    # stereo calls here (reading them is fine).
    codecs = {
        "mp3": ["-c:a", "libmp3lame", "-b:a", "24k" if rate <= 16000 else "48k"],
        "aac": ["-c:a", "aac", "-b:a", "24k" if rate <= 16000 else "64k"],
        "VORBIS": ["-c:a", "libvorbis", "-q:a", "1"],
        "OPUS": ["-c:a", "libopus", "-b:a", "24k"],
    }
    if how in codecs:
        plain = work / "lossy-in.wav"
        sf.write(plain, y, rate, subtype="PCM_16")
        _ffmpeg(plain, path, codecs[how])
        plain.unlink()
        return
    sf.write(path, y, rate, subtype=how, format="FLAC" if ext == ".flac" else "WAV")


def specs() -> list[CallSpec]:
    """Return the 48 calls of the labelled set: every set-up, format, country and intonation."""
    by_setup = {
        "recorder": ["wav8", "gsm", "mp3", "m4a", "flac", "ogg", "opus", "wav16"],
        "laptop": ["wav48", "wav44", "flac", "mp3", "m4a", "ogg", "opus", "wav16"],
        "voip": ["wav16", "wav48", "flac", "opus", "m4a", "mp3", "ogg", "wav44"],
    }
    hold_plans = [
        (("music", 24.0),),
        (("silence", 12.0),),
        (),
        (("music", 65.0),),
        (("silence", 8.0), ("music", 15.0)),
        (("music", 9.0),),
    ]
    out = []
    n = 0
    for round_ in range(2):
        for setup, formats in by_setup.items():
            for fmt in formats:
                seed = 1000 + n
                out.append(
                    CallSpec(
                        name=f"call{n:02d}-{setup}-{fmt}",
                        lang=("it", "en")[(n + round_) % 2],
                        country=("it", "gb", "us")[n % 3],
                        setup=setup,
                        fmt=fmt,
                        intonation=("falling", "rising", "flat")[(n // 3 + n) % 3],
                        rings=1 + (n * 7) % 6,
                        cut=n % 4 == 1,
                        holds=hold_plans[n % len(hold_plans)],
                        noise_step=n % 5 != 2,
                        seed=seed,
                    )
                )
                n += 1
    return out


def existing(folder: Path | None = None) -> list[tuple[Path, dict[str, Any]]]:
    """Return the (recording, truth) pairs already built, without building any."""
    folder = folder or cache_dir()
    pairs = []
    for label in sorted(folder.glob("call*.json")):
        truth = json.loads(label.read_text())
        audio = label.with_suffix(_FORMATS[truth["format"]][0])
        if truth.get("version") == VERSION and audio.exists():
            pairs.append((audio, truth))
    return pairs


def build(
    folder: Path | None = None, *, only: int | None = None
) -> list[tuple[Path, dict[str, Any]]]:
    """Build (or reuse) the labelled calls and return (recording, truth) pairs."""
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for tool in ("espeak-ng", "sox", "ffmpeg"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"the labelled calls need {tool} (apt install {tool})")
    work = folder / "tts"
    work.mkdir(exist_ok=True)
    pairs = []
    for spec in specs()[:only]:
        ext = _FORMATS[spec.fmt][0]
        audio = folder / f"{spec.name}{ext}"
        label = folder / f"{spec.name}.json"
        if label.exists() and audio.exists():
            truth = json.loads(label.read_text())
            if truth.get("version") == VERSION:
                pairs.append((audio, truth))
                continue
        track, truth = compose(spec, work)
        mix, natural = mixdown(track, spec.setup, np.random.default_rng(spec.seed + 1))
        with tempfile.TemporaryDirectory() as tmp:
            write(mix, natural, spec.fmt, audio, Path(tmp))
        truth["version"] = VERSION
        truth["channels"] = mix.shape[1]
        label.write_text(json.dumps(truth, indent=1))
        pairs.append((audio, truth))
        log.info("built %s", audio.name)
    return pairs


def main(argv: list[str] | None = None) -> int:
    """Build the set and print where it is."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.calls_set")
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--only", type=int, default=None, help="build only the first N calls")
    parser.add_argument(
        "--fixtures", type=Path, default=None, metavar="FOLDER", help="write the test fixtures"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.fixtures:
        for path in make_fixtures(args.fixtures):
            print(f"{path} {path.stat().st_size // 1024} KB")
        return 0
    pairs = build(args.folder, only=args.only)
    print(f"{len(pairs)} labelled calls in {(args.folder or cache_dir())}")
    return 0


# The small calls committed under tests/data/calls (rebuild: python -m benchmarks.calls_set --fixtures).
FIXTURES = (
    (
        CallSpec(
            "it-recorder",
            "it",
            "it",
            "recorder",
            "flac",
            "falling",
            2,
            False,
            (("silence", 7.0),),
            True,
            7001,
        ),
        ("flac", "ogg", "mp3", "m4a", "gsm"),
    ),
    (
        CallSpec(
            "gb-voip", "en", "gb", "voip", "opus", "rising", 2, True, (("music", 7.0),), True, 7002
        ),
        ("opus",),
    ),
    (
        CallSpec("us-laptop", "en", "us", "laptop", "ogg", "flat", 1, False, (), True, 7004),
        ("ogg",),
    ),
)
_FIXTURE_RATES = {"voip": 16000, "laptop": 16000, "recorder": 8000}
# ffmpeg's codec arguments for the fixtures' lossy formats: the lowest rates that still decode well.
_SMALL_CODECS = {
    "mp3": ["-c:a", "libmp3lame", "-b:a", "16k"],
    "m4a": ["-c:a", "aac", "-b:a", "16k"],
    "ogg": ["-c:a", "libvorbis", "-q:a", "0"],
    "opus": ["-c:a", "libopus", "-b:a", "24k"],
}


def make_fixtures(folder: Path) -> list[Path]:
    """Write the test fixtures (small, low rate) and their truth files into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    work = cache_dir() / "tts"
    work.mkdir(parents=True, exist_ok=True)
    written = []
    for spec, formats in FIXTURES:
        track, truth = compose(spec, work)
        mix, _ = mixdown(track, spec.setup, np.random.default_rng(spec.seed + 1))
        rate = _FIXTURE_RATES[spec.setup]
        truth["channels"] = mix.shape[1]
        truth["sample_rate"] = rate
        (folder / f"{spec.name}.json").write_text(json.dumps(truth, indent=1) + "\n")
        for fmt in formats:
            ext = _FORMATS[fmt][0]
            path = folder / (f"{spec.name}-gsm{ext}" if fmt == "gsm" else f"{spec.name}{ext}")
            with tempfile.TemporaryDirectory() as tmp:
                _write_small(mix, rate, fmt, path, Path(tmp))
            written.append(path)
    return written


def _write_small(x: np.ndarray, rate: int, fmt: str, path: Path, work: Path) -> None:
    """Write a fixture at `rate` with small bit rates (the test data stays well under 1.5 MB)."""
    y = _level(_resample(x, RATE, rate))
    plain = work / "in.wav"
    sf.write(plain, y, rate, subtype="PCM_16")
    if fmt == "flac":
        sf.write(path, y, rate, format="FLAC", subtype="PCM_16")
    elif fmt == "gsm":
        _gsm(plain, path)
    elif fmt in _SMALL_CODECS:
        _ffmpeg(plain, path, _SMALL_CODECS[fmt])
    else:
        raise ValueError(fmt)


if __name__ == "__main__":
    sys.exit(main())
