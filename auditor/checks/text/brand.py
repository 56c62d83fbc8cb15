"""The client's brand names written exactly: not "hotel bellavista", "Bella Vista", "Belavista"."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from auditor.checks.base import CheckFinding
from auditor.checks.text.tokenize import WEB_ADDRESS, Word
from auditor.i18n import Translate
from auditor.model import Severity

log = logging.getLogger(__name__)

# What may stand between two words of one written name: spaces, a hyphen or an ampersand
# ("B & B Il Vicoletto", "Farrow&Ball"), or a dot with no space ("Bella.Vista"); a full stop and
# a space end a sentence, and no name runs across it.
_JOIN = re.compile(r"[ \t]*|[ \t]*[-&][ \t]*|\.")
_PARTS = re.compile(r"[ \t.\-]+")
_MIN_FUZZY = 5  # shorter names match too many ordinary words
_POSSESSIVE = re.compile(r"\w['’]s$")
# The words a name is made of: "KTimeTracker" is K, Time, Tracker; "McDonald's" Mc, Donald's.
_SEGMENTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9'’]+|\d+")


# What parts a name's words: spaces, hyphens and either apostrophe ("La Siorén’na", "Cairo-Dock")
_NAME_BREAKS = re.compile(r"[\s'’-]+")
_LETTER_RUNS = re.compile(r"[^\W_]+")


def name_parts(name: str) -> list[str]:
    """Return the words a brand name is written with ("La Siorén’na": La, Siorén, na)."""
    return [part for part in _NAME_BREAKS.split(name) if part]


def _run_size(brand: str) -> int:
    """Return how many of the text's words a written form of the brand may take: its words,
    "B&B-Il vicoletto" four however it is spaced, and one more for a word split in two."""
    return max(len(brand.split()), len(_LETTER_RUNS.findall(brand))) + 1


def normalise(name: str) -> str:
    """Return the comparable form of a name: lowercase letters and digits only."""
    return "".join(c for c in name.lower() if c.isalnum())


def _limit(key: str) -> int:
    """Return how many edits a written name may be from the name's comparable form."""
    return 2 if len(key) >= 8 else 1 if len(key) >= _MIN_FUZZY else 0


