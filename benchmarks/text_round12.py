"""The twelfth held-out text set (issue 17, twelfth round), chosen by a rule written first.

The rule, written on 5 December 2026 at 05:38 UTC and amended at 05:40 UTC (see the last point
but one), before any figure of our engine on the set was seen, and never to be measured by the
session that wrote it (only bare Hunspell, the reference, was run on it, through pyenchant, to
check that it loads and to count its words; the package contents were listed, to find the
Italian catalogues and help, the raw size of the catalogues and handbooks estimated to choose
how many kinds to take, and a few messages read to decide on name lists; the fourth to eleventh
sets were chosen before this one, and the session that wrote this rule measured none of them,
only read their code and rules):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to eleventh sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME
  Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake): two kinds of
  program no set covered, whole, with every catalogue and help of the programs named: planning
  and tracking work, i.e. project planners (Calligra Plan with its PlanWork, Planner), time
  trackers (KTimeTracker, Hamster) and to-do lists (Getting Things GNOME, GNOME To Do, Zanshin,
  Go For It!); and astronomy (KStars, Gpredict). KDE files KStars among its education programs:
  the fifth set took sixteen of those, named, made for learning (languages, geography, the
  periodic table, a physics simulator, school mathematics), and the ninth and tenth sets' rules
  kept KStars for a later set. The image benchmarks used kstars-data's screenshots
  (benchmarks/image_round4.py); no set its text.
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by calligraplan,
  ktimetracker, planner-data, hamster-time-tracker, gtg, endeavour-common (GNOME To Do),
  zanshin, go-for-it, kstars-data and gpredict (fifteen: one per program, and Calligra Plan's
  five more: its libraries, PlanWork, its two schedulers and its scripting module); a domain in
  no earlier set; name lists left out (NAME_LISTS).
- Documentation: every handbook or help these packages ship in both English and Italian: the
  KDE handbooks of Calligra Plan and KTimeTracker, as KDE renders them (`index.cache.bz2`), read
  as the third, fifth and seventh to eleventh sets read KDE's help. KStars' KDE handbook is in
  English only, and the Mallard help of Hamster, Getting Things GNOME and GNOME To Do
  (`help/C`) has no Italian translation: not taken. Planner, Zanshin, Go For It! and Gpredict
  ship no help in English and Italian (Gpredict's manual is an English PDF).
- Looked at and not taken: GTimeLog, CharmTimeTracker and Hamster's GNOME Shell extension (no
  Italian catalogue); console programs with no Italian catalogue (Taskwarrior, Timewarrior,
  todoman, calcurse, TaskJuggler's tj3); libkgantt (a library); Osmo (a personal organiser:
  calendar, contacts and notes, kinds of earlier sets); KTimer, KTeaTime and KAlarm (timers and
  alarms: GNOME Clocks, the user set). Stellarium (Qt `.qm` translations, not gettext
  catalogues); Siril, GCX, Starplot, Sunclock, OpenUniverse, Gravit, Xplanet, SER Player,
  QFitsView, SAOImage DS9 and Ginga (no Italian catalogue); Celestia (not in bookworm); Marble
  (maps: the user set).
- The same caps per catalogue and help document as in the earlier sets: as loaded (counted
  after the rule above was amended, at 05:40 UTC), 19,520 Italian words (11,144 of catalogues,
  8,376 of KDE handbooks: Calligra Plan's 6,008, capped, and KTimeTracker's 2,368) and 18,814
  English ones (10,553 and 8,261 words); as the benchmark counts the words it judges
  (`--material round12 --mode bare`, run from 05:40 UTC), 19,408 Italian and 18,148 English.
  Bare Hunspell's figures on it, the reference (the only ones seen): Italian 0.89 unknown words
  per 100, recall 100.0%, top three 88.0% (of 200); English 0.63, 100.0%, 82.0% (of 200);
  codespell's real misspellings (seed 1213) 100.0%, 94.5% (of 200).
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages that carry no catalogue (endeavour, kstars) are
  fetched for them only. Only the menu entries (usr/share/applications) count, as in the eighth
  to eleventh sets: Calligra Plan's project templates and Zanshin's KRunner plugin and KPart are
  `.desktop` files too, but templates and pieces of other programs, not the programs' brands.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the eleventh's included), drawn with another seed (1213: 1205
  plus the set's place in text_measure.LATER_SETS; it follows from that order).
- The amendment. As first written (05:38 UTC) the rule took astronomy as part of a wider second
  kind, science and mathematics at work, whole: with it statistics and data analysis (gretl,
  RKWard, LabPlot) and mathematics software (wxMaxima, Genius, Cantor), their thirty catalogues
  in all and Cantor's and RKWard's handbooks. Unpacked and counted as loaded at 05:39 UTC (word
  counts only: neither bare Hunspell nor our engine had been run), that set came to 44,330
  Italian and 43,279 English words, half as much again as the earlier sets, mostly because
  RKWard keeps nine more catalogues, its plugins', in usr/share/rkward/po, which the first
  listing of the packages missed (12,500 words a language). So, as the tenth set's rule kept a
  kind for a later set for its size, statistics and data analysis and mathematics software are
  kept for a later set, whole, and astronomy, a kind of its own, stays. Looked at for them, and
  to be looked at again by the set that takes them: R itself (r-base-core: twenty-five Italian
  catalogues of a programming language's errors and warnings, the developer set's kind),
  gretl's command references and wxMaxima's manual (Italian, in forms no earlier set read),
  Octave and Avogadro (Qt `.qm`), XaoS (its own `.cat` catalogues), PSPP, Maxima, Kst, Xcas and
  Veusz (no Italian catalogue), gElemental and KAlgebra (a periodic table and a graphing
  calculator: the kinds of the fifth set's Kalzium and KmPlot); mathematics software is the
  nearest to the fifth set's school mathematics (KmPlot, Kig, KBruch).
- Adjudication, as in the seventh to eleventh sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round12_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon (of astronomy and of
  project planning), foreign words and anything doubtful stay false alarms. Both figures are
  always reported: raw (every alarm) and net (alarms less the listed errors, a listed word
  subtracted at most as many times as it was flagged).

Measured once, by a later round, at its end, and never before; never by the session that wrote
this rule.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round8 import new_catalogues, place_catalogues_and_handbooks

# The packages the rule names, then the programs' own packages, fetched for their .desktop
# names only.
ROUND12_PACKAGES = [
    "calligraplan",
    "ktimetracker",
    "planner-data",
    "hamster-time-tracker",
    "gtg",
    "endeavour-common",
    "zanshin",
    "go-for-it",
    "kstars-data",
    "gpredict",
    "endeavour",
    "kstars",
]
HANDBOOKS = ("calligraplan", "ktimetracker")  # in English and Italian


def _place_round12(share: Path, staging: Path) -> None:
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)


def fetch_round12(root: Path = CACHE) -> Path:
    """Download and unpack the twelfth set's packages once; return the folder of the set."""
    return fetch_set(root, "round12", ROUND12_PACKAGES, _place_round12)


def round12_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the twelfth set's Italian catalogues: domains in no earlier set, name lists out."""
    return new_catalogues(root, "round12", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. KStars' holds the names of constellations (of many peoples' skies), stars, countries and
# cities among its messages (most of them one or two words, or written in capitals), Gpredict's
# the labels of its dialogs, Calligra Plan's and KTimeTracker's their translators' and authors'
# names in the credits: messages and labels of a program, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round12_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round12" / "applications")
