"""Tell a screenshot from a photograph: large flat areas of a few colours, edges one pixel wide.

A dialog grabbed from a screen is not a photo: its size says nothing of the camera, and a drawn
font on an 8 px pitch is not a JPEG grid. Two cues, both of the drawing itself:

- flat areas: the four most frequent grey levels cover most of the picture (window backgrounds,
  panels, the page behind text). Real photos here read 0.02-0.55 (a heavily re-saved
  close-up 0.77), screenshots 0.84-1.0 (0.66 reduced to half size);
- hard edges: among the strong steps (40 grey levels or more between two neighbours), the share
  that happens within one pixel (the step is at least 0.8 of the rise over three pixels). A lens,
  a demosaicking filter and a resize spread an edge over two pixels or more: photos with many
  strong edges read under 0.45 there when their grey levels are not concentrated; drawn
  interfaces 0.55-1.0, still 0.50 after a browser-like zoom to 80 %.

A picture almost entirely in four grey levels (0.9 or more) is drawn whatever its edges: a window
of antialiased shapes (xeyes: curved edges spread over two pixels) or a page shown reduced on a
black screen (strong edges on under 0.1 % of the pixels). No camera photograph here reads over
0.79; only heavy JPEGs (Q5-Q15, whose blocks are flattened) reach 0.93-0.997, and their tables
name them anyway.
"""

from __future__ import annotations

import logging
import math

import numpy as np

log = logging.getLogger(__name__)

FLAT_TOP_LEVELS = 4
FLAT_SHARE = 0.6  # the four most frequent grey levels cover at least this share
FLAT_ONLY_SHARE = 0.9  # ... and from this share on, no edge cue is needed (flat colour)
STRONG_STEP = 40  # grey levels between two neighbours: a strong edge
CRISP_SHARE = 0.4  # of the strong edges, at least this share one pixel wide
MIN_STRONG = 0.001  # and strong edges on at least this share of the pixels (not a blank page)
SAMPLE = 1_000_000  # pixels read at most (rows skipped evenly): a 12 MP photo costs a few ms


def screen_cues(grey: np.ndarray, opaque: np.ndarray | None = None) -> dict[str, float]:
    """Return the flat share, the crisp-edge share and the strong-edge density of a grey picture.

    `opaque` (a boolean mask) limits the flat share to the pixels that are not transparent: a
    window grabbed with its drop shadow carries a soft ramp of half-transparent pixels around it,
    which on white spreads over a hundred grey levels without being part of the window.
    """
    step = max(1, math.ceil(grey.size / SAMPLE))
    rows = grey[::step].astype(np.int16)
    if rows.shape[1] < 4 or rows.size == 0:
        return {"flat_share": 0.0, "crisp_share": 0.0, "strong_share": 0.0}
    counted = rows.ravel() if opaque is None else rows[opaque[::step]]
    if counted.size < rows.size // 4:  # mostly transparent: judge the picture as shown
        counted = rows.ravel()
    hist = np.bincount(counted, minlength=256)
    flat = float(np.sort(hist)[::-1][:FLAT_TOP_LEVELS].sum() / counted.size)
    one = np.abs(rows[:, 2:-1] - rows[:, 1:-2])
    three = np.abs(rows[:, 3:] - rows[:, :-3])
    strong = one >= STRONG_STEP
    count = int(strong.sum())
    crisp = float((strong & (one * 5 >= three * 4)).sum() / count) if count else 0.0
    return {"flat_share": flat, "crisp_share": crisp, "strong_share": count / one.size}


def looks_like_screen(cues: dict[str, float]) -> bool:
    """Return True for a drawn picture (a screenshot, a UI capture), False for a photograph."""
    if cues["flat_share"] >= FLAT_ONLY_SHARE:
        return True
    return (
        cues["flat_share"] >= FLAT_SHARE
        and cues["crisp_share"] >= CRISP_SHARE
        and cues["strong_share"] >= MIN_STRONG
    )