def distance(a: str, b: str, limit: int) -> int:
    """Return the Damerau-Levenshtein (optimal string alignment) distance, capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def check_brands(
    text: str,
    words: list[Word],
    brands: Sequence[str],
    is_word: Callable[[str, str], bool],
    _: Translate,
    near_word: Callable[[str], bool],
    known: Callable[[str], bool],
) -> list[CheckFinding]:
    """Return a major finding for each place a brand is written differently from its exact form.

    `is_word` says whether a word is a dictionary's, given lowercase and as written (European,
    which a dictionary knows capitalised), `near_word` whether a dictionary word is one slip
    from a (lowercase) word, `known` whether a word is one people write (listed, not made by
    compounding): a slip nearer to an ordinary word than to the brand, or of a brand that is an
    ordinary word, is left to the spelling check, which offers the brand among its suggestions
    when it is close.
    """
    findings: list[CheckFinding] = []
    taken: list[tuple[int, int]] = []
    names = sorted({b.strip() for b in brands if b.strip()}, key=len, reverse=True)
    runs = _Runs(text, words, max((_run_size(b) for b in names), default=1))
    dotted = _dotted_tokens(text) if any(_dotted(b) for b in names) else []
    # a name's apostrophe may be typed straight or curly: "La Siorén'na" is "La Siorén’na"
    written = [
        (m.start(), m.end(), b)
        for b in names
        for m in re.finditer(re.sub("['’]", "['’]", re.escape(b)), text)
    ]
    # Every brand's candidates are weighed together: the nearest name wins a place ("Sytem
    # Log" is a slip of System Log, one edit, not of KSystemLog, two), then the longer run,
    # then the longer name.
    found: list[tuple[int, int, int, int, int, str]] = []
    for rank, brand in enumerate(names):
        key = normalise(brand)
        if not key:
            continue
        # A brand written exactly is left alone, and so is another brand written exactly that
        # the correction would change: "Registri di sistema" names the program Registri, it is
        # no slip of "Registro di sistema", nor "Plan per" (the program Plan) one of Planner;
        # "Hotl Bellavista" still is one of "Hotel Bellavista", which holds the word Bellavista.
        exact = [(s, e) for s, e, b in written if b == brand or not _holds(brand, b)]
        found += [
            (d, start - end, rank, start, end, brand)
            for d, start, end in (
                *_candidates(runs, brand, key, is_word, near_word, known),
                *_dotted_candidates(dotted, brand, key),
            )
            if not any(s < end and start < e for s, e in exact)
        ]
    for d, _span, _rank, start, end, brand in sorted(found):
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        surface = text[start:end]
        message = (
            _("Brand name written “{found}” instead of “{brand}”.")
            if d == 0
            else _("“{found}” looks like a misspelling of the brand “{brand}”.")
        )
        # Major, not critical: the client reads a misspelt own name as carelessness, but
        # "critical" in this product fails a touchpoint, and that is the auditor's call.
        findings.append(
            CheckFinding(
                "brand_name",
                Severity.MAJOR,
                message.format(found=surface, brand=brand),
                surface,
                start,
                end,
                (brand,),
            )
        )
    findings.sort(key=lambda f: f.start or 0)
    return findings


# A run of words: (words, start, end, surface, comparable form, its letters, the same four
# without an English possessive ending, or None).
_Run = tuple[int, int, int, str, str, frozenset[str], tuple[int, str, str, frozenset[str]] | None]


class _Runs:
    """The runs of up to `size` words that may form one written name, read once for all brands.

    Each run keeps its surface, its comparable form and that form's letters: a client with
    twenty names would otherwise normalise every run of the text twenty times. A run ending in
    an English possessive keeps the same without it too (`bare`), for the names that have none.
    """

    def __init__(self, text: str, words: list[Word], size: int) -> None:
        self.by_start: list[list[_Run]] = []
        for i in range(len(words)):
            row = []
            for n in range(1, size + 1):
                if i + n > len(words):
                    break
                last = words[i + n - 1]
                if n > 1 and not _JOIN.fullmatch(text[words[i + n - 2].end : last.start]):
                    break
                start, end = words[i].start, last.end
                surface = text[start:end]
                norm = normalise(surface)
                bare = None
                if _POSSESSIVE.search(surface):
                    bare_norm = normalise(surface[:-2])
                    bare = (end - 2, surface[:-2], bare_norm, frozenset(bare_norm))
                row.append((n, start, end, surface, norm, frozenset(norm), bare))
            self.by_start.append(row)


def _candidates(
    runs: _Runs,
    brand: str,
    key: str,
    is_word: Callable[[str, str], bool],
    near_word: Callable[[str], bool],
    known: Callable[[str], bool],
) -> list[tuple[int, int, int]]:
    """Return (distance, start, end) of every run of words that reads close to the brand."""
    size = _run_size(brand)
    # A one-word brand that is an ordinary word (a program called "Packages"): a slip of it is
    # as likely a slip of the word, which the spelling check reports with the brand offered.
    plain = len(brand.split()) == 1 and known(brand.lower())
    limit = _limit(key)
    letters = frozenset(key)
    own_ending = not _POSSESSIVE.search(brand)
    found = []
    # A word that brings a run no nearer to the name is not part of it: "registtri è" is no slip
    # of "Registri" once "registtri" is left to the spelling check, nor "A package" of Packages.
    # So the distance of every run read is kept, to compare a run with the run one word shorter
    # at either end.
    dist: dict[tuple[int, int], int] = {}
    for i, row in enumerate(runs.by_start):
        after = runs.by_start[i + 1][0][1] if i + 1 < len(runs.by_start) else None
        last_end = None  # where the run one word shorter, from the same start, ends
        for n, start, end, surface, norm, chars, bare in row:
            if own_ending and bare is not None:
                # An English possessive is the run's ending, not the name's letters: "kstars's"
                # is KStars in lowercase, no slip of it (McDonald's keeps its own "'s").
                end, surface, norm, chars = bare
            if n > size or len(norm) > len(key) + limit:
                break
            d = limit + 1
            if len(key) - limit <= len(norm) and len(chars - letters) <= limit:
                # (each edit brings in at most one letter the name lacks)
                d = 0 if norm == key else distance(norm, key, limit)
            dist[(start, end)] = d
            shorter = ((start, last_end), (after, end)) if n > 1 else ()
            last_end = end
            if d > limit or surface == brand:
                continue
            if _ordinary(surface, brand, d, known):
                continue
            if d > 0 and n == 1 and is_word(surface.lower(), surface):
                # an ordinary word near the name is not the name written wrong: Rossi / rosso,
                # and a word the dictionary writes capitalised, European beside Eutopian
                continue
            if d > 0 and n == 1 and surface.islower() and (plain or (d > 1 and near_word(surface))):
                continue  # pakage (package, Packages), converation (conversation, Konversation)
            found.append((d, start, end, shorter))
    return [
        (d, start, end)
        for d, start, end, shorter in found
        if all(dist.get(run, limit + 1) > d for run in shorter)
    ]


# A name written with dots, as a web address is (PGDay.IT, Booking.com, Subito.it): the word
# splitter leaves such a token out (a domain) or keeps only its head (the tail of "PGDay.IY" reads
# as an abbreviation's), so a slip in it never reaches the runs of words. Read whole here, never
# inside a web address with its scheme or "www." nor after an "@" (an address's own spelling).
_DOTTED = re.compile(r"(?<![\w.@/-])[^\W_][\w-]*(?:\.[\w-]+)+(?![\w@-]|\.\w)")
# A dotted token: (start, end, as written, comparable form, comparable form of each dotted part)
_Dotted = tuple[int, int, str, str, list[str]]


def _dotted(brand: str) -> bool:
    return "." in brand.strip(".")


def _dotted_tokens(text: str) -> list[_Dotted]:
    """Return the text's dotted tokens outside web addresses, read once for all brands."""
    addresses = [m.span() for m in WEB_ADDRESS.finditer(text)]
    tokens: list[_Dotted] = []
    for m in _DOTTED.finditer(text):
        if any(s <= m.start() < e for s, e in addresses):
            continue
        token = m.group()
        parts = [normalise(p) for p in token.split(".")]
        tokens.append((m.start(), m.end(), token, normalise(token), parts))
    return tokens


