"""A sound key for English words, to find corrections a writer spelt by ear (kwuzines, geraff).

Edits find slips of the fingers; a writer who does not know a word writes what they hear, two
or more edits away (cuisines, giraffe, ecstasy). Words sharing the key of such a spelling are
added as candidates when no correction is close by edits. The key is a small Metaphone-like
code: consonant sounds in order, vowels dropped after the first letter, letters that sound
alike folded together (c/k/q, s/z, ph/f, ch/sh, dg/j, x = ks).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

log = logging.getLogger(__name__)

_RULES = (
    (re.compile(r"^(kn|gn|pn|wr|ps)"), lambda m: m.group()[1]),
    (re.compile(r"^x"), lambda m: "s"),
    (re.compile(r"^wh"), lambda m: "w"),
    (re.compile(r"mb$"), lambda m: "m"),
    (re.compile(r"tch|ch|sh|sch|ti(?=[ao])|ci(?=[ao])|si(?=[ao])"), lambda m: "X"),
    (re.compile(r"ph"), lambda m: "f"),
    (re.compile(r"th"), lambda m: "0"),
    (re.compile(r"dg(?=[eiy])"), lambda m: "j"),
    (re.compile(r"gh(?![aeiou])"), lambda m: ""),
    (re.compile(r"c(?=[eiy])"), lambda m: "s"),
    (re.compile(r"g(?=[eiy])"), lambda m: "j"),
    (re.compile(r"ck|c|q"), lambda m: "k"),
    (re.compile(r"x"), lambda m: "ks"),
    (re.compile(r"z"), lambda m: "s"),
    (re.compile(r"(?<=[bcdfgjklmnpqrstvxz])[hw]"), lambda m: ""),  # kw, gh, rh
    (re.compile(r"(?<=[aeiou])w"), lambda m: ""),  # sew, saw: a vowel's glide
    (re.compile(r"[wh](?![aeiou])"), lambda m: ""),
)


def sound_key(word: str) -> str:
    """Return the word's sound key ("cuisines" and "kwuzines" -> "KSNS")."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return ""
    for pattern, repl in _RULES:
        w = pattern.sub(repl, w)
    if not w:
        return ""
    head, tail = w[0], re.sub(r"[aeiouy]", "", w[1:])
    head = "A" if head in "aeiouy" else head
    key = head + tail
    return re.sub(r"(.)\1+", r"\1", key).upper()


_GREEK_CH = re.compile(r"(?<!t)ch(?!$)")


def sound_keys(word: str) -> set[str]:
    """Return the word's sound keys: its own, and with a "ch" read as "k" (monarchy, chimeric)."""
    keys = {sound_key(word)}
    if "ch" in word:
        keys.add(sound_key(_GREEK_CH.sub("k", word)))
    return keys


def sound_index(words: Iterable[str], keep: Callable[[str], bool]) -> dict[str, tuple[str, ...]]:
    """Return the words (those `keep` accepts) grouped by sound key."""
    groups: dict[str, list[str]] = {}
    for w in words:
        if w.isalpha() and w.islower() and len(w) >= 3 and keep(w):
            for key in sound_keys(w):
                groups.setdefault(key, []).append(w)
    return {k: tuple(v) for k, v in groups.items()}
