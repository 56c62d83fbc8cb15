"""Corrections for an unknown word: up to two edits away, ranked by how a typist errs.

A typist slips onto a neighbouring key, doubles or drops a letter, swaps two letters or gets an
accent wrong far more often than they type an unrelated letter; the ranking prices each edit
accordingly (an accent fix is nearly free), then prefers the more frequent word. A writer who
does not know the word errs in other shapes, priced too: a syllable left out (complaing), a rule
of thumb (countrys), letters swapped across another (procude). The client's brand names come
first when one is close.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

log = logging.getLogger(__name__)

# Rows of the Italian keyboard (QWERTY with the accented keys to the right); English uses the
# same letter rows without the accented keys.
_ROWS = {
    "it": ("qwertyuiopè", "asdfghjklòàù", "zxcvbnm"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
}
LETTERS = {
    "it": "abcdefghijklmnopqrstuvwxyzàèéìòù'",
    "en": "abcdefghijklmnopqrstuvwxyz'",
}
ACCENTED = {"a": "à", "e": "èé", "i": "ì", "o": "ò", "u": "ù"}

# Edit costs: a plain edit costs 1.
ACCENT = 0.1
# Tuned on the tuning half of the measured text (see docs/checks/text.md): a dropped letter is
# the commonest slip, so a missing letter costs less than an extra one.
NEIGHBOUR = 0.7
DOUBLE = 0.45  # a doubled or undoubled letter (sucesso, accomodation)
SWAP = 0.55
SWAP_FAR = 0.8  # two letters swapped across a third (procude, espaced): real misspellers do it
FREQ_WEIGHT = 0.12  # per decade of frequency: a common word may beat a rarer, closer one a little
MISSING = 0.6  # a letter the typist left out
EXTRA = 1.0  # a letter typed too many
EXTRA_NEAR = 0.7  # a letter typed too many that sits next to a neighbouring letter's key
# Real misspellings leave out letters by the syllable (complaing, prepatory, folled): when every
# typed letter is in the word, in order, each letter left out after the first costs this much.
MISSING_MORE = 0.3
# A consonant's -y plural or past spelt by rule of thumb (countrys, copyed): the -ies/-ied form.
Y_FORM = 0.3
# An apostrophe left out of an Italian elision people write (cè: c'è, dellazienda: dell'azienda)
# is a mark forgotten, as an accent is, not a letter lost; an elision no word list has keeps a
# letter's cost ("l'ogni" for logni, "s'amante" for samante: Hunspell accepts any of them).
# Not in English, whose list holds every noun's possessive: "country's" came first for countrys.
# Thirty-ninth round.
APOSTROPHE = 0.2
_Y_FORMS = re.compile(r"(?<=[^aeiou])y(s|ed)$")


@cache
def neighbours(lang: str) -> dict[str, frozenset[str]]:
    """Return each letter's neighbouring keys on the language's keyboard."""
    rows = _ROWS.get(lang, _ROWS["en"])
    near: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            found = near.setdefault(key, set())
            for dr, dcs in ((0, (-1, 1)), (-1, (0, 1)), (1, (-1, 0))):
                rr = r + dr
                if 0 <= rr < len(rows):
                    for dc in dcs:
                        cc = c + dc
                        if 0 <= cc < len(rows[rr]):
                            found.add(rows[rr][cc])
    return {k: frozenset(v) for k, v in near.items()}


def base(c: str) -> str:
    """Return a letter without its accent."""
    return unicodedata.normalize("NFD", c)[0]


def _sub_cost(a: str, b: str, near: dict[str, frozenset[str]]) -> float:
    if a == b:
        return 0.0
    if base(a) == base(b):
        return ACCENT
    if b in near.get(a, ()):
        return NEIGHBOUR
    return 1.0


def cost(typed: str, word: str, lang: str) -> float:
    """Return the weighted edit distance (optimal string alignment) from typed to word.

    Besides the usual edits, two letters swapped across a third cost SWAP_FAR.
    """
    near = neighbours(lang)
    n, m = len(typed), len(word)
    prev3: list[float] = []
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + _indel(word, j - 1, MISSING)
    for i in range(1, n + 1):
        cur = [prev[0] + _extra(typed, i - 1, near)] + [0.0] * m
        for j in range(1, m + 1):
            best = min(
                prev[j] + _extra(typed, i - 1, near),  # typed has an extra letter
                cur[j - 1] + _indel(word, j - 1, MISSING),  # typed lacks a letter
                prev[j - 1] + _sub_cost(typed[i - 1], word[j - 1], near),
            )
            if (
                i > 1
                and j > 1
                and typed[i - 1] == word[j - 2]
                and typed[i - 2] == word[j - 1]
                and typed[i - 1] != typed[i - 2]
            ):
                best = min(best, prev2[j - 2] + SWAP)
            if (
                i > 2
                and j > 2
                and typed[i - 1] == word[j - 3]
                and typed[i - 3] == word[j - 1]
                and typed[i - 2] == word[j - 2]
                and typed[i - 1] != typed[i - 3]
            ):
                best = min(best, prev3[j - 3] + SWAP_FAR)  # espaced: escaped
            cur[j] = best
        prev3, prev2, prev = prev2, prev, cur
    return prev[m]


def _indel(s: str, k: int, plain: float) -> float:
    """Return the cost of inserting or deleting s[k]: cheap when it doubles a neighbour."""
    c = s[k]
    if (k > 0 and s[k - 1] == c) or (k + 1 < len(s) and s[k + 1] == c):
        return DOUBLE
    return plain


def _extra(typed: str, k: int, near: dict[str, frozenset[str]]) -> float:
    """Return the cost of a letter typed too many: cheaper when a finger brushed the next key."""
    c = typed[k]
    plain = _indel(typed, k, EXTRA)
    if plain == DOUBLE:
        return DOUBLE
    keys = near.get(c, frozenset())
    if (k > 0 and typed[k - 1] in keys) or (k + 1 < len(typed) and typed[k + 1] in keys):
        return min(plain, EXTRA_NEAR)
    return plain


def edits1(word: str, letters: str) -> set[str]:
    """Return every string one edit away (delete, swap, replace, insert)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = set()
    for left, right in splits:
        if right:
            out.add(left + right[1:])
            for c in letters:
                out.add(left + c + right[1:])
        if len(right) > 1:
            out.add(left + right[1] + right[0] + right[2:])
        for c in letters:
            out.add(left + c + right)
    return out