def _dotted_candidates(dotted: list[_Dotted], brand: str, key: str) -> list[tuple[int, int, int]]:
    """Return (distance, start, end) of every dotted token that reads close to a dotted brand.

    "PGDay.IY" and "PGDey.IT" are PGDay.IT misspelt, "Pgday.It" written otherwise; "pgday.it"
    all in small letters is the site's address as addresses are written, and a token whose
    dotted part is another altogether ("booking.de" beside Booking.com) is another address.
    """
    if not _dotted(brand):
        return []
    limit = _limit(key)
    brand_parts = [normalise(p) for p in brand.split(".")]
    found = []
    for start, end, token, norm, parts in dotted:
        if token == brand:
            continue
        d = 0 if norm == key else distance(norm, key, limit)
        if d > limit or (d == 0 and token.islower()):
            continue
        if len(parts) != len(brand_parts) or any(
            a != b and distance(a, b, len(b)) >= len(b)
            for a, b in zip(parts, brand_parts, strict=True)
        ):
            continue  # another address, not the name misspelt
        found.append((d, start, end))
    return found


def _ordinary(surface: str, brand: str, d: int, known: Callable[[str], bool]) -> bool:
    """Return True when a run reads as ordinary words rather than the brand written wrong.

    A run all in lowercase whose every word people write (`known`) is prose: "i dischi" beside the
    program Dischi, "check the system log" beside System Log, "una bella vista" beside the hotel
    Bellavista ("hotel bellavista" is still the name: "bellavista" is no word). With capitals, a
    run that differs from the brand only in known words written with another initial case is
    other words too: "che Partition Manager" beside "KDE Partition Manager", "system on" beside
    "System Log"; "Bela Vista" (the same case) is still a slip of "Bella Vista". And the words
    a one-word name is made of, written apart without the rest of it, are those words: "Time
    Tracker" beside KTimeTracker, "Wallet Manager" beside KWalletManager, with the same
    allowance for known words in another case ("Time tracked"); "Mac Donald's" beside
    McDonald's, a word written otherwise in the same case, is still a slip. A name's words are
    also those its dots and hyphens part: "PGDay is" beside PGDay.IT is the name's first word
    and a known one in another case, prose.
    """
    parts = [p for p in _PARTS.split(surface) if p]
    if surface.islower() and all(_known_chunk(p, known) for p in parts):
        return True
    name_parts = [p for p in _PARTS.split(brand) if p]
    if d > 0 and (
        _words_otherwise(parts, name_parts, surface, brand, known)
        or _edits_across_words(parts, name_parts, brand)
    ):
        return True
    names = brand.split()
    if d > 0 and len(names) == 1 and len(parts) > 1:
        made_of = _SEGMENTS.findall(brand)
        for i in range(len(made_of) - len(parts) + 1):
            pairs = list(zip(parts, made_of[i : i + len(parts)], strict=True))
            if any(a.lower() == b.lower() for a, b in pairs) and all(
                a.lower() == b.lower() or _other_case(a, b, known) for a, b in pairs
            ):
                return True
    if d == 0 or len(parts) < 2:
        return False
    # The name's words as the run's are read, parted by dots and hyphens too: "PGDay is" is the
    # name's first word and an ordinary one, where PGDay.IT goes on with "IT"
    names = names if len(parts) == len(names) else name_parts
    if len(parts) != len(names):
        return False
    slips = [(a, b) for a, b in zip(parts, names, strict=True) if normalise(a) != normalise(b)]
    return all(_other_case(a, b, known) for a, b in slips)


