"""The ninth held-out text set (issue 17, ninth round), chosen by a rule written first.

The rule, written on 5 December 2026 (UTC) before any figure of our engine on the set was seen
(only bare Hunspell, the reference, was run on it, to check that it loads and to count its
words; the package contents were looked at, to find the Italian catalogues and help, and a few
messages read to decide on name lists; the fourth to seventh sets are tuning material, the
eighth was chosen before this one):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to eighth sets) and in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude): three kinds of program a customer meets and no set
  covered, whole, with every catalogue and help of the programs named:
  terminals (Konsole, GNOME Terminal, Tilix, Xfce Terminal, Terminator, Guake), remote desktop
  and screen sharing (Remmina, KRDC, Krfb, GNOME Connections) and backup and file
  synchronisation (Déjà Dup, Back In Time, Grsync, KBackup).
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by konsole,
  gnome-terminal-data, tilix-common, xfce4-terminal, terminator, guake, remmina-common, krdc,
  krfb, gnome-connections, deja-dup, backintime-common, grsync and kbackup (fourteen, one per
  program); a domain in no earlier set; name lists left out (NAME_LISTS).
- Documentation: every handbook or help these packages ship in both English and Italian:
  the KDE handbooks of Konsole, KRDC, Krfb and KBackup as KDE renders them (`index.cache.bz2`),
  read as the third, fifth, seventh and eighth sets read KDE's help, and Déjà Dup's Mallard help
  (`help/C` and `help/it`), read as the first and third sets read Mallard pages (an Italian
  paragraph equal to its English original left out). GNOME Terminal's and GNOME Connections'
  help have no Italian translation: not taken.
- Looked at and not taken (kept for a later set; the three kinds above come to about 28,000
  words a language, the size of the earlier sets): system monitors, logs and disk tools (GNOME
  System Monitor, Disks and Logs, KSystemLog, KDE Partition Manager, Plasma System Monitor, Xfce
  Task Manager), disc burning (Brasero, K3b, Xfburn), encryption and passwords (Seahorse,
  Kleopatra, KGpg, KWalletManager), KDE Connect (its English and Italian handbooks are filed
  under different names), Foliate and KStars. Games, maps and weather, accessibility (Orca),
  scanning (Simple Scan) and printing (system-config-printer) are in earlier sets.
- The same caps per catalogue and help document as in the earlier sets: as loaded, 27,830
  Italian words (16,161 of catalogues, 11,280 of KDE handbooks, 1,127 of Déjà Dup's help) and
  26,972 English ones (15,525, 11,028 and 1,644 words).
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages that carry no catalogue (gnome-terminal, tilix,
  remmina, backintime-qt) are fetched for them only. Only the menu entries
  (usr/share/applications) count, as in the eighth set: Konsole's and KRDC's service menus are
  `.desktop` files too, but actions on files, not the programs' brands.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the eighth's included), drawn with another seed (1210).
- Adjudication, as in the seventh and eighth sets: after the single measurement, a false alarm
  that is a misspelling in the published text itself may be listed in
  benchmarks/text_round9_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon, foreign words and
  anything doubtful stay false alarms. Both figures are always reported: raw (every alarm) and
  net (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).

Measured once, by a later round, at its end, and never before.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round8 import (
    new_catalogues,
    place_catalogues_and_handbooks,
    place_mallard_help,
)

# The packages the rule names, then the programs' own packages, fetched for their .desktop
# names only.
ROUND9_PACKAGES = [
    "konsole",
    "gnome-terminal-data",
    "tilix-common",
    "xfce4-terminal",
    "terminator",
    "guake",
    "remmina-common",
    "krdc",
    "krfb",
    "gnome-connections",
    "deja-dup",
    "backintime-common",
    "grsync",
    "kbackup",
    "gnome-terminal",
    "tilix",
    "remmina",
    "backintime-qt",
]
HANDBOOKS = ("konsole", "krdc", "krfb", "kbackup")
MALLARD_HELP = ("deja-dup",)  # the only help of the set in both English (C) and Italian


def _place_round9(share: Path, staging: Path) -> None:
    for entry in (share / "applications").glob("*.desktop"):
        if entry.is_symlink():  # Guake's menu entry links to its autostart file, removed below
            target = entry.resolve()
            entry.unlink()
            shutil.copy(target, entry)
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)
    place_mallard_help(share, staging, MALLARD_HELP)


def fetch_round9(root: Path = CACHE) -> Path:
    """Download and unpack the ninth set's packages once; return the folder of the set."""
    return fetch_set(root, "round9", ROUND9_PACKAGES, _place_round9)


def round9_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the ninth set's Italian catalogues: domains in no earlier set, name lists out."""
    return new_catalogues(root, "round9", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. The terminals' catalogues hold character encodings ("Chinese Traditional", "Hebrew
# Visual") among their labels, KRDC's keyboard layouts, Konsole's and KRDC's their authors'
# names in the credits: messages and labels of a program, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round9_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round9" / "applications")
