"""One-letter words: those that do not exist ("é" for "è", "l amico" for "l'amico") and
Italian's "e" left in English copy for "and"."""

from __future__ import annotations

import re

from auditor.checks.base import CheckFinding
from auditor.checks.text.symbols import unit_after_number
from auditor.checks.text.tokenize import Word, previous_token
from auditor.i18n import Translate
from auditor.model import Severity

# One-letter words: the ones that exist, and the fix of a few that do not.
ONE_LETTER = {
    "it": frozenset("aeèioAEÈIO"),
    "en": frozenset("aAIiO"),  # lowercase "i" is the capitalization rule's
}
ONE_LETTER_FIX = {
    "é": "è",
    "É": "È",
    "à": "a",
    "À": "A",
    "ì": "i",
    "ò": "o",
    "ó": "o",
    "ù": "u",
}
# Italian consonants that stand alone only as an elision missing its apostrophe (l amico).
_ELIDED = frozenset("lLdDcCsSmMtTvVnN")
_VOWEL_OR_H = frozenset("aeiouàèéìòùhAEIOUÀÈÉÌÒÙH")
_NE_HOSTS = frozenset(["ce", "se", "me", "te", "ve"])


def word_finding(rule: str, message: str, w: Word, suggestions: tuple[str, ...]) -> CheckFinding:
    """Return a minor finding on one word, with its suggested fixes."""
    return CheckFinding(rule, Severity.MINOR, message, w.text, w.start, w.end, suggestions)


def one_letter(
    w: Word, lang: str, text: str, _: Translate, in_italian: bool = False
) -> CheckFinding | None:
    """Return a finding for a one-letter word that does not exist ("é" for "è", "l amico");
    `in_italian`: the word stands in an Italian line or phrase of an English text."""
    c = w.text
    if c in ONE_LETTER.get(lang, frozenset()) or not c.isalpha():
        return None
    fix = ONE_LETTER_FIX.get(c)
    if fix is None and c.isupper():
        return None  # a label or an initial: "punto C", "N. Rossi"
    if fix is not None:
        return word_finding(
            "accent", _("Accent: write “{fix}”, not “{word}”.").format(fix=fix, word=c), w, (fix,)
        )
    if lang == "en" and c == "e":
        return None if in_italian else _italian_and(w, text, _)
    if lang != "it" or c not in _ELIDED or w.abbreviation:
        return None
    # only between two words: "l amico", not a list label "c)", an initial "M. Rossi" or "n. 3"
    after = text[w.end : w.end + 2]
    before = text[w.start - 1 : w.start] if w.start else ""
    # an elision stands before a vowel or h only: "ogni n righe", "n su m" name a number; n' is
    # the clitic ne after ce/se/me/te/ve (ce n'è), so "n è un multiplo di 4" is a variable
    vowel_next = len(after) == 2 and after[0] == " " and after[1] in _VOWEL_OR_H
    if c in "nN" and previous_token(text, w.start).lower() not in _NE_HOSTS:
        return None
    if previous_token(text, w.start) == "&":
        return None  # a company's "& c" (e compagni): "Ferremi & c è in grado di..."
    if unit_after_number(w, text):
        return None  # a unit after its number: "formati fino a 4x24 m e spessori", "2 l e 5 kg"
    if vowel_next and before in ("", " ", "\n"):
        fix = c + "'"
        message = _("Apostrophe: write “{fix}”, not “{word}”.").format(fix=fix, word=c)
        return word_finding("accent", message, w, (fix,))
    return None


# Italian's "e" left in English copy between two words ("rooms e breakfast", "October) e the
# winter"): the commonest Italianism of an Italian business's English. Only between words one
# space apart, and not where English names the letter ("press e to edit", "the e key").
_LETTER_NAMED_BEFORE = frozenset(
    ("the", "a", "an", "letter", "press", "type", "key", "vitamin", "short", "long", "silent")
)
_LETTER_NAMED_AFTER = frozenset(("key", "button", "to", "is", "=", "and", "or", "instead"))
# the word after a space, read where it stands (not by splitting the rest of the text)
_NEXT_WORD = re.compile(r" \s*(\S+)")


def _italian_and(w: Word, text: str, _: Translate) -> CheckFinding | None:
    after = _NEXT_WORD.match(text, w.end)
    if text[w.start - 1 : w.start] != " " or after is None:
        return None
    word_before = previous_token(text, w.start).rstrip(").,;:»”\"'").lower()
    if len(word_before) < 2 or not word_before.isalpha() or word_before in _LETTER_NAMED_BEFORE:
        return None  # "d e f": an alphabet, not a sentence
    word_after = after.group(1).lower()
    if len(word_after) < 2 or not word_after[:1].isalpha() or word_after in _LETTER_NAMED_AFTER:
        return None
    message = _("“e” is Italian: write “and”.")
    return word_finding("spelling", message, w, ("and",))
