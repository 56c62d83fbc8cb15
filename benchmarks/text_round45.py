"""The forty-fifth held-out text set (issue 17, forty-fifth round), by a rule written first.

The rule, written on 7 December 2026 at 09:48 UTC (`date -u` read 09:48:01 just before it was
written) before any figure of our engine on the set was seen, before any text of its sources was
read and before any of its words was counted by the set's own rule, and never to be measured by the
session that wrote it: by a later session. The session that wrote it had read the forty-fourth set's
rule, code and tests, the forty-third's rule and code, the forty-first's rule, the twenty-fourth's
shared readers (page_texts, paired_paragraphs, sites_texts, checked_snapshots, lorem_free_reader,
table_pairs), the thirty-first's json_texts, by_key and by_files, the thirty-ninth's readers and
tables, the opening of the fortieth's rule, the wiring of the earlier sets
(benchmarks/text_measure.py, its `clean` and `_capped`, benchmarks/bench_text_accuracy.py, the
common snapshot checks of tests/test_bench_text_snapshot_sets.py), tools/extract_text_snapshot.sh
and CONTRIBUTING.md's paragraphs on the text sets, measured none of them, and, to choose the
sources, had listed public GitHub repositories and their files (the search index's repository and
file lists, found by paths such as `_i18n/it.yml`, `_data/it.yml`, `it/index.html`,
`content/it/_index.md`, `src/locales/it.json`, `i18n/it.json`, `assets/i18n/it.json`,
`public/locales/it/translation.json`, and by names such as `zextras`, `carbonio`, `knowage`,
`mia-platform`), and `grep`ped the owners of some forty of them in benchmarks, tests, docs and
CONTRIBUTING.md (most of the web copy's were taken or refused by an earlier set: below). The search
index's full-text search was not used on any candidate; one search of Weblate's documentation (its
add-ons page: the automatic translation add-on) was read. Of the sources below, before the rule, it
had seen: their snapshots' branches and top-level file lists, the byte sizes of their Italian and
English files (`git ls-tree -l`), the number of their commits, the authors of the commits up to the
one taken (the forty most frequent, with their counts) and, for the two files read, the authors and
dates of every commit that touched them up to it and the authors of those after it, the last commit
of `master` before 30 November 2022 (its hash, date, author and subject), a search of every branch's
history for agent files (CLAUDE.md, AGENTS.md, GEMINI.md, `.claude`, `.cursor*`, `.clinerules`,
`.windsurf`, `.junie`, `copilot-instructions.md`, `.mcp.json`, `llms.txt`, `.openai`, `.lovable`,
`.agent(s)/`, `.github/prompts`: none in any), a search of every branch's commit messages for words
that mark machine translation, generated text, agents and bots (DeepL, GPT, Copilot, Claude, Cursor,
Gemini, Codex, "machine", "automat", LLM, "generat", Google, "AI", OpenAI, LibreTranslate,
"anonymous", "bot", "co-authored"; the hits told below), that none of the three has a README, and,
to judge the size, the number of string values of the two files at the commit taken, the number of
their top-level keys and the words of those values by a whitespace split (no value and no key
shown): Carbonio's mails 631 Italian and 633 English values, 2,365 and 2,346 words (28 top-level
keys); its calendars 531 and 534, 1,856 and 1,876 (53); its contacts 229 and 227, 861 and 912 (19).
After it was written the snapshots are to be extracted, a few texts read to check the reader, the
words counted and bare Hunspell, the reference, run on them through pyenchant; never our engine.
What was found is told below.

- A new source, of the kind the forty-third and forty-fourth sets took (an Italian company's
  user-facing strings), chosen because bilingual web copy of Italian organisations is near exhausted
  in the index: of the candidates found this time (by the paths above) every one the session looked
  at was taken or refused by an earlier set, or is refused here (below). The interface strings,
  Italian and English, of three modules of the web application that Zextras, a software company of
  Vicenza (known from outside the repositories; its developers write from addresses at
  zextras.com), makes for its customers: Carbonio, a
  mail and collaboration suite, its mail, its calendars and its contacts, each module's strings kept
  in a repository of their own, managed with Weblate (Zextras's own instance, by the commit subjects
  "Translated using Weblate (Italian)"), a translation platform. Its names are in no earlier set:
  `grep -rni "zextras\\|carbonio"` over benchmarks, tests, docs and CONTRIBUTING.md found only the
  word `zextras` in the forty-fourth set's list of names searched. Read from snapshots of the
  repositories (a folder per repository, `owner+name`, under the folder named by $TEXT_SNAPSHOTS;
  see tools/extract_text_snapshot.sh, which keeps JSON). Each commit taken is the last of `master`,
  the default branch, before 30 November 2022, the day chat assistants came to the public; the
  heads, of 2025 and 2026, are not taken: from March 2025 an account named "OpenAI" committed
  "Translated using Weblate" to other languages of these repositories (Turkish, Slovenian, Arabic,
  Ukrainian, Bosnian, Catalan, Czech, Portuguese; never Italian nor English), a machine's
  translations through the same platform; said as a mark of those later years, not of the commits
  taken, before which no such account appears.
  1. zextras/carbonio-mails-ui-i18n (commit a822cdea, committed 27 November 2022, "Translated
     using Weblate (Turkish)", by Levent Acar): the strings of Carbonio's mail, `it.json` and
     `en.json` at the top (36,853 and 34,443 bytes), beside eighteen other languages'. Commits
     (1,907 up to the one taken, 22 November 2019 to 26 November 2022; 3,017 on `master` to July
     2026): Matteo Dal Zovo (and zextras_matteodalzovo), Anna Cecchellero, Giuliano Caregnato,
     Michele Olivo, Gabriele Marino, Luca Allegro, developers by the names of Abhishek, Divyang,
     Manan Patel and Dhaval Dodiya (some of them by an account named divyang-dolphin, perhaps of an
     outside firm: a doubt), the translators of the other languages, and Tarsier Bot (Zextras's
     merge bot, bot@zextras.com: merge commits). The Italian file's commits, August 2020 to
     November 2022: Anna Cecchellero 41 ("Translated using Weblate (Italian)"), Weblate 6 ("Update
     translation files": the platform's sync of the keys), Gianluca Boiano 5 (and 1 as M0Rf30),
     Zextras Admin 2, Michele Olivo, Luca Stauble and "gabriele" 1 each; the English file's, the
     developers above (Giuliano Caregnato 117, Abhishek 102 and others).
  2. zextras/carbonio-calendars-ui-i18n (commit ad8db109, committed 27 November 2022, "Translated
     using Weblate (Persian)", by an account at zextras.com): the strings of Carbonio's calendars,
     `it.json` and `en.json` (31,782 and 30,324 bytes). Commits (945 up to the one taken, 24
     September 2020 to 26 November 2022; 1,892 on `master` to January 2026). The Italian file's
     commits, December 2020 to November 2022: Anna Cecchellero 30, Gianluca Boiano 5 (and M0Rf30
     2), Zextras Admin 4, Weblate 3; the English file's, September 2020 to October 2022: Gabriele
     Marino 67, abhishek_zextras 64, Matteo Dal Zovo 29, Abhishek 26, Manan Patel 21, Giuliano
     Caregnato 21 and others, Anna Cecchellero 8 among them.
  3. zextras/carbonio-contacts-ui-i18n (commit bcc7010e, committed 29 November 2022, "Translated
     using Weblate (Spanish)", by David Garcia Sanchez): the strings of Carbonio's contacts,
     `it.json` and `en.json` (14,463 and 13,729 bytes). Commits (882 up to the one taken, 25
     November 2019 to 28 November 2022; 1,484 on `master` to December 2025). The Italian file's
     commits, May 2020 to November 2022: Anna Cecchellero 20, Michele Olivo 3, Weblate 2, Gianluca
     Boiano 2, Zextras Admin 1; the English file's: Gabriele Marino 26, abhishek_zextras 24,
     Giuliano Caregnato 12, Divyang 10 and others.
  The commit-message search's hits up to the commits taken: co-author lines between these
  developers and Tarsier Bot's, Tarsier Bot's merge commits, and "IRIS-643 bugs fixing, updated
  i18n, fixed untyped id generator" (Gabriele Marino, December 2020: an identifier generator of
  the code); after them, "chore: trans re generated" (January 2023) and the "OpenAI" account's
  commits (2025). Said as weaknesses, known from the logs and not read in the text: the English
  is the developers' own, written in the code and gathered into `en.json`, by Italians and by
  developers from India (not native speakers of English either), what the company shows its
  customers in English; the Italian is chiefly one person's, Anna Cecchellero's, through Weblate,
  which offers its translators machine suggestions and an automatic translation add-on; nothing
  tells whether any suggestion was accepted unchanged, and no commit of the Italian files up to
  the ones taken is by Weblate's anonymous user or by a machine's account.
  Judged before reading any text, not after, as the twenty-fourth to forty-fourth sets judged
  theirs: a repository is not taken when it shows marks of generated or machine-translated text
  (agent files; text committed or co-authored by an agent or a machine translation account; a
  README, file or commit saying the text was generated or translated by a machine or by AI; a
  source put up whole in 2025 or 2026 with nothing telling how it was written; for a repository
  translated on a platform, commits of its Italian file, up to the one taken, by the platform's
  anonymous user, whose translations nothing ties to a person), when it is a template, example,
  school exercise or a copy of another repository, when its text is in code or a kind the
  extraction does not keep, when the history of its translation is not in the repository, when it
  is not an organisation's text for its customers or the public, when it is not Italian and
  English, or when its two languages cannot be paired. After reading, no source is dropped for
  the quality of its Italian or English. No repository of an earlier text set or image part, nor
  one the earlier sets refused (checked by `grep` of its owner and name in benchmarks, tests,
  docs and CONTRIBUTING.md: none found).
  Refused, before reading any of their text:
  commits of the Italian file by Weblate's anonymous user before the commit taken:
  zextras/carbonio-files-ui-i18n (Carbonio's files: seven "Translated using Weblate (Italian)" by
  "Anonymous", February to September 2022), zextras/carbonio-admin-ui-i18n (Carbonio's
  administration console: fifteen, May to November 2022) and zextras/carbonio-login-ui-i18n
  (its last commit before December 2022 the same as the administration console's);
  the history of the translation not in the repository: zextras/carbonio-shell-ui (Carbonio's
  shell: its `translations/` merged in as a subtree of another repository, by Tarsier Bot and
  the developers, its translators' commits not seen);
  a translation platform's sync of sixteen languages, their translators not seen:
  KnowageLabs/Knowage-Server-Frontend (Knowage, the business-intelligence suite of Engineering
  Ingegneria Informatica: its Italian `messages.json` chiefly by "Knowage Services", "[CI]
  Synchronization between Zanata and GitHub", 2022, beside fifteen other languages of about the
  English file's size each);
  too small and unfinished: ArcTeam/museoCazzetta (a museum's app by an archaeology firm, work
  of 2019 and 2020 left at "init piano page": 5,125 and 4,726 bytes of strings);
  taken or refused by an earlier set (found again and left): gioele-santi, filippofontana,
  Crafty-Code, GrUSP, digitalcreat0r, AlbertInfo, AXcentDance, AdamKrysiak, alesco-org,
  almathverona, descovi, elpie89, fgaudenzi, pul87, raceup, rubynetti, sardiniasustainability,
  DMA-digital-for-business, AntonioPipitone, fabiobedeschi, MarcDrudis, Procionegobbo, ThornDuke,
  VSMilizia, altrdev, emalinux, gfgit, greenmice-technologies, h4ckbs (their owners'
  repositories); and the twenty-fourth to forty-fourth sets' refusals, for their reasons.
- Pairs: a text counts only when it exists in both languages, matched without reading it: the
  Italian and English value of the same path of keys in a module's `it.json` and `en.json` (the
  thirty-first set's by_files and json_texts, as the forty-third set read the Arduino IDE's:
  i18next's placeholders such as `{{count}}` and nesting references `$t(key)`, tags, URLs, e-mail
  addresses and telephone numbers taken out, every HTML entity read as its character); i18next's
  plural forms are keys of their own (`_plural`, `_one`, `_other` and the like) and pair as any
  key does. A value empty in either language pairs nothing; each module is read from its own
  repository.
- Left out, decided before reading: every other file of the three repositories (the other
  eighteen languages' files, configuration); a text repeated in a source is taken once; an
  Italian text equal to an English one of its source (left untranslated) or written in English
  (benchmarks/text_round6.in_english) is left out, and an English text equal to an Italian one
  likewise (the twenty-fourth set's paired_paragraphs); a text holding "lorem ipsum" (any case).
- Caps: each source is one document, capped at 5,000 words a language (WORDS_PER_SOURCE, the
  thirty-third, thirty-sixth, thirty-seventh, forty-third and forty-fourth sets' cap), its texts
  taken in a fixed mixed order (a hash of their text: the twenty-fourth set's sites_texts); the
  benchmark's `_capped` cleans and counts them, a text of fewer than three words dropped. The
  sizes seen (some 5,100 words a language in the three modules' values, before the floor and the
  removals; an interface's many labels of one or two words fall under the floor, as Icaro's fell
  by a third in the forty-fourth set) put every source under the cap and the set at some 3,400 to
  4,200 words a language: under the 5,000 a language the brief set as the least. Said here before
  the count, not made up; no source is added or dropped after it, and the bar above is not lowered
  to fill the set (the refused modules would have added some 5,000 words a language).
- The words are counted as the sixteenth to forty-fourth sets' were: as loaded, and as judged by
  a plain split of the session's own (runs of letters, an elision kept joined to the word it stands
  before; words of one letter, all-capital words, words with an inner capital and capitalised
  words inside a sentence left out; not the engine's tokenizer), and bare Hunspell's unknown words
  per 100 on them (pyenchant, it_IT and en_US), the reference, the only figure seen; run through
  pyenchant, not through bench_text_accuracy's `--mode bare`.
- Run without and with the client's brand names (round45_names). Decided in the rule: the
  company's name as its repositories' owner and its developers' addresses give it, "Zextras", and
  the product's as its repositories' names give it, "Carbonio". Not the modules' names (mails,
  calendars, contacts: common words of the repositories' names) nor the capitalised words of the
  text (the mail protocols', services' and menus' names): a list drawn from them would be chosen
  by reading it.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the forty-fourth's included), drawn with another seed (1246: 1205 plus the
  set's place in text_measure.LATER_SETS, where it is to follow the forty-fourth set; it follows
  from that order). The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to forty-fourth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round45_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and its
  sentence shows the writer's slip; the names of firms, products, services, platforms, files,
  formats, protocols, people and places, jargon (of e-mail and its folders, filters, signatures
  and headers, of calendars, appointments, invitations and their recurrences, of address books and
  contact groups, of accounts, sharing and permissions), acronyms, key and parameter names,
  foreign words (English words of computing and e-mail in Italian text, Italian words in English
  text) and anything doubtful stay false alarms. Both figures are always reported: raw (every
  alarm) and net (alarms less the listed errors, a listed word subtracted at most as many times
  as it was flagged).

What was found (the snapshots extracted at 09:48 UTC; the reader run on them, the texts holding
`<`, `>`, `{`, `}`, `|`, `@`, a backslash, a replacement character, an entity, a printf
placeholder or `$t(` listed and five texts of each source and language, drawn at random, read at
09:48 UTC to check it; the words counted and bare Hunspell run at 09:49 UTC; nothing of the rule's
sources, files, exclusions, cap, reader or names changed after):

- The reader needed no change. Pairs found, by the rule's matching: the mail 625 keys (of the 630
  keys in both files, of 631 Italian and 633 English values; five left, a value empty as read in
  one language), the calendars 530 (of 531 keys in both, every Italian key; 534 English values),
  the contacts 226 (of 227 in both; 229 Italian and 227 English values). Keys of i18next's plural
  forms among the Italian ones: 13, 32 and 7, paired as any key. Texts after the pairing and the
  removal of repeats and untranslated ones, Italian and English: the mail 565 and 574, the
  calendars 457 and 461, the contacts 213 and 214. The texts listed: none in any source. The
  texts drawn at random: in the mail "Segna come letto", "Se" (a piece of a sentence the interface
  joins to others), a prompt to choose an e-mail to read, "Abilita Urgente" and "Modifica
  l'accesso di", and in English "Inbox", a question on downloading before, a mail saved to the
  drafts, "[DRAFT]" and "The trash is empty"; in the calendars "Ogni giorno", "del mese, ogni" (a
  recurrence's piece), "Modifica Etichetta", "Allegati" and a count of attendees who accepted, and
  in English "Number", "Default view", "week before", the attendees who accepted as tentative and
  "Preview"; in the contacts "Seleziona Colore", "Nessun elemento disponibile", a choice to
  include addresses in the global address list (GAL), "Aggiungi Condivisione" and "Nome", and in
  English "Edit Tag", "Empty trash", "Phone contact", "Middle Name" and adding new contacts to
  "Emailed Contacts". Said as a weakness: an interface's strings hold many pieces of sentences
  the code joins (a recurrence's, a count's), which the floor of three words keeps only when long
  enough; and capitals on every word of a label ("Modifica Etichetta"), the English habit, in the
  Italian.
- As loaded (the benchmark's `_capped`, at 5,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 09:49
  UTC): 3,714 Italian words in 635 texts and 3,776 English words in 621 texts; no source at the
  cap (the mail 1,808 Italian words in 312 texts and 1,794 English in 299, the calendars 1,219 in
  206 and 1,229 in 200, the contacts 687 in 117 and 753 in 122): under the 5,000 a language the
  brief set as the least, as the rule foresaw (its estimate 3,400 to 4,200). A small set: it
  should be read with the forty-third and forty-fourth sets (interface strings of Italian
  companies), not alone.
- The words judged, split by the sixteenth set's plain rule, 3,300 Italian and 3,455 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 0.76 unknown words per 100 (25), English 0.38 (13). The Italian keeps English
  words of e-mail and computing ("spam" 7, "url" 3 and "dell'url" 2, "tag" 2, "query",
  "address", "plugin", "root"), "l'e" 2 (the plain split's piece of "l'e-mail"), names of places
  and a firm, each at a text's head by the plain split's rule ("Guadalajara", "Abu", "Apple":
  perhaps time zones' and a calendar's names, not read); the English keeps "url" 5,
  the names of places ("Abu", "Petersburg", likewise), "ical",
  "autocomplete" and a British spelling ("cancelled"). Recall and top three, which need the
  benchmark's planted errors, were not computed: the benchmark was not run on the set. Seen in
  passing, in bare Hunspell's list of unknown words, and left for the measuring session's
  adjudication like any other (nothing of the engine was changed for them, nor was the engine
  run; their sentences were not read): in the Italian, "svoutare" and "visulizzatore"; in the
  English, "succesfully", "successfuly" and "extrernal".
- Names for the "+names" run, as the rule gives them: two.

The rule as first written, at 09:48 UTC, is the text above without what was found; what was found
was added at about 09:50 UTC; no source, file, exclusion, cap, reader or name changed. Facts of
the rule's text were put right at 09:48 UTC, before the snapshots were extracted: the languages
the "OpenAI" account committed (eight, never Italian nor English, not the five first written),
the months of the mail's Italian file (from August 2020, not March 2021), Gianluca Boiano's
commits to it as M0Rf30 (one, not two) and the months of the anonymous commits of the two refused
modules (to September and to November 2022, not June and July). At 09:50 UTC two phrases of
what the session had read before the rule were made exact (the fortieth set's rule's opening,
not its readers; the forty most frequent authors, not every one), a phrase on the candidates
made exact (refused here, not "not an organisation's copy"), Zextras's place said as known from
outside the repositories, and the opening paragraph and the first source's rewrapped to the
project's line length; nothing else changed.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import Pair, checked_snapshots, lorem_free_reader, sites_texts
from benchmarks.text_round31 import by_files

# per source and language, as the thirty-third, thirty-sixth, thirty-seventh, forty-third and
# forty-fourth sets'
WORDS_PER_SOURCE = 5000
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (each the last of `master` before 30 November 2022, not its head).
SNAPSHOTS = {
    "zextras+carbonio-mails-ui-i18n": "a822cdea932f2d4c6b2fac86dacad1bde7d15dd5",
    "zextras+carbonio-calendars-ui-i18n": "ad8db109be6034d9a5e94aaf6ca476b629b01e9d",
    "zextras+carbonio-contacts-ui-i18n": "bcc7010ede1f7245889d79ec8a73847c1715dad9",
}
# The company's name and its product's, as the rule gives them.
NAMES = ("Zextras", "Carbonio")


def fetch_round45(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round45", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# The sources: each module's `it.json` and `en.json` at its repository's top, paired by key.

CARBONIO_IT = "it.json"
CARBONIO_EN = "en.json"

SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    repo: by_files(CARBONIO_IT, CARBONIO_EN) for repo in SNAPSHOTS
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round45_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's three sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round45(root))


def round45_names() -> list[str]:
    """Return the client's brand names for the second measure: the company's name and its
    product's name, as the rule gives them."""
    return sorted(NAMES)
