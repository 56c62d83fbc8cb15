"""The eighth held-out text set (issue 17, eighth round), chosen by a rule written first.

The rule, written on 4 December 2026 before any figure of our engine on the set was seen (only
bare Hunspell, the reference, was run on it, to check that it loads; the fourth to seventh sets
had been measured by then and are tuning material); to be measured once, by a later round, at
its end:

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to seventh sets): everyday programs a customer meets, of kinds no set covered:
  chat (Gajim, Konversation), mail clients not used before (Geary, Sylpheed), a photo manager
  (digiKam's catalogue: the image benchmarks used digikam-data's photos, no set its text),
  notes (Gnote, Zim), a calendar (KOrganizer) and the software front-ends a user installs
  programs with (Synaptic, GNOME PackageKit).
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by gajim (in its
  Python package), konversation-data, geary, sylpheed-i18n, digikam-data, gnote, zim,
  synaptic, gnome-packagekit-common and korganizer; a domain in no earlier set; name lists left
  out (NAME_LISTS). Sylpheed names a menu item by its path ("/_Tools/Add sender to address
  boo_k"): read as every catalogue is read (a slashed path is taken as code). Looked at and not
  taken: Epiphany, Evolution and GNOME Maps (the user set), Calibre (its Italian is not a
  gettext .mo file), Linphone, Tomboy-ng and Balsa (no Italian catalogue in their packages),
  Falkon (Qt .qm files), Xournal++ (notes: two are enough; ten programs).
- Documentation: KOrganizer's and Konversation's handbooks as KDE renders them (korganizer,
  konversation-data: `index.cache.bz2`, English and Italian), read as the third, fifth and
  seventh sets read KDE's help.
- The same caps per catalogue and help document as in the earlier sets.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages (konversation, sylpheed, digikam, gnome-packagekit:
  none ships an Italian catalogue) are fetched for them only. Only the menu entries
  (usr/share/applications) count: digikam-data's print templates and gallery themes,
  Konversation's themes and Zim's helpers are `.desktop` files too, but their names
  ("Semplice", "Neve", "Cornici", "Meld") are words and layouts, not the programs' brands.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets), drawn with another seed (1209).
- Adjudication, as in the seventh set: after the single measurement, a false alarm that is a
  misspelling in the published text itself may be listed in benchmarks/text_round8_errors.txt
  (a line per occurrence: word, TAB, `it` or `en`, TAB, the sentence it stands in; read by
  bench_text_accuracy.listed_errors) and counted apart as an error found in the published
  text. A word counts as such only when no Italian or English dictionary has it and its
  sentence shows the slip; program names, jargon, foreign words and anything doubtful stay
  false alarms. Both figures are always reported: raw (every alarm) and net (alarms less the
  listed errors, a listed word subtracted at most as many times as it was flagged).

Measured once, by a later round, at its end, and never before.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.text_material import CACHE, NOT_PROSE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round5 import earlier_domains
from benchmarks.text_round6 import move_italian_catalogues

# The packages the rule names, then the programs' own packages, fetched for their .desktop
# names only.
ROUND8_PACKAGES = [
    "gajim",
    "konversation-data",
    "geary",
    "sylpheed-i18n",
    "digikam-data",
    "gnote",
    "zim",
    "synaptic",
    "gnome-packagekit-common",
    "korganizer",
    "konversation",
    "sylpheed",
    "digikam",
    "gnome-packagekit",
]
HANDBOOKS = ("korganizer", "konversation")


def place_catalogues_and_handbooks(share: Path, staging: Path, handbooks: tuple[str, ...]) -> None:
    """Keep the menu entries' `.desktop` files only (the brands), move the Italian catalogues
    and the English and Italian KDE handbooks named into the set's folder (eighth, ninth sets)."""
    for desktop in share.rglob("*.desktop"):
        if desktop.parent != share / "applications":
            desktop.unlink()  # themes, templates, service menus: fetch_set copies the rest
    move_italian_catalogues(share, staging / "mo")
    for lang in ("en", "it"):
        (staging / "kde" / lang).mkdir(parents=True)
        for handbook in handbooks:
            (share / "doc/HTML" / lang / handbook).rename(staging / "kde" / lang / handbook)


def place_mallard_help(
    share: Path, staging: Path, helps: tuple[str, ...], into: str = "help"
) -> None:
    """Move the English (C) and Italian help named, from usr/share/help, into the set's folder
    `into`: "help" for Mallard (ninth and tenth sets), "docbook" for DocBook (eleventh)."""
    for lang in ("C", "it"):
        (staging / into / lang).mkdir(parents=True)
        for help_ in helps:
            (share / "help" / lang / help_).rename(staging / into / lang / help_)


def earlier_folders(name: str) -> tuple[str, ...]:
    """Return the folders of the catalogues every set before `name` took, from the fifth on
    (the earlier sets' domains are earlier_domains'): each set's `mo`, and the seventh's
    LibreOffice catalogues too."""
    before = range(5, int(name.removeprefix("round")))
    return tuple(
        folder
        for n in before
        for folder in (f"round{n}/mo", *(("round7/libreoffice",) if n == 7 else ()))
    )


def new_catalogues(root: Path, name: str, name_lists: set[str]) -> list[Path]:
    """Return a later set's Italian catalogues: domains in no earlier set, name lists out."""
    mo = root / name / "mo"
    if not mo.is_dir():
        return []
    earlier = earlier_domains(root) | {
        p.stem for folder in earlier_folders(name) for p in (root / folder).glob("*.mo")
    }
    return [
        p
        for p in sorted(mo.glob("*.mo"))
        if not NOT_PROSE.match(p.name) and p.stem not in earlier | name_lists
    ]


def _place_round8(share: Path, staging: Path) -> None:
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)


def fetch_round8(root: Path = CACHE) -> Path:
    """Download and unpack the eighth set's packages once; return the folder of the set."""
    return fetch_set(root, "round8", ROUND8_PACKAGES, _place_round8)


def round8_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the eighth set's Italian catalogues: domains in no earlier set, name lists out."""
    return new_catalogues(root, "round8", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. digiKam's holds countries and languages among its messages (the places and languages
# of a photo's metadata), KOrganizer's a few authors' names in its credits: messages
# and labels of a program, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round8_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round8" / "applications")
