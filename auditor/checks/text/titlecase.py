"""Headings, menus and buttons written in Title Case ("Book Your Stay At Our Hotel").

A capitalised word inside a sentence is read as a name and never spelt, so a slip in a heading
written in Title Case ("Click Here To Downlaod Our Brochure", "Chi Siamo - Prenotazoni") went
unseen: the place a client's visitors read first. A line is Title Case when no word of four
letters or more in it is in small letters and its small words are capitalised too: one of its
words after the first at least is a function word written with a capital ("Book Your Stay",
"Welcome To Hotel Vittoria", "Chi Siamo"). A line of names ("Boschetto Campacci", "Hotel
Vittoria") is not, nor a program's menu in the style that keeps small words small ("Configure
Konsole", "Open with Okular"), where the capitalised words are mostly names. Its capitalised
words are then spelt as words, and the spelling rules still leave alone what they leave alone at
a sentence's start: a known name, a name the text writes elsewhere in its prose, a word of the
other language, and a word with nothing close (a name the dictionaries lack).

Measured side by side on every text set (docs/checks/text.md, the twenty-seventh round): taking
any capitalised known word as the sign of Title Case ("Save Changes") cost 170 English alarms,
most of them programs' names in software catalogues' menus, for a few more slips found in
two-word labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from auditor.checks.text.tokenize import Word

# Capitalised function words after a line's first that make it Title Case
TITLE_SMALL_MIN = 1
# A word this long in small letters makes a line prose ("Our rooms have a view"): articles and
# short prepositions stay small in many styles ("Welcome to Hotel Vittoria")
PROSE_WORD = 4


def _capitalised(w: Word) -> bool:
    return len(w.text) > 1 and w.text[0].isupper() and w.text[1:].islower()


def _lines(words: Sequence[Word], text: str) -> Iterator[list[Word]]:
    """Yield the words of each sentence, a line break ending one too."""
    line: list[Word] = []
    for w in words:
        if line and (w.sentence_start or "\n" in text[line[-1].end : w.start]):
            yield line
            line = []
        line.append(w)
    if line:
        yield line


def title_case_starts(
    words: Sequence[Word],
    text: str,
    small_word: Callable[[str], bool],
    given_name: Callable[[str], bool] = lambda _word: False,
) -> frozenset[int]:
    """Return the starts of the capitalised words, after each line's first, of the lines
    written in Title Case; `small_word` tells a lowercase function word (to, our, di),
    `given_name` a name the dictionary knows only capitalised: the word after it is a surname
    ("Vincenzo Reale, Simone Solinas": a translators' credits line), left to the name rules."""
    found: set[int] = set()
    for line in _lines(words, text):
        if any(w.text.isalpha() and len(w.text) >= PROSE_WORD and w.text.islower() for w in line):
            continue
        caps = [w for w in line[1:] if _capitalised(w)]
        if sum(1 for w in caps if small_word(w.lower)) < TITLE_SMALL_MIN:
            continue
        after_name = {
            b.start
            for a, b in pairwise(line)
            if text[a.end : b.start] == " " and _capitalised(a) and given_name(a.text)
        }
        found.update(w.start for w in caps if w.start not in after_name)
    return frozenset(found)
