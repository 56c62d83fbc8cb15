"""The seventeenth held-out text set (issue 17, seventeenth round), chosen by a rule written first.

The rule, written on 5 December 2026 at 13:06 UTC before any figure of our engine on the set
was seen, before any of its packages was downloaded and before any of its words was counted,
and never to be measured by the session that wrote it, nor by the next one: by a later session
(the session that wrote it had read the earlier sets' code and rules, measured none of them,
and asked Debian's package index only whether the packages named below exist; the fourth to
sixteenth sets were chosen before this one). After it was written (13:06 to 13:08 UTC) the
packages were downloaded and their contents listed, to find the Italian catalogues and help, a
few messages read to decide on name lists, the words counted and bare Hunspell, the reference,
run on them through pyenchant; never our engine. What was found is told below, with its time:

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to sixteenth sets), in none of the programs used as extra tuning material in the
  eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb, GNOME
  Software, Calendar and Contacts, Aptitude) and in none of those used so by the session that
  wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup, GNOME
  Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake). The kinds
  first asked for are all in earlier sets: backup (Déjà Dup, Back In Time, the ninth set; Kup,
  Timeshift and luckyBackup, the tenth rule's tuning), passwords and encryption (the tenth set:
  KeePassXC is of that kind, and its Italian is a Qt `.qm` file), printing (system-config-printer,
  the sixth) and scanning (Simple Scan, the user set), accessibility (Orca, the user set),
  weather, clocks and alarms (GNOME Weather and Clocks, the user set), chat and IRC (the fresh
  and eighth sets), network applets (network-manager-gnome and Blueman, the sixth), disk tools
  (the eleventh), calculators (GNOME Calculator, the user set; KCalc and MATE's, the fresh
  set) and a desktop's system settings (GNOME's Settings, the user set; Cinnamon's, the fourth
  set's cinnamon-l10n). So the set takes, whole, three kinds of program no set covered and no
  rule kept, with every catalogue and help of the programs named:
  3D modelling, CAD and 3D printing (Blender; OpenSCAD and SolveSpace, CAD modellers; Cura,
  PrusaSlicer and Slic3r, slicers; Printrun, whose Pronterface, Pronsole and Plater drive a 3D
  printer); phone integration (KDE Connect and GSConnect, its GNOME Shell counterpart, which
  pair a phone with the desktop: its notifications, messages, files and remote control); and
  amateur radio (fldigi, with flarq, a modem for digital modes; flrig, a rig's remote control;
  flmsg, flamp and flwrap, message and file transfer over the air; CHIRP, a radio programmer;
  Xlog and CQRLOG, logbooks; Grig, a rig control panel; Tucnak, a contest log; TWClock, a
  station clock). The sixteenth rule thought of slicers and CAD and did not look at them
  further: not taken by it, taken here. The nearest earlier kinds are not these: GIMP,
  Inkscape and darktable (the fourth set) draw and develop flat pictures, Dia and gLabels (the
  sixteenth) draw diagrams and labels, KiCad (the seventh) designs circuit boards; these
  programs model solids and drive the printers that build them. Blueman (the sixth set)
  connects any device by Bluetooth and the remote desktop programs (the ninth) show another
  computer's screen; KDE Connect and GSConnect pair a phone with the desktop. Gpredict (the
  twelfth set, as astronomy) tracks satellites, radio amateurs' too: left out, as its domain is
  an earlier set's; the other amateur radio programs talk over the air, program radios and keep
  logs of contacts, which no earlier program does.
- Catalogues (msgstr Italian, msgid English): every Italian gettext catalogue shipped by
  blender-data, blender, openscad, solvespace, cura, prusa-slicer, slic3r, printrun-common,
  kdeconnect, gnome-shell-extension-gsconnect, fldigi, flrig, flmsg, flamp, flwrap, chirp,
  xlog, xlog-data, cqrlog, cqrlog-data, grig, tucnak and twclock, wherever the package keeps it
  (under usr/share/locale, in a Python package, under a program's own folder; under `it_IT`
  as under `it`), filed under its domain; a domain in no earlier set; name lists left out
  (NAME_LISTS, decided from what the catalogues hold before any figure is seen). A program
  whose package holds no Italian gettext catalogue adds none and is not replaced.
  Found at 13:07 UTC, when the packages were listed: twenty-six Italian catalogues, all of
  domains in no earlier set: Blender's (blender-data), Cura's three (`cura`, and
  `fdmprinter.def.json` and `fdmextruder.def.json`, the descriptions of its printing settings
  and of an extruder's, kept under usr/share/cura/resources/i18n/it_IT), PrusaSlicer's (in its
  own usr/share/PrusaSlicer/localization/it; the `.po` sources beside Cura's and PrusaSlicer's
  catalogues and PrusaSlicer's copy of wxWidgets' messages, `wx_locale/it.po`, not read),
  Pronterface's and Plater's, KDE Connect's fifteen (its application, command line, core,
  daemon, indicator, System Settings page, plugins, SMS window, file manager actions, URL
  handler and Plasma widget), GSConnect's, fldigi's, CHIRP's (in usr/share/chirp/locale) and
  Xlog's (in xlog-data). Printrun's two catalogues lie in its programs' own packages,
  pronterface and plater, not in printrun-common, which holds its Python modules and no
  catalogue: taken, as the rule takes every catalogue of the programs named (the rule's list
  of packages was written before the packages were listed), and pronsole, the third program's
  package, is fetched for its menu entry only. No Italian catalogue in openscad (ten other
  languages), solvespace, slic3r, printrun-common, flrig, flmsg, flamp, flwrap, cqrlog,
  cqrlog-data, grig (German, French and Turkish only), tucnak, twclock and xlog (whose
  catalogue is in xlog-data).
- Documentation: every handbook or help these packages ship in both English and Italian, read
  as the earlier sets read it: KDE handbooks as KDE renders them (`index.cache.bz2`), Mallard
  help (`help/C` and `help/it`), DocBook help; an English and an Italian handbook filed under
  two names read as one, as the fourteenth set read KDE's audio CD page (the ninth rule found
  KDE Connect's so). Help in other forms (HTML or PDF manuals) or in English only is not taken.
  Found at 13:07 UTC: KDE Connect's KDE handbook (`kdeconnect` in English, `kdeconnect-kde` in
  Italian, in kdeconnect), read under the English name; a short one, its settings window and
  how the phone's features are shared. No package of the set ships Mallard or DocBook help.
- Thought of and not looked at further: FreeCAD, LibreCAD, LeoCAD and MeshLab (their Italian,
  as far as known, Qt `.qm` files), Wings3D (its own language files), Sweet Home 3D (Java
  properties); QSSTV, WSJT-X, JS8Call and KLog (Qt `.qm`, as far as known), Gqrx (no
  translation known). Cura's framework, Uranium (python3-uranium), and Hamlib, which the radio
  programs drive rigs through, are libraries in packages of their own, not the programs' (as the
  eleventh rule left kpmcore out and the sixteenth KDE Itinerary's libraries): not taken.
  Podcasts and internet radio (gPodder, Goodvibes) were thought of and not taken: feeds (the
  eighth round's Akregator) and players (the user set's Rhythmbox, which plays both) are
  earlier kinds.
- The same caps per catalogue and help document as in the earlier sets (1,500 words a
  catalogue, 6,000 a help document). The aim: about 16,000 to 20,000 words a language, as
  loaded; whatever it comes to, no kind is added or dropped after the count. The words are
  counted as the sixteenth set's were: as loaded, and as judged by a plain split of the
  session's own (runs of letters, an elision kept joined to the word it stands before; words
  of one letter, all-capital words, words with an inner capital and capitalised words inside a
  sentence left out; catalogues loaded as the benchmark loads them, with pyenchant's en_US
  standing for the engine's Hunspell in finding the names a translator carried over; not the
  engine's tokenizer), and bare Hunspell's unknown words per 100 on them (pyenchant, it_IT and
  en_US), the reference, the only figure seen. As loaded (counted at 13:08 UTC): 11,802
  Italian words (11,651 of catalogues, five of them capped: Blender's, Cura's, Cura's printing
  settings', PrusaSlicer's and fldigi's; 151 of KDE Connect's handbook) and 11,355 English
  ones (11,205 of catalogues, the same five capped; 150 of the handbook): below the aim,
  because KDE Connect's fifteen catalogues are short (1,147 Italian words in all) and eight of
  the eleven radio programs named (all but fldigi, CHIRP and Xlog), and OpenSCAD, SolveSpace
  and Slic3r, carry no Italian catalogue. The rule says no kind is added after the count, as
  the fifteenth set's rule kept its smaller size: none was. The words judged, split by the
  sixteenth set's plain rule, 10,214 Italian and 9,867 English. Bare Hunspell's
  figures on them, the reference (pyenchant, it_IT and en_US; the only ones seen): Italian
  2.96 unknown words per 100 (302), English 1.34 (132). Recall and top three, which need the
  benchmark's planted errors, were not computed: the benchmark was not run on the set.
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; the programs' own packages that carry no catalogue (pronterface and plater for
  Printrun's menu entries) are fetched for them only. Only the menu entries
  (usr/share/applications) count, as in the eighth to sixteenth sets: a `.desktop` file
  elsewhere (an extension's, a plugin's, a service menu's) is not a program's brand. Found at
  13:07 UTC: pronterface and plater carry Printrun's catalogues (see above); pronsole, fetched
  for its menu entry, carries none. The menu entries are thirty-one, among them KDE Connect's
  seven (its application, settings, indicator, SMS window, daemon, URL handler and "Open on
  connected device via KDE Connect", Italian "Apri nel dispositivo connesso tramite KDE
  Connect", a file action's entry), GSConnect's two (hidden from the menu, `NoDisplay`, but in
  usr/share/applications), PrusaSlicer's G-code viewer and fldigi's flarq: every one counts, by
  the letter of the rule.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the sixteenth's included), drawn with another seed (1218: 1205
  plus the set's place in text_measure.LATER_SETS, where it is to follow the sixteenth set; it
  follows from that order).
- Adjudication, as in the seventh to sixteenth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round17_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon (of 3D modelling,
  rendering and animation, of CAD, of 3D printing, slicing, G-code and filaments, of phones and
  their messages, of radio, its modes, bands, rigs and logbooks), foreign words, the names of
  makers and models of printers, phones and radios, call signs and anything doubtful stay false
  alarms. Both figures are always reported: raw (every alarm) and net (alarms less the listed
  errors, a listed word subtracted at most as many times as it was flagged).

Measured once, by a later round (not the next session, nor the session that wrote this rule),
at its end, and never before.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round8 import new_catalogues, place_catalogues_and_handbooks

# The packages the rule names (Printrun's catalogues lie in pronterface and plater, its
# programs' own packages, not in printrun-common: see the docstring), then the programs' own
# package that carries no catalogue (pronsole), fetched for its .desktop names only.
ROUND17_PACKAGES = [
    "blender-data",
    "blender",
    "openscad",
    "solvespace",
    "cura",
    "prusa-slicer",
    "slic3r",
    "printrun-common",
    "pronterface",
    "plater",
    "kdeconnect",
    "gnome-shell-extension-gsconnect",
    "fldigi",
    "flrig",
    "flmsg",
    "flamp",
    "flwrap",
    "chirp",
    "xlog",
    "xlog-data",
    "cqrlog",
    "cqrlog-data",
    "grig",
    "tucnak",
    "twclock",
    "pronsole",
]
# KDE Connect's handbook is filed as `kdeconnect` in English and `kdeconnect-kde` in Italian:
# read as one, under the English name.
KDECONNECT_ITALIAN = "doc/HTML/it/kdeconnect-kde"
HANDBOOKS = ("kdeconnect",)  # in English and Italian
# Catalogues kept outside a `locale/it/LC_MESSAGES` folder (under usr/share): Cura's under
# `it_IT`, PrusaSlicer's in its own `localization/it`. Each is filed under its domain with the
# others; the .po sources beside them, and PrusaSlicer's copy of wxWidgets' messages
# (`wx_locale/it.po`, a library's, not a catalogue), are not read.
ELSEWHERE = ("cura/resources/i18n/it_IT/LC_MESSAGES", "PrusaSlicer/localization/it")


def _place_round17(share: Path, staging: Path) -> None:
    italian = share / "locale/it/LC_MESSAGES"
    italian.mkdir(parents=True, exist_ok=True)
    for folder in ELSEWHERE:
        for mo in sorted((share / folder).glob("*.mo")):
            mo.rename(italian / mo.name)
    (share / KDECONNECT_ITALIAN).rename(share / "doc/HTML/it" / HANDBOOKS[0])
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)


def fetch_round17(root: Path = CACHE) -> Path:
    """Download and unpack the seventeenth set's packages once; return the folder of the set."""
    return fetch_set(root, "round17", ROUND17_PACKAGES, _place_round17)


def round17_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the seventeenth set's Italian catalogues: domains in no earlier set, name lists
    out."""
    return new_catalogues(root, "round17", NAME_LISTS)


# Name lists by the rule, decided at 13:07 UTC from what the catalogues hold, before any figure
# was seen: none. Blender's holds the names of its operators, modifiers and nodes, Cura's and
# PrusaSlicer's those of printers' settings and infill patterns ("Gyroid"), fldigi's and
# Xlog's those of radio modes, contests and award lists ("DXCC list"), CHIRP's those of a
# radio's banks and call lists ("URCALL"): messages and labels of a program, not lists of
# names as KGeography's is.
NAME_LISTS: set[str] = set()


def round17_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round17" / "applications")