def typing_edits(word: str, lang: str) -> set[str]:
    """Return the strings one *likely* slip away: neighbour keys, doubling, swaps, accents, drops."""
    near = neighbours(lang)
    out = set()
    for i, c in enumerate(word):
        left, right = word[:i], word[i + 1 :]
        out.add(left + right)  # a letter typed too many
        out.add(left + c + c + right)  # a letter not doubled
        if right:
            out.add(left + right[0] + c + right[1:])
        for n in near.get(c, ()):
            out.add(left + n + right)
        b = base(c)
        if lang == "it":
            for a in (b, *tuple(ACCENTED.get(b, ""))):
                out.add(left + a + right)
    out.discard(word)
    return out


def deletion_index(words: Iterable[str]) -> dict[str, str]:
    """Return, for every string one letter short of a word, the words it falls short of.

    A dropped letter is the commonest slip; looking up the typed word's one-slip variants here
    finds the words a dropped letter *plus* one more slip away (tsh -> the, curnt -> current),
    which enumerating every insertion at the second edit would make far too slow. The words are
    joined by spaces (most keys have one): a list per key would double the index's memory.
    """
    index: dict[str, str] = {}
    for w in words:
        for i in range(len(w)):
            key = w[:i] + w[i + 1 :]
            had = index.get(key)
            if had is None:
                index[key] = w
            elif w not in had.split():
                index[key] = had + " " + w
    return index


def shape_index(words: Iterable[str]) -> dict[tuple[str, int], str]:
    """Return the words by first letter and length, each group one newline-joined string.

    One string per group lets a regular expression scan a group at C speed for the words that
    hold the typed letters in order (see missing_letters).
    """
    groups: dict[tuple[str, int], list[str]] = {}
    for w in words:
        if w.isalpha() and w.islower():
            groups.setdefault((w[0], len(w)), []).append(w)
    return {k: "\n".join(v) for k, v in groups.items()}


