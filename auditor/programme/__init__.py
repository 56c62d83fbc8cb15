"""Programmes (issue 15): a client's locations compared wave after wave, and the analysts' exports.

`build(store, client_id)` reads the programme in a few queries and returns a `Programme`: each
location's `Result` per wave, league tables (`Programme.league`), the chain average and trend, a
heatmap of items by locations, the weakest items and the best locations. No Qt here: the window's
programme view, the programme report and the command line all read the same `Programme`.
The formulas: docs/programmes.md, "How a programme is scored".
"""

from auditor.programme.build import build
from auditor.programme.document import programme_document
from auditor.programme.model import (
    OVERALL,
    Cell,
    HeatItem,
    Heatmap,
    ItemRate,
    LeagueRow,
    Programme,
    Result,
    value_of,
)

__all__ = [
    "OVERALL",
    "Cell",
    "HeatItem",
    "Heatmap",
    "ItemRate",
    "LeagueRow",
    "Programme",
    "Result",
    "build",
    "programme_document",
    "value_of",
]
