"""The fifth held-out text set (issue 17, fifth round), chosen by a rule written first.

The rule, committed on 4 December 2026 before any figure of it was seen and before the fourth
set's "after" figures were read (the fourth set, benchmarks/text_round4.py, becomes tuning
material once its misses are listed):

- Documentation: the Debian Installation Guide (Debian package installation-guide-amd64: its
  `en/` and `it/` HTML), read as the fourth set reads HTML: paragraphs and list items, code and
  what a machine shows or a user types left out, an Italian paragraph equal to its English
  original left out.
- End-user programs of one family no earlier set used, KDE's education programs: KGeography,
  Kalzium, Parley, KTouch, KTurtle, Blinken, Kanagram, KBruch, KHangMan, KLettres, KWordQuiz,
  Step, Kig, KmPlot, Minuet and Artikulate (with their -data packages): every Italian catalogue
  (a domain in no earlier set; name lists left out) and their KDE help as KDE renders it
  (`index.cache.bz2`, English and Italian), read as the third set reads KDE's help.
- The same caps per catalogue and help document as in the earlier sets.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names.
- Real English misspellings: 600 of codespell's rows never sampled before (not among the 2,400
  drawn for the earlier sets), drawn with another seed.

Measured once with the engine as it stands when the fifth set is built ("before") and once at
the end of the round ("after"), never looked at in between.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from benchmarks.text_material import CACHE, INSTALLED, NOT_PROSE, user_domains
from benchmarks.text_round4 import desktop_names, fetch_set, html_paragraphs

# The packages the rule names: the guide, the sixteen programs and those of their -data packages
# Debian has (bookworm: no -doc package; kturtle, blinken, kanagram, kbruch, khangman,
# kwordquiz, step, kig, kmplot and artikulate carry their data, catalogue and help themselves).
ROUND5_PACKAGES = [
    "installation-guide-amd64",
    "kgeography",
    "kgeography-data",
    "kalzium",
    "kalzium-data",
    "parley",
    "parley-data",
    "ktouch",
    "ktouch-data",
    "kturtle",
    "blinken",
    "kanagram",
    "kbruch",
    "khangman",
    "klettres",
    "klettres-data",
    "kwordquiz",
    "step",
    "kig",
    "kmplot",
    "minuet",
    "minuet-data",
    "artikulate",
]
_GUIDE = "doc/installation-guide-amd64"  # under usr/share, one folder per language


def _place_round5(share: Path, staging: Path) -> None:
    (share / "locale" / "it" / "LC_MESSAGES").rename(staging / "mo")
    for into, source in (("guide", _GUIDE), ("kde", "doc/HTML")):
        (staging / into).mkdir()
        for lang in ("en", "it"):
            (share / source / lang).rename(staging / into / lang)


def fetch_round5(root: Path = CACHE) -> Path:
    """Download and unpack the fifth set's packages once; return the folder of the set."""
    return fetch_set(root, "round5", ROUND5_PACKAGES, _place_round5)


def guide_texts(lang: str, root: Path = CACHE) -> Iterator[tuple[str, list[str]]]:
    """Yield ("installation-guide", paragraphs of one page) of the Debian Installation Guide,
    its pages in a fixed mixed order.

    An Italian paragraph that also stands in the English original of its page is left out.
    """
    base = root / "round5" / "guide"
    pages = sorted((base / lang).glob("*.html"), key=lambda p: zlib.crc32(p.name.encode()))
    for page in pages:
        paragraphs = html_paragraphs(page)
        if lang == "it":
            english = set(html_paragraphs(base / "en" / page.name))
            paragraphs = [p for p in paragraphs if p not in english]
        yield "installation-guide", paragraphs


def earlier_domains(root: Path = CACHE) -> set[str]:
    """Return the catalogue domains of every earlier set (user, developer, fresh, round4)."""
    return (
        user_domains(root)
        | {p.stem for p in INSTALLED.glob("*.mo")}
        | {p.stem for name in ("fresh", "round4") for p in (root / name / "mo").glob("*.mo")}
    )


def round5_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the fifth set's Italian catalogues: domains in no earlier set, name lists out."""
    mo = root / "round5" / "mo"
    if not mo.is_dir():
        return []
    earlier = earlier_domains(root)
    return [
        p
        for p in sorted(mo.glob("*.mo"))
        if not NOT_PROSE.match(p.name) and p.stem not in earlier and p.stem not in NAME_LISTS
    ]


# Name lists by the rule, decided from what the catalogues hold (before any figure was seen):
# KGeography's catalogue is the names of countries, regions and their capitals.
NAME_LISTS = {"kgeography"}


def round5_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round5" / "applications")
