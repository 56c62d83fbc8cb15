"""Text in the other language: an English sentence or phrase in Italian text, an Italian line,
phrase or lone word in English text, a French, Spanish or German passage in either. Their words
are read by their own language's speller (a third language's are not read), not as typos, and
each passage is one note (`language_mix`, `italian_in_english`, `italian_words`,
`other_language`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from auditor.checks.base import CheckFinding
from auditor.checks.text.engine import speller
from auditor.checks.text.foreign import (
    english_cognate,
    english_runs,
    english_sentences,
    italian_runs,
    italian_sentences,
    passages,
    reads_italian,
)
from auditor.checks.text.latin import latin_starts
from auditor.checks.text.suggest import cost
from auditor.checks.text.third_language import third_language_passages
from auditor.checks.text.tokenize import Word
from auditor.i18n import Translate
from auditor.model import Severity

# In English text, a lone word of Italian's own dictionary with no suggestion nearer than this
# (culatello, strozzapreti, corbezzolo) is an Italian word left in the copy, an `italian_words`
# note, not a typo; one within it (partecipate: participate), or beginning as a common English
# word does (installate: installation; foreign.english_cognate), stays the Italianism it is.
ITALIAN_WORD_DISTANCE = 1.0


@dataclass(frozen=True)
class MixedLanguage:
    """Where the other language stands in a text, and the notes that say so."""

    english: frozenset[int]  # starts of the words of English sentences and phrases (Italian text)
    italian: frozenset[int]  # starts of the words of Italian lines and phrases (English text)
    notes: list[CheckFinding]
    other: frozenset[int] = frozenset()  # starts of the words of French, Spanish, German passages
    latin: frozenset[int] = frozenset()  # starts of the words of Latin locutions (pro bono)


def mixed_language(words: list[Word], lang: str, text: str, _: Translate) -> MixedLanguage:
    """Find the other language's sentences and phrases in a text, and note each passage."""
    sp = speller(lang)
    findings: list[CheckFinding] = []
    # a Latin locution the language writes (bona fide, una tantum) is neither language's passage
    latin = latin_starts(words, text, lang)
    # an untranslated English sentence in Italian text: one note for the sentence, and its
    # English words are not Italian typos (a slip in them still is: the English speller decides)
    spans = english_sentences(words) if lang == "it" else []
    english = _starts_within(words, spans)
    if lang == "it":
        en = speller("en")
        english |= english_runs(
            words,
            text,
            lambda w: en.core_accepts(w.lower, w.text),
            # Italian's own dictionary, not our loanwords: "model", "file" count as English here
            lambda w: sp.own_word(w.lower),
        )

    def known(w: Word) -> bool:
        return w.start in latin or sp.core_accepts(w.lower, w.text)

    # and an Italian line left in English text, the same way round: one note, Italian's speller
    italian_spans = italian_sentences(words, known, italian_knows) if lang == "en" else []
    italian = _starts_within(words, italian_spans)
    # and Italian words that are no sentence (a dish, a place named in Italian): one note each.
    # Only a text with a word English does not know can hold one: clean English never loads
    # the Italian dictionary for it.
    outside = [w for w in words if w.start not in italian and _lower_or_first(w)]
    unknown = lang == "en" and not all(known(w) for w in outside)
    phrase_spans = italian_runs(outside, text, known, italian_own) if unknown else []
    # and an Italian title quoted in an English sentence ("Speaker on “Il primato, le tendenze
    # espansive e le fonti del diritto europeo”"), which the English around it kept from reading
    # as an Italian sentence: one note, as a phrase's
    if unknown:
        quoted = _italian_quotations([w for w in words if w.start not in italian], text, known)
        # a phrase inside an Italian quotation is part of its one note
        phrase_spans = [
            (a, b) for a, b in phrase_spans if not any(qa <= a and b <= qb for qa, qb in quoted)
        ]
        phrase_spans = sorted(phrase_spans + quoted)
    italian |= _starts_within(words, phrase_spans)
    findings += [
        CheckFinding(
            "italian_words",
            Severity.MINOR,
            _(
                "These words are in Italian: are they meant to be (a name, a dish), or left untranslated?"
            ),
            text[a:b],
            a,
            b,
        )
        for a, b in (phrase_spans if text else ())
    ]
    notes = (
        (
            "language_mix",
            spans,
            _("This sentence is in English: is it meant to be, or left untranslated?"),
            _("These sentences are in English: are they meant to be, or left untranslated?"),
        ),
        (
            "italian_in_english",
            italian_spans,
            _("This sentence is in Italian: is it meant to be, or left untranslated?"),
            _("These sentences are in Italian: are they meant to be, or left untranslated?"),
        ),
    )
    for rule, found, one, more in notes if text else ():
        findings += [
            CheckFinding(rule, Severity.MINOR, one if n == 1 else more, text[a:b], a, b)
            for a, b, n in passages(found, text)
        ]
    third = (
        third_language_passages(words, text, lambda w: w.start in latin or _known_to_either(w))
        if text
        else []
    )
    said = {
        "fr": _("These words are in French: are they meant to be (a title, a quotation)?"),
        "es": _("These words are in Spanish: are they meant to be (a title, a quotation)?"),
        "de": _("These words are in German: are they meant to be (a title, a quotation)?"),
    }
    findings += [
        CheckFinding(
            "other_language", Severity.MINOR, said[p.lang], text[p.start : p.end], p.start, p.end
        )
        for p in third
    ]
    other = _starts_within(words, [(p.start, p.end) for p in third])
    return MixedLanguage(english, italian, findings, other, latin)


