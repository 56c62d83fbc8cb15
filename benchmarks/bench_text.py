"""Text check figures: a 300-word e-mail, dictionary loading, accuracy on the labelled corpus."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from auditor.checks.text import check_text
from auditor.checks.text.evaluation import evaluate
from auditor.checks.text.lexicon import Lexicon
from auditor.checks.text.spelling import speller
from benchmarks.common import median_ms, row

log = logging.getLogger(__name__)

BUDGET_MS = 100.0
DATA = Path(__file__).resolve().parents[1] / "tests" / "auditor" / "checks" / "text" / "data"


def email_300_words() -> str:
    """Return a realistic Italian reply of about 300 words with a few planted errors."""
    parts = [
        DATA / "clean" / "it_14.txt",
        DATA / "planted" / "it_06.txt",
        DATA / "clean" / "it_11.txt",
    ]
    return "\n".join(p.read_text("utf-8") for p in parts)


def _load_ms() -> float:
    started = time.perf_counter()
    for lang in ("it", "en"):
        _ = Lexicon(lang).broad  # the wordfreq list loads on first need: count it here
    return (time.perf_counter() - started) * 1000


def run() -> list[dict]:
    """Return the text check rows."""
    text = email_300_words()
    words = check_text(text, lang="it")  # warm-up: dictionaries load once
    log.info("bench e-mail: %s words", words.metrics["words"])
    load = min(_load_ms() for _ in range(3))

    def cold() -> None:
        # empty the per-word verdict cache so a previous run does not flatter the figure
        speller("it")._cache.clear()
        speller("it")._suggested.clear()
        check_text(text, lang="auto", brands=["Caldotech"])

    check = median_ms(cold, runs=9)
    rows = [
        row(f"text: check a {words.metrics['words']}-word e-mail", check, BUDGET_MS),
        row(
            f"text: load it + en word lists (once per process; engine {speller('it').engine})", load
        ),
    ]
    for lang in ("it", "en"):
        result = evaluate(DATA, lang)
        rows.append(row(f"text: planted errors found ({lang})", result.recall, unit="%"))
        rows.append(
            row(
                f"text: false alarms per 200 words ({lang})",
                result.false_alarms_per_200_words,
                unit="/200w",
            )
        )
    return rows


if __name__ == "__main__":
    for r in run():
        unit = r.get("unit", "ms")
        print(f"{r['name']:<52} {r['median_ms']:>8.2f} {unit:<6} budget {r['budget_ms']}")
