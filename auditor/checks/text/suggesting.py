"""The suggestion half of the spelling engine: the corrections offered for an unknown word.

Speller (engine.py) decides which words are known and inherits this half, which gathers the
candidates (accents, one and two typing slips, letters left out, a dropped letter and one more
slip, the words that sound alike, Hunspell's own search when nothing is close) and ranks them:
suggest.py's weighted edit cost and word frequency, then the sound, the neighbouring words and
an accent kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.checks.text.agreement import AGREEMENT_PENALTY, RULED_OUT, ruled_out
from auditor.checks.text.context import pairs
from auditor.checks.text.lexicon import ELISIONS
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

if TYPE_CHECKING:
    from auditor.checks.text.hunspell import HunspellDictionary
    from auditor.checks.text.lexicon import Lexicon

_ELIDED = frozenset(e + "'" for e in ELISIONS)  # dell', all', anch'
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
# Per decade of affinity with the neighbouring words (context.py). Tuned on the generated
# English slips of every tuning set (4,800): 96.25 % right in the top three without context,
# 97.67 at 0.15, 97.83 at 0.3, 97.60 at 0.45, 96.92 at 0.9. A cap on the bonus, or keeping it
# to the closest candidates, only lost slips.
CONTEXT_WEIGHT = 0.3  # Words a dropped letter plus one more slip away join the candidates when they are this common
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


class Suggesting:
    """Suggestions for a Speller: what it knows comes from its `known` and its dictionaries."""

    lang: str
    lex: Lexicon
    hun: HunspellDictionary | None

    def _init_suggestions(self) -> None:
        self._suggested: dict[str, tuple[str, ...]] = {}
        self._sounds: dict[str, tuple[str, ...]] | None = None
        self._dropped: dict[str, str] | None = None
        self._shapes: dict[tuple[str, int], str] | None = None
        # Hunspell's Italian suggest takes 40-80 ms a word: a check asks it a few times at most,
        # so an e-mail full of jargon stays interactive (check_spelling resets this)
        self.slow_suggestions_left = SLOW_SUGGESTIONS_PER_CHECK

    def known(self, word: str) -> bool:  # pragma: no cover - Speller's
        raise NotImplementedError

    def suggest(
        self, word: str, limit: int = 3, around: tuple[str, str] = ("", "")
    ) -> tuple[str, ...]:
        """Return up to `limit` corrections of a lowercase word, likeliest first.

        `around`: the lowercase words just before and after it in the same sentence ("" where
        none), which rank the corrections that fit between them higher (context.py).
        """
        counts = pairs(self.lang) if any(around) else None
        article = around[0] if self.lang == "it" and around[0] in RULED_OUT else ""
        if counts is None:
            around = (article, "")  # no counts to rank by: an entry per word and article
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
            if article:
                best = sorted(
                    (s + AGREEMENT_PENALTY if ruled_out(article, c) else s, e, c)
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
        # an elided article or preposition misspelt (del'elenco, dal'UFE, anche'esso): no
        # dictionary word ends with an apostrophe, so the elisions a slip or two away are offered
        # by name, read in the same pass as the two-slip words
        elided = _ELIDED if self.lang == "it" and word.endswith("'") else frozenset()
        two: set[str] = set()
        near_elided = set(elided & one)
        for s in slips:
            for c in typing_edits(s, self.lang):
                if in_lists(c):
                    two.add(c)
                if c in elided:
                    near_elided.add(c)
        dropped = self.dropped()
        two |= {c for s in (*slips, word) for c in dropped.get(s, "").split() if c not in found}
        if self.hun is not None:
            two = {c for c in two if known(c)}
        found |= two | near_elided
        found.discard(word)
        return {c for c in found if c not in REAL_WORD[self.lang]}


def _plain(word: str) -> str:
    return word if word.isascii() else "".join(base(c) for c in word)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]
