"""Names in a text: a name written in lower case (milano), the names a text writes mid-sentence,
and a sentence that opens on a name of two words (Abu Dhabi, Bruce Schneier). The spelling check
(spelling.py) asks these before it calls a capitalised or lowercase word a typo."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.checks.text import engine
from auditor.checks.text.engine import Speller, speller
from auditor.checks.text.suggest import cost
from auditor.checks.text.tokenize import Word

# A name Hunspell knows only with its capital (Milano, London), written in lower case, is offered
# first unless a word one slip away counts more than NAME_RATIO times as often as the name in the
# lowercased word counts (at least NAME_FLOOR): "tirolo" (50) is a slip of "titolo" (14,264),
# "locke" (333) of "locked" (116,238); "milano" (401, "molano" 50), "torino" (202, "tornino"
# 2,142) and "paris" (1,081, "pairs" 7,245) are the names. Not first, the name is offered third.
# Of 24,000 generated slips over every measured set, 8 Italian and 38 English ones are such names
# (metodio, tirolo; fromm, colum): all keep their correction first but one, "asir" for "sir",
# whose correction the name pushes out of the first three.
NAME_RATIO = 20
NAME_FLOOR = 100
NAME_MIN_LEN = 4
# A sentence opener before a name no dictionary has (Abu Dhabi, Bruce Schneier) heads that name,
# unless a word people write this often (pyspellchecker's count, the deletion index's floor of
# commoner words) is one slip from it and no dictionary knows it as a name: "Thhe Wesnoth",
# "Inolytre Mediawiki" stay slips, and so does "Milo Casagrande" (mio), the price. Measured
# on the sentence-opener benchmark: without this floor 16 of 2,820 planted slips were lost, with
# it 4, each a given name misspelt before a surname (Clauido, Alesanfro).
COMMON_FREQ = 1_000


# The best-known names of the web's services and of software, as their owners write them. Customer
# copy writes them in small letters ("Paga con il tuo account paypal", "Seguici su youtube"),
# where no dictionary has them, so the spelling rule offered the nearest words (papa and palpa
# for paypal, sappiate for whatsapp, nothing for javascript). Offered first, as "milano" is
# offered Milano; "google", "skype" and "zoom" are words in small letters and never reach it.
KNOWN_NAMES = {
    name.lower(): name
    for name in (
        "PayPal",
        "Facebook",
        "YouTube",
        "WhatsApp",
        "LinkedIn",
        "Instagram",
        "TikTok",
        "Pinterest",
        "TripAdvisor",
        "Airbnb",
        "Gmail",
        "Wikipedia",
        "Firefox",
        "JavaScript",
        "GitHub",
        "GitLab",
        "WordPress",
        "WooCommerce",
        "Mastercard",
        "Netflix",
        "Spotify",
        "Dropbox",
        "Satispay",
        "Trenitalia",
        "iPhone",
        "iPad",
    )
}


def known_name(word: str) -> str | None:
    """Return how a well-known name is written when the word writes it in small letters
    ("paypal": PayPal), or None. Capitalised, it is read as every capitalised name is."""
    return KNOWN_NAMES.get(word) if word.islower() else None


def lowercase_name(word: str, sp: Speller) -> str:
    """Return "Milano" for "milano": a name the dictionary knows only with its capital, written
    in lower case, or a well-known name written so ("paypal": PayPal); else ""."""
    known = known_name(word)
    if known:
        return known
    if sp.hun is None or len(word) < NAME_MIN_LEN or not word.islower():
        return ""
    name = word[:1].upper() + word[1:]
    return name if sp.hun.check(name) else ""


def one_slip_count(word: str, suggestions: Sequence[str], sp: Speller) -> int:
    """Return how often people write the commonest suggestion one slip from the lowercase word
    (0 when none is that close)."""
    return max(
        (
            sp.lex.freq(s.lower())
            for s in suggestions
            if cost(word, s.lower(), sp.lang) <= engine.ONE_SLIP
        ),
        default=0,
    )


def name_first(word: str, sp: Speller, suggestions: Sequence[str]) -> bool:
    """Return True when no suggestion one slip away is far commoner than the name (NAME_RATIO)."""
    return one_slip_count(word, suggestions, sp) <= NAME_RATIO * max(sp.lex.freq(word), NAME_FLOOR)


def names_in(words: list[Word]) -> frozenset[str]:
    """Return the capitalised words written mid-sentence: the names the text itself uses."""
    return frozenset(
        w.text
        for w in words
        if len(w.text) > 1 and w.text[0].isupper() and not w.sentence_start and not w.text.isupper()
    )


def given_name(word: str, lang: str) -> bool:
    """Return True for a name the text's dictionary knows only capitalised (Simone, Vincenzo).
    Only the text's own: a clean English heading does not load the Italian dictionary."""
    hun = speller(lang).hun
    return hun is not None and hun.check(word) and not hun.check(word.lower())


def opens_a_name(words: list[Word], i: int, text: str, lang: str, titled: frozenset[int]) -> bool:
    """Return True when a sentence opens on a name of two words: the capitalised word after the
    opener, one space on, is one no dictionary of either language knows (Abu Dhabi, Bruce
    Schneier, Lecha Dodi). A slip on a word before a dictionary's word ("Gentlie Cliente") or in a
    heading in Title Case ("Click Here To Downlaod Our Brochure") is still spelt."""
    w = words[i]
    if not w.sentence_start or w.start in titled or i + 1 >= len(words):
        return False
    after = words[i + 1]
    name = after.text
    return (
        text[w.end : after.start] == " "
        and after.start not in titled
        and not after.abbreviation
        and len(name) > 2
        and name[0].isupper()
        and not name.isupper()
        and not any(dictionary_word(after, language) for language in ("it", "en"))
    )


def dictionary_name(word: str) -> bool:
    """Return True for a name a dictionary of either language knows only capitalised (Milo,
    Albert in Italian text: the English dictionary's given names)."""
    return any(given_name(word, lang) for lang in ("it", "en"))


def dictionary_word(w: Word, lang: str) -> bool:
    """Return True when a language's dictionary has the word as it is: Hunspell with our
    supplement, not the compounds and derivations the engine accepts besides (Casagrande is
    no casa + grande there); the bundled lists where the system has no Hunspell."""
    sp = speller(lang)
    if sp.hun is None:
        return sp.core_accepts(w.lower, w.text)
    return sp.known(w.lower) or sp.hun.check(w.text)
