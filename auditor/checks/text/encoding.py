"""Characters lost to a text's encoding: "citt? di mare", "dell?informatica", "don?t",
"perch\ufffd", "cittÃ " (UTF-8 read as Windows-1252).

A web page saved in one encoding and served as another shows such words to every customer; the
other rules would read them as typos, a sentence ending at the "?" and a capital missing after
it. Each damaged word is found once, told as what it is, and the rest of the text is checked as
it was meant to read: the damage is repaired for the other rules, and their findings are mapped
back onto the text as given (the same mapping as the accents composed from decomposed ones).

Only what the damage can be told by is taken: a "?" between two letters or before a lowercase
word ("Come va? tutto bene" is no damage: "va" with a lost accent is no word), where putting
back an apostrophe or an accented vowel gives words the dictionary knows; the replacement
character, always; and a run of Windows-1252 characters that decodes as UTF-8 into accented
letters or typographic punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from auditor.checks.base import CheckFinding
from auditor.checks.text.lexicon import ELISIONS
from auditor.i18n import Translate
from auditor.model import Severity

REPLACEMENT = "\ufffd"
_ACCENTED = {"it": "àèéìòù", "en": "é"}
# English's clitics after an apostrophe: don't, it's, we're, I've, you'll, she'd, I'm
_EN_CLITICS = frozenset(["s", "t", "re", "ve", "ll", "d", "m"])
_LETTERS = r"[^\W\d_]"
# a lost character: a "?", or replacement characters (two where each of a letter's two UTF-8
# bytes was replaced: caff��); read from each one found, so a text's other words cost nothing
_LOST = re.compile(rf"\?|{REPLACEMENT}+")
_WORD_BEFORE = re.compile(rf"{_LETTERS}+$")
_WORD_AFTER = re.compile(rf"{_LETTERS}+")
# a "?" after a word is a lost letter only before a lowercase word or a comma-like mark (citt? di
# mare, perch? non); the replacement character says itself that a character was lost
_FINAL_CONTEXT = re.compile(r"[ \t\u00a0]+[a-zàèéìòù]|[,;:)]")
_WORD_LOOKBACK = 40
_REPLACEMENT_WORD = re.compile(rf"[\w'’]*{REPLACEMENT}+[\w'’]*")
# Windows-1252's characters above ASCII: UTF-8's bytes read one by one come out as these
_CP1252 = (
    "\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# a run of two or more, or an "Ã" before a space: "à" whose second byte, a non-breaking space,
# became a space on the way (cittÃ  di mare)
_MOJIBAKE = re.compile(rf"[{_CP1252}]{{2,}}|Ã(?= )")
# what a UTF-8 text's non-ASCII characters are in Italian and English copy: accented letters,
# typographic quotes and dashes, the euro, the degree, guillemets and the non-breaking space
_PLAUSIBLE = re.compile(
    "[\u00a0\u00ab\u00b0\u00bb\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac]+"
)
_WORD_CHARS = re.compile(r"[\w'’]")


class _Ranked:
    """A dictionary's lookup with its words' frequencies, to take the likeliest repair."""

    def __init__(self, known: Callable[[str], bool], frequency: Callable[[str], int]) -> None:
        self.known, self.frequency = known, frequency

    def __call__(self, word: str) -> bool:
        return self.known(word)

    def best(self, word_with: Callable[[str], str], letters: str) -> str | None:
        """Return the letter that makes the most frequent known word, or None."""
        made = [(self.frequency(word_with(c)), -i, c) for i, c in enumerate(letters)]
        made = [m for m in made if self.known(word_with(m[2]))]
        return max(made)[2] if made else None


@dataclass(frozen=True)
class Damage:
    """A word garbled by the text's encoding: its span, the characters to put back for the
    other rules, each (start, end, text), and the word as it was meant ("" when it cannot be
    told)."""

    start: int
    end: int
    repairs: tuple[tuple[int, int, str], ...]
    fix: str


def find_damage(
    text: str,
    lang: str,
    known: Callable[[str], bool],
    skip: list[tuple[int, int]],
    frequency: Callable[[str], int] = lambda word: 0,
) -> list[Damage]:
    """Return the words of the text its encoding garbled, outside URLs and file names; where
    several letters would make a word, the most frequent is taken (pi? is più, not piè)."""
    if "?" not in text and REPLACEMENT not in text and not _MOJIBAKE.search(text):
        return []
    known = _Ranked(known, frequency)
    found: dict[int, Damage] = {}

    def outside(start: int) -> bool:
        return not any(s <= start < e for s, e in skip)

    for lost in _LOST.finditer(text):
        damage = _lost_character(text, lost, lang, known)
        if damage is not None and damage.start not in found and outside(damage.start):
            found[damage.start] = damage
    for m in _REPLACEMENT_WORD.finditer(text) if REPLACEMENT in text else ():
        if not any(d.start <= m.start() < d.end for d in found.values()) and outside(m.start()):
            found[m.start()] = Damage(m.start(), m.end(), (), "")
    runs = [_mojibake(text, m, known) for m in _MOJIBAKE.finditer(text) if outside(m.start())]
    for damage in _merged([r for r in runs if r is not None], text):
        if not any(d.start < damage.end and damage.start < d.end for d in found.values()):
            found[damage.start] = damage
    return sorted(found.values(), key=lambda d: d.start)


def _merged(runs: list[Damage], text: str) -> list[Damage]:
    """Return one damage per word of the garbled runs ("â€œbestâ€" has two)."""
    words: list[Damage] = []
    for run in runs:
        if words and run.start < words[-1].end:
            last = words.pop()
            run = Damage(last.start, max(last.end, run.end), last.repairs + run.repairs, "")
        words.append(run)
    return [replace(d, fix=_applied(text, d)) for d in words]


def _applied(text: str, damage: Damage) -> str:
    """Return the damaged word with its repairs put in."""
    out, at = [], damage.start
    for start, end, put in damage.repairs:
        out += [text[at:start], put]
        at = end
    return "".join(out) + text[at : damage.end]


def _inside_fix(left: str, right: str, lang: str, known: _Ranked) -> str | None:
    """Return what the lost character between two letters was: an apostrophe or a vowel."""
    if lang == "it" and left.lower() in ELISIONS and known(right.lower()):
        return "'"
    if lang == "en" and right.lower() in _EN_CLITICS and known(left.lower()):
        return "'"
    return known.best(lambda vowel: (left + vowel + right).lower(), _ACCENTED[lang])


def _final_fix(word: str, lang: str, known: _Ranked, after: str) -> str | None:
    """Return what a lost character after a word was: an accented vowel (citt?, pi?) or an
    elision's apostrophe before a vowel (dell? informatica)."""
    lower = word.lower()
    next_letter = after.lstrip(" \t\u00a0")[:1].lower()
    if lang == "it" and lower in ELISIONS and next_letter in "aeiouàèéìòùh" and next_letter:
        return "'"
    if lang == "it" and lower == "po":  # un po? di tempo
        return "'"
    if known(lower) and lower not in ("pi",):  # "pi" is π; "pi?" is più's damage
        return None  # a real word and then a question: "Come va? bene"
    return known.best(lambda vowel: lower + vowel, _ACCENTED[lang])


