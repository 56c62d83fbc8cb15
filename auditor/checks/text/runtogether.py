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
        ]
    ),
}
SPLIT_FREQ = 20_000  # "ell per" for "ellper" (helper) is no pair: ell is too rare
# In a word this long, a half of LONG_HALF letters or more is a word the writer meant whatever
# its count: "documento che", "stesso disco", "saranno monitorati" (real Italian slips of the
# sets' published text, which a rare half had kept from being offered apart); a shorter half must
# still be common. In a shorter word a rare half is likelier a slip's chance split: "legatre" is
# legature, not "lega tre"; "dierta" diretta, not "di erta" (80 generated slips' first
# correction was pushed back when any word could split so). Italian only: in English the same
# rule put a split before 47 of codespell's real misspellings' first correction.
LONG_HALF = 4
LONG_WORD = 10
ONE_EDIT = 1.0  # one plain edit: a letter wrong, missing, added or swapped


def run_together(low: str, sp: Speller) -> str:
    """Return "thank you" for "thankyou": the split into two common words, or in a long
    Italian word into two known ones, a short one common; else ""."""
    best, best_freq = "", -1
    for cut in range(1, len(low)):
        head, tail = low[:cut], low[cut:]
        if any(len(h) < 3 and h not in _SHORT_HALVES[sp.lang] for h in (head, tail)):
            continue
        if not (sp.known(head) and sp.known(tail)):
            continue
        counts = {head: sp.lex.freq(head), tail: sp.lex.freq(tail)}
        rare = [h for h, n in counts.items() if n < SPLIT_FREQ]
        if rare and (sp.lang != "it" or len(low) < LONG_WORD or min(map(len, rare)) < LONG_HALF):
            continue
        freq = min(counts.values())
        if freq > best_freq:
            best, best_freq = f"{head} {tail}", freq
    return best


def likelier_apart(low: str, pair: str, word: str, sp: Speller) -> bool:
    """Return True when the split reads likelier than the one-word correction `word`, on the
    suggestions' own measure (edit cost less a bonus for frequency; a split's frequency is its
    rarer half's): "a lot" beats "allot" for "alot", while "failled" is "failed", a letter
    doubled, before "fail led"."""
    head, tail = pair.split(" ", 1)
    rarer = min(sp.lex.freq(head), sp.lex.freq(tail))
    if rarer < SPLIT_FREQ and cost(low, word, sp.lang) <= ONE_EDIT:
        # a long word split at a rare half is likelier a slip one edit from a word: "adattandoil"
        # is adattandoli before "adattando il", "ettimanali" settimanali before "etti manali"
        return False
    apart, _edit = score(low, pair, sp.lang, rarer)
    whole, _edit = score(low, word, sp.lang, sp.lex.freq(word))
    return apart <= whole
