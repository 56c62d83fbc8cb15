"""The spelling engine: Hunspell where the system has it, the bundled word lists where not.

With Hunspell (see hunspell.py) a word is known when the dictionary accepts it, or it is in
our business supplement, or (Italian text only) it is a common English word that Italian text
really uses: known to Hunspell en_US *and* attested in the Italian word lists (file, server,
weekend), so an Italian typo that happens to spell an English word (part, grand) still counts.

Without Hunspell the bundled lists answer, with the acceptor of morphology.py on top (verb +
clitics, inflections, a few prefixes, cognates) and wordfreq's broad list after the accent
check. Suggestions come from suggesting.py (its ranking from suggest.py) in both cases.
"""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Callable
from functools import cache

from auditor.checks.text import hunspell
from auditor.checks.text.en_forms import (
    able_known,
    en_compound_known,
    french_accented_known,
    ization_known,
    un_verb_known,
)
from auditor.checks.text.hunspell import HunspellDictionary
from auditor.checks.text.it_forms import (
    compound_known,
    dictionary_gap_known,
    diminutive_known,
    superlative_known,
)
from auditor.checks.text.lexicon import ELISIONS, Lexicon, lexicon
from auditor.checks.text.morphology import (
    british_known,
    clitic_known,
    cognate_known,
    derived_known,
    en_prefix_known,
    inflection_known,
    prefix_known,
)
from auditor.checks.text.realword import REAL_WORD
from auditor.checks.text.suggest import scored
from auditor.checks.text.suggesting import Suggesting
from auditor.checks.text.units import unit_name

log = logging.getLogger(__name__)

# Lists mode: an English word is a loanword in Italian only when common in English *and*
# attested in Italian text (the broad Italian list).
_LOANWORD_FREQ = 500
_SHADOW = 30
_COMMON_ITALIAN = 5000  # pyspellchecker's Italian count: campo, errore, valore, nulla
_COMMON_ENGLISH = 2000  # pyspellchecker's English count: about the 8,000 commonest words
_AUTO = object()
# English re-/pre-/un- words: the rest must be a common word (pyspellchecker's count; loaded,
# index, compress pass, verve, motte do not), and no known word may sit one slip away.
PREFIX_REST_FREQ = 1000
ONE_SLIP = 0.7  # a neighbouring key, a dropped, doubled or swapped letter
# English closed compounds in Italian prose: each word this many letters at least, so a slip is
# not read as a short English word and the rest ("material": mate + rial)
JOINED_PART = 4
# Abbreviations cut from a word (orizz., separaz., Car.): this many letters at least.
TRUNCATED_MIN_LEN = 3


def _common_word(lex: Lexicon, hun: HunspellDictionary) -> Callable[[str], bool]:
    """Return whether a word is common (PREFIX_REST_FREQ in the counts) and in the dictionary:
    what a prefix or a compound may join (English text, and English compounds in Italian)."""
    return lambda word: lex.freq(word) >= PREFIX_REST_FREQ and hun.check(word)


