"""The spelling engine: Hunspell where the system has it, the bundled word lists where not.

With Hunspell (see hunspell.py) a word is known when the dictionary accepts it, or it is in
our business supplement, or (Italian text only) it is a common English word that Italian text
really uses: known to Hunspell en_US *and* attested in the Italian word lists (file, server,
weekend), so an Italian typo that happens to spell an English word (part, grand) still counts.

Without Hunspell the bundled lists answer, with the acceptor of morphology.py on top (verb +
clitics, inflections, a few prefixes, cognates) and wordfreq's broad list after the accent
check. Suggestions come from suggest.py in both cases.
"""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Callable
from functools import cache

from auditor.checks.text import hunspell
from auditor.checks.text.context import pairs
from auditor.checks.text.en_forms import (
    able_known,
    en_compound_known,
    french_accented_known,
    ization_known,
    un_verb_known,
)
from auditor.checks.text.hunspell import HunspellDictionary
from auditor.checks.text.it_forms import compound_known, dictionary_gap_known, diminutive_known
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
from auditor.checks.text.phonetic import sound_index, sound_key, sound_keys
from auditor.checks.text.realword import REAL_WORD
from auditor.checks.text.suggest import (
    LETTERS,
    accent_variants,
    base,
    deletion_index,
    edits1,
    far_swaps,
    missing_letters,
    scored,
    shape_index,
    typing_edits,
    y_form,
)
from auditor.checks.text.unsuggested import NOT_SUGGESTED

log = logging.getLogger(__name__)

# Lists mode: an English word is a loanword in Italian only when common in English *and*
# attested in Italian text (the broad Italian list).
_LOANWORD_FREQ = 500
_SHADOW = 30
_COMMON_ITALIAN = 5000  # pyspellchecker's Italian count: campo, errore, valore, nulla
_COMMON_ENGLISH = 2000  # pyspellchecker's English count: about the 8,000 commonest words
_AUTO = object()
HUNSPELL_AFTER = 1.0
SLOW_SUGGESTIONS_PER_CHECK = (
    2  # edit cost of our best candidate above which Hunspell's suggest is asked
)
# English words spelt by ear (kwuzines): the words sharing the typed word's sound key join the
# candidates, ranked by their own edit cost (capping it lost 1.5 points of top-3 on generated
# slips), whether or not a candidate is within HUNSPELL_AFTER (see SOUND_NEAR_BONUS).
SOUND_MIN_FREQ = 100  # pyspellchecker's English count: the ~47,000 commoner words
# A longer word spelt by ear (extacy, geraff) would lose to the commoner words a dropped letter and
# a slip away (extract, graft): when nothing is close, the words that sound alike score this
# much better (+0.2 points of top-3 on real misspellings, generated slips unchanged).
SOUND_BONUS = 0.6
SOUND_BONUS_MIN_LEN = 6
# The words that sound alike are candidates even when a slip is close (folled: followed,
# fonetic: phonetic), with this smaller bonus: +0.2 points of top-3 on real misspellings,
# generated slips -0.04 points.
SOUND_NEAR_BONUS = 0.3
# An English word typed with an accent was meant with one: "cafè" is "café" misaccented before it
# is "cafe" (both one accent away, and the plain form is commoner by about a decade, 0.12).
ACCENT_KEPT_BONUS = 0.2
# English re-/pre-/un- words: the rest must be a common word (pyspellchecker's count; loaded,
# index, compress pass, verve, motte do not), and no known word may sit one slip away.
PREFIX_REST_FREQ = 1000
# Per decade of affinity with the neighbouring words (context.py). Tuned on the generated
# English slips of every tuning set (4,800): 96.25 % right in the top three without context,
# 97.67 at 0.15, 97.83 at 0.3, 97.60 at 0.45, 96.92 at 0.9. A cap on the bonus, or keeping it
# to the closest candidates, only lost slips.
CONTEXT_WEIGHT = 0.3
ONE_SLIP = 0.7  # a neighbouring key, a dropped, doubled or swapped letter
# Words a dropped letter plus one more slip away join the candidates when they are this common
# (pyspellchecker's count: ~19,000 English, ~14,000 Italian words): +1.5 to +2.7 points of top-3
# on every tuning set, the index built on the first unknown word (about 50 ms and 13 MB, once).
DROPPED_MIN_FREQ = 1000
# Names Hunspell knows only capitalised are candidates when this common (wednesday, september,
# arizona, milano): rarer names would crowd out common words, and shorter ones are mostly
# symbols and short names (Te, Sta, Ann) that no writer meant.
PROPER_MIN_FREQ = 100
PROPER_MIN_LEN = 4
# Real misspellings leave out two or three letters (complaing, prepatory, absout): the listed
# words holding a typed word of this length or more in order, two to MISSING_MOST letters
# longer, join the candidates (the index, about 1 MB, is built on the first unknown word).
MISSING_MIN_LEN = 5
MISSING_MOST = 3
# Abbreviations cut from a word (orizz., separaz., Car.): this many letters at least.
TRUNCATED_MIN_LEN = 3


