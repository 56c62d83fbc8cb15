"""The arithmetic of a league table: shown scores, ranks with ties, changes, averages.

Scores are compared as they are shown, to one decimal: two locations both shown at 83.3 share a
rank, and a change is the difference of the two shown scores, so the table's figures add up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

log = logging.getLogger(__name__)

DECIMALS = 1


def shown(value: float | None) -> float | None:
    """Return a score as shown: rounded to one decimal (None stays None)."""
    return None if value is None else round(value, DECIMALS)


def competition_ranks(values: Sequence[float | None]) -> list[int | None]:
    """Return the rank of each value: 1 = highest shown score; ties share a rank (1, 2, 2, 4).

    A None value (nothing scored) gets no rank.
    """
    scored = sorted((shown(v) for v in values if v is not None), reverse=True)
    first: dict[float, int] = {}
    for position, value in enumerate(scored, start=1):
        first.setdefault(value, position)  # type: ignore[arg-type]
    return [None if v is None else first[shown(v)] for v in values]  # type: ignore[index]


def change(current: float | None, previous: float | None) -> float | None:
    """Return the shown score minus the previous shown score (None when either is missing)."""
    if current is None or previous is None:
        return None
    return round(shown(current) - shown(previous), DECIMALS)  # type: ignore[operator]


def mean(values: Iterable[float | None]) -> float | None:
    """Return the plain mean of the values that exist, or None when none does."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None