class Speller(Suggesting):
    """Decide whether a word is spelt right in one language, with suggestions when it is not."""

    def __init__(self, lang: str, dictionary: object = _AUTO) -> None:
        started = time.perf_counter()
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)
        self.loan: Lexicon | None = lexicon("en") if lang == "it" else None
        self.hun: HunspellDictionary | None = (
            hunspell.dictionary(lang) if dictionary is _AUTO else dictionary  # type: ignore[assignment]
        )
        self.loan_hun: HunspellDictionary | None = None
        if self.hun is not None and lang == "it":
            self.loan_hun = hunspell.dictionary("en") if dictionary is _AUTO else None
        self._cache: dict[str, bool] = {}
        self._sorted: list[str] | None = None
        self._init_suggestions()
        self.load_ms = (time.perf_counter() - started) * 1000

    @property
    def engine(self) -> str:
        """Return "hunspell" or "lists": what decides whether a word is known."""
        return "hunspell" if self.hun is not None else "lists"

    def accepts(self, word: str, surface: str = "") -> bool:
        """Return True when the lowercase word is known (the broad list included); surface is
        the word as written, for the words a dictionary knows capitalised (European, Roma)."""
        return self.core_accepts(word, surface) or self.broad_accepts(word)

    def own_word(self, word: str, surface: str = "") -> bool:
        """Return True for a word of the language's own dictionary: Hunspell's where the system
        has it, not our loanwords and supplements ("model" and "file" are no Italian words
        there); the bundled lists where it has none."""
        return self.hun.check(word) if self.hun is not None else self.core_accepts(word, surface)

    def core_accepts(self, word: str, surface: str = "") -> bool:
        """Return True when the word is known; surface is the word as written (Roma, iPhone)."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._hun_accepts(word) if self.hun is not None else self._list_accepts(word)
            self._cache[word] = hit
        if not hit and surface and surface != word and self.hun is not None:
            return self.hun.check(surface)
        return hit

    def broad_accepts(self, word: str) -> bool:
        """Return True when wordfreq's common words know the word (lists mode only)."""
        if self.hun is not None:
            return False  # Hunspell's precision is the point: the web's misspellings stay out
        broad = self.lex.broad
        if word in broad:
            return True
        if self.lang == "it":
            if word.endswith("'") and len(word) > 3:  # vent'anni, sott'olio
                return any(word[:-1] + v in broad for v in "aeio")
            return clitic_known(word, broad.__contains__)
        # the smartphone's sensors, the users' data: a possessive of a common word
        return (word.endswith("'s") and word[:-2] in broad) or (
            word.endswith("s'") and word[:-1] in broad
        )

    def known(self, word: str) -> bool:
        """Return True when a lowercase word is a real word (used to validate suggestions)."""
        if self.hun is not None:
            return self.hun.check(word) or word in self.lex.extra
        return self.lex.known(word)

    # --- Hunspell mode -------------------------------------------------------------------
    def _hun_accepts(self, word: str) -> bool:
        hun = self.hun
        assert hun is not None
        if hun.check(word) or word in self.lex.extra or word in REAL_WORD[self.lang].values():
            return True
        if word.endswith("'"):
            stem = word[:-1]
            if self.lang == "it":
                return stem in ELISIONS or any(hun.check(stem + v) for v in "aeio")
            return self.core_accepts(stem)  # the guests' rooms, the plugins' pages
        if self.lang != "it":
            if british_known(word, self._american_known, self.lex.freq) or french_accented_known(
                word, hun.check
            ):
                return True
            if word.endswith("'s") and len(word) > 4 and self.core_accepts(word[:-2]):
                # someone else's, the backend's page: the possessive of any word we accept,
                # our supplement's and the compounds' included
                return True

            # reindex, unchecking, untrusted: a common word behind re-/pre-/un-, unless one slip
            # away from a known word (remotte: remote, undefied: undefined, reguards: regards)
            # listbox, refreshable, subkey: software English joins common words freely
            common = _common_word(self.lex, hun)
            return (
                en_prefix_known(word, common)
                or able_known(word, common)
                or ization_known(word, hun.check)
                or en_compound_known(word, common)
                or un_verb_known(word, common)
                or unit_name(word, "en")  # hectopascals, microtesla
            ) and not self.one_slip_from_known(word, own_forms=True)
        # sottomodulo, superutente: a long productive prefix on a word Hunspell knows;
        # evidenziazione, indicizzatore: a derivation of a verb it knows
        if (
            prefix_known(word, hun.check, long_only=True)
            or derived_known(word, hun.check)
            or dictionary_gap_known(word, hun.check)
            or self.is_loanword(word)
        ):
            return True
        # reindicizzare, rilocazione, preformattato: ri-/re-/pre-... on a verb or verbal noun;
        # sparatutto, casellina, amenissime: a compound, a diminutive or a superlative; unless a
        # known word is one slip away (spotare: spostare, not s + potare)
        return (
            prefix_known(word, self._stem_known)
            or compound_known(word, hun.check)
            or diminutive_known(word, hun.check)
            or superlative_known(word, hun.check)  # amenissime: ameno
            or self._english_compound(word)
            or unit_name(word, "it")  # ettopascal, nanotesla
        ) and not self.one_slip_from_known(word)

    def _american_known(self, word: str) -> bool:
        """Return True for the American form a British spelling is read as: a word Hunspell or
        our supplement knows, or the -ization noun of a verb Hunspell knows (sanitisation)."""
        assert self.hun is not None
        return self.known(word) or ization_known(word, self.hun.check)

    def _english_compound(self, word: str) -> bool:
        """Return True for a closed English compound Italian software text keeps as it is
        (netlist, keymap, codepage): the same rule as in English text, read with the English
        dictionary and word counts; the caller's one-slip guard keeps Italian typos out."""
        if self.loan_hun is None or self.loan is None:
            return False
        return en_compound_known(word, _common_word(self.loan, self.loan_hun))

    def _stem_known(self, word: str) -> bool:
        hun = self.hun
        assert hun is not None
        return hun.check(word) or derived_known(word, hun.check)

    def listed(self, word: str) -> bool:
        """Return True when the lowercase word is in the word-frequency list (a word people
        write, not one Hunspell builds by compounding: bellavista)."""
        return self.lex.freq(word) > 0

    def in_use(self, word: str) -> bool:
        """Return True when people write the lowercase word in this language's text: listed, or
        an English word Italian text uses as it is (hotel, editor, mixer), or an Italian elided
        article or preposition (all', dell')."""
        if self.lang == "it" and word.endswith("'"):
            return word[:-1] in ELISIONS
        return self.listed(word) or self.is_loanword(word)

    def one_slip_from_known(self, word: str, own_forms: bool = False) -> bool:
        """Return True when a known word is one slip away: a letter too many, or cost <= ONE_SLIP.

        `own_forms`: the word's own plural or singular does not count (an English compound the
        dictionary knows only in the plural, breakpoints, or only in the singular, chatroom).
        """
        own: set[str] = set()
        if own_forms:
            other = word[:-1] if word.endswith("s") else word + "es"
            own = {word + "s", word + "'s", other}
        drops = {word[:i] + word[i + 1 :] for i in range(len(word))} - own
        if any(self.known(d) for d in drops):
            return True  # a letter too many: reguards is regards, not re + guards
        best = scored(word, self._candidates(word), self.lang, self.lex.freq)
        return any(edit <= ONE_SLIP and c not in own for _s, edit, c in best)

    def english_word(self, word: str) -> bool:
        """Return True, in Italian text, for a lowercase word of English: its Hunspell
        dictionary's, or common in its word counts when that dictionary is missing."""
        if self.loan is None:
            return False
        if self.loan_hun is not None:
            # our English supplement's words are English too (cybersecurity, lockdown): Hunspell
            # en_US lacks them, and Italian prose borrows them as English prose uses them
            return self.loan_hun.check(word) or word in self.loan.extra
        return self.loan.freq(word) >= _LOANWORD_FREQ

    def english_joined(self, word: str) -> bool:
        """Return True, in Italian text, for two English words of four letters or more written
        as one (mountainbikers, crowdsensing, opendata): English's closed compounds, which
        Italian prose borrows as it finds them. Two Italian words run together are not."""
        for cut in range(JOINED_PART, len(word) - JOINED_PART + 1):
            head, tail = word[:cut], word[cut:]
            if (
                self.english_word(head)
                and self.english_word(tail)
                and not (self.known(head) and self.known(tail))
            ):
                return True
        return False

    def is_loanword(self, word: str) -> bool:
        """Return True for an English word that Italian text really uses (file, weekend).

        English software words of our supplement always count (backend, fullscreen). Others are
        bounded: the word must be common in English or attested in Italian text, and must not
        be a far commoner Italian word missing its last letter (camp/campo, error/errore, dell/della), the
        commonest way a typo turns Italian into English.
        """
        return self.loanword_shadows(word) == ()

    def loanword_shadows(self, word: str) -> tuple[str, ...] | None:
        """Return None for a word that is no English word Italian text uses; for one that is,
        the far commoner Italian words one letter longer that make it a likely slip (form:
        forma, forme), none for a loanword. The caller may read the words around: "il form" is
        no slip of the feminine forma."""
        if self.lang != "it" or self.loan is None:
            return None
        if word in self.loan.software:
            return ()  # backend, fullscreen: Italian text about software uses them as they are
        if not self.english_word(word):
            return None
        if not (
            word in self.lex.broad
            or self.lex.freq(word) >= 100
            or self.loan.freq(word) >= _COMMON_ENGLISH
        ):
            return None
        floor = max(_SHADOW * self.lex.freq(word), _COMMON_ITALIAN)
        return tuple(word + v for v in "aeio" if self.lex.freq(word + v) > floor)

    # --- lists mode ----------------------------------------------------------------------
    def _list_accepts(self, word: str) -> bool:
        lex = self.lex
        if lex.known(word) or word in REAL_WORD[self.lang].values():
            return True
        if self.lang == "it":
            if word.endswith("'") and word[:-1] in ELISIONS:
                return True
            if inflection_known(word, lex.freq) or clitic_known(word, self._stem_ok):
                return True
            # not the guarded prefixes: the lists lack too many words their slips would be
            # one slip from (metadatti is metadati, which the lists do not have)
            if prefix_known(word, self._stem_ok, slip_checked=False) or clitic_known(
                word, self._prefixed_ok
            ):
                return True
            if self.is_loanword(word) or (
                self.loan is not None and cognate_known(word, self.loan.freq)
            ):
                return True
        else:
            # customise, organiser, colour: the British rules Hunspell mode reads, on the lists
            if british_known(word, lex.known, lex.freq) or french_accented_known(word, lex.known):
                return True
            for suffix in ("'s", "s'", "'"):
                if word.endswith(suffix) and lex.known(word[: -len(suffix)]):
                    return True
        return False

    def _stem_ok(self, word: str) -> bool:
        return self.lex.known(word) or inflection_known(word, self.lex.freq)

    def _prefixed_ok(self, word: str) -> bool:
        return self._stem_ok(word) or prefix_known(word, self._stem_ok, slip_checked=False)

    def truncates_known(self, word: str) -> bool:
        """Return True when a listed word at least two letters longer starts with the word, cut
        after a consonant: the way abbreviations are made (orizz. for orizzontale, separaz.,
        approx.); a word cut after a vowel is more often a typo (prodott: prodotto)."""
        if len(word) < TRUNCATED_MIN_LEN or word[-1] in "aeiouàèéìòù":
            return False
        if self._sorted is None:
            self._sorted = sorted(self.lex.frequency)
        i = bisect.bisect_right(self._sorted, word)
        while i < len(self._sorted) and self._sorted[i].startswith(word):
            if len(self._sorted[i]) >= len(word) + 2:
                return True
            i += 1
        return False


@cache
def speller(lang: str) -> Speller:
    """Return the speller of a language, built once (Hunspell where the system has it)."""
    return Speller(lang)
