"""Flag unknown words and the real-word errors a dictionary cannot see (avvolte -> a volte)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import CheckFinding
from auditor.checks.text.lexicon import ELISIONS, Lexicon, lexicon
from auditor.checks.text.morphology import (
    clitic_known,
    cognate_known,
    inflection_known,
    prefix_known,
)
from auditor.checks.text.tokenize import Word
from auditor.i18n import Translate
from auditor.model import Severity

log = logging.getLogger(__name__)

# Real words that are errors in context: word (lowercase) -> correction. Missing accents are the
# accent rule's; these are the ones a spell checker accepts because they exist as other words.
REAL_WORD = {
    "it": {
        "avvolte": "a volte",
        "apposto": "a posto",
        "daccordo": "d'accordo",
        "propio": "proprio",
        "sopratutto": "soprattutto",
        "pultroppo": "purtroppo",
        "squola": "scuola",
        "obbiettivo": "obiettivo",
        "aereoporto": "aeroporto",
        "efficente": "efficiente",
        "sufficente": "sufficiente",
        "coscenza": "coscienza",
        "qualcunaltro": "qualcun altro",
        "accellerare": "accelerare",
        "metereologico": "meteorologico",
        "celebrale": "cerebrale",
        "areoporto": "aeroporto",
        "redarre": "redigere",
        # frequent on the web, so the broad word list would let them through
        "disaggio": "disagio",
        "sucesso": "successo",
        "efficenza": "efficienza",
        "cosidetto": "cosiddetto",
        "perfavore": "per favore",
        "pressapoco": "pressappoco",
        "accelleratore": "acceleratore",
        "conoscienza": "conoscenza",
        "aquistare": "acquistare",
        "aquisto": "acquisto",
        "eccezzionale": "eccezionale",
        "qualcosaltro": "qualcos'altro",
        "ingegniere": "ingegnere",
        "igene": "igiene",
    },
    "en": {
        "alot": "a lot",
        "recieve": "receive",
        "untill": "until",
        "wich": "which",
        "definately": "definitely",
        "seperate": "separate",
        "accomodation": "accommodation",
        "occured": "occurred",
        "adress": "address",
        "tommorow": "tomorrow",
        "tomorow": "tomorrow",
        "wether": "whether",
        "begining": "beginning",
        "beleive": "believe",
        "calender": "calendar",
        # contractions without their apostrophe
        "dont": "don't",
        "doesnt": "doesn't",
        "didnt": "didn't",
        "isnt": "isn't",
        "wasnt": "wasn't",
        "arent": "aren't",
        "werent": "weren't",
        "couldnt": "couldn't",
        "wouldnt": "wouldn't",
        "shouldnt": "shouldn't",
        "havent": "haven't",
        "hasnt": "hasn't",
        "hadnt": "hadn't",
        "youre": "you're",
        "theyre": "they're",
        "ive": "I've",
        "youve": "you've",
        "weve": "we've",
        "theyve": "they've",
    },
}
# English words commonly accepted inside Italian business text (hotel, check-in, e-mail).
_LOANWORD_FREQ = 500


def severity_for_spelling() -> Severity:
    """Return the severity of an ordinary typo: a form issue, noticed but not serious."""
    return Severity.MINOR


class Speller:
    """Decide whether a word is spelt right in one language, with suggestions when it is not."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)
        self.loan: Lexicon | None = lexicon("en") if lang == "it" else None
        self._cache: dict[str, bool] = {}

    def accepts(self, word: str) -> bool:
        """Return True when the lowercase word is known here or to the broad list."""
        return self.core_accepts(word) or self.broad_accepts(word)

    def core_accepts(self, word: str) -> bool:
        """Return True when the lowercase word is known, inflected or a verb with clitics."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._accepts(word)
            self._cache[word] = hit
        return hit

    def broad_accepts(self, word: str) -> bool:
        """Return True when wordfreq's common words know the word (or its clitic-free verb)."""
        broad = self.lex.broad
        if word in broad:
            return True
        if self.lang == "it":
            if word.endswith("'") and len(word) > 3:  # vent'anni, sott'olio
                return any(word[:-1] + v in broad for v in "aeio")
            return clitic_known(word, broad.__contains__)
        return False

    def _accepts(self, word: str) -> bool:
        lex = self.lex
        if lex.known(word) or word in REAL_WORD[self.lang].values():
            return True
        if self.lang == "it":
            if word.endswith("'") and word[:-1] in ELISIONS:
                return True
            if inflection_known(word, lex.freq) or clitic_known(word, self._stem_ok):
                return True
            if prefix_known(word, self._stem_ok) or clitic_known(word, self._prefixed_ok):
                return True
            if self.loan is not None and (
                self.loan.freq(word) >= _LOANWORD_FREQ or cognate_known(word, self.loan.freq)
            ):
                return True
        else:
            for suffix in ("'s", "s'", "'"):
                if word.endswith(suffix) and lex.known(word[: -len(suffix)]):
                    return True
        return False

    def _stem_ok(self, word: str) -> bool:
        return self.lex.known(word) or inflection_known(word, self.lex.freq)

    def _prefixed_ok(self, word: str) -> bool:
        return self._stem_ok(word) or prefix_known(word, self._stem_ok)

    def suggest(self, word: str, limit: int = 3) -> tuple[str, ...]:
        """Return up to `limit` known words one edit away, most frequent first."""
        found = {c for c in _edits1(word, _letters(self.lang)) if self.lex.known(c)}
        ranked = sorted(found, key=lambda c: (-self.lex.freq(c), c))
        return tuple(ranked[:limit])