def missing_letters(typed: str, index: dict[tuple[str, int], str], most: int) -> list[str]:
    """Return the words two to `most` letters longer than typed that hold its letters in order.

    The first letter must match (writers keep it); one missing letter is edits1's job.
    """
    if not typed.isalpha():
        return []
    pattern = re.compile(
        "^"
        + "".join(re.escape(c) + "[^\n]*?" for c in typed[:-1])
        + re.escape(typed[-1])
        + "[^\n]*$",
        re.MULTILINE,
    )
    out: list[str] = []
    for extra in range(2, most + 1):
        out += pattern.findall(index.get((typed[0], len(typed) + extra), ""))
    return out


def far_swaps(typed: str) -> set[str]:
    """Return the typed word with two letters swapped across a third (espaced -> escaped)."""
    return {
        typed[:i] + typed[i + 2] + typed[i + 1] + typed[i] + typed[i + 3 :]
        for i in range(len(typed) - 2)
        if typed[i] != typed[i + 2]
    }


def y_form(typed: str) -> str:
    """Return the -ies/-ied form a consonant's -ys/-yed spelling stands for, else typed as is."""
    return _Y_FORMS.sub(lambda m: "ies" if m.group(1) == "s" else "ied", typed)


def _in_order(typed: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in typed)


def shape_cost(typed: str, word: str) -> float:
    """Return the cost of the real misspeller's shapes: letters left out, -ys for -ies.

    math.inf when neither applies; scored() keeps the lower of this and the typing cost.
    """
    gap = len(word) - len(typed)
    # a word cut short (facto: factory) is another word or an abbreviation, not a misspelling
    if gap >= 2 and not word.startswith(typed) and _in_order(typed, word):
        return MISSING + MISSING_MORE * (gap - 1)
    if gap == 1 and typed[-1] in "sd" and y_form(typed) == word:
        return Y_FORM
    return math.inf


def accent_variants(word: str, lang: str) -> set[str]:
    """Return the word with one vowel's accent added, changed or removed (in English, only an
    accent the word already has is changed or removed: cafè -> café, cafe)."""
    if lang != "it" and word.isascii():
        return set()
    out = set()
    for i, c in enumerate(word):
        b = base(c)
        if lang != "it" and b == c:
            continue
        for a in (b, *tuple(ACCENTED.get(b, ""))):
            if a != c:
                out.add(word[:i] + a + word[i + 1 :])
    return out


def score(typed: str, candidate: str, lang: str, frequency: int) -> tuple[float, float]:
    """Return (score, edit cost) of a correction seen `frequency` times: the edit cost less a
    frequency bonus, lower is likelier."""
    edit = min(cost(typed, candidate, lang), shape_cost(typed, candidate))
    if lang == "it" and frequency and _apostrophe_left_out(typed, candidate):
        edit = min(edit, APOSTROPHE)
    return edit - FREQ_WEIGHT * math.log10(frequency + 1), edit


def _apostrophe_left_out(typed: str, candidate: str) -> bool:
    """Return True when the candidate is the typed word with its apostrophes put back."""
    return any(a in candidate and candidate.replace(a, "") == typed for a in "'’")


def scored(
    typed: str, candidates: Iterable[str], lang: str, freq: Callable[[str], int]
) -> list[tuple[float, float, str]]:
    """Return (score, edit cost, candidate), best first: edit cost less a frequency bonus."""
    out = [(*score(typed, c, lang, freq(c)), c) for c in set(candidates) if c != typed]
    out.sort()
    return out


def rank(
    typed: str,
    candidates: Iterable[str],
    lang: str,
    freq: Callable[[str], int],
    limit: int = 3,
) -> list[str]:
    """Return the candidates ordered by edit cost, then frequency, at most `limit`."""
    return [c for _s, _e, c in scored(typed, candidates, lang, freq)[:limit]]


def brand_matches(typed: str, brand_words: Iterable[str], lang: str) -> list[str]:
    """Return the brand words within two weighted edits of a typed word, closest first."""
    low = typed.lower()
    found = []
    for b in brand_words:
        if b.lower() == low or abs(len(b) - len(low)) > 2 or len(b) < 4:
            continue
        c = cost(low, b.lower(), lang)
        if c <= (1.0 if len(b) < 7 else 2.0):
            found.append((c, b))
    found.sort()
    return [b for _c, b in found]
