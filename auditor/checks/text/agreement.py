"""The Italian article before a slip tells which ending its correction cannot take.

"un document" is documento, not documenti: a masculine singular article never stands before a
plural in -i. When several corrections differ only in their ending (a dropped or mistyped last
vowel, the commonest slip of Italian), the one the article rules out is ranked after the
others; nothing is removed, and a correction ending otherwise ("un serevr": server) is left
where its cost puts it. Only the endings an article all but excludes count: a masculine
singular takes -o, -e and -a (il problema) but not a plural's -i; a feminine singular takes -a,
-e and -i (la crisi) and -o only in a handful of words (la foto, la mano, la radio), which a
penalty on the ranking, never a removal, leaves offered; a plural takes neither -o nor -a.
"""

from __future__ import annotations

_MASCULINE_SINGULAR = "il lo un uno del dello al allo dal dallo nel nello sul sullo col"
_FEMININE_SINGULAR = "la una della alla dalla nella sulla"
_PLURAL = "i gli dei degli ai agli dai dagli nei negli sui sugli le delle alle dalle nelle sulle"

RULED_OUT: dict[str, frozenset[str]] = {
    **dict.fromkeys(_MASCULINE_SINGULAR.split(), frozenset("i")),
    **dict.fromkeys(_FEMININE_SINGULAR.split(), frozenset("o")),
    **dict.fromkeys(_PLURAL.split(), frozenset("oa")),
}
# How much later a correction the article rules out is ranked: about a decade and a quarter of
# word frequency in the suggestion's score (suggest.scored), so it only reorders corrections
# that are otherwise near, never one a slip nearer.
AGREEMENT_PENALTY = 0.15


def ruled_out(article: str, candidate: str) -> bool:
    """Return True when the Italian article cannot stand before the candidate's ending."""
    endings = RULED_OUT.get(article)
    return endings is not None and candidate[-1:] in endings
