"""The forty-third held-out text set (issue 17, forty-third round), by a rule written first.

The rule, written on 7 December 2026 at 05:51 UTC (`date -u` read 05:51:20 just before it was
written) before any figure of our engine on the set was seen, before any text of its sources
was read and before any of its words was counted by the set's own rule, and never to be measured
by the session that wrote it: by a later session. The session that wrote it had read the
forty-second and forty-first sets' rules, code and tests, a few lines of the twenty-eighth's,
twenty-ninth's and thirty-ninth's rules (their refusals and a source naming Arduino), the
thirty-first's and thirty-fourth's readers (JSON and Android `strings.xml`), the wiring of the
earlier sets (benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py, the common snapshot
checks of tests/test_bench_text_snapshot_sets.py), tools/extract_snapshot.sh, CONTRIBUTING.md's
paragraphs on the text sets and docs/checks/text.md's table of every held-out set, measured none
of them, and, to choose the source, had listed public GitHub repositories and their files (the
search index's repository and file lists, found by names such as `museo`, `comune`, `unibo`,
`unitn`, `ingv`, `garr`, `ministero-salute`, `verificac19`, `bancaditalia`, `opencoesione`,
`pythonitalia`, `globaleaks`, `polinetwork`, `wikimedia-italia`, `museoegizio`, `museogalileo`,
`arduino-ide`, `arduino/`, and by paths such as `content/it/_index.md`, `content/_index.it.md`,
`content/it/chi-siamo.md`, `content/en/chi-siamo.md`, `_i18n/it.yml`, `_data/it.yml`,
`app/src/main/res/values-it/strings.xml`, `app/src/main/res/values-en/strings.xml`), and had
seen, in passing, the openings of a few unrelated files that the search index's similarity
search returned (none of the sources below; the search was not run on them). Of the sources
below, before the rule, it had seen: their snapshots' branches, trees and byte sizes (`git
ls-tree -l`), the authors, dates and subjects of their commits (for the translation files, of
every commit that touched them), a search of every branch's history for agent files (CLAUDE.md,
AGENTS.md, GEMINI.md, `.claude`, `.cursor*`, `.clinerules`, `.windsurf`, `.junie`,
`copilot-instructions.md`, `.mcp.json`, `llms.txt`, `.openai`, `.lovable`: none in either), a
search of the second source's commit messages for words that mark machine translation,
generated text, agents and bots (DeepL, GPT, Copilot, Claude, "machine", "automat", "generat",
"translat", "tradu", LLM, "bot"; its one hit told below), the list of files one commit of it
changed (`git show --stat`: 75 files, the strings of many languages), the first headings of the
two READMEs ("# Arduino IDE 2.x"; "## Features" and "## Building the app"), and, to judge the
size, the number of string values of the four translation files and the words of those values
by a whitespace split (no value shown): the IDE's `i18n/en.json` and `i18n/it.json` 364 and 365
values, 1,850 and 2,155 words; the app's `values/strings.xml` and `values-it/strings.xml` 788
translatable strings each, 6,737 and 6,854 words. After it was written the snapshots are to be
extracted, a few texts read to check the reader, the words counted and bare Hunspell, the
reference, run on them through pyenchant; never our engine. What was found is told below.

- A new source, of a kind the earlier sets took only from small developers and public bodies:
  the user-facing interface strings, Italian and English, of two programs an Italian company
  publishes for its customers: Arduino, the maker of the boards and of the software for them,
  born in Ivrea (said as a weakness: its parent company, Arduino AG, is registered in Chiasso,
  Switzerland; its Italian company, Arduino S.r.l., with offices in Turin and Monza, employs most
  of the developers named below, Italian by their names, but not all). Its names are in no
  earlier set: `grep -rni arduino` over benchmarks, tests, docs and CONTRIBUTING.md found only a
  committer's address at arduino.cc in the thirty-ninth set's rule. Read from snapshots of the
  repositories (a folder per repository, `owner+name`, under the folder named by
  $TEXT_SNAPSHOTS; see tools/extract_text_snapshot.sh, which keeps JSON and Android
  `res/values*/strings.xml`):
  1. arduino/Arduino-Science-Journal-Android (commit 6642be46, 5 November 2021, "Update target
     version to 30", the head of `main`, its default branch): Arduino Science Journal, Arduino's
     free app for students and teachers that records experiments with the phone's and Arduino
     boards' sensors; its strings, `OpenScienceJournal/whistlepunk_library/src/main/res/
     values-it/strings.xml` and `values/strings.xml` (88,656 and 88,398 bytes). Commits (170, 6
     September 2020, "Initial release", to 5 November 2021): Carlo Pelliccia 76, Dario Carella 47,
     Mateusz Drzazga 36 (and 5 as mateuszdrzazga), two others 6; no bot, no agent file. The
     Italian file's commits: by Carlo Pelliccia ("Initial release", "localization files update",
     "onboarding strings update (including Italian and typos fix)", "gdrive sync wip"), Mateusz
     Drzazga ("Change dialogs copy") and Dario Carella ("Update strings from Lokalise", the
     commit that changed 75 files, the strings of every language the app ships, "Update copy",
     "Update italian translation for new terms screen", the commit-message search's one hit).
     Said as weaknesses, known from outside the text and not read in it: the app is Google's
     open-source Science Journal taken over by Arduino in 2020 (its library keeps Google's
     codename, `whistlepunk`), so most of its English and probably of its Italian were written
     for Google before Arduino's additions (sign-in, Google Drive sync, onboarding, terms); the
     translations of 2021 came through Lokalise, a translation platform, whose translators are
     not named; of 2020 and 2021, before chat assistants.
  2. arduino/arduino-ide (commit d6a4b0f9, committed 29 November 2022, "fix: update monitor
     settings only if it's changed", by Akos Kitta: the last commit of `main`, its default
     branch, before 30 November 2022, the day chat assistants came to the public; the head, of
     February 2026, is not taken: the translations merged since could have been made with such
     tools and nothing tells): Arduino IDE 2, the program that writes and uploads sketches to the
     boards; its interface strings, `i18n/it.json` and `i18n/en.json` (25,746 and 22,503 bytes at
     that commit). The English is written by Arduino's developers in the code and gathered into
     `en.json`; the Italian is made by volunteers on Transifex, a translation platform (known from
     outside the text), and brought in by a workflow whose commits are github-actions[bot]'s
     ("Updated translation files", sixteen up to that commit, from 13 December 2021): a bot that
     copies the translators' work, not a generator of text; said here as a doubt, with this:
     Transifex offers its translators machine suggestions, and nothing tells whether any were
     accepted unchanged. Commits of the history: 1,505, most by Arduino's developers (Akos Kitta
     1,369 of every branch, Alberto Iannaccone, per1234, Francesco Stasi, Francesco Spissu,
     Silvano Cerza, Giacomo Cusinato, David Simpson), with dependabot's and the translation
     workflow's; no agent file in any branch (26 objects of the snapshot are missing, none of them
     the files read).
  Judged before reading any text, not after, as the twenty-fourth to forty-first sets judged
  theirs: a repository is not taken when it shows marks of generated or machine-translated text
  (agent files; text committed or co-authored by an agent; a README, file or commit saying the
  text was generated or translated by a machine or by AI; a source put up whole in 2025 or 2026
  with nothing telling how it was written), when it is a template, example, school exercise or a
  copy of another repository, when its text is in code or a kind the extraction does not keep,
  when it is not an organisation's text for its customers or the public, when it is not Italian
  and English, or when its two languages cannot be paired. After reading, no source is dropped
  for the quality of its Italian or English. No repository of an earlier text set or image part,
  nor one the earlier sets refused (checked by `grep` of its owner and name in benchmarks, tests,
  docs and CONTRIBUTING.md: none found).
  Refused, before reading any of their text:
  refused by an earlier set: ministero-salute/dgca-verifier-app-ios (VerificaC19, the Ministry
  of Health's certificate checker, refused by the twenty-eighth set as too small; fetched here,
  its strings' sizes, 12 KB a language, and their commits' log read before the refusal was
  found; none of its text read), ministero-salute/it-dgc-documentation (refused by the
  twenty-ninth);
  a snapshot over the size this machine can fetch: globaleaks/whistleblowing-software and
  globaleaks/globaleaks-whistleblowing-software (GlobaLeaks, the whistleblowing platform of an
  Italian non-profit, whose interface JSON would have been a source);
  text in code or a kind the extraction does not keep: pythonitalia/pycon (PyCon Italia's site,
  its strings in TypeScript), comuneRoncegnoTerme/visitroncegno (a town's tourist site in
  Next.js, of 2025 and 2026), ComuneDiGenova/PlayPhygitalGenova-App (a Unity app);
  English only or Italian only, by their file lists: arduino/help-center-content (Arduino's help
  centre, English), ministero-salute/it-fse-support (Italian), cgsinsubria/cgsinsubria.github.io
  (Italian pages only);
  not an organisation's text for customers or a template: rubynetti/teatro-vecchio (a Jekyll
  theme's example posts), almathverona/almathverona (a students' and alumni's association,
  pages built into `_site`), PoliNetworkOrg (a students' network).
- Pairs: a text counts only when it exists in both languages, matched without reading it: in
  the app, the Italian and English value of the same resource (a <string> by its name, a
  <plurals> item by its name and quantity, a <string-array> item by its name and place; one
  marked `translatable="false"` left out: the thirty-fourth set's android_strings, which reads
  Android's escapes and takes printf placeholders, markup and references out); in the IDE, the
  Italian and English value of the same path of keys in the two JSON files (the thirty-first
  set's json_texts: placeholders such as `{0}`, tags, URLs and e-mail addresses taken out, every
  HTML entity read as its character), Theia's access-key mark `&&` taken out where it stands
  before a letter (the label as the menu shows it). A value empty in either language pairs
  nothing.
- Left out, decided before reading: every other file of the two repositories (the other
  languages' strings, the app's other modules' strings, READMEs, documentation, licences,
  configuration, the IDE's `arduino-ide-extension` and its other JSON); a text repeated in a
  source is taken once; an Italian text equal to an English one of its source (left
  untranslated) or written in English (benchmarks/text_round6.in_english) is left out, and an
  English text equal to an Italian one likewise (the twenty-fourth set's paired_paragraphs); a
  text holding "lorem ipsum" (any case).
- Caps: each source is one document, capped at 5,000 words a language (WORDS_PER_SOURCE, the
  thirty-third, thirty-sixth and thirty-seventh sets' cap), its texts taken in a fixed mixed order
  (a hash of their text: the twenty-fourth set's sites_texts), so the cap samples the whole
  source; the benchmark's `_capped` cleans and counts them, a text of fewer than three words
  dropped. The sizes seen (about 6,700 words a language in the app's strings, about 1,900 to
  2,200 in the IDE's, before the floor and the removals; an interface's many labels of one or two
  words fall under the floor) put the app a little over the cap and the IDE far under it: some
  6,000 to 6,500 words a language in all, the app three quarters of each language. Said here
  before the count, not made up; no source is added or dropped after it.
- The words are counted as the sixteenth to forty-second sets' were: as loaded, and as judged
  by a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the only
  figure seen; run through pyenchant, not through bench_text_accuracy's `--mode bare`.
- Run without and with the client's brand names (round43_names). Decided in the rule: the
  company's name, "Arduino"; the IDE's as its README's first heading gives it, less its version:
  "Arduino IDE"; the app's as its repository's name gives it, its hyphens read as spaces, less
  the platform: "Arduino Science Journal". Not the capitalised words of the text (the boards',
  sensors', services' and menus' names): a list drawn from them would be chosen by reading it.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the forty-second's included), drawn with another seed (1244: 1205 plus
  the set's place in text_measure.LATER_SETS, where it is to follow the forty-second set; it
  follows from that order). The generated slips are drawn, as for every set, from this set's
  own texts.
- Adjudication, as in the seventh to forty-second sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round43_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the writer's slip; the names of firms, products, boards, sensors, shields,
  programs, libraries, services, platforms, files, formats, protocols, people and places, jargon
  (of electronics and microcontrollers, of programming and its tools, of sensors, measurements
  and their units, of science teaching and experiments, of accounts, sign-in and cloud storage,
  of the IDE's menus and editors), acronyms, key and parameter names, foreign words (English
  words of computing in Italian text, Italian words in English text) and anything doubtful stay
  false alarms. Both figures are always reported: raw (every alarm) and net (alarms less the
  listed errors, a listed word subtracted at most as many times as it was flagged).

What was found (the snapshots extracted at 05:52 UTC; the reader run on them, the texts holding
`<`, `>`, `{`, `}`, a backslash, a replacement character, an entity, `&&` or a printf
placeholder listed and five texts of each source and language, drawn at random, read at 05:52
UTC to check it; the words counted and bare Hunspell run at 05:52 UTC; nothing of the rule's
sources, files, exclusions, cap, reader or names changed after):

- The reader needed no change. Pairs found, by the rule's matching: the app 745 resources (of the
  same 788 translatable strings in each language; the other 43 empty as read, a reference or a
  placeholder alone, in one language or both), the IDE 361 keys (of 365 Italian and 364 English
  values: four keys only in the Italian file, three only in the English). Texts after the pairing
  and the removal of repeats and untranslated ones, Italian and English: the app 636 and 641, the
  IDE 332 and 331. The texts listed: one a language, the IDE's "Tools > Board" (a menu path in
  prose, its `>` kept). The texts drawn at random: in the app a warning on stopping a recording,
  "Nota attivata:", a paragraph on sound intensity in decibels, a sentence on the introductory
  guide, a question on Google Drive, and in English the same warning, a trial that cannot be
  cropped, a paragraph on the Earth's gravity, a sentence on the observation toolbar, a failed
  sync; in the IDE a platform not installed, "Errore Precedente", "Fuori linea", a preference on
  pushing cloud sketches, "Librerie Arduino", and in English the platform not installed, "Next
  Error", a push to the cloud refused, a preference on sketch sync, "Add .ZIP Library...". A
  placeholder taken out leaves a gap ("la scheda ' ' non è installata"), as in the thirty-first
  and thirty-fourth sets.
- As loaded (the benchmark's `_capped`, at 5,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 05:52
  UTC): 6,804 Italian words in 558 texts and 6,494 English words in 481 texts; the app at the cap
  in both languages (5,011 Italian words in 342 texts, 5,008 English in 308), the IDE under it
  (1,793 in 216, 1,486 in 173): above the 5,000 a language the brief set as the least; the
  Italian a little above the rule's estimate of 6,000 to 6,500, said here, nothing changed for
  it. The app is about three quarters of each language, as the rule expected.
- The words judged, split by the sixteenth set's plain rule, 5,920 Italian and 5,751 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 1.67 unknown words per 100 (99), English 0.75 (43). The Italian keeps English
  words of computing and of the programs ("true" 8, "cloud" 6, "trigger" 6, "bootloader" 4,
  "blueprint" 3, "sketchbook", "websocket", "debug", "pull", "push", "backend", "filesystem",
  "l'upload", "wireless", "policy", "offline"), "app" and "IDE" in their elided forms ("L'app" 5,
  "dell'IDE" 4, "l'IDE", "dall'app", "nell'app"), the app's own name ("Science" 5), units and
  their names ("ettopascal" 3, "all'ettopascal", "microtesla", "ms", "atm"), the science's words
  ("sonificazione", "magnetoresistori"), "tantomeno" and a file extension ("ino", "pde"); the
  English keeps units and measures ("hectopascals" 3, "kΩ" 2, "lumens", "millis"), the science's
  and electronics' words ("sonification", "magnetoresistors", "chromaticity", "accelerometer",
  "microcontroller"), computing's ("websocket", "backend", "viewport", "bootloader",
  "filesystem", "reselect", "unsynced"), British spellings ("organise", "personalised",
  "behaviour", "analyse") and "ino", "pde", "gcc". Recall and top three, which need the
  benchmark's planted errors, were not computed: the benchmark was not run on the set. Seen in
  passing, in bare Hunspell's list of unknown words, and left for the measuring session's
  adjudication like any other (nothing of the engine was changed for them, nor was the engine
  run; their sentences were not read): in the Italian, "Autorizz" and "archiviaz" (labels cut
  short, whether by the writer or for space not looked into) and "reisco"; in the English,
  "Unaccessible".
- Names for the "+names" run, as the rule gives them: three.

The rule as first written, at 05:51 UTC, is the text above without what was found; what was found
was added at about 05:53 UTC; no source, file, exclusion, cap, reader or name changed. Facts of
the rule's text were put right at 05:51 UTC, before the snapshots were extracted: Arduino's
company is said as it is (a Swiss parent and an Italian company, not "an Italian company" only),
a refusal that was no refusal (the IDE's head, not taken for the reason given at the source) was
dropped, and a remark on this machine's clock was taken out.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import Pair, checked_snapshots, lorem_free_reader, sites_texts
from benchmarks.text_round31 import by_files, json_texts
from benchmarks.text_round34 import android_strings

# per source and language, as the thirty-third, thirty-sixth and thirty-seventh sets'
WORDS_PER_SOURCE = 5000
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (the IDE's: the last of `main` before 30 November 2022, not its head).
SNAPSHOTS = {
    "arduino+Arduino-Science-Journal-Android": "6642be4663ef9a8898c0c173cf1567494785d17d",
    "arduino+arduino-ide": "d6a4b0f910e37c3ecd569ca457f91b577734e4df",
}
# The company's name and its two programs', as the rule gives them.
NAMES = ("Arduino", "Arduino IDE", "Arduino Science Journal")


def fetch_round43(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round43", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# The sources: each yields its pairs, (Italian texts, English texts), by resource name or key.

JOURNAL_STRINGS = "OpenScienceJournal/whistlepunk_library/src/main/res/{}/strings.xml"
JOURNAL_IT = JOURNAL_STRINGS.format("values-it")
JOURNAL_EN = JOURNAL_STRINGS.format("values")
IDE_IT = "i18n/it.json"
IDE_EN = "i18n/en.json"

_ACCESS_KEY = re.compile(r"&&(?=\w)")  # Theia's (VS Code's) mark of a menu's access key


def ide_texts(path: Path) -> dict[tuple[str, ...], str]:
    """Return the IDE's translation file's texts by their path of keys: the thirty-first set's
    json_texts, the access-key mark `&&` taken out before a letter."""
    return {keys: _ACCESS_KEY.sub("", text) for keys, text in json_texts(path).items()}


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "arduino+Arduino-Science-Journal-Android": by_files(JOURNAL_IT, JOURNAL_EN, android_strings),
    "arduino+arduino-ide": by_files(IDE_IT, IDE_EN, ide_texts),
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round43_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's two sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round43(root))


def round43_names() -> list[str]:
    """Return the client's brand names for the second measure: the company's name and its two
    programs' names, as the rule gives them."""
    return sorted(NAMES)
