"""Two words run together (thankyou, alot, ofthe): offered apart, first, when both are common."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.checks.text.suggest import cost, score

if TYPE_CHECKING:
    from auditor.checks.text.engine import Speller

# Two words run together (thankyou, alot, ofthe): the pair is offered first when both halves are
# common words; a half of one or two letters must be a word of this closed list, so a typo is not
# cut into a letter and a word ("annd" is no "ann d").
_SHORT_HALVES = {
    "en": frozenset(
        [
            "a",
            "i",
            "an",
            "as",
            "at",
            "be",
            "by",
            "do",
            "go",
            "he",
            "if",
            "in",
            "is",
            "it",
            "me",
            "my",
            "no",
            "of",
            "on",
            "or",
            "so",
            "to",
            "up",
            "us",
            "we",
        ]
    ),
    # no one-letter Italian half: a, e, o and è end too many words ("caldia" is no "caldi a")
    "it": frozenset(
        [
            "di",
            "da",
            "in",
            "su",
            "tu",
            "ci",
            "ne",
            "si",
            "mi",
            "ti",
            "vi",
            "lo",
            "la",
            "le",
            "li",
            "il",
            "un",
            "ma",
            "se",
            "no",
            "ha",
            "ho",
        ]
    ),
}
SPLIT_FREQ = 20_000  # "ell per" for "ellper" (helper) is no pair: ell is too rare
# In a word this long, a half of LONG_HALF letters or more is a word the writer meant whatever
# its count: "documento che", "stesso disco", "saranno monitorati" (real Italian slips of the
# sets' published text, which a rare half had kept from being offered apart); a shorter half must
# still be common (four letters were tried first: "controlare" was offered "contro lare", the
# household gods, before controllarle). In a shorter word a rare half is likelier a slip's
# chance split: "legatre" is legature, not "lega tre"; "dierta" diretta, not "di erta" (80
# generated slips' first correction was pushed back when any word could split so). Italian
# only: in English the same rule put a split before 47 of codespell's real misspellings' first
# correction.
LONG_HALF = 5
LONG_WORD = 10
ONE_EDIT = 1.0  # one plain edit: a letter wrong, missing, added or swapped


def run_together(low: str, sp: Speller) -> str:
    """Return "thank you" for "thankyou": the split into two common words, or in Italian into
    two known ones, a short one common, in a long word or after an article or a preposition
    ("un server"); else ""."""
    best, best_freq = "", -1
    for cut in range(1, len(low)):
        head, tail = low[:cut], low[cut:]
        if any(len(h) < 3 and h not in _SHORT_HALVES[sp.lang] for h in (head, tail)):
            continue
        if (tail in _AUXILIARIES) or (head in _AUXILIARIES and not tail.endswith(_PARTICIPLES)):
            continue  # an auxiliary only before its participle: "sta ha" is not stana
        if not (sp.known(head) and sp.known(tail)):
            continue
        counts = {head: sp.lex.freq(head), tail: sp.lex.freq(tail)}
        rare = [h for h, n in counts.items() if n < SPLIT_FREQ]
        if rare and not (sp.lang == "it" and _rare_half_meant(low, head, tail, rare)):
            continue
        freq = min(counts.values())
        if freq > best_freq:
            best, best_freq = f"{head} {tail}", freq
    return best


# The Italian prepositions and articles whose following space is the one most often lost (di
# marmo, un server): beside one, a rare word of LONG_HALF letters or more is a word the writer
# meant. Not the pronouns and particles (se, ne, ci, ma, no): "veni se", "campi in", "esser se"
# were offered for generated slips of venisse, campioni, essere.
# The auxiliary before a participle loses its space as often (hapartecipato: ha partecipato,
# thirty-ninth round); only there: "sta ha" was offered for stana's slip staha.
_AUXILIARIES = frozenset(["ha", "ho"])
_PARTICIPLES = ("ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite")
_JOINED_HEADS = frozenset(["di", "da", "in", "su", "un", "il", "lo", "la", "le", *_AUXILIARIES])


def _rare_half_meant(low: str, head: str, tail: str, rare: list[str]) -> bool:
    """Return True when an Italian split may keep a rare half of LONG_HALF letters or more: in a
    long word, or after a preposition or an article."""
    if min(map(len, rare)) < LONG_HALF:
        return False
    return len(low) >= LONG_WORD or (head in _JOINED_HEADS and rare == [tail])


def split_place(low: str, pair: str, found: list[str], sp: Speller) -> int | None:
    """Return where the split goes among the one-word corrections `found`: first when it reads
    likelier than the first of them, else second; or None, not offered at all, for a short word
    split at a rare half that does not read likelier than every word ("unserver" is "un server"
    first; "dimarmo" keeps disarmo and gets no "di marmo": beside other words such splits read
    "di fessa" for difessa and "su portati" for suportati)."""
    if not found or likelier_apart(low, pair, found[0], sp):
        return 0
    if _rarer_count(pair, sp) < SPLIT_FREQ and len(low) < LONG_WORD:
        return None
    return 1


def _rarer_count(pair: str, sp: Speller) -> int:
    """Return a split's count: its rarer half's."""
    return min(sp.lex.freq(half) for half in pair.split(" ", 1))


def likelier_apart(low: str, pair: str, word: str, sp: Speller) -> bool:
    """Return True when the split reads likelier than the one-word correction `word`, on the
    suggestions' own measure (edit cost less a bonus for frequency; a split's frequency is its
    rarer half's): "a lot" beats "allot" for "alot", while "failled" is "failed", a letter
    doubled, before "fail led"."""
    rarer = _rarer_count(pair, sp)
    if rarer < SPLIT_FREQ and cost(low, word, sp.lang) <= ONE_EDIT:
        # a long word split at a rare half is likelier a slip one edit from a word: "adattandoil"
        # is adattandoli before "adattando il", "ettimanali" settimanali before "etti manali"
        return False
    apart, _edit = score(low, pair, sp.lang, rarer)
    whole, _edit = score(low, word, sp.lang, sp.lex.freq(word))
    return apart <= whole