@cache
def speller(lang: str) -> Speller:
    """Return the speller of a language, built once."""
    return Speller(lang)


def _letters(lang: str) -> str:
    return "abcdefghijklmnopqrstuvwxyzàèéìòù'" if lang == "it" else "abcdefghijklmnopqrstuvwxyz'"


def _edits1(word: str, letters: str) -> Iterable[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            for c in letters:
                yield left + c + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for c in letters:
            yield left + c + right


def _match_case(template: str, word: str) -> str:
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_GRAVE = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
_MIXED_CASE = re.compile(r".\w*[A-Z]")


def check_spelling(
    words: list[Word], lang: str, accepted: frozenset[str], _: Translate
) -> list[CheckFinding]:
    """Return a finding for every unknown word (names, acronyms and accepted words skipped)."""
    sp = speller(lang)
    real = REAL_WORD[lang]
    findings: list[CheckFinding] = []
    for w in words:
        text = w.text
        low = w.lower
        if len(text) < 2 or w.abbreviation or low in accepted or low.rstrip("'") in accepted:
            continue
        if w.chunk != text and "-" in w.chunk and sp.accepts(w.chunk.lower()):
            continue  # wi-fi, e-mail, check-in: known as a whole
        if low in real:
            fix = _match_case(text, real[low])
            findings.append(
                CheckFinding(
                    "spelling",
                    Severity.MINOR,
                    _("“{word}” is a common mistake: write “{fix}”.").format(word=text, fix=fix),
                    text,
                    w.start,
                    w.end,
                    (fix,),
                )
            )
            continue
        if text.isupper() or (text[0].isupper() and not w.sentence_start):
            continue  # acronyms and names (Hotel, Rossi, IBAN)
        if (
            _MIXED_CASE.match(text)
            and not sp.accepts(low)
            and not (text[0].isupper() and text[1:].islower())
            and not text.islower()
        ):
            continue  # iPhone, WhatsApp; inviarLe is accepted below through its lowercase form
        if sp.core_accepts(low):
            continue
        suggestions = tuple(_match_case(text, s) for s in sp.suggest(low))
        if text[0].isupper() and not suggestions:
            continue  # a capitalised sentence opener with nothing close is likely a name
        accented = (
            _match_case(text, low[:-1] + _GRAVE.get(low[-1], low[-1])) if lang == "it" else ""
        )
        if accented and accented != text and sp.lex.known(accented.lower()):
            findings.append(
                CheckFinding(
                    "accent",
                    Severity.MINOR,
                    _("Accent: write “{fix}”, not “{word}”.").format(fix=accented, word=text),
                    text,
                    w.start,
                    w.end,
                    (accented,),
                )
            )
            continue
        if sp.broad_accepts(low):
            continue  # checked after the accent: the web writes "citta" and "perche" often
        findings.append(
            CheckFinding(
                "spelling",
                severity_for_spelling(),
                _("“{word}” is not in the dictionary: a typo?").format(word=text),
                text,
                w.start,
                w.end,
                suggestions,
            )
        )
    return findings