# A quotation: text between quotation marks of any kind within a line, as web copy pairs them
# (an opening straight quote is often closed by a curly one).
_QUOTATION = re.compile(r'[“«"]([^“”«»"\n]{3,300})[”»"]')


def _italian_quotations(
    words: list[Word], text: str, english: Callable[[Word], bool]
) -> list[tuple[int, int]]:
    """Return the spans of the quotations of English text whose words read as Italian."""
    found: list[tuple[int, int]] = []
    for m in _QUOTATION.finditer(text):
        inside = [w for w in words if m.start(1) <= w.start < m.end(1)]
        if inside and reads_italian(inside, english, italian_knows):
            found.append((inside[0].start, inside[-1].end))
    return found


def _known_to_either(w: Word) -> bool:
    """Return True when Italian or English knows a word: no sign of a third language."""
    return italian_knows(w) or speller("en").core_accepts(w.lower, w.text)


def english_knows(w: Word, low: str) -> bool:
    """Return True when English knows a word of an English sentence, or the whole chunk it was
    split from ("If gparted doesn't yet know": a contraction, not an Italian elision)."""
    en = speller("en")
    if en.core_accepts(low, w.text):
        return True
    return w.chunk != w.text and en.core_accepts(w.chunk.lower().replace("’", "'"), w.chunk)


def _starts_within(words: list[Word], spans: list[tuple[int, int]]) -> frozenset[int]:
    """Return the starts of the words standing inside any of the (start, end) spans."""
    return frozenset(w.start for w in words if any(a <= w.start < b for a, b in spans))


def _lower_or_first(w: Word) -> bool:
    """Return True for a word in lower case or opening its sentence: a capitalised word inside
    one is a name's, which the name rules judge (Santa Maria delle Grazie)."""
    return w.sentence_start or not w.text[:1].isupper()


def italian_own(w: Word) -> bool:
    """Return True for a word of Italian's own dictionary: not the English words Italian text
    borrows ("and" is no Italian word beside "il cinghiale")."""
    it = speller("it")
    if it.hun is None:
        return it.core_accepts(w.lower, w.text) and not speller("en").core_accepts(w.lower)
    return it.hun.check(w.lower.replace("’", "'"))


def lone_italian(w: Word, suggestions: tuple[str, ...]) -> bool:
    """Return True for a word of Italian's Hunspell dictionary that no suggestion comes near.

    Hunspell's only: the bundled Italian lists and their morphology also take software English
    ("tuple", "autocomplete"), which would be called Italian."""
    if speller("it").hun is None:
        return False
    near = (s for s in suggestions if cost(w.lower, s.lower(), "en") <= ITALIAN_WORD_DISTANCE)
    return not any(near) and not english_cognate(w.lower) and italian_own(w)


ITALIAN_MONTHS = {
    **{"gennaio": "January", "febbraio": "February", "marzo": "March", "aprile": "April"},
    **{"maggio": "May", "giugno": "June", "luglio": "July", "agosto": "August"},
    **{"settembre": "September", "ottobre": "October", "novembre": "November"},
    "dicembre": "December",
}
_DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:°|º)?\s+$")
_YEAR_AFTER = re.compile(r"\s+(?:1[89]|20)\d\d(?!\d)")


def italian_month(w: Word, text: str) -> str:
    """Return the English name of an Italian month written in a date of English text ("Ferrara,
    8 marzo 2018": March), "" for any other word. A date left in Italian is a word to translate,
    not a typo for matzo."""
    english = ITALIAN_MONTHS.get(w.lower, "")
    if not english:
        return ""
    before = text[max(0, w.start - 6) : w.start]
    return english if _DAY_BEFORE.search(before) or _YEAR_AFTER.match(text, w.end) else ""


def italian_knows(w: Word) -> bool:
    """Return True when Italian's speller knows a word (our loanwords and forms included)."""
    return speller("it").core_accepts(w.lower, w.text)
