"""Headings in Title Case: false alarms and slips found, on the short texts of the measured sets.

A site's headings, menus and buttons are often written in Title Case ("Book Your Stay At Our
Hotel"), where every word is capitalised and so, to a speller, looks like a name. The sets hold
few such lines, so this benchmark makes them from the sets' own short texts (two to ten words:
labels, buttons, titles; real text, Title-Cased here, every word's first letter raised) and
prints, for each set and language:

- the false alarms per 100 words of our check on the Title-Cased texts, beside the same texts as
  written and beside bare Hunspell (the reference, run on the same Title-Cased words);
- the share of generated slips found when planted in a capitalised word after a line's first
  (one per text, on a word Hunspell knows, with the slips of the accuracy benchmark), and that
  of the slips planted in the same texts as written, in the same word left in small letters.

The Title Case is ours and so are the slips: the figures say what the rule does on headings made
from real text, not how often real headings hold a slip. Opt-in like the accuracy benchmark (it
reads the same sets): `python -m benchmarks.text_titlecase round31 round32 fresh`.
"""

from __future__ import annotations

import argparse
import random
import sys

from auditor.checks.text import check_text, hunspell
from auditor.checks.text.tokenize import split_words, url_spans
from benchmarks.text_measure import _slip, _spelling_alarm, engine_mode, messages

MIN_WORDS = 2
MAX_WORDS = 10
SEED = 29


def _raise_first(word: str) -> str:
    return word[:1].upper() + word[1:]


def title_cased(text: str, lang: str) -> str:
    """Return the text with every word's first letter raised ("Book your stay": "Book Your
    Stay"), the rest of each word as written."""
    out, last = [], 0
    for w in split_words(text, lang, url_spans(text)):
        out.append(text[last : w.start] + _raise_first(w.text))
        last = w.end
    return "".join(out) + text[last:]


def short_texts(material: str, lang: str) -> list[str]:
    """Return the set's texts of MIN_WORDS to MAX_WORDS words, once each."""
    seen: dict[str, None] = {}
    for text in messages(material, lang, material):
        if MIN_WORDS <= len(text.split()) <= MAX_WORDS:
            seen.setdefault(text.strip(), None)
    return list(seen)


def _alarms(texts: list[str], lang: str) -> int:
    return sum(1 for t in texts for f in check_text(t, lang=lang).findings if _spelling_alarm(f))


def _bare(texts: list[str], lang: str) -> int:
    """Bare Hunspell's unknown words, every word but acronyms spelt (a heading's too)."""
    hun = hunspell.dictionary(lang)
    return sum(
        1
        for t in texts
        for w in split_words(t, lang, url_spans(t))
        if len(w.text) > 1 and not w.text.isupper() and not hun.check(w.text)
    )


def _planted(texts: list[str], lang: str, seed: int) -> list[tuple[str, str, int]]:
    """Return (text as written with a slip, the same Title-Cased, where the slip starts)."""
    hun = hunspell.dictionary(lang)
    rng = random.Random(seed)
    out = []
    for t in texts:
        words = [
            w
            for w in split_words(t, lang, url_spans(t))[1:]
            if w.text.islower() and w.text.isalpha() and len(w.text) >= 3 and hun.check(w.text)
        ]
        if not words:
            continue
        w = rng.choice(words)
        typed, _kind = _slip(w.text, lang, rng)
        if typed == w.text or hun.check(typed) or hun.check(_raise_first(typed)):
            continue
        written = t[: w.start] + typed + t[w.end :]
        out.append((written, title_cased(written, lang), w.start))
    return out


def _found(text: str, lang: str, start: int) -> bool:
    return any(
        _spelling_alarm(f) and f.start == start for f in check_text(text, lang=lang).findings
    )


def measure(material: str, lang: str) -> dict[str, float]:
    """Return the figures of one set and language (see the module's docstring)."""
    texts = short_texts(material, lang)
    titled = [title_cased(t, lang) for t in texts]
    words = sum(len(t.split()) for t in texts)
    planted = _planted(texts, lang, SEED)
    per = 100 / max(words, 1)
    return {
        "texts": len(texts),
        "words": words,
        "alarms_written": _alarms(texts, lang) * per,
        "alarms_titled": _alarms(titled, lang) * per,
        "bare_titled": _bare(titled, lang) * per,
        "slips": len(planted),
        "found_written": sum(_found(a, lang, s) for a, _b, s in planted) / max(len(planted), 1),
        "found_titled": sum(_found(b, lang, s) for _a, b, s in planted) / max(len(planted), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("materials", nargs="+", help="sets as --material names them")
    args = parser.parse_args(argv)
    with engine_mode("hunspell"):
        for material in args.materials:
            for lang in ("it", "en"):
                m = measure(material, lang)
                print(
                    f"{material:10} {lang} texts {m['texts']:5} words {m['words']:6}  "
                    f"alarms/100w as written {m['alarms_written']:.2f}, Title Case "
                    f"{m['alarms_titled']:.2f} (bare Hunspell {m['bare_titled']:.2f})  "
                    f"slips {m['slips']:4} found as written {m['found_written']:.1%}, "
                    f"in Title Case {m['found_titled']:.1%}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
