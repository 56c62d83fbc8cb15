"""Build the shipped broad word lists from wordfreq (a developer tool, not run by the app).

pyspellchecker's Italian list misses thousands of ordinary words (dottoressa, radiografie,
supplemento, escursioni): on fresh business text it raised 3.7 false alarms per 200 words.
wordfreq's "large" lists (Wikipedia, subtitles, news, web; CC BY-SA 4.0) know them. We keep
the words at or above a Zipf frequency: low enough to know rare business words, high enough
that misspellings (which sit mostly below it) stay unknown. Measured on 1,900 random one-edit
typos of words from our Italian corpus: the word list alone accepted 3.1 % of them, with this
list at Zipf 1.5 4.3 %, at 2.0 3.5 %. English misspellings are far more frequent on the web
(recieve 2.75, alot 3.93), so English keeps only common words.

Web text also holds common misspellings (disaggio, sucesso, propio). A word is left out when a
word one edit away is at least NEIGHBOUR_GAP Zipf units (100 times) more frequent: disaggio 1.55
against disagio 4.42 goes, while inflections stay (radiografie 2.83 / radiografia 3.24, and the
widest gap among 20 sampled rare business words was 1.67, anodo / nodo).

Run: `pip install wordfreq && python -m auditor.checks.text.build_wordlist`
"""

from __future__ import annotations

import gzip
import logging
import math
import re
import sys

from auditor.resources import resource_path

log = logging.getLogger(__name__)

MIN_ZIPF = {"it": 1.5, "en": 3.3}
NEIGHBOUR_GAP = 2.0
_WORD = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?$")


def build(lang: str) -> int:
    """Write resources/dictionaries/<lang>_wordfreq.words.gz and return how many words it holds."""
    from wordfreq import get_frequency_dict  # only the developer needs wordfreq

    zipf = {
        w: math.log10(f) + 9
        for w, f in get_frequency_dict(lang, wordlist="large").items()
        if _WORD.match(w)
    }
    threshold = MIN_ZIPF[lang]
    index = _neighbour_index(zipf, threshold + NEIGHBOUR_GAP)
    words = sorted(
        w for w, z in zipf.items() if z >= threshold and not _shadowed(w, z + NEIGHBOUR_GAP, index)
    )
    path = resource_path("dictionaries", f"{lang}_wordfreq.words.gz")
    # mtime=0 keeps the file byte-identical between builds (no churn in git)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(words) + "\n").encode("utf-8"))
    log.info("%s: %d words at Zipf >= %s -> %s", lang, len(words), threshold, path)
    return len(words)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _neighbour_index(zipf: dict[str, float], floor: float) -> dict[str, tuple[float, str]]:
    """Map each frequent word and its one-letter deletions to the most frequent source word."""
    index: dict[str, tuple[float, str]] = {}
    for word, z in zipf.items():
        if z < floor:
            continue
        for key in _deletes(word) | {word}:
            if key not in index or index[key][0] < z:
                index[key] = (z, word)
    return index


def _shadowed(word: str, at_least: float, index: dict[str, tuple[float, str]]) -> bool:
    """Return True when a far more frequent word is one edit away (symmetric-delete match)."""
    for key in _deletes(word) | {word}:
        hit = index.get(key)
        if hit is not None and hit[0] >= at_least and hit[1] != word:
            return True
    return False


def main() -> int:
    """Build every language's list and print the counts."""
    for lang in MIN_ZIPF:
        print(f"{lang}: {build(lang)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
