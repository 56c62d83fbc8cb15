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

A JPEG copy of a small dialog spreads its flat backgrounds over a few grey levels around each
(quality 85: the four most frequent levels then cover 0.17-0.58 of a KDE dialog that read 0.47-0.57
as PNG), so pictures of up to SAMPLE pixels also count the 8 x 8 blocks whose grey levels stay
within FLAT_BLOCK_RANGE (the flat block share), which JPEG leaves flat: a picture with flat blocks
on at least FLAT_BLOCK_SHARE of it, the four levels on at least SOFT_FLAT_SHARE, one-pixel edges
on at least SOFT_CRISP_SHARE of its strong steps and strong steps on at least SOFT_STRONG of its
pixels is drawn; or, flat on FLAT_SHARE and in flat blocks on FLAT_BLOCKS_ALONE, whatever the
crispness of its few edges (a sparse wizard page: 0.30-0.40). Measured on the round4 and round5
parts' 264 screenshots under 1,000 px (22 of the 24 that read as photos now read as drawn; a star
chart on black stays a photo) against 165 thumbnails of the sharp photos of every tuning part
(720 px, JPEG 85): none more is taken for drawn (the two already were). The line was lowered
from 0.3 to 0.25 after the eighth part's measure, on 523 screenshots and 431 small photos,
degraded copies and thumbnails of seven parts: 16 more screenshots drawn, no photo.

A drawing is also made of straight lines: the borders of fields, tabs, buttons and windows run
exactly along the rows and columns, with the same step on their whole length, and a reduction or
a JPEG copy keeps them so. A small picture (up to SAMPLE pixels) whose such lines, STRAIGHT_RUN
pixels long at least, cover STRAIGHT_SHARE of it is drawn whatever its flat areas: a program's
window over a grid of photo thumbnails, reduced for its manual (the ninth part's Photini pages,
flat on 0.17-0.45 and in flat blocks on 0.08-0.31 only). Measured after the ninth part's measure
on 643 screenshots and 522 small photos, degraded copies and thumbnails of nine parts: photos
read 0-0.0125 (median 0.0001, 95th percentile 0.004: a building's edge wanders, a horizon tilts,
and a lens shades the step along its length), screenshots median 0.033; from 0.02 on, 93 more
screenshots are drawn (535 -> 628 of 643) and no photo.

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
FLAT_BLOCK_RANGE = 2  # grey levels between the darkest and lightest pixel of a flat 8x8 block
# Screenshots' JPEG copies 0.34-0.77, small calibre and GnuCash dialogs 0.27-0.30 (PNG and
# JPEG alike; the eighth part, after its measure); photo thumbnails' median 0.05. Only photos
# that pass the three other cues count here, and none of those reads under 0.5 (a heavy JPEG
# and a paper flower on white, both drawn already at 0.3).
FLAT_BLOCK_SHARE = 0.25
SOFT_FLAT_SHARE = 0.35
SOFT_CRISP_SHARE = 0.5
SOFT_STRONG = 0.01  # a dark photo's few crisp steps (0.003) are not a drawing's
FLAT_BLOCKS_ALONE = 0.6
SPARSE_CRISP_SHARE = 0.25
# Straight lines: steps of STRAIGHT_STEP grey levels or more between two rows (or columns) that
# stay within STRAIGHT_TOLERANCE of their neighbour's for STRAIGHT_RUN pixels along the line.
STRAIGHT_STEP = 24
STRAIGHT_TOLERANCE = 4
STRAIGHT_RUN = 32
STRAIGHT_SHARE = 0.02


def screen_cues(grey: np.ndarray, opaque: np.ndarray | None = None) -> dict[str, float | None]:
    """Return the flat share, the crisp-edge share and the strong-edge density of a grey picture.

    `opaque` (a boolean mask) limits the flat share to the pixels that are not transparent: a
    window grabbed with its drop shadow carries a soft ramp of half-transparent pixels around it,
    which on white spreads over a hundred grey levels without being part of the window.
    """
    step = max(1, math.ceil(grey.size / SAMPLE))
    rows = grey[::step].astype(np.int16)
    if rows.shape[1] < 4 or rows.size == 0:
        return {
            "flat_share": 0.0,
            "crisp_share": 0.0,
            "strong_share": 0.0,
            "flat_blocks": None,
            "straight_share": None,
        }
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
    return {
        "flat_share": flat,
        "crisp_share": crisp,
        "strong_share": count / one.size,
        "flat_blocks": _flat_blocks(rows) if step == 1 else None,
        "straight_share": _straight_lines(rows) if step == 1 else None,
    }


def _flat_blocks(grey: np.ndarray) -> float | None:
    """Return the share of the 8 x 8 blocks whose grey levels stay within FLAT_BLOCK_RANGE."""
    h, w = grey.shape[0] // 8 * 8, grey.shape[1] // 8 * 8
    if h == 0 or w == 0:
        return None
    blocks = grey[:h, :w].reshape(h // 8, 8, w // 8, 8)
    spread = blocks.max(axis=(1, 3)) - blocks.min(axis=(1, 3))
    return float((spread <= FLAT_BLOCK_RANGE).mean())


def _straight_lines(grey: np.ndarray) -> float:
    """Return the share of the picture on straight lines along its rows and columns."""
    covered = 0
    for steps in (np.diff(grey, axis=0), np.diff(grey, axis=1).T):
        along = (np.abs(steps[:, 1:]) >= STRAIGHT_STEP) & (
            np.abs(np.diff(steps, axis=1)) <= STRAIGHT_TOLERANCE
        )
        covered += _long_runs(along)
    return covered / grey.size


def _long_runs(mask: np.ndarray) -> int:
    """Return how many cells of `mask` lie in runs of STRAIGHT_RUN or more along its rows."""
    edges = np.diff(np.pad(mask, ((0, 0), (1, 1))).ravel().astype(np.int8))
    lengths = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
    return int(lengths[lengths >= STRAIGHT_RUN].sum())


def looks_like_screen(cues: dict[str, float | None]) -> bool:
    """Return True for a drawn picture (a screenshot, a UI capture), False for a photograph."""
    flat, crisp, strong = cues["flat_share"], cues["crisp_share"], cues["strong_share"]
    if flat >= FLAT_ONLY_SHARE:
        return True
    if flat >= FLAT_SHARE and crisp >= CRISP_SHARE and strong >= MIN_STRONG:
        return True
    straight = cues.get("straight_share")
    if straight is not None and straight >= STRAIGHT_SHARE:
        return True
    blocks = cues.get("flat_blocks")
    if blocks is None or blocks < FLAT_BLOCK_SHARE:
        return False
    return (flat >= SOFT_FLAT_SHARE and crisp >= SOFT_CRISP_SHARE and strong >= SOFT_STRONG) or (
        flat >= FLAT_SHARE
        and blocks >= FLAT_BLOCKS_ALONE
        and crisp >= SPARSE_CRISP_SHARE
        and strong >= MIN_STRONG
    )
