"""The seventh held-out text set (issue 17, seventh round), chosen by a rule written first.

The rule, written on 4 December 2026 before any figure of our engine on the set was seen (only
bare Hunspell, the reference, was run on it, to check that it loads; the fourth, fifth and sixth
sets had been measured by then and are tuning material):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth, fifth and sixth sets): office work, accounts, electronics design, family history,
  video editing and mail.
- Documentation: KMyMoney's handbook as KDE renders it (kmymoney-common: `index.cache.bz2`,
  English and Italian), read as the third and fifth sets read KDE's help (which keep an
  Italian paragraph equal to an English one: 107 short ones of 3,359 here); KiCad's manuals
  (kicad-doc-en, kicad-doc-it: one HTML page per manual, each manual a help document), read as
  the fourth set reads HTML (paragraphs and list items; code and what a machine shows or a user
  types left out) and, as the fourth set leaves out the pages' navigation and title pages, their
  table of contents and their front matter (`#toc`, `#preamble`: copyright, contributors,
  translators, where to send feedback, the same in every manual); an Italian paragraph equal to
  an English paragraph of its manual left out, and one written in English left out as the sixth
  set does. A manual is one page, so its paragraphs are taken in a fixed mixed order (by a hash
  of their text) and the cap samples the whole manual, not its first chapters. Italian has no
  "introduction" manual: English has eight manuals, Italian seven.
- Catalogues (msgstr Italian, msgid English): every Italian catalogue of LibreOffice's user
  interface (libreoffice-l10n-it: all 33 of its .mo files, each capped as any catalogue), and
  those of Gnumeric (gnumeric-common), Gramps, KMyMoney (kmymoney-common), Kdenlive
  (kdenlive-data) and Claws Mail (claws-mail-i18n); a domain in no earlier set; name lists left
  out (NAME_LISTS). LibreOffice marks a menu's key with `~` inside a word ("~Salva",
  "Sa~lva"): the mark is taken out as `_` and `&` are (MNEMONIC). AbiWord and Scribus, also
  named, are left out: Debian has them (bookworm), but AbiWord's Italian is a `.strings` file
  and Scribus' a Qt `.qm` file, not a gettext catalogue.
- The same caps per catalogue and help document as in the earlier sets.
- Run without and with the `Name=` entries of the `.desktop` files of the packages as the
  client's brand names; the programs' own packages (gnumeric, kmymoney, kdenlive, claws-mail,
  kicad, libreoffice-writer, -calc, -impress, -draw, -math and -base) are fetched for them only
  (the Italian catalogue the kicad package also ships is not one the rule names: left out).
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets), drawn with another seed (1208).
- Adjudication, part of the rule: after the single measurement, a false alarm that is a
  misspelling in the published text itself (a slip of the translator or author: "perchè" for
  "perché", "Tasferimento", "seperately") may be listed in benchmarks/text_round7_errors.txt
  (a line per occurrence: word, TAB, `it` or `en`, TAB, the sentence it stands in; read by
  bench_text_accuracy.listed_errors) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the slip; program names, jargon, foreign words and anything doubtful stay
  false alarms. Both figures are always reported: raw (every alarm) and net (alarms less the
  listed errors, a listed word subtracted at most as many times as it was flagged).

Measured once, with the engine as it stands at the end of the seventh round, and never before.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from benchmarks.text_material import CACHE, NOT_PROSE
from benchmarks.text_round4 import desktop_names, fetch_set, html_paragraphs
from benchmarks.text_round5 import earlier_domains
from benchmarks.text_round6 import in_english, move_italian_catalogues

# The packages the rule names that Debian has with an Italian gettext catalogue or manual, then
# the programs' own packages, fetched for their .desktop names only.
ROUND7_PACKAGES = [
    "kmymoney-common",
    "kicad-doc-en",
    "kicad-doc-it",
    "libreoffice-l10n-it",
    "gnumeric-common",
    "gramps",
    "kdenlive-data",
    "claws-mail-i18n",
    "gnumeric",
    "kmymoney",
    "kdenlive",
    "claws-mail",
    "kicad",
    "libreoffice-writer",
    "libreoffice-calc",
    "libreoffice-impress",
    "libreoffice-draw",
    "libreoffice-math",
    "libreoffice-base",
]
_OFFICE_MO = "lib/libreoffice/program/resource/it/LC_MESSAGES"  # under usr
_KICAD = "doc/kicad/help"  # under usr/share, one folder per language
_FRONT_MATTER = "#toc, #preamble"
# LibreOffice's menu key mark: a tilde before a letter, at the start of a word or inside it.
MNEMONIC = re.compile(r"~(?=\w)")


def _place_round7(share: Path, staging: Path) -> None:
    (share.parent / _OFFICE_MO).rename(staging / "libreoffice")
    move_italian_catalogues(share, staging / "mo")
    for lang in ("en", "it"):
        (staging / "kde" / lang).mkdir(parents=True)
        (share / "doc/HTML" / lang / "kmymoney").rename(staging / "kde" / lang / "kmymoney")
    (share / _KICAD).rename(staging / "kicad")


def fetch_round7(root: Path = CACHE) -> Path:
    """Download and unpack the seventh set's packages once; return the folder of the set."""
    return fetch_set(root, "round7", ROUND7_PACKAGES, _place_round7)


def _mixed(paragraphs: list[str]) -> list[str]:
    return sorted(paragraphs, key=lambda p: zlib.crc32(p.encode()))


def kicad_texts(lang: str, root: Path = CACHE) -> Iterator[tuple[str, list[str]]]:
    """Yield ("kicad-<manual>", its paragraphs in a fixed mixed order) of KiCad's manuals.

    An Italian paragraph that also stands in the English manual, or written in English, is
    left out.
    """
    base = root / "round7" / "kicad"
    for page in sorted((base / lang).glob("*.html")):
        paragraphs = html_paragraphs(page, _FRONT_MATTER)
        if lang == "it":
            english = set(html_paragraphs(base / "en" / page.name, _FRONT_MATTER))
            paragraphs = [p for p in paragraphs if p not in english and not in_english(p)]
        yield f"kicad-{page.stem}", _mixed(paragraphs)


def round7_catalogues(root: Path = CACHE, source: str = "") -> list[Path]:
    """Return the seventh set's Italian catalogues (LibreOffice's, then the programs'; only one
    `source` of the two if named): domains in no earlier set, name lists left out."""
    folder = root / "round7"
    earlier = earlier_domains(root) | {
        p.stem for name in ("round5", "round6") for p in (root / name / "mo").glob("*.mo")
    }
    sources = [source] if source else ["libreoffice", "mo"]
    return [
        p
        for name in sources
        for p in sorted((folder / name).glob("*.mo"))
        if not NOT_PROSE.match(p.name) and p.stem not in earlier | NAME_LISTS | _NAMES_ONLY
    ]


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. LibreOffice's svt holds the names of languages among its error messages and filter
# names, KMyMoney's the names of currencies among its messages, Gramps' a few calendars and
# relations: sentences and labels of a program, not lists of names as KGeography's is.
# (oox and svl hold no message of three words or more: they bring nothing.)
NAME_LISTS: set[str] = set()
# The kicad package, fetched for its .desktop names, also ships a catalogue the rule does not name.
_NAMES_ONLY = {"kicad"}


def round7_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round7" / "applications")
