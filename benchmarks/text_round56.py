"""The fifty-sixth held-out text set (issue 17, fifty-sixth round), by a rule written first.

The rule, written on 7 December 2026 at 21:44 UTC (`date -u` read 21:44:15 just before it was
written; the machine's clock moved far less than the work took, as the fifty-third to
fifty-fifth sets' builders noted too) before any figure of our engine on the set was seen, before
any Italian or English text of its sources was read and before any of its words was counted by
the set's own rule, and never to be measured by the session that wrote it: by a later session.
The session that wrote it had read the fifty-fourth and fifty-fifth sets' rules, code and tests
(its models), the fiftieth and fifty-second sets' code, the twenty-fourth set's shared readers
(page_texts, markdown_paragraphs, html_text_paragraphs, by_table, table_pairs, paired_paragraphs,
lorem_free_reader, sites_texts, checked_snapshots, require_added_files, how_to), the
twenty-fifth's same_paths and the thirtieth's reStructuredText reader, tests/text_set_support.py,
tools/extract_text_snapshot.sh, tools/text_snapshots.py, CONTRIBUTING.md's paragraphs on the
sets and the notes of an earlier builder who looked for customers' help pages and FAQs
(/work/notes/s38/round54_notes.md: one fitting source found, too small alone, its text not read),
measured none of them, and, to choose the sources, had listed public GitHub repositories and
their files with the search index's file and repository lists only, by the road the brief asked
for: customer documentation of products made by Italian companies or developers, written in
Italian and in English for the product's users (user manuals, help pages, FAQs, getting-started
guides, release notes meant for users), paired by file path or name. Paths asked for
(find_files): `LANGS.md`, `it/SUMMARY.md`, `it/README.md`, `docs/it/index.md`,
`docs/it/README.md`, `docs/it/index.rst`, `docs/index.it.md`, `docs/index.en.md`,
`docs/it/getting-started.md`, `docs/it/user-guide.md`, `docs/it/usage.md`,
`docs/it/troubleshooting.md`, `docs/it/features.md`, `docs/it/settings.md`,
`docs/locale/it/LC_MESSAGES/index.po`, `content/it/docs/_index.md`,
`i18n/it/docusaurus-plugin-content-docs/current/intro.md`,
`i18n/en/docusaurus-plugin-content-docs/current/intro.md`, `docs/installazione.md`,
`docs/en/installazione.md`, `docs/installazione.en.md`, `docs/introduzione.md`,
`docs/manuale.md`, `manuale.md`, `manuale_utente.md`, `manual_it.md`, `MANUAL_IT.md`,
`GUIDA.md`, `FAQ_IT.md`, `README_IT.md`, `readme-it_IT.txt`, `LEGGIMI.md`, `LEGGIMI.txt`,
`leggimi.txt`, `Leggimi.txt`, `leggimi.html`, `help/it.html`, `help/en/index.html`,
`CHANGELOG_IT.md`, `CHANGELOG_EN.md`, `CHANGELOG.it.md`, `CHANGELOG-it.md`, `changelog_it.md`,
`changelog.it.md`, `CHANGELOG_ITA.md`. Repositories asked for by name (find_repos): manuale,
documentazione, user-manual, docs-it, istruzioni, guida-, wiki-it, hoteldruid, gancio, ParrotSec,
nexi-, and the owners of the candidates (TombolaByAg, alessiogiordano, ByAg, maicol07, Oibaf66,
dabolus). The semantic search and the full-text search were not used. Most of what the lists gave
was put up in 2023 to 2026, or is developers' documentation, or is in one language. Refused,
before reading any of their text: lallulli/songpress (Songpress, a songbook editor by an Italian
developer: its `docs/*.it.md` beside `docs/*.md` were first committed in June 2026; before that
its help is only compiled `.chm` files); AppQuality/unguess-docs (history from July 2023);
Ridewolf/Help-Center (CLAUDE.md, a dozen languages); ercole-io/ercole-docs (Sorint.lab: its
`docs/it/` lived two commits in July and August 2019, none at the commit before the cut-off);
eca-automs/mcpx-board-manual (a lift controller's manual: Italian only, `en/README.md` a stub);
ParrotSec/documentation (English only); Supergiovane/node-red-contrib-knx-ultimate (node help of
a few hundred bytes a page, in many languages, and interface strings); domotime/DUCB230V (a gate
controller's manual: its English added in November 2023); xautomata/User-Interface-Manual
(2025); paolino/reactivegas (its `docs/it` and `docs/en` of 2026); mrkaban/ClamSentinel (an
Italian antivirus helper's `Leggimi.txt` and `Readme.txt`, but uploaded in July 2023: no commit
before the cut-off); maicol07/docs (2024) and maicol07/maicol07_docs (four short Italian pages,
two of them on translating); freedomotic/fd-user-manual (English only); Passweb-Dev/manuale-passweb
and smeup/Sme.UP-Documentazione (Italian only); buzzqw/TPGK and
greenmice-technologies/hellomnemo.com (recent, an AI client, many languages);
fadeoutsoftware/WASDI (developers' tutorials); APSistemi/APOffice (GEMINI.md); Oibaf66's Wii ports
(no file in both languages); antoniocigna/LineByLineMobile (Italian only); NethServer's manuals
(the company, Nethesis, is an earlier sets' owner). Three fitting sources were found in the time
the brief gave, all small; the set is those three, said as its first weakness: by the raw count
below some 2,000 words a language, about 1,600 to 1,900 after the reader, under the brief's 3,000
to 8,000 but above its floor of some 1,500.

Of each source, before the rule, the session had seen: its branches, the last commit of its
default branch's first-parent line before 30 November 2022 (hash, date, author, subject), the
number of commits up to it and their authors with their counts and addresses, the commits
touching the files read (dates, authors, subjects), its file list with byte sizes (`git ls-tree
-l`) at that commit, a search of every branch's history for agent files (CLAUDE.md, AGENTS.md,
GEMINI.md, `.cursor*`, `.clinerules`, `.windsurf`, `.junie`, copilot-instructions.md, `.mcp.json`,
llms.txt, `.lovable`: none in any of the three), a search of the commit messages of every branch
for words that mark machine translation, generated text, agents and bots ("translat", "tradu",
DeepL, Google, GPT, "machine", "automat", "generat", "co-authored", "bot", Weblate, Crowdin,
"locali", "inglese", "english", "italian": the hits told below), whether each file read is valid
UTF-8 (the two help pages are), where the app reads two of the files (the code lines that open
them, below), and, to judge the size, the words of each file read by a whitespace split once its
tags (and, in the help pages, its scripts and styles) were stripped (no text shown): Tombola's
help 1,025 Italian and 1,016 English words, School Life Diary's release notes 756 and 675,
Ancillapp's 356 and 316 (its READMEs 148 and 128, not read). After it was written the snapshots
are to be extracted, a few texts read to check the reader, the words counted and bare Hunspell,
the reference, run on them through pyenchant; never our engine. What was found is told below.

- TombolaByAg/tombolabyag.github.io (commit a4e0f531, committed 3 December 2021, "Updated email
  address to support@alessiogiordano.net", by Alessio Giordano; the last commit of `main`, its
  only branch, before 30 November 2022, and its head): the support site of Tombola, an iPhone and
  iPad app for playing tombola, the Italian Christmas board game, made by Alessio Giordano, an
  Italian developer, and published for the public. Commits: 39, 24 December 2020 to 3 December
  2021, all his (as "Alessio Giordano", dev@alessiogiordano.net, and as "Tombola by AG" and
  "TombolaByAg", the app's account). Read: the app's Help Book, `help/it/index.html` (11,226
  bytes) with `help/en/index.html` (10,213 bytes), both uploaded on 26 December 2020 ("Upload of
  Italian Help Book" at 20:18, "Upload English Help Book" at 20:19) and each edited once a few
  minutes later ("Update index.html", a three-line change). The message search's hits are those
  subjects and "Import 1.x Website from Google Firebase" (the site's former host); none tells how
  either language was written. This source was found by the earlier builder of round 54 and left
  unread and unused (CONTRIBUTING.md names it as such); no earlier set took it.
- maicol07/school_life_diary_pc (commit 48eb7e03, committed 26 May 2020, "Update README.md", by
  Maicol Battistini; the last commit of `master`'s first-parent line before 30 November 2022, and
  its head; the other branches are dependency bots' and an image optimiser's): School Life Diary,
  a free desktop diary for school pupils (timetable, subjects, grades, agenda, notes, teachers,
  by the modules' names) in Python and Tk, by Maicol Battistini, an Italian developer.
  Commits: 237 up to the one taken, 2 August 2017 to 26 May 2020, Maicol 202 (one of them as
  "--replace-all"), pyup's bot 35 (dependency updates). Read: the release notes the app shows
  its user in their language (main.py opens `CHANGELOG_{lang}.md` by the interface's language),
  `CHANGELOG_IT.md` (5,331 bytes) with `CHANGELOG_EN.md` (4,205 bytes), written by him in
  commits from 2 September 2017 to 1 December 2018, several with bilingual subjects ("Nuovo
  formato registro delle modifiche | New changelog format", "Aggiornato changelog per beta #3 |
  Updated changelog.txt for beta #3"). The message search's hits are the bots' (pyup, ImgBot,
  dependabot); none names a translator or a machine.
- Ancillapp/ancillapp (commit 1981a3cd, committed 9 October 2022, "fix: wrong app version color
  on top app bar", by Giorgio Garasto; the last commit of `main`'s first-parent line before 30
  November 2022; `develop` moved on in December 2022 and is not taken): Ancillapp, a free web app
  for a Catholic community's members (songs, prayers, the day's liturgy, Holy Mass, by its code's
  folders and commit subjects) by Giorgio Garasto, an Italian developer, in Italian, English,
  German and Portuguese. Commits: 776 up to the one taken, 16 August 2018 to 9 October 2022, all
  his (giorgio@garasto.it, giorgio@garasto.me, mail@dabolus.app). Read: the release notes the
  app shows its users (pwa/src/helpers/changelog.ts imports `CHANGELOG.md` as the English and
  `CHANGELOG.it.md` as the Italian), `CHANGELOG.it.md` (2,389 bytes) with `CHANGELOG.md` (1,902
  bytes), written by him in commits from 20 August 2020 to 8 October 2022 ("docs: add
  changelog", "fix: inverted changelog item language", "docs: prepare 2.3.0 changelog"). The
  message search's hits are dependabot's and his own on the app's translations ("fix: typo in
  portuguese translation", "chore: add some missing translations", "feat: implement different
  (better) scraper for italian liturgy"); none names a machine translator.
- Pairs: a text counts only when it exists in both languages, matched without reading it: the
  Italian file with the English file of the table below (FILES), each file read as the
  twenty-fourth set reads a page (page_texts: an HTML page's blocks, scripts, styles, forms,
  navigation, headers and footers left out; a Markdown file's headings, paragraphs, list items
  and quotes, code and tables left out; tags, URLs, e-mail addresses and telephone numbers taken
  out, links read as their text). The files of a pair pair as a whole, whatever their number of
  texts.
- Left out, decided before reading: every other file, among them Tombola's site page
  (`index.html`, one file), its privacy page (one file) and its help redirect page
  (`help/index.html`, 542 bytes); School Life Diary's README (one file), its issue templates (forms
  for reporting a bug, `Segnala_problema.md` beside `Bug_report.md`: not documentation) and its
  interface catalogues (`locale/*/LC_MESSAGES/*.po`: interface strings, another kind); Ancillapp's
  READMEs (a README is taken only when it is a user's guide, which cannot be told without reading
  it), its German and Portuguese release notes and its interface catalogues; a text repeated in
  a source is taken once; an Italian text equal to an English one (left untranslated, a version
  number or a date) or written in English (benchmarks/text_round6.in_english) is left out, and an
  English text equal to an Italian one likewise (the twenty-fourth set's paired_paragraphs); a
  text holding "lorem ipsum" (any case).
- Cap: each source is one document, capped at 1,000 words a language (WORDS_PER_SOURCE), its
  texts taken in a fixed mixed order (a hash of their text: the twenty-fourth set's
  sites_texts); the benchmark's `_capped` cleans and counts them, a text of fewer than three words
  dropped. By the raw count above only Tombola's help reaches the cap, which keeps it at about
  half the set, as the brief asks; the others are taken whole. Expected as loaded: some 1,600 to
  1,900 words a language in all (the three-word floor drops the release notes' version headings
  and short items). Said here before the count, not made up; no source is added or dropped after
  it, and the bar above is not lowered to fill the set.
- The words are counted as the sixteenth to fifty-fifth sets' were: as loaded, and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US, through
  benchmarks.text_measure.hunspell_alarms), the reference, the only figure seen; not through
  bench_text_accuracy's `--mode bare`.
- Run without and with the clients' brand names (round56_names). Decided in the rule: the
  products' names as their repositories and files give them, "Tombola" and "Tombola by AG" (the
  app's account), "School Life Diary" and "Ancillapp". Not the capitalised words of the text
  (people, saints, places, menus, devices): a list drawn from them would be chosen by reading it.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the fifty-fifth's included), drawn with another seed (1257: 1205 plus the
  set's place in text_measure.LATER_SETS, where it is to follow the fifty-fifth set; it follows
  from that order). The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to fifty-fifth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round56_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the writer's slip; the names of the products, their makers, people, saints,
  communities, places and services (the App Store, iCloud, Game Center, Firebase), jargon (of the
  tombola game and its prizes, of school subjects, grades and timetables, of the liturgy, prayers
  and hymns, of iOS, iPadOS, macOS, Windows, Python and web apps, their settings, menus,
  notifications and updates), acronyms, foreign words (English words in Italian text, Italian or
  Latin words in English text) and anything doubtful stay false alarms. Both figures are always
  reported: raw (every alarm) and net (alarms less the listed errors, a listed word subtracted at
  most as many times as it was flagged).
- Weaknesses, known from the logs and not read in the text: the set is small (three sources, some
  2,000 words a language raw) and made of one developer each: a solo developer's help book and
  two solo developers' release notes, the latter in short list items of development news (fixes,
  features, versions) more than prose; who wrote each English is not told (each developer is
  the only author of both languages by the logs, none a native English speaker by what is told),
  and nothing rules out that a machine helped; School Life Diary's author was, by his other
  repositories' names (school and university exercises, `gestione_alternanza`), a student when
  he wrote its notes; Ancillapp's notes are partly about a religious community's content (songs,
  prayers, the liturgy), whose proper names fall to the names rule or under the floor.

What was found (the snapshots extracted at 21:45 UTC by tools/extract_text_snapshot.sh, which
kept the six files read; the reader run on them, the texts holding `<`, `>`, `{`, `}`, `|`, `@`,
`$`, `%`, `#`, `*`, `_`, brackets, a backslash, a replacement character, an entity, a space
before a comma, stop, colon or semicolon, or empty brackets listed, and five texts of each
language, drawn at random, read at 21:45 UTC to check it; the release notes' lines checked for
indented lines the Markdown reader would drop as code (none) and for front matter (none); the
words counted and bare Hunspell run at 21:45 UTC; nothing of the rule's sources, files,
exclusions, cap, reader or names changed after, and no reader fix was needed):

- Texts after the pairing and the removal of repeats and untranslated ones: Tombola 42 Italian
  (1,003 words by a whitespace split) and 42 English (1,003); School Life Diary 48 (668) and 46
  (594); Ancillapp 26 (289) and 26 (249). Listed by the check, the writers' own and left as
  they are: a Windows folder written with its backslash ("Documenti\\School Life Diary"), a file
  kind (".exe)") and an emoticon (":) )") in School Life Diary's notes, a hashtag ("la rivista
  #sempreconnessi", "the #sempreconnessi magazine") in Ancillapp's. The texts drawn at random:
  in Italian a global search added to the home page, "Rimosso" (a one-word item, under the
  floor), Tombola's dealing of the game in a video call, the choice of checking for updates at
  start-up and the subjects' management in the timetable; in English "Removed", Tombola's
  appearance settings, chords and sheet music added to the songs, notes with attachments and the
  choice of receiving updates. School Life Diary's notes hold many one- and two-word items
  (7 Italian and 11 English texts under the three-word floor, dropped when loaded).
- As loaded (the benchmark's `_capped`, at 1,000 words a source; counted at 21:45 UTC): 1,940
  Italian words in 108 texts (Tombola 999, School Life Diary 654, Ancillapp 287) and 1,821
  English words in 101 texts (999, 577, 245); within the rule's estimate of 1,600 to 1,900 (the
  Italian a little over), above the brief's floor of some 1,500, under its 3,000. Tombola's help
  is just over the cap (1,003 words a language), so the cap takes nearly all of it: 51 % of the
  Italian and 55 % of the English as loaded, about half as the rule meant.
- Bare Hunspell's figures, the reference (the only ones seen), computed with
  benchmarks.text_measure.hunspell_alarms (pyenchant, it_IT and en_US, on the words its split
  gives, the judged ones chosen by its `checkable`): Italian 1.77 unknown words per 100 (35 of
  1,978), English 0.66 (12 of 1,815). The Italian keeps "videochiamata" 7 (it_IT lacks it),
  English words of apps and development ("app" 4, "changelog" 3, "installer" 2, "home" 2,
  "page", "caching", "offline", "fix", "shortcut", "docstring", "alpha", "aqua", and "it" and
  "en" as language codes), elided pieces ("dell'" 3, "nell'" 2, "un'") and "macrocategoria"; the
  English keeps British "behaviour" 2, "changelog" 2, "docstrings", "macrocategory", "Transifex"
  (a translation platform's name) and, seen in the alarms, words that look like the writer's
  slips ("opzions", "subjjects", "functionals", "beatiful", "contestual"). Recall and top three,
  which need the benchmark's planted errors, were not computed: the benchmark was not run on the
  set. These words are left for the measuring session's adjudication like any other; nothing of
  the engine was changed for them, nor was the engine run.
- Names for the "+names" run, as the rule gives them: four.

The rule as first written, at 21:44 UTC, is the text above without what was found; what was found
was added at about 21:46 UTC. Two phrases of the rule were put right at 21:45 UTC, before the
snapshots were extracted and any text was read: School Life Diary's author is told as "an Italian
developer" (the rule first called him a student, which the logs do not say), and the weakness
that he was a student is given with what it rests on (his other repositories' names).

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    by_table,
    checked_snapshots,
    lorem_free_reader,
    page_texts,
    require_kept_files,
    sites_texts,
)

# per source and language: Tombola's help reaches it, which keeps it at about half the set
WORDS_PER_SOURCE = 1000
# The repositories the rule names (a snapshot folder, `owner+name`), with the commit the rule read
# (the last of each default branch's first-parent line before 30 November 2022).
SNAPSHOTS = {
    "TombolaByAg+tombolabyag.github.io": "a4e0f5311069b5eded6a6d7f91fc7b065dc300a9",
    "maicol07+school_life_diary_pc": "48eb7e031f532d7b992315dc8cdf4503956d3331",
    "Ancillapp+ancillapp": "1981a3cd838179815080140bb24aa802f31e1cd0",
}
# The products' names (and the app's account), as their repositories and files give them.
NAMES = ("Tombola", "Tombola by AG", "School Life Diary", "Ancillapp")

TOMBOLA = "TombolaByAg+tombolabyag.github.io"
DIARY = "maicol07+school_life_diary_pc"
ANCILLAPP = "Ancillapp+ancillapp"

# Italian file -> English file (paths inside each snapshot), as the rule's table gives them
FILES: dict[str, dict[str, str]] = {
    TOMBOLA: {"help/it/index.html": "help/en/index.html"},
    DIARY: {"CHANGELOG_IT.md": "CHANGELOG_EN.md"},
    ANCILLAPP: {"CHANGELOG.it.md": "CHANGELOG.md"},
}

# The extraction keeps every file the set reads (`.html`, `.md`): none is added with `git show`
# (tools/text_snapshots.py reads this)
ADDED_FILES: dict[str, tuple[str, ...]] = {}


def fetch_round56(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh,
    which keeps the `.html` and `.md` files read); a missing snapshot, or one at another commit
    than the rule's, stops the run, and so does a missing file (site_paragraphs).
    """
    return checked_snapshots("round56", SNAPSHOTS, root)


def file_pairs(repo: str) -> Callable[[Path], Iterator[Pair]]:
    """Return a source's reader: its Italian and English files of FILES, each read by the
    twenty-fourth set's page_texts and paired as a whole; a snapshot lacking any stops the run."""

    def pairs(site: Path) -> Iterator[Pair]:
        paths = [path for pair in FILES[repo].items() for path in pair]
        require_kept_files("round56", site, repo, SNAPSHOTS[repo], paths)
        yield from by_table(site, site, FILES[repo], page_texts)

    return pairs


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {repo: file_pairs(repo) for repo in FILES}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round56_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's three sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round56(root))


def round56_names() -> list[str]:
    """Return the clients' brand names for the second measure: the products' names and the
    app's account, as the rule gives them."""
    return sorted(NAMES)