def _known_chunk(chunk: str, known: Callable[[str], bool]) -> bool:
    """Return True for a known word, or an elided article and a known word: "all'app" beside
    the app WallApp is Italian prose, not the name written wrong."""
    plain = chunk.replace("’", "'")
    if known(plain):
        return True
    head, apostrophe, tail = plain.partition("'")
    return bool(head and apostrophe and tail) and known(head + "'") and known(tail)


def _words_otherwise(
    parts: list[str], name_parts: list[str], surface: str, brand: str, known: Callable[[str], bool]
) -> bool:
    """Return True for known words split otherwise than the name, beside a name made of words
    ("Esegue il programma" beside "Esegui programma") or from its first letter on ("Un mixer"
    beside PNMixer): prose, not a name written with two faults at once. "Mac Donald's" beside
    McDonald's and "Bela vista" (no word) beside Bellavista are still slips of the name."""
    if len(parts) == len(name_parts) or not all(known(p.lower()) for p in parts):
        return False
    made_of_words = len(name_parts) > 1 and all(
        known(p.strip('…!?,;:()"').lower()) for p in name_parts
    )
    return made_of_words or normalise(surface)[:1] != normalise(brand)[:1]


def _edits_across_words(parts: list[str], name_parts: list[str], brand: str) -> bool:
    """Return True when a run of as many words as the name is near it only across its words.

    A slip keeps the name's words apart where the name does: "Hotl Bellavista" is one edit in
    its first word; "KMenuEdit o" is two edits from "Menu Editor" overall but five in each
    word, another name and a word.
    """
    if len(parts) != len(name_parts) or len(parts) < 2:
        return False
    limit = _limit(normalise(brand))
    apart = sum(
        distance(normalise(a), normalise(b), limit) for a, b in zip(parts, name_parts, strict=True)
    )
    return apart > limit


def _other_case(word: str, name_word: str, known: Callable[[str], bool]) -> bool:
    """Return True for a known word written in another initial case than the name's word."""
    return known(word.lower()) and word[0].isupper() != name_word[0].isupper()


def _holds(brand: str, other: str) -> bool:
    """Return True when `other` stands in `brand` as a whole word or words."""
    return re.search(rf"(?<!\w){re.escape(other)}(?!\w)", brand) is not None
