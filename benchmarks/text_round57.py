"""The fifty-seventh held-out text set (issue 17, fifty-seventh round), by a rule written first.

The rule, written on 7 December 2026 at 21:44 UTC (`date -u` read 21:43:55 just before it was
written) before any figure of our engine on the set was seen, before any Italian or English text
of its sources was read and before any of its words was counted by the set's own rule, and never
to be measured by the session that wrote it: by a later session. The session that wrote it had
read the fifty-fifth, fifty-fourth and fifty-second sets' rules, code and tests, the fiftieth's
test, the thirty-fourth set's Android reader (android_strings, android_value_text), the
thirty-first's json_texts, by_key and by_files, the twenty-fourth's shared readers
(checked_snapshots, require_added_files, lorem_free_reader, paired_paragraphs, sites_texts),
tests/text_set_support.py, tools/extract_text_snapshot.sh with tools/extract_snapshot.sh's
patterns, tools/text_snapshots.py's opening, CONTRIBUTING.md's paragraph on the fifty-fourth and
fifty-fifth sets, the opening of the thirty-first, thirty-third, thirty-fourth and forty-third to
forty-seventh sets' rules (the roads they took and what they refused), and the notes of the
fifty-fifth set's three builders (/work/notes/s39/round55_notes.md, round55b_notes.md,
round55c_notes.md), measured none of them, and, to choose the sources, had listed public GitHub
repositories and their files with the search index's file and repository lists only, by the road
the brief asked for: the customer-facing interface strings of consumer apps and web apps that
Italian companies or developers made for the public, paired by key, their owners and
repositories in no earlier set (every earlier `SNAPSHOTS` listed, and `grep -rli` over
benchmarks, tests, docs and CONTRIBUTING.md for sasabus, sasabz, monumenti, ferdi2005, openoise,
arpapiemonte, "arpa piemonte", wlm, "wiki loves", and the authors' names below: no hit but
"libremente", an author of the twenty-ninth and thirtieth sets' sources who added only a
publiccode.yml to the third source below, and "traversa" inside an Italian word of an errors
file). The fifty-sixth set, built at the same time by another session (user documentation and
manuals), is not touched. The semantic search and the full-text search were not used.
Paths asked for (find_files): `src/assets/i18n/it.json`, `lib/l10n/app_it.arb`,
`assets/translations/it.json`, `src/locales/it.json`, `app/src/main/res/values-it-rIT/strings.xml`
(each a list of hundreds or thousands cut at its first hundred, in the owners' alphabetical
order: not usable), `metadata/it/full_description.txt` (35 repositories),
`fastlane/metadata/android/it/full_description.txt`, `fastlane/metadata/android/it-IT/
full_description.txt`, `fastlane/metadata/it/description.txt` (cut lists), and the Titanium
framework's `app/i18n/it/strings.xml` (7) and `i18n/it/strings.xml` (18). Names asked for
(find_repos): briscola, burraco, tombola, differenziata, classeviva, nexi, nexipay, xpay, axerve,
soisy, audioguid, sasabus, glucosio, decorourbano, fuorisalone, bologna, milano, toscana,
sardegna, francigena, itinerar, turistic, borghi, dolomiti, sentieri, bicincitta, ricette, mensa,
spesa, farmacia, salute, eventi, weschool, alloggi, biblioteca, musei, sharengo, foodracers,
spreaker, radiopopolare, viaggiatreno, trenitalia, `italia/`, RegioneLombardia, ComuneBologna,
suedtirol, altoadige, trentino. Most of what the lists gave was student projects, libraries and
bots, apps of other countries, Italian-only apps, or put up after November 2022. Refused, before
reading any of their text: SASAbus/SASAbus-ios (the same app as the first source, by its
developer, 144 strings of some 500 words a language: left out so that no owner is half the set
and no text is taken twice); soisy's WooCommerce and PrestaShop plugins (a consumer-credit
firm's checkout, a few strings each); NexiPayments/XPay (code samples, no strings);
Comune-Milano/wemi and RegioneLombardia/Eventi (no locale files; a Yii back office);
dist-uniparthenope/MuseoNavale (a naval museum's app: 22 strings, some 50 words),
kratosmat/Saluber, leonardoce/MemoFarma and AlessioVallero/ParkAdvisor (Titanium apps of 71 to 73
strings, 180 to 400 words); Stypox/tridenta (a Trentino bus app first committed in August 2022,
4 KB of strings); Xiryl's pronto-soccorso-trentino-app and meteotrentino-app (one language);
Alberto97/eGuasti (no commit before December 2022 by its log); Glucosio (a diabetes diary),
refused by the thirty-fourth set for its bot-imported Crowdin translations; the apps of the
`italia`, `pagopa`, `smartcommunitylab`, `noi-techpark` and `valerio-bozzolan` owners (used by
earlier sets).

Of the sources, before the rule, the session had seen: their branches, the last commit of the
default branch's first-parent line before 30 November 2022 (hash, date, author, subject), the
number of commits up to it and their authors with their counts, the authors (and for the first
source their addresses) of the commits touching the files read, with their first and last dates,
their file lists with byte sizes (`git ls-tree -l`), a search of every branch's history for agent
files (CLAUDE.md, AGENTS.md, GEMINI.md, `.claude`, `.cursor*`, `.clinerules`, `.windsurf`,
`.junie`, copilot-instructions.md, `.mcp.json`, llms.txt, `.openai`, `.lovable`, `.agent(s)/`:
none in any), a search of every branch's commit messages for words that mark machine
translation, generated text, agents and bots (DeepL, GPT, Copilot, Claude, Cursor, Gemini, Codex,
"machine", "automat", LLM, Google, OpenAI, LibreTranslate, "anonymous", "bot", "co-authored",
"translat", "tradu", Weblate, Crowdin, Transifex, Lokalise, "generat", "AI": the hits told
below), the files changed by four of the hit commits (`git show --stat`), the first one or two
headings of the three READMEs ("What is SASAbus?", "WLM Italia", "openoise-meter-ionic"), the
number of top-level keys of the third source's two JSON files (8 each, three deep), the tag
names found in the second source's two strings files (every `<...` with its name, no text: 109
opening `<string` tags, 108 `</string>` and one misspelt `</sring>` in each file, which the
Python XML parser refuses at line 110 of both), the first 40 bytes of the first source's iOS
sibling's English `Localizable.strings` (two short keys and values, "Map" and "LINE", shown by a
slip of an `od` command; that repository is not read), and, to judge the size, the number of
values of the files read and the words of those values by a whitespace split of the values with
their tags stripped (no value shown): told below. After it was written the snapshots are to be
extracted, the files the extraction does not keep added from the same commits with `git show`,
a few texts read to check the reader, the words counted and bare Hunspell, the reference, run on
them through pyenchant; never our engine. What was found is told below.

- Three sources, a folder each, `owner+name`, under the folder named by $TEXT_SNAPSHOTS, each
  taken at the last commit of its default branch's first-parent line before 30 November 2022,
  the day chat assistants came to the public (their later commits are not taken):
  1. SASAbus/SASAbus (commit 99ca5dc3, committed 8 December 2017, "Temporarily removed filter in
     SASAbus", by Alex Lardschneider; `master`, 689 commits from 19 July 2011; `dev` ends on 16
     December 2017 with the same strings files): SASAbus, the Android app for the buses of
     SASA, the public transport company of Bolzano and Merano in South Tyrol (arrivals at a
     stop, lines, timetables, a map, trips and their planning, parking, news, surveys, an eco
     points game with badges and a leaderboard, by its layouts' file names), made for the public
     by South Tyrolean developers with SASA (Markus Windegger 302 commits, Alex Lardschneider 176,
     David Dejori 94, Paolo Dongilli 46, Davide Montesin 37, Thomas Nocker 27 under two names,
     one address at sasabz.it, Matthias Dieter Wallnöfer 3 and others). Files read, English (the
     app's default) with Italian: `app/src/main/res/values/strings.xml` (34,541 bytes) with
     `values-it/strings.xml` (30,609), `values/arrays.xml` (2,281) with `values-it/arrays.xml`
     (1,576), `values/plurals.xml` (1,792) with `values-it/plurals.xml` (1,680); the strings
     files' commits by Alex Lardschneider 25, David Dejori 16 and Thomas Nocker 12, 18 November
     2015 to 17 August 2017, among them David Dejori's "Translated strings" (eight, July to
     November 2016), "Translated quantity strings (plurals)" and "Updated Italian translation"
     (27 January 2017): the English is the developers', the Italian David Dejori's translation
     of it; whose first language either is, German, Ladin or Italian, the log does not tell.
     Other hits of the message search: earlier translation revisions by Paolo Dongilli (2012)
     and Matthias Dieter Wallnöfer ("EN translation typo", "translation fixes", 2015), and Google
     Maps and Google services in build commits; no machine translator named. Values by the
     count: strings 395 translatable in each (1,389 English and 1,308 Italian words; 20 English
     strings marked untranslatable), arrays 14 items (27 and 31 words), plurals 12 and 10 items
     (38 and 34). The German (`values-de`), the changelog resource, the layouts, the code and the
     iOS app are not read.
  2. ferdi2005/monumenti (commit 15a334ff, committed 31 October 2022, "Miglioramenti al workflow
     della cancellazione nel caso non rimangano immagini", by Ferdinando Traversa; `master`'s
     first-parent line, 281 commits from 2 June 2020; the branch goes on to September 2023, not
     read): "WLM Italia" by its README, the app of Wiki Loves Monuments in Italy, a guide to the
     monuments, buildings and places of Italy's towns that the public may photograph and upload,
     with a map, a search by name and by town and an onboarding, made in Titanium (Alloy) by
     Ferdinando Traversa (276 commits under two names), with Marco Montanari, Ysogo and Michael
     Gangolf one or two each, and an image bot and a formatting bot (Restyled.io) on other files.
     Files read: `app/i18n/it/strings.xml` (12,033 bytes) with `app/i18n/en/strings.xml`
     (11,315), committed from 14 July 2021 to 31 October 2022 by Ferdinando Traversa (the
     Italian, 28 commits) and, for the English, by him and by Marco Montanari, whose
     "Aggiungo traduzione delle stringhe operata da @sirmmo (#9)" and "translated" (20 July 2021,
     84 lines of the English file changed each) put in the English translation, credited to him
     ("Crediti per la traduzione a @sirmmo"); and the F-Droid store listing, `metadata/it/<file>`
     with `metadata/en-US/<file>`: `full_description.txt` (1,279 and 1,202 bytes),
     `short_description.txt` and `changelogs/29.txt`, by Ferdinando Traversa, July 2021, the
     English description first committed as a draft ("Bozza di descrizione en (così F-Droid bot è
     contento)"). Other hits: "automatico"/"automatica" in two feature commits, Google Maps
     replaced by OpenStreetMap. Values by the count: 108 of the 109 strings in each (a tolerant
     count, the misspelt closing tag swallowing one), 1,085 Italian and 1,079 English words; the
     listing's three files some 200 words a language. The code, views, styles, screenshots and
     the Titanium modules are not read.
  3. Arpapiemonte/openoise-meter (commit 17aa07d3, committed 20 May 2019, "Merge pull request #1
     from libremente/master", by Arpapiemonte; `master`'s first-parent line, 14 commits from 20
     June 2018; the branch goes on from August 2023 to December 2024, not read): OpeNoise, the
     free app of ARPA Piemonte, the environmental protection agency of the Piedmont region, with
     which the public measures the noise around them (a sound level meter with its charts, its
     calibration, saved measurements, a glossary, a tutorial, the agency's contacts and privacy,
     by its pages' names), made in Ionic by Stefano Masera of the agency (7 commits under three
     addresses, two at arpa.piemonte.it); libremente's 7 commits of May 2019 added the
     publiccode.yml and screenshots (his "Translate string in en description" changed only
     publiccode.yml). Files read: `src/assets/i18n/it.json` (12,864 bytes) with
     `src/assets/i18n/en.json` (11,598), each committed once, in "Version 2.0.3" (20 June 2018,
     by Stefano Masera); who wrote the English is not told. Values by the count: 138 in each,
     1,041 Italian and 923 English words. Said as a weakness: of the brief's kinds it is the
     loosest fit, a public agency's app for citizens (a local service, health and the
     environment), not a firm's; and it is the smallest history of the three.
- Pairs: a text counts only when it exists in both languages, matched without reading it. In the
  first, the Italian and the English value of the same resource name in the same file (a
  `<string-array>` item by its name and place, a `<plurals>` item by its name and quantity), read
  by the thirty-fourth set's android_strings (resources marked `translatable="false"` left out;
  Android's escapes read; printf placeholders, `<xliff:g>` contents, tags, URLs, e-mail
  addresses and telephone numbers taken out), paired by the thirty-first set's by_key. In the
  second, the value of the same `<string name="...">` in the two Titanium files, read by a
  tolerant reader of this set (the Python XML parser refuses both files for their one misspelt
  `</sring>`): each `<string ...>` opening tag and its value up to the next `</string>` or
  `</sring>`, a `<![CDATA[...]]>` unwrapped, `translatable="false"` left out, the value read by
  the thirty-fourth set's android_value_text (Titanium builds these files into Android's
  resources, with Android's escapes); and the store listing's Italian and English files of the
  same name, each read as the fifty-fifth set reads one (listing_texts: a line its own text, a
  list's mark at a line's start taken out, tags, URLs, addresses and entities read), pairing as
  a whole. In the third, the value of the same path of keys in the two JSON files (the
  thirty-first set's json_texts and by_key). The values of a pair pair as a whole, whatever their
  number of texts; a value empty as read in either language pairs nothing.
- Keys that only developers or administrators see, left out when the key's name tells so (decided
  before any key name was seen): a key (a resource name, a string name, or any key of a JSON
  path, with a plural's quantity and an array's place) whose name, split at `_`, `.`, `-`, spaces
  and lower-to-upper-case turns, holds a part equal (in any case) to debug, admin,
  administrator, log, logs, logger, logging, dev, developer, developers, test, tests or testing,
  or the parts error and code one after the other, or errorcode; the pair is left out in both
  languages. No file of the three is an administrator's by its path. Which keys this leaves out
  is told below, after the extraction.
- Left out, decided before reading: every other file of the three repositories (above); a text
  repeated in a source is taken once; an Italian text equal to an English one of its source (left
  untranslated) or written in English (benchmarks/text_round6.in_english) is left out, and an
  English text equal to an Italian one likewise (the twenty-fourth set's paired_paragraphs); a
  text holding "lorem ipsum" (any case).
- Caps: each source is one document, capped at 3,000 words a language (WORDS_PER_SOURCE, the
  twenty-fourth set's cap a site), its texts taken in a fixed mixed order (a hash of their text:
  the twenty-fourth set's sites_texts); the benchmark's `_capped` cleans and counts them, a text
  of fewer than three words dropped. By the counts above no source reaches the cap, all of each
  taken: some 3,700 Italian and 3,650 English words by the split before the pairing's removals
  and the floor (SASAbus some 1,370 and 1,450, WLM Italia some 1,280 and 1,280, OpeNoise some
  1,040 and 920), so that the set is expected at some 2,600 to 3,200 words a language, at the
  brief's floor of 3,000 or a little under it (said as the set's first weakness), and no source
  more than about 40 per cent of it. Said here before the count, not made up; no source is added
  or dropped after it, and the bar above is not lowered to fill the set.
- The words are counted as the sixteenth to fifty-fifth sets' were: as loaded, and as judged by a
  plain split of the session's own (runs of letters, an elision kept joined to the word it stands
  before; words of one letter, all-capital words, words with an inner capital and capitalised
  words inside a sentence left out; not the engine's tokenizer), and bare Hunspell's unknown
  words per 100 on them (pyenchant, it_IT and en_US), the reference, the only figure seen; run
  through pyenchant (benchmarks.text_measure.hunspell_alarms), not through
  bench_text_accuracy's `--mode bare`.
- Run without and with the client's brand names (round57_names). Decided in the rule: each app's
  name and its maker's as the repositories and READMEs give them: "SASAbus" and "SASA" (the
  repository, its README, the company's address), "WLM Italia", "WLM" and "Wiki Loves Monuments"
  (the README's title and the contest it stands for), "OpeNoise" (the repository's name), "ARPA
  Piemonte" and "Arpa Piemonte" (the owner). Not the capitalised words of the text (streets,
  stops, lines, towns, monuments, acoustics' units): a list drawn from them would be chosen by
  reading it.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the fifty-sixth's included), drawn with another seed (1258: 1205 plus the
  set's place in text_measure.LATER_SETS, where it is to follow the fifty-sixth set; it follows
  from that order). The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to fifty-fifth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round57_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and its
  sentence shows the writer's slip; the names of the apps, of companies, agencies, lines, stops,
  streets, towns, monuments, people and services (SASA, SASAbus, Wiki Loves Monuments,
  Wikimedia, OpenStreetMap, F-Droid, ARPA), jargon (of public transport, timetables, real-time
  arrivals and beacons, of photographs, uploads, licences and Wikimedia Commons, of acoustics
  and noise measurement, of Android, its permissions, notifications, maps and the app stores),
  units and acronyms, foreign words (English words in Italian text, Italian or German words in
  English text) and anything doubtful stay false alarms. Both figures are always reported: raw
  (every alarm) and net (alarms less the listed errors, a listed word subtracted at most as many
  times as it was flagged).
- Weaknesses, known from the logs and not read in the text: the set is at or under the brief's
  floor of 3,000 words a language (above); the interface strings are short labels among longer
  messages, many under the floor; the first source's Italian is a translation of its English by
  a South Tyrolean developer, and its English the developers' own, neither said to be a native
  speaker's; it is read at a commit of 2017, the second at one of 2022, the third at one of 2019;
  the second source's English is an Italian contributor's translation of July 2021 and its store
  description was first a draft; the third source is a public agency's and says nothing of who
  wrote its English; printf placeholders taken out leave holes in a sentence.

What was found (the snapshots extracted at 21:45 UTC by tools/extract_text_snapshot.sh, which
kept the first source's two `strings.xml` and the third source's two JSON files; the rule's 12
other files, the first source's `arrays.xml` and `plurals.xml` and the second source's Titanium
strings and listing, added from the rule's commits with `git show` at 21:45 UTC; the reader run
on them, the keys the developers' rule leaves out listed, the texts holding `<`, `>`, `{`, `}`,
`|`, `@`, `$`, `%`, a backslash, a replacement character, an entity, a space before a stop or a
comma or empty brackets listed, and five texts of each source and language, drawn at random,
read at 21:45 UTC to check it; the words counted and bare Hunspell run at 21:45 UTC; nothing of
the rule's sources, files, exclusions, cap or names changed after, nor the reader):

- Keys: SASAbus's strings 395 in both files, its arrays 14 items in both, its plurals 10 items in
  both (the English's two other quantities have no Italian and pair nothing); WLM Italia's
  strings 109 in both, the one closed by `</sring>` (`no_photo_left`) read whole; OpeNoise's 138
  paths in both. Left out by the developers' rule, three: SASAbus's `credits_developers` (a
  one-word heading of the credits) and `dialog_logging_out` (a two-word progress message), both
  shown to users but both under the three-word floor, so that the rule's list takes nothing from
  the set as loaded, and WLM Italia's `test_login_start` (a warning shown only on its testers'
  login to a test wiki).
- Texts after the pairing and the removal of repeats and untranslated ones, Italian and English:
  SASAbus 361 and 357 (1,270 and 1,338 words by a whitespace split), WLM Italia 110 and 108 (1,259
  and 1,247), OpeNoise 105 and 104 (986 and 861). Listed and read: holes where a printf placeholder
  or a Titanium `%s` was taken out, a space left before a stop or a question mark ("Cancellare ?",
  "Delete ?", "Come vuoi raggiungere ?", "How do you want to reach ?", "Il tuo nome utente è .",
  "( )" for an app's version), two Italian texts and one English of SASAbus and nine a language
  of WLM Italia; a space before a comma or a stop where OpeNoise's `<i>` tags stood ("nella sezione
  Tutorial , le parti"), and its `<br>` read as a space, so that lines of its tutorial and glossary
  run together; WLM Italia's credits keep a handle, "@sirmmo" (the translator's), which the address
  pattern does not take. These are the reader's artefacts, not the writers' slips. The texts drawn
  at random: in Italian days and buttons of SASAbus ("Sabato", "Modifica ancora", "Cancella
  account", "Nessun account? Registrati", "Arrivo"), WLM Italia's map and upload messages,
  OpeNoise's help on its options and its calibration; in English "Sunday", "Add bus stop", a logout
  error, "Passwords don't match", "Departure", WLM Italia's "Enable geolocation to use the map.",
  "Uploaded photos", "Cities", OpeNoise's help on its interfaces and its description.
- As loaded (the benchmark's `_capped`, at 3,000 words a source; counted at 21:45 UTC): 3,106
  Italian words in 301 texts (SASAbus 986 in 167, WLM Italia 1,206 in 78, OpeNoise 914 in 56) and
  3,008 English words in 285 texts (1,041 in 161, 1,188 in 73, 779 in 51); within the rule's
  estimate of 2,600 to 3,200 words a language and just over the brief's floor of 3,000; the
  largest source, WLM Italia, 39 per cent of each language.
- Bare Hunspell's figures, the reference (the only ones seen), computed with
  benchmarks.text_measure.hunspell_alarms (pyenchant, it_IT and en_US, on the words its split
  gives, the judged ones chosen by its `checkable`): Italian 2.03 unknown words per 100 (63 of
  3,107), English 0.77 (23 of 2,968). The Italian keeps English words of apps ("app" 16,
  "upload" 5, "offline" 2, "beacon" 2, "logout" 2, "crash" 2, "source", "mail", "store",
  "refresh", "reset", "device", "keychain", "Bluetooth"), elided pieces ("l'" 4 with a curly
  one, "nell'" 2, "all'", "dell'", "quest'"), "geolocalizzazione" 3, "anonimizzate",
  "Disconnetti", "Wiki" 2, and forms no dictionary has ("systema", "Nessune", "valutesresti",
  "Communicai", "irrivertibile", "visulizzare", "respettivamente", "aggioranti", "attacato",
  "bisgono"); the English keeps "geolocation" 3, "menù" 2, "leaderboard", "birthdate",
  "photographable", "keychain", "eco", "Wi" (of Wi-Fi), British "analysing" and "cancelled",
  "symbolon" (an icon maker's name), "data's", "infos", "ponderation", and forms no dictionary
  has ("bottons" 2, "ssving", "conctact", "Rapresentation", "antomatically"). Recall and top
  three, which need the benchmark's planted errors, were not computed: the benchmark was not run
  on the set. These words, seen in bare Hunspell's list of unknown words (their sentences were
  not read), are left for the measuring session's adjudication like any other; nothing of the
  engine was changed for them, nor was the engine run.
- Names for the "+names" run, as the rule gives them: eight.

The rule as first written, at 21:44 UTC, is the text above without what was found; what was
found was added at about 21:47 UTC; no source, file, exclusion, cap or name changed.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    checked_snapshots,
    lorem_free_reader,
    require_added_files,
    sites_texts,
)
from benchmarks.text_round31 import by_key, json_texts
from benchmarks.text_round34 import android_strings, android_value_text
from benchmarks.text_round55 import listing_texts

# per source and language: the twenty-fourth set's cap a site (no source reaches it)
WORDS_PER_SOURCE = 3000
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (each the last of its default branch's first-parent line before 30
# November 2022).
SNAPSHOTS = {
    "SASAbus+SASAbus": "99ca5dc31f7805cfcc9466d833f8249d4310c6ea",
    "ferdi2005+monumenti": "15a334ff8c11a66f4a06309d6110c83b34b6378f",
    "Arpapiemonte+openoise-meter": "17aa07d3dad6e558ea8f1eb95070b2fd26a6a24f",
}
# Each app's name and its maker's, as the rule gives them.
NAMES = (
    "SASAbus",
    "SASA",
    "WLM Italia",
    "WLM",
    "Wiki Loves Monuments",
    "OpeNoise",
    "ARPA Piemonte",
    "Arpa Piemonte",
)

SASABUS = "SASAbus+SASAbus"
MONUMENTI = "ferdi2005+monumenti"
OPENOISE = "Arpapiemonte+openoise-meter"

_RES = "app/src/main/res"
# The first source's resource files, Italian -> English (the English is the app's default)
SASABUS_FILES = {
    f"{_RES}/values-it/{name}.xml": f"{_RES}/values/{name}.xml"
    for name in ("strings", "arrays", "plurals")
}
# The second source's Titanium strings, Italian -> English
MONUMENTI_STRINGS = {"app/i18n/it/strings.xml": "app/i18n/en/strings.xml"}
# The second source's F-Droid store listing, Italian -> English
MONUMENTI_LISTING = {
    f"metadata/it/{name}": f"metadata/en-US/{name}"
    for name in ("full_description.txt", "short_description.txt", "changelogs/29.txt")
}
# The third source's JSON, Italian -> English
OPENOISE_FILES = {"src/assets/i18n/it.json": "src/assets/i18n/en.json"}

# The files each source's reader needs (paths inside the snapshot), in pairs (Italian, English)
FILES: dict[str, dict[str, str]] = {
    SASABUS: SASABUS_FILES,
    MONUMENTI: {**MONUMENTI_STRINGS, **MONUMENTI_LISTING},
    OPENOISE: OPENOISE_FILES,
}

# The files the extraction does not keep (Android's `arrays.xml` and `plurals.xml`, Titanium's
# `app/i18n/*/strings.xml`, the listing's `.txt`), added to each snapshot from the rule's commit
# with `git show` (tools/text_snapshots.py adds them)
ADDED_FILES = {
    SASABUS: tuple(
        path for pair in SASABUS_FILES.items() for path in pair if not path.endswith("/strings.xml")
    ),
    MONUMENTI: tuple(path for pair in FILES[MONUMENTI].items() for path in pair),
}


def fetch_round57(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh,
    which keeps no `arrays.xml`, `plurals.xml`, Titanium `strings.xml` or `.txt`: the files read
    are added from the same commit with `git show`); a missing snapshot, or one at another commit
    than the rule's, stops the run, and so does a missing file (site_paragraphs).
    """
    return checked_snapshots("round57", SNAPSHOTS, root)


