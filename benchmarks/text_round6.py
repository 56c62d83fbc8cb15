"""The sixth held-out text set (issue 17, sixth round), chosen by a rule written first.

The rule, committed on 4 December 2026 before any figure of it was seen, after the fourth and
fifth sets had been measured (both are tuning material from their "after" runs on):

- Documentation about money and everyday use, the closest published prose to a business's own
  texts: GnuCash's Tutorial and Concepts Guide and its Help manual (Debian package gnucash-docs:
  the HTML of `gnucash-guide-en`, `gnucash-guide-it`, `gnucash-help-en`, `gnucash-help-it`), read
  as the fourth set reads HTML (paragraphs and list items; code and what a machine shows or a
  user types left out; an Italian paragraph equal to its English original left out).
- Catalogues of end-user programs of kinds no earlier set covered (money, transfers, printing,
  networks): every Italian catalogue (msgstr Italian, msgid English) shipped by GnuCash
  (gnucash, gnucash-common), Grisbi (grisbi-common), HomeBank (homebank-data), FileZilla
  (filezilla-common), HandBrake (handbrake), Deluge (deluge-common), system-config-printer,
  network-manager-gnome, Blueman and Gufw; a domain in no earlier set; name lists left out.
- The same caps per catalogue and help document as in the earlier sets.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names.
- Real English misspellings: 600 of codespell's rows never sampled before (not among the 3,000
  drawn for the earlier sets), drawn with another seed.

Measured once, with the engine as it stands at the end of the sixth round, and never before:
the engine changes of that round are made on the earlier sets only.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from benchmarks.text_material import CACHE, NOT_PROSE
from benchmarks.text_round4 import desktop_names, fetch_set, html_paragraphs
from benchmarks.text_round5 import earlier_domains

# The packages the rule names. System-config-printer's Italian catalogue ships in
# system-config-printer-common (the program's package holds none), so both are fetched.
ROUND6_PACKAGES = [
    "gnucash-docs",
    "gnucash",
    "gnucash-common",
    "grisbi-common",
    "homebank-data",
    "filezilla-common",
    "handbrake",
    "deluge-common",
    "system-config-printer",
    "system-config-printer-common",
    "network-manager-gnome",
    "blueman",
    "gufw",
]
_DOCS = "doc/gnucash-docs"  # under usr/share: gnucash-guide-en, gnucash-help-it...
MANUALS = ("guide", "help")


def move_italian_catalogues(share: Path, into: Path) -> None:
    """Move every Italian catalogue unpacked under usr (`share`'s parent) into `into`, wherever
    a package keeps it (Deluge in its Python package, not under usr/share/locale)."""
    into.mkdir()
    for mo in sorted(share.parent.rglob("*.mo")):
        if mo.parent.name == "LC_MESSAGES" and mo.parent.parent.name == "it":
            if (into / mo.name).exists():
                raise RuntimeError(f"two Italian catalogues named {mo.name} in {into.parent.name}")
            mo.rename(into / mo.name)


def _place_round6(share: Path, staging: Path) -> None:
    move_italian_catalogues(share, staging / "mo")
    for manual in MANUALS:
        (staging / manual).mkdir()
        for lang in ("en", "it"):
            (share / _DOCS / f"gnucash-{manual}-{lang}").rename(staging / manual / lang)


def fetch_round6(root: Path = CACHE) -> Path:
    """Download and unpack the sixth set's packages once; return the folder of the set."""
    return fetch_set(root, "round6", ROUND6_PACKAGES, _place_round6)


# Function words, to tell a paragraph left in English from an Italian one without asking the
# spelling dictionaries being measured.
_ENGLISH_WORDS = "the and of to is are you your this that with for be can it from by an on or as"
_ITALIAN_WORDS = "il lo la le gli di del della dei delle degli che è e per un una uno non si con da"
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_ITALIAN = frozenset(f"{_ITALIAN_WORDS} nel nella sono questo questa può in al alla".split())


def in_english(paragraph: str) -> bool:
    """Return whether a paragraph is English: more English function words than Italian ones,
    and at least two."""
    words = re.findall(r"[^\W\d_]+", paragraph.lower())
    english = sum(w in _ENGLISH for w in words)
    return english >= 2 and english > sum(w in _ITALIAN for w in words)


def gnucash_texts(
    lang: str, root: Path = CACHE, english_out: bool = True
) -> Iterator[tuple[str, list[str]]]:
    """Yield ("gnucash-guide" or "gnucash-help", paragraphs of one page) of GnuCash's two
    manuals, each manual's pages in a fixed mixed order; a manual is one help document.

    An Italian paragraph equal to its English original is left out. The Italian manuals are
    split into pages differently from the English ones, so a paragraph is compared with every
    English paragraph of its manual. They are also translated from an older English text:
    a paragraph left untranslated is often the older wording, equal to no paragraph of the
    English manual shipped, so (with `english_out`) a paragraph written in English is left out too.
    """
    for manual in MANUALS:
        base = root / "round6" / manual
        pages = sorted((base / lang).glob("*.html"), key=lambda p: zlib.crc32(p.name.encode()))
        english: set[str] = set()
        if lang == "it":
            english = {p for page in (base / "en").glob("*.html") for p in html_paragraphs(page)}
        for page in pages:
            paragraphs = [p for p in html_paragraphs(page) if p not in english]
            if lang == "it" and english_out:
                paragraphs = [p for p in paragraphs if not in_english(p)]
            yield f"gnucash-{manual}", paragraphs


def round6_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the sixth set's Italian catalogues: domains in no earlier set, name lists out."""
    mo = root / "round6" / "mo"
    if not mo.is_dir():
        return []
    earlier = earlier_domains(root) | {p.stem for p in (root / "round5" / "mo").glob("*.mo")}
    return [
        p
        for p in sorted(mo.glob("*.mo"))
        if not NOT_PROSE.match(p.name) and p.stem not in earlier and p.stem not in NAME_LISTS
    ]


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. Grisbi's holds countries and currencies among its messages, Gufw's mostly describes
# the programs and games its rules open ports for ("Space combat simulation by Volition"):
# both are sentences and labels of a program, not lists of names as KGeography's is.
# (Deluge's Italian catalogue is empty: it brings nothing.)
NAME_LISTS: set[str] = set()


def round6_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round6" / "applications")