def _lost_character(text: str, lost: re.Match[str], lang: str, known: _Ranked) -> Damage | None:
    """Return the damage of the word around a "?" or replacement characters, or None when the
    "?" is a question mark."""
    at, at_end = lost.span()
    left = _WORD_BEFORE.search(text, max(0, at - _WORD_LOOKBACK), at)
    if left is None:
        return None  # a lone replacement character is found as a word of its own
    right = _WORD_AFTER.match(text, at_end)
    is_mark = lost.group() == "?"
    if right is not None:  # between letters: dell?informatica, don?t
        put = _inside_fix(left.group(), right.group(), lang, known)
        end = right.end()
    else:
        before = text[left.start() - 1 : left.start()]
        if before and (before.isalnum() or before in ("_", "?", REPLACEMENT)):
            return None
        if is_mark and not _FINAL_CONTEXT.match(text, at_end):
            return None
        if not is_mark and _WORD_CHARS.match(text, at_end):
            return None
        put = _final_fix(left.group(), lang, known, text[at_end : at_end + 8])
        end = at_end
    if put is None:
        return None if is_mark else Damage(left.start(), end, (), "")
    fix = text[left.start() : at] + put + text[at_end:end]
    return Damage(left.start(), end, ((at, at_end, put),), fix)


def _mojibake(text: str, m: re.Match[str], known: Callable[[str], bool]) -> Damage | None:
    run, repair_end = m.group(), m.end()
    meant = _decoded(run)
    if meant is None and run.endswith("â€"):  # a closing quote's last byte, 0x9D, was dropped
        meant = _decoded(run + "\x9d")
    if meant is None and run.endswith("Ã"):
        meant = _lost_space(text, m, known)
        repair_end += 1  # the space that was the letter's second byte
    if meant is None or not _PLAUSIBLE.fullmatch(meant):
        return None
    start, end = m.start(), m.end()
    while start > 0 and _WORD_CHARS.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHARS.match(text[end]):
        end += 1
    return Damage(start, end, ((m.start(), repair_end, meant),), "")


