"""Call check speed and memory (`python -m benchmarks call_speed`).

A 5-minute 48 kHz stereo WAV call made like the labelled set's (espeak-ng voices, three Italian
rings, two holds of music and one of silence; needs espeak-ng) analysed end to end, against a bare `soundfile.read` of the same file in the same run;
and the peak memory (tracemalloc) of the analysis against the size of the file read whole as
float64, which the streamed, decimated decode avoids.
"""

from __future__ import annotations

import logging
import tempfile
import tracemalloc
from pathlib import Path

import numpy as np
import soundfile as sf

from auditor.checks.callaudio import analyse_call
from benchmarks.calls_set import RATE, CallSpec, cache_dir, compose, mixdown
from benchmarks.common import median_ms, row

log = logging.getLogger(__name__)

BUDGET_MS = 3000.0
SECONDS = 300


def five_minute_call(path: Path, work: Path) -> dict:
    """Write a 5-minute 48 kHz stereo VoIP call of the labelled kind and return its truth."""
    spec = CallSpec(
        name="speed",
        lang="en",
        country="it",
        setup="voip",
        fmt="wav48",
        intonation="falling",
        rings=3,
        cut=False,
        holds=(("music", 100.0), ("silence", 45.0), ("music", 90.0)),
        noise_step=True,
        seed=4242,
    )
    track, truth = compose(spec, work)
    mix, _ = mixdown(track, spec.setup, np.random.default_rng(1))
    n = SECONDS * RATE
    mix = np.concatenate([mix, np.zeros((max(0, n - len(mix)), 2))])[:n]
    mix += np.random.default_rng(2).standard_normal(mix.shape) * 3e-4
    sf.write(path, mix / max(1.0, float(np.abs(mix).max()) / 0.95), RATE, subtype="PCM_16")
    return truth


def run() -> list[dict]:
    """Return the call speed and memory rows."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "call-5min-48k-stereo.wav"
        work = cache_dir() / "tts"
        work.mkdir(parents=True, exist_ok=True)
        five_minute_call(path, work)
        decode = median_ms(lambda: sf.read(path), runs=5)
        analyse = median_ms(lambda: analyse_call(path), runs=5)
        result = analyse_call(path)
        log.info("bench call: %s", {k: result.metrics[k] for k in ("rings", "answer_s")})
        tracemalloc.start()
        analyse_call(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        whole = SECONDS * RATE * 2 * 8 / 1e6
    return [
        row("call: bare decode of a 5-min 48 kHz stereo WAV (soundfile.read)", decode),
        row(
            "call: analyse a 5-min 48 kHz stereo WAV (decode included)",
            analyse,
            BUDGET_MS,
            decode,
            "bare decode",
        ),
        row("call: peak memory of the analysis (tracemalloc)", peak / 1e6, whole / 2, unit="MB"),
        row("call: the same file read whole as float64, for scale", whole, unit="MB"),
    ]
