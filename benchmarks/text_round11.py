"""The eleventh held-out text set (issue 17, eleventh round), chosen by a rule written first.

The rule, written on 5 December 2026 at 03:38 UTC before any figure of our engine on the set
was seen, and never to be measured by the session that wrote it (only bare Hunspell, the
reference, was run on it, through pyenchant, to check that it loads and to count its words;
the package contents were listed, to find the Italian catalogues and help, and a few messages
read to decide on name lists; the fourth to tenth sets were chosen before this one, and the
session that wrote this rule measured none of them, only read their code and rules):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to tenth sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME
  Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake): the kind the
  ninth and tenth sets kept for a later set, whole: system monitors, logs and disk tools, i.e.
  the desktops' own task managers and resource monitors, log viewers and disk and partition
  tools, and GParted, every one whose Debian packages carry an Italian catalogue, with every
  catalogue and help of the programs named: GNOME System Monitor, Disks (gnome-disk-utility),
  Logs, System Log (gnome-system-log, the older log viewer) and Usage; KSystemLog, KDE
  Partition Manager, Plasma System Monitor, Filelight and KDiskFree (kdf, with KwikDisk); Xfce
  Task Manager; MATE System Monitor; LXTask; GParted. Filelight, KDiskFree, GNOME System Log,
  MATE System Monitor and LXTask were not named by the ninth and tenth rules but are of the
  kind: taken, as the kind is taken whole.
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by
  gnome-system-monitor, gnome-disk-utility, gnome-logs, gnome-system-log, gnome-usage,
  ksystemlog, partitionmanager, plasma-systemmonitor, filelight, kdf, xfce4-taskmanager,
  mate-system-monitor-common, lxtask and gparted-common (sixteen: one per program, and Plasma
  System Monitor's two sensor faces, applicationstable and processtable); a domain in no
  earlier set; name lists left out (NAME_LISTS).
- Documentation: every handbook or help these packages ship in both English and Italian: the
  KDE handbooks of KSystemLog, KDE Partition Manager, Filelight and KDiskFree, and the handbook
  of KDiskFree's System Settings page (`kcontrol/blockdevices`, in kdf), as KDE renders them
  (`index.cache.bz2`), read as the third, fifth and seventh to tenth sets read KDE's help; the
  Mallard help (`help/C` and `help/it`) of GNOME Logs and GNOME System Log, read as the first,
  third, ninth and tenth sets read Mallard pages; and the DocBook help of GParted and MATE
  System Monitor (`index.docbook`, `help/C` and `help/it`), read as the third set read MATE's
  DocBook help (MATE's separate `legal.xml` left out; the authors and GParted's licence, in
  the document itself, read as there). An Italian paragraph equal to its English original is
  left out: GNOME System Log's Italian pages are left in English, so its help counts 695
  English words and no Italian one, and two thirds of GParted's Italian paragraphs are too
  (6,018 English words, capped, and 2,140 Italian). GNOME System Monitor's help has no Italian
  translation: not taken; GNOME Disks, GNOME Usage, Plasma System Monitor, Xfce Task Manager
  and LXTask ship no help.
- Looked at and not taken: Baobab (GNOME's disk usage analyser: the user set); the libraries
  in packages of their own that some of these programs show messages of (KDE Partition
  Manager's kpmcore in libkpmcore12, libksysguard's catalogues in libkf5sysguard-data and
  ksystemstats' plugins, shared with Plasma's desktop widgets): not the programs' packages;
  MATE's log viewer and disk usage analyser (mate-utils: one catalogue with MATE's dictionary,
  screenshot and search tools); Qps (LXQt) and Deepin's log viewer (Qt `.qm` translations, not
  gettext catalogues); GSmartControl and UKUI's system monitor (no Italian catalogue).
- The same caps per catalogue and help document as in the earlier sets: as loaded (counted
  after the rule above was written, still at 03:38 UTC), 25,272 Italian words (10,850 of
  catalogues, 8,985 of KDE handbooks, 218 of Mallard help, 5,219 of DocBook help) and 28,672
  English ones (10,126, 8,787, 898 and 8,861 words); as the benchmark counts the words it
  judges (`--material round11 --mode bare`), 24,904 Italian and 27,828 English.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages that carry no catalogue (gparted,
  mate-system-monitor) are fetched for them only. Only the menu entries
  (usr/share/applications) count, as in the eighth to tenth sets: KDE Partition Manager's
  device action, KDiskFree's System Settings page, Plasma System Monitor's Info Center module
  and sensor faces are `.desktop` files too, but an action on a device, pages of other
  programs and ways of drawing a sensor, not the programs' brands.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the tenth's included), drawn with another seed (1212: 1205 plus
  the set's place in text_measure.LATER_SETS; it follows from that order).
- Adjudication, as in the seventh to tenth sets: after the single measurement, a false alarm
  that is a misspelling in the published text itself may be listed in
  benchmarks/text_round11_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
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
ROUND11_PACKAGES = [
    "gnome-system-monitor",
    "gnome-disk-utility",
    "gnome-logs",
    "gnome-system-log",
    "gnome-usage",
    "ksystemlog",
    "partitionmanager",
    "plasma-systemmonitor",
    "filelight",
    "kdf",
    "xfce4-taskmanager",
    "mate-system-monitor-common",
    "lxtask",
    "gparted-common",
    "gparted",
    "mate-system-monitor",
]
# KDiskFree's System Settings page keeps its handbook a level down (kcontrol/blockdevices):
# moved up under this name, so that it is read as a handbook of its own.
SETTINGS_PAGE = ("kcontrol/blockdevices", "kcontrol-blockdevices")
HANDBOOKS = ("ksystemlog", "partitionmanager", "filelight", "kdf", SETTINGS_PAGE[1])
MALLARD_HELP = ("gnome-logs", "gnome-system-log")  # in both English (C) and Italian
DOCBOOK_HELP = ("gparted", "mate-system-monitor")  # likewise, written in DocBook


def _place_round11(share: Path, staging: Path) -> None:
    for lang in ("en", "it"):
        html = share / "doc/HTML" / lang
        (html / SETTINGS_PAGE[0]).rename(html / SETTINGS_PAGE[1])
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)
    place_mallard_help(share, staging, MALLARD_HELP)
    place_mallard_help(share, staging, DOCBOOK_HELP, into="docbook")


def fetch_round11(root: Path = CACHE) -> Path:
    """Download and unpack the eleventh set's packages once; return the folder of the set."""
    return fetch_set(root, "round11", ROUND11_PACKAGES, _place_round11)


def round11_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the eleventh set's Italian catalogues: domains in no earlier set, name lists out."""
    return new_catalogues(root, "round11", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. GNOME Disks' holds the names of a disk's SMART attributes ("UDMA CRC Error Rate") and
# of partition types, GParted's and KDE Partition Manager's the file systems they handle,
# KDiskFree's and KSystemLog's their authors' names in the credits: messages and labels of a
# program, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round11_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round11" / "applications")
