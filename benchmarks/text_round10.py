"""The tenth held-out text set (issue 17, tenth round), chosen by a rule written first.

The rule, written on 5 December 2026 at 02:21 UTC before any figure of our engine on the set
was seen, and never to be measured by the session that wrote it (only bare Hunspell, the
reference, was run on it, through pyenchant, to check that it loads and to count its words;
the package contents were listed, to find the Italian catalogues and help, and a few messages
read to decide on name lists; the fourth to ninth sets were chosen before this one, the ninth
measured, and the errors of its published text listed, by the session that wrote this rule):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to ninth sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote this rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME Console,
  Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake): two of the kinds the
  ninth set kept for a later set, whole, with every catalogue and help of the programs named:
  disc burning (Brasero, K3b, Xfburn) and encryption and passwords (Seahorse, Kleopatra with its
  KWatchGnuPG, KGpg, KWalletManager).
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by brasero-common,
  k3b-i18n, xfburn, seahorse, kleopatra, kgpg and kwalletmanager (twelve: brasero, k3b, libk3b,
  libk3bdevice, kio_videodvd, xfburn, seahorse, kleopatra, kwatchgnupg, kgpg, kwalletmanager,
  kcmkwallet); a domain in no earlier set; name lists left out (NAME_LISTS).
- Documentation: every handbook or help these packages ship in both English and Italian: the
  KDE handbooks of K3b (English in k3b-data, Italian in k3b-i18n), Kleopatra, KWatchGnuPG, KGpg
  and KWalletManager (`kwallet5`) as KDE renders them (`index.cache.bz2`), read as the third,
  fifth, seventh, eighth and ninth sets read KDE's help, and Brasero's Mallard help (`help/C`
  and `help/it`), read as the first, third and ninth sets read Mallard pages (an Italian
  paragraph equal to its English original left out: Brasero's Italian pages are mostly left in
  English, so its help counts 2,166 English words and 22 Italian ones). Seahorse's help has no
  Italian translation: not taken.
- Looked at and not taken (kept for a later set): system monitors, logs and disk tools (GNOME
  System Monitor, Disks and Logs, KSystemLog, KDE Partition Manager, Plasma System Monitor, Xfce
  Task Manager; GParted and GNOME Usage likewise): with it the three kinds come to about 40,000
  words a language, half as much again as the earlier sets; the two kinds above come to about
  27,000. Foliate, KStars and KDE Connect, also kept by the ninth set, are single programs, not
  kinds.
- The same caps per catalogue and help document as in the earlier sets: as loaded (counted
  after the rule above was written, still at 02:21 UTC), 26,140 Italian words (11,377 of
  catalogues, 14,741 of KDE handbooks, 22 of Brasero's help) and 27,852 English ones (11,256,
  14,430 and 2,166 words).
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages that carry no catalogue (brasero, k3b) are fetched
  for them only. Only the menu entries (usr/share/applications) count, as in the eighth and
  ninth sets: K3b's, KGpg's and Kleopatra's service menus and device actions are `.desktop`
  files too, but actions on files and discs, not the programs' brands.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the ninth's included), drawn with another seed (1211: 1205 plus
  the set's place in text_measure.LATER_SETS; it follows from that order).
- Adjudication, as in the seventh to ninth sets: after the single measurement, a false alarm
  that is a misspelling in the published text itself may be listed in
  benchmarks/text_round10_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon, foreign words and
  anything doubtful stay false alarms. Both figures are always reported: raw (every alarm) and
  net (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).

Measured once, by a later round, at its end, and never before; never by the session that wrote
this rule.
"""

from __future__ import annotations

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
ROUND10_PACKAGES = [
    "brasero-common",
    "k3b-i18n",
    "k3b-data",
    "xfburn",
    "seahorse",
    "kleopatra",
    "kgpg",
    "kwalletmanager",
    "brasero",
    "k3b",
]
HANDBOOKS = ("k3b", "kleopatra", "kwatchgnupg", "kgpg", "kwallet5")
MALLARD_HELP = ("brasero",)  # the only help of the set in both English (C) and Italian


def _place_round10(share: Path, staging: Path) -> None:
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)
    place_mallard_help(share, staging, MALLARD_HELP)


def fetch_round10(root: Path = CACHE) -> Path:
    """Download and unpack the tenth set's packages once; return the folder of the set."""
    return fetch_set(root, "round10", ROUND10_PACKAGES, _place_round10)


def round10_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the tenth set's Italian catalogues: domains in no earlier set, name lists out."""
    return new_catalogues(root, "round10", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. K3b's holds the music genres of CD-Text ("Blues", "Jazz") and libk3b the kinds of a
# DVD's subtitles among its labels, Kleopatra's and KWalletManager's their authors' names in the
# credits: messages and labels of a program, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round10_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round10" / "applications")
