"""The thirteenth held-out text set (issue 17, thirteenth round), chosen by a rule written first.

The rule, written on 5 December 2026 at 07:00 UTC before any figure of our engine on the set
was seen, and never to be measured by the session that wrote it (only bare Hunspell, the
reference, was run on it, through pyenchant, to check that it loads and to count its words;
the package contents were listed, to find the Italian catalogues and help, the raw size of the
catalogues and handbooks estimated, and a few messages read to decide on name lists; the
fourth to twelfth sets were chosen before this one, and the session that wrote this rule
measured none of them, only read their code and rules):

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to twelfth sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME
  Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake): the kind the
  twelfth set's amendment kept for a later set, whole: statistics and data analysis and
  mathematics software, with every catalogue and help of the programs named: gretl, RKWard
  (with its plugins), LabPlot and R Commander (statistics and data analysis); wxMaxima, Genius
  and Cantor (mathematics). R Commander (Rcmdr, a statistics program's window over R, shipped as
  an R package) was not named by the twelfth set's rule but is of the kind: taken, as the kind
  is taken whole.
- Catalogues (msgstr Italian, msgid English): every Italian catalogue shipped by gretl,
  rkward-data, labplot-data, r-cran-rcmdr, wxmaxima, genius-common and cantor (sixteen: one per
  program, and RKWard's nine more, its plugins', kept in usr/share/rkward/po: analysis, data,
  distributions, embedded, graphics_device, import_export, item_response_theory, pages and
  plots; R Commander keeps its own in its R package, usr/lib/R/site-library/Rcmdr/po, read
  where it lies as the sixth set read Deluge's); a domain in no earlier set; name lists left
  out (NAME_LISTS).
- Documentation: every handbook or help these packages ship in both English and Italian: the
  KDE handbooks of Cantor and RKWard, as KDE renders them (`index.cache.bz2`), read as the
  third, fifth and seventh to twelfth sets read KDE's help. LabPlot's KDE handbook and RKWard's
  handbook for plugin writers (`rkwardplugins`) are in English only, and so is Genius's manual
  (`genius/help/C`): not taken. gretl's command and function references (gretl's own
  plain-text help files, `gretl_*ref.it`), its guide (LaTeX sources, `tex_it` in gretl-doc) and
  wxMaxima's manual (`wxmaxima.it.html`, a page made from Markdown) are in Italian, but in
  forms no earlier set read, each needing a reader of its own: not taken.
- Looked at and not taken, as the twelfth set's rule found them: R itself (r-base-core:
  twenty-five Italian catalogues of a programming language's errors and warnings, the developer
  set's kind); Octave and Avogadro (Qt `.qm` translations, not gettext catalogues); XaoS (its
  own `.cat` catalogues); PSPP, Maxima, Kst, Xcas and Veusz (no Italian catalogue); gElemental
  and KAlgebra (a periodic table and a graphing calculator: the kinds of the fifth set's
  Kalzium and KmPlot). And by this rule's session: Scilab (scilab-data: one catalogue, kept
  under `it_IT`, mostly its language's errors and warnings, as R's); Fityk, Grace, Euler,
  Yacas, Mathomatic, Cadabra, ZeGrapher, RcmdrMisc and Qalculate (no Italian catalogue);
  GeoGebra (dynamic geometry for school: the kind of the fifth set's Kig); Gnumeric (a
  spreadsheet: the seventh set); the Cantor back ends' packages (no catalogue: their messages
  are Cantor's).
- The same caps per catalogue and help document as in the earlier sets: as loaded (counted
  after the rule above was written, still at 07:00 UTC), 26,311 Italian words (23,081 of
  catalogues, every one capped but RKWard's data and graphics device plugins', 3,230 of KDE
  handbooks: Cantor's 2,939 and RKWard's 291) and 25,966 English ones (23,091 and 2,875 words):
  the earlier sets' size (the eleventh's 25,272 and 28,672), so the set is not narrowed; ten
  of its sixteen catalogues, 14,061 Italian words, are RKWard's. As the benchmark counts the
  words it judges (`--material round13 --mode bare`, run from 07:00 UTC), 25,798 Italian and
  25,122 English. Bare Hunspell's figures on it, the reference (the only ones seen): Italian
  1.45 unknown words per 100, recall 100.0%, top three 81.0% (of 200); English 0.95, 100.0%,
  85.5% (of 200); codespell's real misspellings (seed 1214) 100.0%, 95.0% (of 200).
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages that carry no catalogue (gretl-common, rkward,
  labplot, gnome-genius) are fetched for them only. Only the menu entries
  (usr/share/applications) count, as in the eighth to twelfth sets: R Commander's second copy of
  its entry, in its R package, is not a menu entry.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the twelfth's included), drawn with another seed (1214: 1205
  plus the set's place in text_measure.LATER_SETS; it follows from that order).
- Adjudication, as in the seventh to twelfth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round13_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon (of statistics, of
  mathematics, of R and the other languages these programs drive), foreign words and anything
  doubtful stay false alarms. Both figures are always reported: raw (every alarm) and net
  (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).

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
ROUND13_PACKAGES = [
    "gretl",
    "rkward-data",
    "labplot-data",
    "r-cran-rcmdr",
    "wxmaxima",
    "genius-common",
    "cantor",
    "gretl-common",
    "rkward",
    "labplot",
    "gnome-genius",
]
HANDBOOKS = ("cantor", "rkward")  # in English and Italian


def _place_round13(share: Path, staging: Path) -> None:
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)


def fetch_round13(root: Path = CACHE) -> Path:
    """Download and unpack the thirteenth set's packages once; return the folder of the set."""
    return fetch_set(root, "round13", ROUND13_PACKAGES, _place_round13)


def round13_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the thirteenth set's Italian catalogues: domains in no earlier set, name lists
    out."""
    return new_catalogues(root, "round13", NAME_LISTS)


# Name lists by the rule, decided from what the catalogues hold before any figure was seen:
# none. RKWard's and R Commander's hold the names of probability distributions and tests
# ("Cauchy distribution", "Friedman Rank Sum Test") and RKWard's embedded plugins R's colour
# names ("Yellow2"), LabPlot's and Genius's the names of mathematical functions, gretl's its
# commands' labels, Cantor's the back ends it drives: messages and labels of a program, not
# lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round13_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round13" / "applications")
