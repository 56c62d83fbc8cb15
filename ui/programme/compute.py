"""The programme's computation, run off the GUI thread: the model, the wave to show, its heatmap.

Nothing here touches a widget: `compute` runs in a worker (ui/tasks.py) and hands its result
back to the programme view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.programme.heatmap import HeatData, heat_data

if TYPE_CHECKING:
    from auditor.programme import Programme

log = logging.getLogger(__name__)

Build = Callable[..., Any]


def compute(
    store: Any,
    client_id: str,
    regions: set[str] | None,
    channel_set: set[str] | None,
    wave_id: str | None,
    tr: Any,
    lang: str,
    with_heatmap: bool = False,
    build: Build | None = None,
) -> tuple[Programme, str | None, HeatData | None]:
    """Build the programme, and the heatmap of the wave to show if asked (off the GUI thread).

    The heatmap costs about as much as the rest of the programme: it is worked out only when
    its tab is the one shown.
    """
    if build is None:
        from auditor.programme import build
    programme = build(store, client_id, regions=regions, channels=channel_set)
    wave_id = default_wave(programme, wave_id)
    heat = None
    if with_heatmap:
        heat = heat_data(programme, wave_id, tr, lang) if wave_id else HeatData()
    return programme, wave_id, heat


def default_wave(programme: Programme, wave_id: str | None) -> str | None:
    """Return the wave to show: the one asked for if it exists, else the latest with results."""
    ids = [wave.id for wave in programme.waves]
    if wave_id in ids:
        return wave_id
    audited = {wave for (_location, wave) in programme.results}
    for wave in reversed(programme.waves):
        if wave.id in audited:
            return wave.id
    return ids[-1] if ids else None
