"""Spelling accuracy on real text: our engine (Hunspell + rules, and the lists fallback) against
bare Hunspell measured in the same run, on a tuning and a held-out half of two sets: user-facing
catalogues and help (52 Debian packages fetched once with apt-get download, see
benchmarks/text_material.py) and the developer-tool catalogues installed on the machine.
`python -m benchmarks.bench_text_accuracy -v` also lists misses. A held-out set's false alarms
that are misspellings in the published text itself, listed after its measurement in
`benchmarks/text_<material>_errors.txt`, are counted apart: the report prints the raw and the net
alarms/100w.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
from collections import Counter
from pathlib import Path

from auditor.checks.text import hunspell
from benchmarks.common import row
from benchmarks.text_material import fetch, fetch_fresh
from benchmarks.text_measure import (
    LATER_SETS,
    SNAPSHOT_TEXTS,
    Figures,
    engine_alarms,
    engine_mode,
    engine_typos,
    hunspell_alarms,
    hunspell_typos,
    load_ms,
    messages,
    real_misspellings,
    typos,
)
from benchmarks.text_round4 import fetch_round4, round4_names
from benchmarks.text_round5 import fetch_round5, round5_names
from benchmarks.text_round6 import fetch_round6, round6_names
from benchmarks.text_round7 import fetch_round7, round7_names
from benchmarks.text_round8 import fetch_round8, round8_names
from benchmarks.text_round9 import fetch_round9, round9_names
from benchmarks.text_round10 import fetch_round10, round10_names
from benchmarks.text_round11 import fetch_round11, round11_names
from benchmarks.text_round12 import fetch_round12, round12_names
from benchmarks.text_round13 import fetch_round13, round13_names
from benchmarks.text_round14 import fetch_round14, round14_names
from benchmarks.text_round15 import fetch_round15, round15_names
from benchmarks.text_round16 import fetch_round16, round16_names
from benchmarks.text_round17 import fetch_round17, round17_names
from benchmarks.text_round18 import fetch_round18, round18_names
from benchmarks.text_round19 import fetch_round19, round19_names
from benchmarks.text_round20 import fetch_round20, round20_names
from benchmarks.text_round21 import fetch_round21, round21_names
from benchmarks.text_round22 import fetch_round22, round22_names
from benchmarks.text_round23 import fetch_round23, round23_names
from benchmarks.text_round24 import fetch_round24, round24_names
from benchmarks.text_round25 import fetch_round25, round25_names
from benchmarks.text_round26 import fetch_round26, round26_names
from benchmarks.text_round27 import fetch_round27, round27_names
from benchmarks.text_round28 import fetch_round28, round28_names
from benchmarks.text_round29 import fetch_round29, round29_names
from benchmarks.text_round30 import fetch_round30, round30_names
from benchmarks.text_round31 import fetch_round31, round31_names
from benchmarks.text_round32 import fetch_round32, round32_names
from benchmarks.text_round33 import fetch_round33, round33_names
from benchmarks.text_round34 import fetch_round34, round34_names
from benchmarks.text_round35 import fetch_round35, round35_names
from benchmarks.text_round36 import fetch_round36, round36_names
from benchmarks.text_round37 import fetch_round37, round37_names
from benchmarks.text_round38 import fetch_round38, round38_names
from benchmarks.text_round39 import fetch_round39, round39_names
from benchmarks.text_round40 import fetch_round40, round40_names
from benchmarks.text_round41 import fetch_round41, round41_names
from benchmarks.text_round42 import fetch_round42, round42_names
from benchmarks.text_round43 import fetch_round43, round43_names
from benchmarks.text_round44 import fetch_round44, round44_names
from benchmarks.text_round45 import fetch_round45, round45_names
from benchmarks.text_round46 import fetch_round46, round46_names
from benchmarks.text_round47 import fetch_round47, round47_names
from benchmarks.text_round48 import fetch_round48, round48_names
from benchmarks.text_round49 import fetch_round49, round49_names
from benchmarks.text_round50 import fetch_round50, round50_names
from benchmarks.text_round51 import fetch_round51, round51_names
from benchmarks.text_round52 import fetch_round52, round52_names
from benchmarks.text_round53 import fetch_round53, round53_names
from benchmarks.text_round54 import fetch_round54, round54_names
from benchmarks.text_round55 import fetch_round55, round55_names
from benchmarks.text_round56 import fetch_round56, round56_names
from benchmarks.text_round57 import fetch_round57, round57_names
from benchmarks.text_round58 import fetch_round58, round58_names
from benchmarks.text_round59 import fetch_round59, round59_names
from benchmarks.text_round60 import fetch_round60, round60_names
from benchmarks.text_round61 import fetch_round61, round61_names
from benchmarks.text_round62 import fetch_round62, round62_names
from benchmarks.text_round63 import fetch_round63, round63_names
from benchmarks.text_round64 import fetch_round64, round64_names
from benchmarks.text_round65 import fetch_round65, round65_names
from benchmarks.text_round66 import fetch_round66, round66_names
from benchmarks.text_round67 import fetch_round67, round67_names
from benchmarks.text_round68 import fetch_round68, round68_names

log = logging.getLogger(__name__)

TYPOS = 600
REAL = 600
HUNSPELL_SUGGEST = 200  # bare Hunspell's Italian suggest takes ~50 ms a word: a sample
GOALS = {"alarms": 0.3, "recall": 0.97, "top3": 0.95}
# Each later held-out set: how to fetch it, and its programs' names (the client's brands).
HELD_OUT = dict(
    zip(
        LATER_SETS,
        (
            (fetch_round4, round4_names),
            (fetch_round5, round5_names),
            (fetch_round6, round6_names),
            (fetch_round7, round7_names),
            (fetch_round8, round8_names),
            (fetch_round9, round9_names),
            (fetch_round10, round10_names),
            (fetch_round11, round11_names),
            (fetch_round12, round12_names),
            (fetch_round13, round13_names),
            (fetch_round14, round14_names),
            (fetch_round15, round15_names),
            (fetch_round16, round16_names),
            (fetch_round17, round17_names),
            (fetch_round18, round18_names),
            (fetch_round19, round19_names),
            (fetch_round20, round20_names),
            (fetch_round21, round21_names),
            (fetch_round22, round22_names),
            (fetch_round23, round23_names),
            (fetch_round24, round24_names),
            (fetch_round25, round25_names),
            (fetch_round26, round26_names),
            (fetch_round27, round27_names),
            (fetch_round28, round28_names),
            (fetch_round29, round29_names),
            (fetch_round30, round30_names),
            (fetch_round31, round31_names),
            (fetch_round32, round32_names),
            (fetch_round33, round33_names),
            (fetch_round34, round34_names),
            (fetch_round35, round35_names),
            (fetch_round36, round36_names),
            (fetch_round37, round37_names),
            (fetch_round38, round38_names),
            (fetch_round39, round39_names),
            (fetch_round40, round40_names),
            (fetch_round41, round41_names),
            (fetch_round42, round42_names),
            (fetch_round43, round43_names),
            (fetch_round44, round44_names),
            (fetch_round45, round45_names),
            (fetch_round46, round46_names),
            (fetch_round47, round47_names),
            (fetch_round48, round48_names),
            (fetch_round49, round49_names),
            (fetch_round50, round50_names),
            (fetch_round51, round51_names),
            (fetch_round52, round52_names),
            (fetch_round53, round53_names),
            (fetch_round54, round54_names),
            (fetch_round55, round55_names),
            (fetch_round56, round56_names),
            (fetch_round57, round57_names),
            (fetch_round58, round58_names),
            (fetch_round59, round59_names),
            (fetch_round60, round60_names),
            (fetch_round61, round61_names),
            (fetch_round62, round62_names),
            (fetch_round63, round63_names),
            (fetch_round64, round64_names),
            (fetch_round65, round65_names),
            (fetch_round66, round66_names),
            (fetch_round67, round67_names),
            (fetch_round68, round68_names),
        ),
        strict=True,
    )
)
MATERIALS = ("user", "developer", "fresh", *HELD_OUT)
# The fourth and fifth held-out sets are measured only when asked by name (`--material round4`,
# `--material round5`): once before the round's changes, once at the end, never in between.
# The sixth (`--material round6`) likewise, once only, at the end of its round; and the seventh
# (`--material round7`), the eighth (`--material round8`), the ninth (`--material round9`), the
# tenth (`--material round10`), the eleventh (`--material round11`), the twelfth
# (`--material round12`), the thirteenth (`--material round13`), the fourteenth
# (`--material round14`), the fifteenth (`--material round15`), the sixteenth
# (`--material round16`), the seventeenth (`--material round17`), the eighteenth
# (`--material round18`), the nineteenth (`--material round19`), the twentieth
# (`--material round20`), the twenty-first (`--material round21`), the twenty-second
# (`--material round22`, books: the Debian New Maintainers' Guide, the Debian FAQ, Debian Edu's
# manual and LilyPond's documentation, in English and Italian), the twenty-third
# (`--material round23`, games: strategy games, Wesnoth, Freeciv, Widelands, Unknown Horizons
# and Warzone 2100, and role-playing games, FreeDink, Adonthell's Waste's Edge and Cataclysm:
# Dark Days Ahead, their catalogues), the twenty-fourth (`--material round24`, customer-facing
# web copy in Italian and English of seven organisations' sites, a town museum, a holiday
# residence, an agriturismo, a capoeira school, bike tours, holiday lettings and a lake guide,
# read from repository snapshots in $TEXT_SNAPSHOTS; not software) and the twenty-fifth
# (`--material round25`, the same kind of copy from eight more sites: a museum's exhibition, a
# cooking school, a mountain hut, a B&B, a farm, a tour guide, a students' association and a
# nutritionist, from snapshots likewise), the twenty-sixth (`--material round26`, the same
# kind of copy from six small sites: a period guest house in Florence, a B&B, a historic
# residence for events, two holiday lets and a beach club, from snapshots likewise), the
# twenty-seventh (`--material round27`, the same kind of copy from five larger sites of public
# bodies and organisations: the Digital Transformation Team, Developers Italia, AgID's PEPPOL
# authority, the IO app and the University of Padova's Formula SAE team, from snapshots
# likewise), the twenty-eighth (`--material round28`, the same kind of copy from three public
# services: the Immuni app's site, the City of Trento's app for visitors and the Civil
# Protection Department's documents on its COVID-19 data, from snapshots likewise), the
# twenty-ninth (`--material round29`, official documents of three public bodies in Italian and
# English: the Civil Protection's on historic centres and seismic risk, the publiccode.yml
# standard and Immuni's high-level description, Markdown, from snapshots likewise), the
# thirtieth (`--material round30`, the same kind of documents in reStructuredText and an app's
# strings: AgID's guidelines on the acquisition and reuse of software, the SPID/CIE OpenID
# Connect rules and the Immuni iOS app's interface strings, from snapshots likewise), the
# thirty-first (`--material round31`, apps' interface strings in Italian and English: the
# Politecnico di Torino's students' app, FBK's Play&Go and NOI Techpark's community app, JSON
# and iOS `.strings`, from snapshots likewise), the thirty-second (`--material round32`,
# web copy again, in plain HTML, of four small hospitality businesses: a Tuscan wine estate, a
# hotel, an agriturismo and a loft to let in Milan, from snapshots likewise), the thirty-third
# (`--material round33`, the University of Urbino's applied computer science group and its
# spin-off DIGIT: the SmartRoadSense research project's Hugo site and three apps' JSON strings,
# Balance, CodyColor and WOM Pocket, from snapshots likewise), the thirty-fourth
# (`--material round34`, apps' interface strings again: four Android apps written by Italian
# developers, MoneyWallet, Kontalk, EtchDroid and WallApp, their `strings.xml` in Italian and
# English, from snapshots likewise), the thirty-fifth (`--material round35`, web copy again,
# in plain HTML, of four Italian businesses: a holiday let in Sicily, an energy consultancy, a
# textile design studio and a film and photo laboratory, from snapshots likewise), the
# thirty-sixth (`--material round36`, web copy of Italian non-commercial bodies:
# GetLatestVersion, a community of Italian DevOps practitioners, its Hugo pages, articles and
# members' biographies, and BoostAbruzzo, an association that mentors the young people and
# start-ups of Abruzzo, its HTML pages; two sources, from snapshots likewise), the
# thirty-seventh (`--material round37`, web copy of two small Italian food businesses in plain
# HTML: Azienda agricola Andreas Morra, a family farm growing hazelnuts and making its products,
# and The Spice, a restaurant's menu, wines and history; two sources, from snapshots likewise),
# the thirty-eighth (`--material round38`, web copy of an Italian professional service:
# ZBFOX, a cybersecurity consultancy and training service, its plain HTML pages; one small
# source, from snapshots likewise), the thirty-ninth (`--material round39`, web copy of five
# small Italian businesses in plain HTML: Nordest Traduzioni, a translation and interpreting
# agency, Sole Ruiu, a seaside cottage's guest guide, Namuri Rooms, a guest house, Digitalia
# Sistemi, an IT firm, and Xander Electronics; from snapshots likewise), the fortieth
# (`--material round40`, web copy of four small businesses in plain HTML: Intertech Consulting,
# an Italian IT consultancy, GeoSolutions, geologists, translators and software developers near
# Florence, Roberto Ferremi, a mechanical maintenance firm, and Shiatsu With Mira, a shiatsu
# practitioner writing Italian natively; from snapshots likewise), the forty-first
# (`--material round41`, web copy of one small business in plain HTML: Camping Punta Indiani, a
# campsite for families on the lake of Caldonazzo; one very small source, from snapshots likewise),
# the forty-second (`--material round42`, Debian's package descriptions of the programs an
# ordinary person installs, games, graphics, sound, video, web, mail, news, text, editors and
# education: the maintainers' English and the DDTP volunteers' Italian, paired by their
# Description-md5; downloaded from deb.debian.org, bookworm, its three files pinned by sha256),
# the forty-third (`--material round43`, the user-facing strings of two programs of an
# Italian-born company, Arduino: the Arduino Science Journal app's Android `strings.xml` and the
# Arduino IDE 2's JSON interface strings at its last commit before December 2022, Italian and
# English paired by resource name and key; from snapshots in $TEXT_SNAPSHOTS), the forty-fourth
# (`--material round44`, the customer-facing strings of two web applications of an Italian
# software company, Nethesis: Icaro's hotspot dashboard, captive portal and feedback pages and
# NethVoice Report's call reports with their inline help, vue-i18n JSON paired by key and
# Markdown pages by path, each at its last commit before December 2022; from snapshots likewise),
# the forty-fifth (`--material round45`, the customer-facing strings of an Italian software
# company's mail and collaboration suite, Zextras's Carbonio: its mail's, calendars' and
# contacts' i18next JSON paired by key, each at its last commit before December 2022; a small
# set, some 3,700 words a language; from snapshots likewise), the forty-sixth (`--material
# round46`, the customer-facing strings of an Italian software company's customer-service
# platform, Tiledesk: its dashboard's, agents' chat's and web widget's ngx-translate JSON paired
# by key, the dashboard's at its last commit before a commit naming machine translation came
# into it, the two others' at their last before December 2022; from snapshots likewise), the
# forty-seventh (`--material round47`, what a ticket reservation system writes to the buyers:
# alf.io's public strings, its e-mails and reservation pages, Java `.properties` paired by key,
# at its last commit before December 2022, both languages by its core team, whose mother tongue
# is Italian; a small set, some 2,400 words a language; from snapshots likewise, the two
# `.properties` files added to the snapshot with `git show`, the extraction keeping none), the
# forty-eighth (`--material round48`, bilingual web copy again: four small Italian businesses'
# sites in PHP, an Italian page with the English page of the same name, read with their PHP
# taken out (a Florentine guest house, a metalworking firm, a graphic designer's studio, a
# beach establishment), each at its last commit before December 2022; a small set, some 3,200
# words a language; from snapshots likewise, the pages added with `git show`, the extraction
# keeping no `.php`), the forty-ninth (`--material round49`, what business software written
# in Italian and English by Italians shows merchants and shops' customers, in gettext
# catalogues: Odoo's Italian localisation, OCA/l10n-italy 14.0 (invoicing, electronic invoices,
# delivery notes: the merchants' back office, capped at 5,000 words), and two ilGhera plugins,
# a WooCommerce support desk and a restaurant booking widget with its e-mails, each at its last
# commit before December 2022 holding the catalogue; msgid paired with msgstr; from snapshots
# likewise, the catalogues added with `git show`, the extraction keeping no `.po`) and the
# fiftieth (`--material round50`, bilingual web copy of three small Italian businesses whose
# pages the extraction does not keep: a Chianti Classico wine estate's PHP pages paired with
# their `-en` pages, an online lamp shop's classic ASP pages paired with `en/`, both read with
# their code taken out, and an estate agency's PHP language files paired constant by constant,
# each at its last commit before December 2022; some 6,700 and 7,000 words; from snapshots
# likewise, the files added with `git show`, the extraction keeping no `.php` or `.asp`), the
# fifty-first (`--material round51`, the customer-facing strings of an Italian online shop and
# four shop extensions written by Italians: a Milan delivery shop's Laravel language files
# paired by key, a WooCommerce theme's and an invoicing plugin's gettext entries outside their
# settings, a Magento theme's and a cookie module's translation CSVs; a small set, some 2,600
# words a language; from snapshots likewise, the files added with `git show`) and the
# fifty-second (`--material round52`, bilingual web copy of three small Italian businesses kept
# in locale and data files rather than pages, paired by key: a horse-equipment maker's Lingui
# catalogue, a musician's Gatsby JSON, a translation agency's Hugo data files; some 6,700 and
# 6,200 words; from snapshots likewise, the catalogues added with `git show`) and the
# fifty-third (`--material round53`, the e-mails and SMS Italian platforms and businesses send
# their customers: an e-learning platform's language files by module and key, a beach-booking
# site's gettext entries of its customer e-mails, a Laravel shop's e-mail keys, a newsletter
# plugin's subscriber e-mails; a very small set, some 590 words a language; from snapshots
# likewise, the files added with `git show`) and the fifty-fourth (`--material round54`, the
# bilingual web copy of an Italian law firm of Padua, Berlin and Brussels, its Italian pages
# paired with its English pages of the same name; one source, some 5,000 words a language; from
# a snapshot likewise, its PHP pages added with `git show`) and the fifty-fifth (`--material
# round55`, the interface strings and store listing of an Italian developers' Android app for
# Turin's public transport, paired by resource and file name; one source, some 1,400 words a
# language, a small set; from a snapshot likewise, its files added with `git show`) and the
# fifty-sixth (`--material round56`, customer documentation by Italian developers: an iPhone
# tombola app's help pages, a school diary's and a community app's in-app release notes, each
# Italian file paired with its English one; a small set, some 1,900 words a language; from
# snapshots likewise) and the fifty-seventh (`--material round57`, the interface strings of three
# Italian apps for the public, paired by key: Bolzano's buses, the Wiki Loves Monuments app for
# Italy, a regional agency's noise meter; some 3,100 words a language; from snapshots likewise,
# the files the extraction drops added with `git show`) and the fifty-eighth (`--material
# round58`, the guide to the collection of Rome's Museo di Palazzo Venezia in the Android app made
# for it, each work's Italian description paired with the English one, and the app's strings;
# one source, some 5,000 words a language; from a snapshot likewise, its texts added with `git
# show`), the fifty-ninth (`--material round59`, the player-facing text of four games by Italian
# makers: a Ren'Py visual novel, two Minetest minigames, an Android runner; some 1,400 words a
# language, small), the sixtieth (`--material round60`, two Italian organisations' news and blog
# posts on their Jekyll sites, paired by date; some 4,600 words a language), the sixty-first
# (`--material round61`, three editions' sites of PGDay.IT, an Italian conference: pages, posts
# and settings paired by name or key; some 6,600 words a language), the sixty-second (`--material
# round62`, the replies of four chat bots and an Alexa skill made by Italians, each Italian
# locale file paired with its English one by key; small, some 2,400 words a language), the
# sixty-third (`--material round63`, four Italians' personal sites paired by name or key; some
# 3,500 Italian and 3,300 English words, small and led by one source) and the sixty-fourth
# (`--material round64`, the user-facing strings of five add-ons by Italian developers: a Kodi
# add-on's catalogue, a Thunderbird add-on's `.dtd` and `.properties` strings, a VS Code
# extension's `package.nls` files, a Home Assistant integration's translations, a browser
# extension's messages, each paired by key; small, some 2,000 words a language; the `.po` and
# `.dtd` files added with `git show`) and the sixty-fifth (`--material round65`, one Italian
# maker's user manuals for the e-bike motor firmware he keeps, for two displays, each Italian
# OpenDocument manual paired with its English one; small, some 2,900 Italian and 3,400 English
# words, led by one source; the `.odt` files added with `git show`) and the sixty-sixth
# (`--material round66`, the documentation of three Italians' products: Ripple's help pages,
# Go-Web's Docusaurus guide and mapreacter's Docusaurus 1 help, each Italian page paired with its
# English one by name; small, some 3,400 words a language, two sources at some 44 per cent each)
# and the sixty-seventh (`--material round67`, SoftPython, David Leoni's Python course for the
# University of Trento's students, the Markdown cells of each Italian Jupyter notebook paired with
# its English one by path; one source, some 6,000 words a language; the `.ipynb` files added with
# `git show`) and the sixty-eighth (`--material round68`, the language strings of four Moodle
# plugins by two Italians, Daniele Cordella's surveypro and Roberto Pinna's Course Fisher, block
# and local plugin, and Course Managers, each Italian `$string` paired with its English twin by
# key; small, some 1,500 words a language, surveypro two thirds of it; the `.php` files added
# with `git show`).
DEFAULT_MATERIALS = ("user", "developer", "fresh")
# The sets read from repository snapshots ($TEXT_SNAPSHOTS) rather than downloaded: a missing
# snapshot raises (their fetch_roundNN) and stops the run, never measuring fewer sites than the
# rule.
SNAPSHOT_SETS = tuple(SNAPSHOT_TEXTS)
MODES = ("hunspell", "lists", "bare")
HERE = Path(__file__).parent  # where a set's list of errors in its published text is kept


def listed_errors(material: str, lang: str, folder: Path = HERE) -> Counter[str]:
    """Return the words listed as misspellings in a set's published text, in a language: the
    lines `word<TAB>language<TAB>sentence` of `text_<set>_errors.txt` ("#" starts a comment).

    Nothing is listed when the file does not exist; a malformed line raises ValueError.
    """
    path = folder / f"text_{material.removesuffix('+names')}_errors.txt"
    listed: Counter[str] = Counter()
    if not path.is_file():
        return listed
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 3 or not all(fields) or fields[1] not in ("it", "en"):
            raise ValueError(f"{path}:{number}: expected word<TAB>it|en<TAB>sentence")
        if fields[1] == lang:
            listed[fields[0]] += 1
    return listed


def net_alarms(alarms: list[str], listed: Counter[str]) -> int:
    """Return the false alarms less the listed errors of the published text: a word is taken
    off as many times as it is listed, and never more often than it was flagged."""
    flagged = Counter(alarms)
    return len(alarms) - sum(min(n, flagged[word]) for word, n in listed.items())


def measure(
    split: str, lang: str, material: str = "user", modes: tuple[str, ...] = ("hunspell", "lists")
) -> dict[str, Figures]:
    """Return the figures of every engine on one set, split and language.

    "round4+names": the fourth set with the programs' names given as the client's brand names
    (the fifth's, "round5+names", the sixth's to fifteenth's likewise).
    """
    texts = messages(split, lang, material.removesuffix("+names"))
    _fetch, names = HELD_OUT.get(material.removesuffix("+names"), HELD_OUT["round4"])
    brands = names() if material.endswith("+names") else ()
    if not texts:
        return {}
    out: dict[str, Figures] = {}
    with engine_mode("hunspell"):
        have = hunspell.dictionary(lang) is not None
        planted = typos(texts, lang, TYPOS)
        real = real_misspellings(split, REAL) if lang == "en" else []  # split "fresh": unseen rows
        engines = [m for m in modes if m != "bare"]  # "bare": Hunspell alone, measured below
        for mode in engines if have or not engines else ("lists",):
            with engine_mode(mode):
                fig = Figures(f"ours ({mode})")
                engine_alarms(texts, lang, fig, brands)
                engine_typos(planted, lang, fig, brands)
                out[mode] = fig
                if real:
                    r = Figures(f"ours ({mode}), real misspellings")
                    engine_typos(real, lang, r, brands)
                    out[f"{mode}-real"] = r
        if have and "bare" in modes:
            bare = Figures("bare Hunspell")
            hunspell_alarms(texts, lang, bare)
            hunspell_typos(planted, lang, bare, HUNSPELL_SUGGEST)
            out["bare"] = bare
            if real:
                r = Figures("bare Hunspell, real misspellings")
                hunspell_typos(real, lang, r, HUNSPELL_SUGGEST)
                out["bare-real"] = r
    return out


def _materials(wanted: tuple[str, ...] = MATERIALS) -> tuple[str, ...]:
    """Return the wanted sets that can be measured: fetched where apt-get can fetch them.

    A held-out set is chosen against the earlier sets' catalogues, so the sets before the last
    one wanted are fetched too, and none after it: a first run of the default sets does not
    download the twenty-third set's 3.8 GB of games, nor look for the twenty-fourth set's
    snapshots. A set read from snapshots (SNAPSHOT_SETS) is not downloaded: its RuntimeError,
    when a snapshot is missing, is not caught. A run asking for snapshot sets only fetches
    nothing else: such a set's texts and slips come from its own snapshots and codespell alone
    (`--material round48` on a machine with only that set's snapshots).
    """
    if wanted and all(m in SNAPSHOT_SETS for m in wanted):
        for name in wanted:
            HELD_OUT[name][0]()  # a missing snapshot stops the run and says how
        return tuple(m for m in MATERIALS if m in wanted)
    order = list(HELD_OUT)
    last = max((order.index(m) for m in wanted if m in HELD_OUT), default=-1)
    try:
        fetch()
        fetch_fresh()
        for name in order[: last + 1]:
            if name not in SNAPSHOT_SETS:
                HELD_OUT[name][0]()
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        log.warning("user-facing sets unavailable (%s): developer set only", exc)
        return tuple(m for m in wanted if m == "developer")
    for name in order[: last + 1]:
        if name in SNAPSHOT_SETS:  # read from $TEXT_SNAPSHOTS: missing, it stops the run
            HELD_OUT[name][0]()
    return tuple(m for m in MATERIALS if m in wanted)


def run() -> list[dict]:
    """Return the accuracy rows (both sets, both splits, both languages) and the loading times."""
    rows = []
    materials = _materials(DEFAULT_MATERIALS)
    for material, split, lang in _runs(("tuning", "held-out"), materials):
        for key, fig in measure(split, lang, material, MODES).items():
            label = f"text {material} {split} {lang} {fig.name}"
            ours = key.startswith("hunspell")  # the goals bind our engine with Hunspell
            if not key.endswith("real"):
                alarms_goal = GOALS["alarms"] if ours else None
                rows.append(
                    row(f"{label}: alarms/100w", fig.alarms_per_100, alarms_goal, unit="/100")
                )
                rows.append(row(f"{label}: words/s", fig.words_per_s, unit="w/s"))
            rows.append(row(f"{label}: recall", 100 * fig.recall, unit="%"))
            rows.append(row(f"{label}: top-3", 100 * fig.top3_rate, unit="%"))
    for mode in ("hunspell", "lists"):
        for lang in ("it", "en"):
            rows.append(row(f"text load {lang} ({mode})", load_ms(mode, lang)))
    return rows


def _runs(splits: tuple[str, ...], materials: tuple[str, ...] = MATERIALS, langs=("it", "en")):
    """Return (set, split, language) triples; the fresh held-out set has one split, "fresh",
    the fourth one split "round4", the fifth "round5" and so on, measured without
    and with the client's names."""
    out = []
    for m in materials:
        if m in HELD_OUT:
            out += [(name, m, lang) for lang in langs for name in (m, f"{m}+names")]
            continue
        for s in ("fresh",) if m == "fresh" else tuple(x for x in splits if x != "fresh"):
            out += [(m, s, lang) for lang in langs]
    return out


def report(
    verbose: bool,
    splits: tuple[str, ...] = ("tuning", "held-out"),
    materials: tuple[str, ...] = DEFAULT_MATERIALS,
    modes: tuple[str, ...] = MODES,
    langs: tuple[str, ...] = ("it", "en"),
) -> None:
    """Print every figure, and with verbose the false alarms and misses of our engine."""
    materials = _materials(materials)
    for material, split, lang in _runs(splits, materials, langs):
        listed = listed_errors(material, lang)
        for key, fig in measure(split, lang, material, modes).items():
            net = 100.0 * net_alarms(fig.alarms, listed) / fig.words if fig.words else 0.0
            print(
                f"{material:<12} {split:<8} {lang} {fig.name:<38} words {fig.words:>6} "
                f"alarms/100w {fig.alarms_per_100:5.2f} (net {net:5.2f})  errors {fig.typos:>4} "
                f"recall {fig.recall:6.1%}  top-3 {fig.top3_rate:6.1%} "
                f"(of {fig.suggested_on})  {fig.words_per_s:8.0f} w/s"
            )
            if verbose and key in ("hunspell", "lists", "hunspell-real"):
                print("   alarms:", Counter(fig.alarms).most_common(40))
                print("   missed:", fig.missed[:40])
                print("   not in top 3:", fig.wrong_top3[:40])
    for mode in ("hunspell", "lists"):
        for lang in ("it", "en"):
            print(f"load {lang} ({mode}): {load_ms(mode, lang):.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--split", choices=["tuning", "held-out"], action="append")
    parser.add_argument("--material", choices=MATERIALS, action="append")
    parser.add_argument("--mode", choices=MODES, action="append")
    parser.add_argument("--lang", choices=["it", "en"], action="append")
    args = parser.parse_args()
    report(
        args.verbose,
        tuple(args.split or ("tuning", "held-out")),
        tuple(args.material or DEFAULT_MATERIALS),
        tuple(args.mode or MODES),
        tuple(args.lang or ("it", "en")),
    )