def _missing(repo: str, site: Path) -> None:
    paths = [path for pair in FILES[repo].items() for path in pair]
    kinds = "`arrays.xml`, `plurals.xml`, Titanium `strings.xml`, `.txt` or `.json`"
    require_added_files("round57", site, paths, SNAPSHOTS[repo], kinds)


# ---------------------------------------------------------------------------------------------
# Keys only developers or administrators see, told by their names (the rule's list)

DEVELOPER_PARTS = frozenset(
    {
        "debug",
        "admin",
        "administrator",
        "log",
        "logs",
        "logger",
        "logging",
        "dev",
        "developer",
        "developers",
        "test",
        "tests",
        "testing",
        "errorcode",
    }
)
# a name's parts: split at `_`, `.`, `-`, spaces and lower-to-upper-case turns
_SEPARATORS = re.compile(r"[_.\-\s]+")
_CASE_TURN = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def key_parts(name: str) -> list[str]:
    """Return a key's name in lower-case parts, split as the rule says."""
    parts = []
    for chunk in _SEPARATORS.split(name):
        parts += [part.lower() for part in _CASE_TURN.split(chunk) if part]
    return parts


def developer_key(keys: tuple[str, ...]) -> bool:
    """Return True for a key only developers or administrators see, by the rule's list: a part of
    any of its names among DEVELOPER_PARTS, or the parts `error` and `code` one after the other."""
    for name in keys:
        parts = key_parts(name)
        if DEVELOPER_PARTS.intersection(parts):
            return True
        if any(a == "error" and b == "code" for a, b in itertools.pairwise(parts)):
            return True
    return False


