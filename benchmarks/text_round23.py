"""The twenty-third held-out text set (issue 17, twenty-third round), by a rule written first.

The rule, written on 5 December 2026 at 23:11 UTC before any figure of our engine on the set
was seen, before any of its packages was downloaded and before any of its words was counted,
and never to be measured by the session that wrote it: by a later session (the session that
wrote it had read the earlier sets' code and rules, measured none of them, and asked Debian's
package index only whether the packages named below exist and what they are: their names,
versions, sizes and one-line descriptions; the fourth to twenty-second sets were chosen before
this one). After it was written the packages were downloaded and their contents listed, to find
the Italian catalogues and help, a few messages read to decide on name lists, the words counted
and bare Hunspell, the reference, run on them through pyenchant; never our engine. What was
found is told below, with its time:

- Domains in no earlier set (the user, developer and fresh sets of benchmarks/text_material.py,
  the fourth to twenty-second sets), in none of the programs used as extra tuning material in
  the eighth round (Pidgin, HexChat, Polari, KMail, Akregator, KAddressBook, Shotwell, gThumb,
  GNOME Software, Calendar and Contacts, Aptitude) and in none of those used so by the session
  that wrote the tenth set's rule (MATE Terminal, LXTerminal, Sakura, Timeshift, Vinagre, Kup,
  GNOME Console, Terminology, X2Go Client, luckyBackup, QTerminal, LXQt sudo, Yakuake). The
  kinds first thought of are all in earlier sets: weather and clocks, archive managers, image
  viewers, scanning, screenshots and webcams (the user and fresh sets), dictionaries (the
  fifteenth), note-taking (the eighth), feeds (Akregator, the eighth round's tuning), printing
  and torrents (the sixth), accessibility (Orca, the user set), passwords (the tenth), maps
  (the user set's GNOME Maps, the fifth's Marble), educational games (the fifth), fonts (the
  user set's GNOME Font Viewer), virtual machines (the fresh set's GNOME Boxes). Games are in
  the user set, but only one kind of them: board, card, puzzle and little arcade games (GNOME
  Chess, Mines, Sudoku, Mahjongg, Aisleriot, Four-in-a-Row, Iagno, Quadrapassel, Nibbles and
  the rest of GNOME's games). So the set takes, whole, two kinds of program no set covered and
  no rule named, with every catalogue and help of the programs named:
  strategy games (turn-based and real-time war and empire games, economy, city and transport
  simulations): The Battle for Wesnoth (wesnoth-1.16-core, wesnoth-1.16-data), Freeciv
  (freeciv-data, freeciv-client-gtk3, freeciv-client-qt, freeciv-server,
  freeciv-ruleset-tools), Widelands (widelands, widelands-data), 0 A.D. (0ad, 0ad-data,
  0ad-data-common), Warzone 2100 (warzone2100, warzone2100-data), MegaGlest (megaglest,
  megaglest-data), Unknown Horizons (unknown-horizons), FreeOrion (freeorion, freeorion-data),
  Lincity-NG (lincity-ng, lincity-ng-data), Simutrans (simutrans, simutrans-data), OpenTTD
  (openttd, openttd-data), FreeCol (freecol), Seven Kingdoms (7kaa, 7kaa-data), Bos Wars
  (boswars, boswars-data), LGeneral (lgeneral, lgeneral-data), Advanced Strategic Command
  (asc, asc-data), Crimson Fields (crimson), TripleA (triplea) and Hedgewars (hedgewars,
  hedgewars-data). Left out: Wesnoth's campaigns, which Debian packages apart, each a story of
  its own (wesnoth-1.16-did, -dm, -dw, -ei, -httt, -l, -low, -nr, -sof, -sota, -sotbe, -thot,
  -trow, -tsg, -ttb and -utbs), with their catalogues (the domains named after them,
  `wesnoth-did` and the rest) wherever they are shipped; Wesnoth's music, server and
  campaign developers' tools; Spring (an engine without a game); Pioneers (the Settlers of
  Catan, a board game: the user set's kind); OpenClonk (platform action as much as strategy);
  and role-playing games, adventure games and roguelikes (the player's one character or party
  in a story or a dungeon): FreeDink (freedink-engine, freedink-data), Flare (flare-engine,
  flare-game), Adonthell (adonthell, adonthell-data), Naev (naev, naev-data), Crossfire's
  client (crossfire-client), Dungeon Crawl Stone Soup (crawl, crawl-tiles, crawl-common),
  Cataclysm: Dark Days Ahead (cataclysm-dda-sdl, cataclysm-dda-curses, cataclysm-dda-data),
  ScummVM (scummvm), which runs the classic graphical adventure games, and Endless Sky
  (endless-sky). Left out: libraries, development, documentation, music-only and
  dedicated-server packages but those named.
  Downloaded at 23:11 UTC (55 packages, 3.8 GB) and listed at 23:13 UTC.
  The nearest earlier kinds are not these: the user set's games are played on a board, a
  table of cards or tiles, or a single screen of falling blocks; these are wars, empires,
  cities and stories played over hours, with rules, units, technologies, quests and dialogue.
- Catalogues (msgstr Italian, msgid English): every Italian gettext catalogue, compiled (`.mo`),
  shipped by the packages named above, wherever the package keeps it (under usr/share/locale,
  under a game's own folder in usr/share/games; under `it_IT` as under `it`), filed under its
  domain; a domain in no earlier set; name lists left out (NAME_LISTS, decided from what the
  catalogues hold before any figure is seen). A `.po` source, whether beside a compiled
  catalogue or read by a game at run time in its stead, is not read, as the seventeenth and
  eighteenth sets left `.po` sources unread; nor are translations kept in a game's own format
  (string tables, `.lng`, `.txt`, Java properties, Qt `.qm`). A copy of a library's messages
  that a program ships is not the program's catalogue and is not taken, as the seventeenth to
  twenty-first sets left such copies out. A program whose packages hold no Italian gettext
  catalogue adds none and is not replaced.
  Found at 23:13 UTC, when the packages were listed: fifty-two Italian catalogue files, in eight
  games' packages: forty-nine catalogues taken, all of domains in no earlier set (the other
  three are Unknown Horizons' second copies and FreeDink's copy of gnulib's, below). The Battle
  for Wesnoth's nine, in wesnoth-1.16-data under
  usr/share/games/wesnoth/1.16/locale/it/LC_MESSAGES (`wesnoth`, `wesnoth-lib`, `wesnoth-help`,
  `wesnoth-units`, `wesnoth-editor`, `wesnoth-multiplayer`, `wesnoth-tutorial`, and those of two
  campaigns the data package itself holds, `wesnoth-anl`, "A New Land", and `wesnoth-wc`, "World
  Conquest"; no catalogue of the campaigns packaged apart is there in Italian, so leaving them
  out left nothing out); Freeciv's three, in freeciv-data (`freeciv-core`, `freeciv-nations`,
  `freeciv-ruledit`); Widelands' thirty-one, in widelands-data under
  usr/share/games/widelands/data/locale/it/LC_MESSAGES (the game's `widelands`,
  `widelands_console` and `widelands_editor`, its texts, tribes, tribes' encyclopedia, world,
  maps, win conditions and training wheels, and one for each of nineteen scenarios, tutorials
  and campaigns' missions, seventeen for one player, `scenario_atl01.wmf` and the rest, one of
  them a placeholder, `scenario_dummy.wmf`, and two for several, and two maps); Unknown
  Horizons' two (`unknown-horizons`, `unknown-horizons-server`), each shipped twice, byte for
  byte, under usr/share/locale and in the game's own folder, read once; Warzone 2100's (in
  warzone2100-data) (strategy games); FreeDink's (`freedink`, in freedink-engine, beside
  `freedink-gnulib`, its copy of gnulib's messages, a library's, not taken), Adonthell's game
  Waste's Edge's (`wastesedge`, in adonthell-data, in the game's own folder) and Cataclysm: Dark
  Days Ahead's (`cataclysm-dda`, in cataclysm-dda-data, under usr/share/locale/it_IT, read from
  there and filed with the others, as the twenty-first set filed Keyman's) (role-playing games).
  Italian kept in other forms, not read: 0 A.D.'s engine's `it.engine.po` (a `.po` source; its
  game data lie in zip archives, not opened), Bos Wars' `.po` sources, Flare's (`data.it.po`,
  `engine.it.po`, read by the game at run time); FreeOrion's string table (`it.txt`), Simutrans'
  texts, MegaGlest's and OpenTTD's `italian.lng`, FreeCol's Java properties, Hedgewars' Qt `.qm`
  file, Lua and text files, Crimson Fields' `it.dat`, Dungeon Crawl's descriptions
  (`dat/descript/it`), Unknown Horizons' scenarios in YAML. No Italian at all in Lincity-NG's
  (`.po` sources in other languages only), Seven Kingdoms', LGeneral's, Advanced Strategic
  Command's, TripleA's, Naev's (gettext catalogues in other languages only), Crossfire's
  client's, ScummVM's and Endless Sky's packages.
- Documentation: every handbook or help these packages ship in both English and Italian, read
  as the earlier sets read it: KDE handbooks as KDE renders them (`index.cache.bz2`), Mallard
  help (`help/C` and `help/it`), DocBook help. Help in other forms (HTML or PDF manuals, manual
  pages, READMEs, a game's in-game help kept outside a gettext catalogue) or in English only is
  not taken.
  Found at 23:13 UTC: no KDE handbook, Mallard or DocBook help in the set's packages. Wesnoth's
  HTML manual (`manual.it.html`, in wesnoth-1.16-data) and its Italian manual pages, Freeciv's
  Italian README and HOWTOPLAY (in freeciv-data) are of the forms not taken.
- Thought of and not taken: racing, flying and sandbox games (SuperTuxKart, Extreme Tux Racer,
  TORCS, Trigger Rally, X-Moto, Minetest, FlightGear: kept for a later set); NetHack, Angband and
  the other roguelikes with no translation known; emulators (kept for a later set). Two kinds
  are thought enough for the aim.
- The same caps per catalogue and help document as in the earlier sets (1,500 words a
  catalogue, 6,000 a help document). The aim: about 20,000 to 30,000 words a language, as
  loaded; whatever it comes to, no kind is added or dropped after the count. The words are
  counted as the sixteenth to twenty-second sets' were: as loaded, and as judged by a plain
  split of the session's own (runs of letters, an elision kept joined to the word it stands
  before; words of one letter, all-capital words, words with an inner capital and capitalised
  words inside a sentence left out; catalogues loaded as the benchmark loads them, with
  pyenchant's en_US standing for the engine's Hunspell in finding the names a translator
  carried over; not the engine's tokenizer), and bare Hunspell's unknown words per 100 on them
  (pyenchant, it_IT and en_US), the reference, the only figure seen.
  As loaded (counted at 23:18 UTC): 50,424 Italian words and 50,579 English ones, all of
  catalogues: both above the aim, about twice its top, because Widelands and Wesnoth split their
  text into many catalogues, each capped apart (Widelands' thirty-one hold 26,776 and 26,396;
  Wesnoth's nine 14,292 and 14,800). The rule says no kind is added or dropped after the count:
  none was. By kind, Italian and English: strategy games 47,269 and 47,395, role-playing games
  3,155 and 3,184. By game: Widelands as above, Wesnoth as above, Freeciv 3,012 and 3,017,
  Unknown Horizons 1,687 and 1,682, Warzone 2100 1,502 and 1,500, Cataclysm: Dark Days Ahead
  1,502 and 1,525, Waste's Edge 1,502 and 1,523, FreeDink 151 and 136. Twenty-six catalogues
  reach the cap in Italian, twenty-five in English; the cap is checked after each message, as
  the benchmark loads them, so a catalogue whose last message is long passes it: Wesnoth's World
  Conquest's (`wesnoth-wc`, 3,836 and 3,756, its last message a long help text) and Wesnoth's
  own (English 2,209). The words judged, split by the sixteenth set's plain rule, 42,790 Italian
  and 42,127 English. Bare Hunspell's figures on them, the reference (pyenchant, it_IT and
  en_US; the only ones seen): Italian 0.65 unknown words per 100 (280), English 0.64 (271),
  lower than the earlier sets' (the twenty-first's 1.68 and 0.95, the twenty-second's 2.64 and
  1.44): the games' text is mostly story, dialogue and help in plain words. Recall and top
  three, which need the benchmark's planted errors, were not computed: the benchmark was not run
  on the set. Seen in passing, in bare Hunspell's list of unknown words, and left for the
  measuring session's adjudication like any other (nothing of the engine was changed for them,
  nor was the engine run): many slips in the Italian, most of them Widelands' and Wesnoth's
  ("livelllo", "glli", "comiciata", "avssi", "utilizzareare", "tratatta", "teconlogie",
  "taglliare", "tagialegna", "suceesivo", "quualche", "ptrebbe", "provondità", "preacuzioni",
  "potebbe", "nellle", "interrrotta", "grandde", "giocaore", "finetra", "entrambbi",
  "diventaranno", "delllo", "dell'encicolopedia", "costrurire", "costituisono", "chiusoo",
  "cconosciuto", "alternatiivo", "allla", "Potrebbbero", "Rigraziamo", "Costuisci",
  "saràstampato", "produttivitàmedia", "maggiorparte"), and "perchè", "finchè", "anzichè" and
  "fù"; in the English, "inmidst" and "hurtings", and doubtful ones ("scouty", "fing", the
  games' own words such as "spidercloth", "blackroot", "toolsmithy", "quintain").
- Run without and with the `Name=` entries of the packages' `.desktop` files as the client's
  brand names; a program's package that carries no catalogue is fetched for its menu entry
  only. Only the menu entries (usr/share/applications) count, as in the eighth to twenty-first
  sets: a `.desktop` file elsewhere (a game's own folder, an autostart entry) is not a
  program's brand.
  Found at 23:13 UTC: thirty-five menu entries, thirty-five names: one for each game, and more
  for Freeciv (its GTK and Qt clients, "Freeciv" and "Freeciv (Qt)", its server and its "Freeciv
  Ruleset Editor"), FreeDink ("FreeDink" and its editor, "FreeDinkedit"), MegaGlest (the game,
  its "MegaGlest Map Editor" and its "MegaGlest Model Viewer", hidden from the menu,
  `NoDisplay=true`, and counted, as the earlier sets counted every entry there) and Dungeon
  Crawl ("Dungeon Crawl" and "Dungeon Crawl (tiles)"); Adonthell's is its game's, "Waste's
  Edge", and Wesnoth's "Battle for Wesnoth (1.16)". Only Warzone 2100's and Wesnoth's carry an
  Italian `Name[it]=`, the same as their English (Wesnoth's "Editor delle mappe (1.16)" names an
  action of its entry, not an entry). Hedgewars' two `.desktop` files in its own folder
  (usr/share/games/hedgewars/Data/misc) are not menu entries.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those
  drawn for the earlier sets, the twenty-second's included), drawn with another seed (1224:
  1205 plus the set's place in text_measure.LATER_SETS, where it is to follow the
  twenty-second set; it follows from that order).
- Adjudication, as in the seventh to twenty-second sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round23_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; program names, jargon (of games and their
  rules, units, weapons, technologies, resources, buildings and maps, of strategy and war, of
  role-playing, its classes, skills, spells, items and monsters, of dungeons and roguelikes, of
  ships and space, of trains, roads and economies, of multiplayer, servers and networks, of
  graphics, sound, controllers and keys), foreign and invented words (the names and languages
  of a game's invented peoples, places and creatures, archaic and fantasy spellings, Latin), the
  names of people, places, factions, nations, leaders and characters, and anything doubtful
  stay false alarms. Both figures are always reported: raw (every alarm) and net (alarms less
  the listed errors, a listed word subtracted at most as many times as it was flagged).

The rule as first written, at 23:11 UTC, is the text above without what was found (its time
then put down as 23:12, a minute ahead: `date -u` read 23:11:12 just before it was written and
23:11:46 as the download began). What was found was added at about 23:21 UTC, with the three
particulars of reading that the listing called for, each by the rule's words: Cataclysm's
catalogue read from under `it_IT`, Unknown Horizons' second copies read once, FreeDink's copy of
gnulib's messages left out (a library's); no kind, package or exclusion changed.

Measured once, by a later round (not the session that wrote this rule), at its end, and never
before.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.text_material import CACHE
from benchmarks.text_round4 import desktop_names, fetch_set
from benchmarks.text_round8 import new_catalogues, place_catalogues_and_handbooks

# The packages the rule names, in its order.
ROUND23_PACKAGES = [
    "wesnoth-1.16-core",
    "wesnoth-1.16-data",
    "freeciv-data",
    "freeciv-client-gtk3",
    "freeciv-client-qt",
    "freeciv-server",
    "freeciv-ruleset-tools",
    "widelands",
    "widelands-data",
    "0ad",
    "0ad-data",
    "0ad-data-common",
    "warzone2100",
    "warzone2100-data",
    "megaglest",
    "megaglest-data",
    "unknown-horizons",
    "freeorion",
    "freeorion-data",
    "lincity-ng",
    "lincity-ng-data",
    "simutrans",
    "simutrans-data",
    "openttd",
    "openttd-data",
    "freecol",
    "7kaa",
    "7kaa-data",
    "boswars",
    "boswars-data",
    "lgeneral",
    "lgeneral-data",
    "asc",
    "asc-data",
    "crimson",
    "triplea",
    "hedgewars",
    "hedgewars-data",
    "freedink-engine",
    "freedink-data",
    "flare-engine",
    "flare-game",
    "adonthell",
    "adonthell-data",
    "naev",
    "naev-data",
    "crossfire-client",
    "crawl",
    "crawl-tiles",
    "crawl-common",
    "cataclysm-dda-sdl",
    "cataclysm-dda-curses",
    "cataclysm-dda-data",
    "scummvm",
    "endless-sky",
]
HANDBOOKS: tuple[str, ...] = ()  # no KDE handbook in English and Italian
# Cataclysm: Dark Days Ahead keeps its catalogue under `it_IT`: filed with the others.
ELSEWHERE = ("locale/it_IT/LC_MESSAGES",)
# Unknown Horizons ships each of its catalogues twice, byte for byte, under usr/share/locale and
# in its own folder: read once.
SECOND_COPIES = ("unknown-horizons/content/lang/it/LC_MESSAGES",)
# A copy of a library's messages that a program ships (FreeDink's of gnulib's) is not the
# program's catalogue.
LIBRARY_COPIES = frozenset(["freedink-gnulib"])
# Wesnoth's campaigns that Debian packages apart (wesnoth-1.16-did and the rest): their
# catalogues, named after them, are left out wherever they are shipped.
WESNOTH_CAMPAIGNS = frozenset(
    f"wesnoth-{c}"
    for c in [
        "did",
        "dm",
        "dw",
        "ei",
        "httt",
        "l",
        "low",
        "nr",
        "sof",
        "sota",
        "sotbe",
        "thot",
        "trow",
        "tsg",
        "ttb",
        "utbs",
    ]
)


def _place_round23(share: Path, staging: Path) -> None:
    italian = share / "locale/it/LC_MESSAGES"
    italian.mkdir(parents=True, exist_ok=True)
    for folder in SECOND_COPIES:
        for mo in sorted((share / folder).glob("*.mo")):
            if (italian / mo.name).read_bytes() != mo.read_bytes():
                raise RuntimeError(f"{mo} differs from its copy under usr/share/locale")
            mo.unlink()
    for folder in ELSEWHERE:
        for mo in sorted((share / folder).glob("*.mo")):
            mo.rename(italian / mo.name)
    place_catalogues_and_handbooks(share, staging, HANDBOOKS)


def fetch_round23(root: Path = CACHE) -> Path:
    """Download and unpack the twenty-third set's packages once; return the folder of the set."""
    return fetch_set(root, "round23", ROUND23_PACKAGES, _place_round23)


def round23_catalogues(root: Path = CACHE) -> list[Path]:
    """Return the twenty-third set's Italian catalogues: domains in no earlier set, name lists,
    copies of a library's messages and the catalogues of Wesnoth's campaigns packaged apart
    out."""
    return new_catalogues(root, "round23", NAME_LISTS | WESNOTH_CAMPAIGNS | LIBRARY_COPIES)


# Name lists by the rule, decided at 23:18 UTC from what the catalogues hold, before any figure
# was seen: none. Freeciv's `freeciv-nations` holds the names of its nations, their adjectives
# and leaders, 281 of its 366 messages, each of fewer than three words in English (too short to
# be loaded), and 85 legends, a paragraph of prose on each nation's history, all that is loaded
# of it: taken. Widelands' `world` and `tribes` hold the names of trees, terrains, wares and
# buildings among their messages, and the tribes' help and messages to the player: labels and
# messages of a game, not lists of names as KGeography's is.
NAME_LISTS: set[str] = set()


def round23_names(root: Path = CACHE) -> list[str]:
    """Return the programs' names (`Name=` and `Name[it]=` of each `.desktop` file's entry):
    the client's brand names for the second measure."""
    return desktop_names(root / "round23" / "applications")