def _common_word(lex: Lexicon, hun: HunspellDictionary) -> Callable[[str], bool]:
    """Return whether a word is common (PREFIX_REST_FREQ in the counts) and in the dictionary:
    what a prefix or a compound may join (English text, and English compounds in Italian)."""
    return lambda word: lex.freq(word) >= PREFIX_REST_FREQ and hun.check(word)


class Speller:
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
        self._suggested: dict[str, tuple[str, ...]] = {}
        self._sounds: dict[str, tuple[str, ...]] | None = None
        self._dropped: dict[str, str] | None = None
        self._shapes: dict[tuple[str, int], str] | None = None
        self._sorted: list[str] | None = None
        # Hunspell's Italian suggest takes 40-80 ms a word: a check asks it a few times at most,
        # so an e-mail full of jargon stays interactive (check_spelling resets this)
        self.slow_suggestions_left = SLOW_SUGGESTIONS_PER_CHECK
        self.load_ms = (time.perf_counter() - started) * 1000

    @property
    def engine(self) -> str:
        """Return "hunspell" or "lists": what decides whether a word is known."""
        return "hunspell" if self.hun is not None else "lists"

    def accepts(self, word: str) -> bool:
        """Return True when the lowercase word is known (the broad list included)."""
        return self.core_accepts(word) or self.broad_accepts(word)

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
        # sparatutto, casellina: a compound or a diminutive; unless a known word is one slip
        # away (spotare: spostare, not s + potare)
        return (
            prefix_known(word, self._stem_known)
            or compound_known(word, hun.check)
            or diminutive_known(word, hun.check)
            or self._english_compound(word)
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
            return self.loan_hun.check(word)
        return self.loan.freq(word) >= _LOANWORD_FREQ

    def is_loanword(self, word: str) -> bool:
        """Return True for an English word that Italian text really uses (file, weekend).

        English software words of our supplement always count (backend, fullscreen). Others are
        bounded: the word must be common in English or attested in Italian text, and must not
        be a far commoner Italian word missing its last letter (camp/campo, error/errore, dell/della), the
        commonest way a typo turns Italian into English.
        """
        if self.lang != "it" or self.loan is None:
            return False
        if word in self.loan.software:
            return True  # backend, fullscreen: Italian text about software uses them as they are
        if not self.english_word(word):
            return False
        if not (
            word in self.lex.broad
            or self.lex.freq(word) >= 100
            or self.loan.freq(word) >= _COMMON_ENGLISH
        ):
            return False
        # shadowed by a far commoner Italian word one letter longer
        floor = max(_SHADOW * self.lex.freq(word), _COMMON_ITALIAN)
        return not any(self.lex.freq(word + v) > floor for v in "aeio")

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
            if prefix_known(word, self._stem_ok) or clitic_known(word, self._prefixed_ok):
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
        return self._stem_ok(word) or prefix_known(word, self._stem_ok)

    # --- suggestions ---------------------------------------------------------------------
    def suggest(
        self, word: str, limit: int = 3, around: tuple[str, str] = ("", "")
    ) -> tuple[str, ...]:
        """Return up to `limit` corrections of a lowercase word, likeliest first.

        `around`: the lowercase words just before and after it in the same sentence ("" where
        none), which rank the corrections that fit between them higher (context.py).
        """
        counts = pairs(self.lang) if any(around) else None
        if counts is None:
            around = ("", "")  # no counts to rank by: one cache entry for the word
        key = f"{word}\0{limit}\0{around[0]}\0{around[1]}"
        hit = self._suggested.get(key)
        if hit is None:
            found = self._candidates(word)
            best = scored(word, found, self.lang, self.lex.freq)
            far = not best or best[0][1] > HUNSPELL_AFTER
            more = self._shaped(word)
            if self.lang == "en" and len(word) >= 4:
                # the writer may have spelt the word by ear: the words that sound alike
                more |= {
                    c
                    for c in self.sounds().get(sound_key(word), ())
                    if self.known(c) and c not in REAL_WORD[self.lang]
                }
            if (
                self.hun is not None
                and not self.hun.slow
                and self.slow_suggestions_left > 0
                and len(word) >= 5
                and far
            ):
                self.slow_suggestions_left -= 1
                # nothing close enough within two typing slips: add Hunspell's own (slower)
                # search, which also knows letters dropped in pairs (pdedfinito)
                more |= {s.lower() for s in self.hun.suggest(word) if s.isalpha()}
            more -= found
            more.discard(word)
            if more:
                found |= more
                best = scored(word, found, self.lang, self.lex.freq)
            if self.lang == "en" and len(word) >= SOUND_BONUS_MIN_LEN:
                bonus = SOUND_BONUS if far else SOUND_NEAR_BONUS
                sound = sound_key(word)
                best = sorted(
                    (s - bonus if sound in sound_keys(c) else s, e, c) for s, e, c in best
                )
            if counts is not None:
                left, right = around
                # the word-pair counts hold plain letters: café is looked up as cafe
                best = sorted(
                    (s - CONTEXT_WEIGHT * counts.fit(left, _plain(c), right), e, c)
                    for s, e, c in best
                )
            if self.lang == "en" and not word.isascii():
                variants = accent_variants(word, self.lang)
                best = sorted(
                    (s - ACCENT_KEPT_BONUS if c in variants and not c.isascii() else s, e, c)
                    for s, e, c in best
                )
            vulgar = NOT_SUGGESTED.get(self.lang, frozenset())
            shown = [c for _s, _e, c in best if c not in vulgar]
            hit = tuple(self._shown(c) for c in shown[:limit])
            self._suggested[key] = hit
        return hit

    def sounds(self) -> dict[str, tuple[str, ...]]:
        """Return the commoner words of the language by sound key, built on first use."""
        if self._sounds is None:
            freq = self.lex.frequency
            self._sounds = sound_index(freq, lambda w: freq[w] >= SOUND_MIN_FREQ)
        return self._sounds

    def _known_any(self, word: str) -> bool:
        """Return True for a known word, or (Hunspell) a common one known capitalised (Wednesday)."""
        if self.known(word):
            return True
        common = len(word) >= PROPER_MIN_LEN and self.lex.freq(word) >= PROPER_MIN_FREQ
        return common and self.hun is not None and self.hun.check(_capital(word))

    def _shown(self, word: str) -> str:
        """Return a suggestion as written: capitalised when Hunspell knows it only so."""
        if self.hun is None or self.known(word):
            return word
        capital = _capital(word)
        return capital if self.hun.check(capital) else word

    def dropped(self) -> dict[str, str]:
        """Return the commoner words (space-joined) by each one-letter-short form, built once."""
        if self._dropped is None:
            freq = self.lex.frequency
            self._dropped = deletion_index(
                w for w, n in freq.items() if n >= DROPPED_MIN_FREQ and len(w) > 1
            )
        return self._dropped

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

    def shapes(self) -> dict[tuple[str, int], str]:
        """Return the listed words by first letter and length, built once."""
        if self._shapes is None:
            self._shapes = shape_index(self.lex.frequency)
        return self._shapes

    def _shaped(self, word: str) -> set[str]:
        """Return the known words a real misspeller's shape away: letters left out, -ys for -ies.

        Kept out of _candidates: whether a typing slip is close (HUNSPELL_AFTER, ONE_SLIP) is
        judged without them, so Hunspell's own search still runs when no slip is close.
        """
        found = set()
        if len(word) >= MISSING_MIN_LEN:
            found.update(missing_letters(word, self.shapes(), MISSING_MOST))
        found |= far_swaps(word)
        plural = y_form(word) if self.lang == "en" else word
        if plural != word:
            found.add(plural)  # countrys, copyed
        known = self._known_any if self.hun is not None else self.lex.known
        return {c for c in found if c not in REAL_WORD[self.lang] and known(c)}

    def _candidates(self, word: str) -> set[str]:
        lex = self.lex
        listed = lex.frequency
        extra = lex.extra

        def in_lists(c: str) -> bool:
            return c in listed or c in extra

        known = self._known_any
        found = {c for c in accent_variants(word, self.lang) if known(c)}
        one = edits1(word, LETTERS.get(self.lang, LETTERS["en"]))
        if self.hun is not None and not self.hun.slow:
            found |= {c for c in one if (in_lists(c) and known(c)) or self.hun.check(c)}
        elif self.hun is not None:
            found |= {c for c in one if in_lists(c) and known(c)}
        else:
            found |= {c for c in one if in_lists(c)}
        slips = typing_edits(word, self.lang)
        two = {c for s in slips for c in typing_edits(s, self.lang) if in_lists(c)}
        dropped = self.dropped()
        two |= {c for s in (*slips, word) for c in dropped.get(s, "").split() if c not in found}
        if self.hun is not None:
            two = {c for c in two if known(c)}
        found |= two
        found.discard(word)
        return {c for c in found if c not in REAL_WORD[self.lang]}


def _plain(word: str) -> str:
    return word if word.isascii() else "".join(base(c) for c in word)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


@cache
def speller(lang: str) -> Speller:
    """Return the speller of a language, built once (Hunspell where the system has it)."""
    return Speller(lang)