def customer_keys(texts: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """Return a file's texts by key less the keys developer_key refuses."""
    return {keys: text for keys, text in texts.items() if not developer_key(keys)}


# ---------------------------------------------------------------------------------------------
# Titanium's `app/i18n/<lang>/strings.xml`, read tolerantly: both files hold one `</sring>`

_TITANIUM_STRING = re.compile(r"<string\b([^>]*)>(.*?)</s(?:t)?ring\s*>", re.DOTALL)
_NAME = re.compile(r"""\bname\s*=\s*(["'])(.*?)\1""")
_NOT_TRANSLATABLE = re.compile(r"""\btranslatable\s*=\s*(["'])false\1""", re.IGNORECASE)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def titanium_strings(path: Path) -> dict[tuple[str, ...], str]:
    """Return a Titanium strings file's texts by string name: each `<string ...>` and its value up
    to the next `</string>` or `</sring>`, a CDATA section unwrapped, those marked
    `translatable="false"` or without a name left out, the value read by the thirty-fourth set's
    android_value_text (escapes, placeholders, tags, URLs, addresses and telephone numbers)."""
    source = path.read_text("utf-8", errors="replace")
    out: dict[tuple[str, ...], str] = {}
    for match in _TITANIUM_STRING.finditer(source):
        attributes, raw = match.groups()
        name = _NAME.search(attributes)
        if name is None or _NOT_TRANSLATABLE.search(attributes):
            continue
        out[(name.group(2),)] = android_value_text(_CDATA.sub(r"\1", raw))
    return out


# ---------------------------------------------------------------------------------------------
# The sources: each yields its pairs, (Italian texts, English texts).


def _keyed_files(
    table: dict[str, str], read: Callable[[Path], dict]
) -> Callable[[Path], Iterator[Pair]]:
    """Return the pairs of each Italian and English file of `table`, each read by `read` into
    texts by key, the developers' keys left out, paired by key in the Italian file's order."""

    def pairs(site: Path) -> Iterator[Pair]:
        for it_file, en_file in table.items():
            italian = customer_keys(read(site / it_file))
            english = customer_keys(read(site / en_file))
            yield from by_key(italian, english)

    return pairs


_sasabus_pairs = _keyed_files(SASABUS_FILES, android_strings)
_monumenti_strings = _keyed_files(MONUMENTI_STRINGS, titanium_strings)
_openoise_pairs = _keyed_files(OPENOISE_FILES, json_texts)


def _sasabus(site: Path) -> Iterator[Pair]:
    _missing(SASABUS, site)
    yield from _sasabus_pairs(site)


def _monumenti(site: Path) -> Iterator[Pair]:
    _missing(MONUMENTI, site)
    yield from _monumenti_strings(site)
    for it_file, en_file in MONUMENTI_LISTING.items():
        yield listing_texts(site / it_file), listing_texts(site / en_file)


def _openoise(site: Path) -> Iterator[Pair]:
    _missing(OPENOISE, site)
    yield from _openoise_pairs(site)


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    SASABUS: _sasabus,
    MONUMENTI: _monumenti,
    OPENOISE: _openoise,
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round57_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's three sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round57(root))


def round57_names() -> list[str]:
    """Return the client's brand names for the second measure: each app's name and its maker's,
    as the rule gives them."""
    return sorted(NAMES)