def _decoded(run: str) -> str | None:
    """Return the run's characters as Windows-1252 bytes decoded as UTF-8 (the five bytes
    Windows-1252 leaves undefined pass through as Latin-1 does), or None."""
    raw = bytearray()
    for ch in run:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            raw.append(ord(ch))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _lost_space(text: str, m: re.Match[str], known: Callable[[str], bool]) -> str | None:
    """Return "à" for "Ã" whose second byte, a non-breaking space, became a space (cittÃ  di)."""
    run = m.group()
    if text[m.end() : m.end() + 1] != " ":
        return None
    head = _decoded(run[:-1]) if len(run) > 1 else ""
    if head is None:
        return None
    word = _WORD_BEFORE.search(text, max(0, m.start() - _WORD_LOOKBACK), m.start())
    stem = word.group() if word else ""
    return head + "à" if known((stem + head + "à").lower()) else None


def damage_findings(damages: list[Damage], text: str, _: Translate) -> list[CheckFinding]:
    """Return a finding per garbled word. Major: the page shows it to every customer, and the
    cause, the text's encoding, usually garbles every accented letter it has."""
    findings = []
    for d in damages:
        word = text[d.start : d.end]
        if d.fix:
            message = _(
                "Character lost to the text's encoding: it shows “{word}” instead of “{fix}”."
            ).format(word=word, fix=d.fix)
        else:
            message = _(
                "Character lost to the text's encoding: “{word}” shows a character that "
                "cannot be read."
            ).format(word=word)
        suggestions = (d.fix,) if d.fix else ()
        findings.append(
            CheckFinding("encoding", Severity.MAJOR, message, word, d.start, d.end, suggestions)
        )
    return findings


def repaired(text: str, damages: list[Damage]) -> tuple[str, list[tuple[int, int]]]:
    """Return the text as it was meant to read, with its offset boundaries (see spliced)."""
    return spliced(text, sorted(r for d in damages for r in d.repairs))


def spliced(
    text: str, replacements: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int]]]:
    """Return the text with each (start, end, put) of the sorted, disjoint replacements put in,
    and its (new, original) offset boundaries: after every character kept and every
    replacement, so that a span of the new text maps back to whole replacements."""
    parts: list[str] = []
    boundaries = [(0, 0)]
    at = out = 0
    for start, end, put in [*replacements, (len(text), len(text), "")]:
        for i in range(at, start):
            parts.append(text[i])
            out += 1
            boundaries.append((out, i + 1))
        if end > start or put:
            parts.append(put)
            out += len(put)
            boundaries.append((out, end))
        at = end
    return "".join(parts), boundaries
