"""The forty-sixth held-out text set (issue 17, forty-sixth round), by a rule written first.

The rule, written on 7 December 2026 at 11:37 UTC (`date -u` read 11:36:58 just before it was
written) before any figure of our engine on the set was seen, before any text of its sources was
read and before any of its words was counted by the set's own rule, and never to be measured by the
session that wrote it: by a later session. The session that wrote it had read the forty-fifth and
forty-fourth sets' rules, code and tests, the thirty-first set's json_texts, json_value_text,
json_leaves, by_key and by_files, the list of the twenty-fourth set's functions, the wiring the
forty-fifth set added (benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py: `git show
d06a3fb`), tools/extract_text_snapshot.sh, the earlier sets' snapshot folders' names in their
modules and CONTRIBUTING.md's paragraphs on the forty-third to forty-fifth sets, measured none of
them, and, to choose the sources, had listed public GitHub repositories and their files (the
search index's repository and file lists, found by names such as `proloco`, `hotel`, `bnb`,
`museo`, `festival`, `cantina`, `tiledesk`, `geosolutions-it`, `regione-piemonte`,
`bancaditalia`, `slowfood`, `iubenda`, and by paths such as `content/_index.it.md`,
`it/chi-siamo.html`, `en/about.html`, `index_en.html`, `it/dove-siamo.html`, `it/menu.html`,
`content/it/contatti.md`, `public/locales/it/common.json`, `i18n/it.yaml`,
`src/locales/it-IT.json`, `src/i18n/it-IT/index.js`, `docs/it/index.md`), and `grep`ped the
owners of some seventy of them in benchmarks, tests, docs and CONTRIBUTING.md (most of the web
copy's were taken or refused by an earlier set: below). The search index's full-text search was
not used. Of the sources below, before the rule, it had seen: their snapshots' branches and
top-level file lists, the byte sizes of their Italian and English files (`git ls-tree -l`), the
number of their commits, the authors of the commits up to the one taken (the eight most frequent,
with their counts) and the domains of their e-mail addresses, for the two files read the authors
(and, for the second and third source, the months) of every commit that touched them up to it,
the date of the first commit of each, the last commit of `master` before 30 November 2022 (its
hash, date, author and subject), a search of every branch's history for agent files (CLAUDE.md,
AGENTS.md, GEMINI.md, `.claude`, `.cursor*`, `.clinerules`, `.windsurf`, `.junie`,
`copilot-instructions.md`, `.mcp.json`, `llms.txt`, `.openai`, `.lovable`, `.agent(s)/`,
`.github/prompts`: told below), a search of the commit messages for words that mark machine
translation, generated text, agents and bots (DeepL, GPT, Copilot, Claude, Cursor, Gemini,
Codex, "machine", "automat", LLM, "generat", Google, "AI", OpenAI, "translat", "tradu",
"co-authored", "anonymous", "bot"; the hits told below), for the one commit that names machine
translation its files and the lines it added and removed in each (`git show --numstat`, no line
shown), the dashboard's `crowdin.yml` (a configuration of three lines) and the commits that touched
it, the first line of each README (a badge naming the npm package: `@tiledesk/tiledesk-dashboard`,
`@chat21/chat21-ionic`, `@chat21/chat21-web-widget`), and, to judge the size, the number of string
values of the two files at the commit taken, the number of their top-level keys and the words of
those values by a whitespace split (no value and no key shown): the dashboard's 2,113 Italian and
2,456 English values, 10,176 and 10,885 words (1,080 and 1,082 top-level keys); the agents' chat
app's 284 and 284, 998 and 979 (273); the widget's 91 and 90, 309 and 282 (85 and 84). After it
was written the snapshots are to be extracted, a few texts read to check the reader, the words
counted and bare Hunspell, the reference, run on them through pyenchant; never our engine. What
was found is told below.

- A new source, of the kind the forty-third to forty-fifth sets took (an Italian company's
  user-facing strings), chosen because bilingual web copy of Italian organisations and bilingual
  pages of Italian bodies are near exhausted in the index: of the candidates found this time every
  one the session looked at was taken or refused by an earlier set, or is refused here (below).
  The interface strings, Italian and English, of three web applications of Tiledesk, an Italian
  software company making a customer-service platform (live chat, chatbots, a help desk), known
  from outside the repositories; its developers, Italian by their names, write from addresses at
  frontiere21.it and tilesk.com; each repository holds a `publiccode.yml`, the file of Italy's
  catalogue of software for the public administration. Its names are in no earlier set: `grep -rni
  "tiledesk\\|chat21\\|frontiere21"` over benchmarks, tests, docs and CONTRIBUTING.md found
  nothing. Read from snapshots of the repositories (a folder per repository, `owner+name`, under
  the folder named by $TEXT_SNAPSHOTS; see tools/extract_text_snapshot.sh, which keeps JSON):
  1. Tiledesk/tiledesk-dashboard (commit 64912f5e, committed 24 November 2022, "Fix the bug: the
     dropdown for changing conversation status doesn't work properly", by Nicola Lanzilotto): the
     dashboard in which a business's agents and administrators answer and manage their customers'
     conversations, chatbots, reports and settings; its ngx-translate files
     `src/assets/i18n/it.json` and `src/assets/i18n/en.json` (137,957 and 147,880 bytes at that
     commit), beside thirteen other languages' (Arabic, Azerbaijani, German, Spanish, French,
     Kazakh, Portuguese, Russian, Serbian, Swedish, Turkish, Ukrainian, Uzbek). Commits (4,704 up
     to the one taken, 30 January 2018 to 24 November 2022; 8,996 on `master` to May 2026):
     nicola74, nicolan74 and Nicola Lanzilotto (one person by the name, 4,513 together), Andrea
     Leo (80 under two spellings), gab-95 (Gabriele Panico) 39, Dario De Pascalis 28, Giovanni
     Troisi 25, Andrea Sponziello 8, MicheleTiledesk 6 and three others with one or two. The two
     files' commits, from September 2019 (the first at that path) to November 2022:
     the Italian's, nicola74 264, Giovanni Troisi 9, Nicola Lanzilotto 8, gab-95 3, Dario De
     Pascalis 3, nicolan74 2; the English's, the same people (nicola74 281). The commit taken is
     not the last of `master` before 30 November 2022 (9fb47e15, 29 November, "Bots tempaltes"),
     as the earlier sets' are, but the last of `master`'s first-parent line before the commit
     bd5792de ("Tilebot-add-edit-intent-form: bug fix and added google translations", Dario De
     Pascalis, 23 November 2022, on a branch merged into `master` at 2bfecab4, 24 November 17:55)
     came into it: a commit saying Google's machine translation was used, which touched the
     Italian and English files with the thirteen others (by its line counts, 33 or 34 lines
     added and 1 or 2 removed in each of the thirteen, 16 added and 15 removed in the Italian, 13
     and 13 in the English: the other languages given new lines, the Italian and English
     rewritten in place; a reading of the counts, not of the lines). The commit taken holds
     neither it nor what came after; nothing tells whether the thirteen other languages had been
     machine-translated before it (a small team keeping fifteen languages), and they are not
     read. Said as a weakness, known from the log and not read in the text: the company's use of
     machine translation for its other languages, in the same week as the commit taken, by one of
     the developers who wrote the Italian and English. The dashboard's `crowdin.yml`, added in
     December 2021 (by nicolan74: "Update Crowdin configuration file"), names a source
     `i18n/en.json` that is not the strings' path, and no commit of a translation platform or of
     its users appears in the history: nothing tells of a platform's part. Agent files:
     `.claude/settings.local.json` (April 2026) and `.cursor/rules/` (April 2026), and a branch
     named `cursor/arabic-locale-mistranslations-2634` (2026): marks of those later years, not of
     the commit taken.
  2. Tiledesk/chat21-ionic (commit 3acbdf6a, committed 29 November 2022, "Merge branch
     'features/newUI'", by Gabriele Panico: the last of `master` before 30 November 2022): the chat
     application the businesses' agents talk to their customers in (Chat21, by the repository's
     and package's name); `src/assets/i18n/it.json` and `src/assets/i18n/en.json` (15,213 and
     13,616 bytes), beside thirteen other languages'. Commits (2,345 up to the one taken, 2
     October 2017 to 29 November 2022): nicola74 1,225, Gabriele Panico 562, Dario De Pascalis 140
     (and dariodepa 75), Stefano De Pascalis 104, Andrea Sponziello 71, Andrea Leo 110 under two
     spellings and others. The Italian file's commits, February 2018 to November 2022: Dario De
     Pascalis (2018 to 2020), Stefano De Pascalis (2018), alessandro-giovinazzo, Andrea Sponziello,
     "MacMini" (three, 2020), gab-95, nicola74 (2019 to 2022, 44 of the file's) and Gabriele Panico
     (2022); the English file's the same people.
  3. Tiledesk/chat21-web-widget (commit f55a49d9, committed 29 November 2022, "### 5.0.46-rc.3",
     by Gabriele Panico: the last of `master` before 30 November 2022): the chat window a
     business puts on its web site, what its customers see; `src/assets/i18n/it.json` and
     `src/assets/i18n/en.json` (4,716 and 4,305 bytes), beside Spanish and French. Commits (1,859
     up to the one taken, 29 September 2017 to 29 November 2022): Gabriele Panico 937 (and gab-95
     21), Dario De Pascalis 432, Andrea Leo 322 under two spellings, Stefano De Pascalis 38,
     nicolan74 37, Andrea Sponziello 20. The Italian file's commits, June 2018 to November 2022:
     Stefano De Pascalis, nicola74, Dario De Pascalis, gab-95 and Gabriele Panico; the English
     file's the same. Agent files: `.cursor/mcp.json` and a skill file under `.cursor/` (May
     2026), after the commit taken.
  The commit-message search's hits, besides the one above: up to the commits taken, Google Tag
  Manager, Google Analytics and links to Google Docs (build notes of 2018), dependabot's bumps of
  `googleapis`, a text cursor in a chat box ("Adds the cursor to the 'Send message' textarea"),
  the product's automatic features (assignment, sidebars), Angular components "generated" (the
  framework's command), an avatar "generated by user initials", a shared secret generated, an
  automatic deploy, and many "Adds translations", "Updates translations" and "Corrects
  translations" by the developers named; after them, the dashboard's "Generate bot template"
  (Nicola Lanzilotto, 25 November 2022: a feature of the product, by its subject), a product
  feature named "copilot" (2025), streaming from a GPT model and OpenAI's voice services (2026),
  none a mark of the text taken.
  Said as weaknesses, known from the logs and not read in the text: the English and the Italian are
  the developers' own, Italians writing both (not native speakers of English), as in the
  forty-fourth set; an interface's many labels of one or two words fall under the floor.
  Judged before reading any text, not after, as the twenty-fourth to forty-fifth sets judged
  theirs: a repository is not taken when it shows marks of generated or machine-translated text
  (agent files; text committed or co-authored by an agent or a machine translation account; a
  README, file or commit saying the text was generated or translated by a machine or by AI; a
  source put up whole in 2025 or 2026 with nothing telling how it was written; for a repository
  translated on a platform, commits of its Italian file, up to the one taken, by the platform's
  anonymous user), in the history up to the commit taken (the dashboard's commit is taken before
  its mark, above), when it is a template, example, school exercise or a copy of another
  repository, when its text is in code or a kind the extraction does not keep, when the history
  of its translation is not in the repository, when it is not an organisation's text for its
  customers or the public, when it is not Italian and English, or when its two languages cannot
  be paired. After reading, no source is dropped for the quality of its Italian or English. No
  repository of an earlier text set or image part, nor one the earlier sets refused (checked by
  `grep` of its owner and name in benchmarks, tests, docs and CONTRIBUTING.md: none found).
  Refused, before reading any of their text:
  agent files and files of prompts to a model: Agora-Security/resysto-website (a security
  product's Hugo site, Italian and English: `AGENTS.md`, `.agent-os/`, `.specify/` and
  `MP_versions/prompt eng/prompt ai resysto ...txt`, 2025);
  put up whole in 2025, nothing telling how it was written: centrosoftware-dev/bpm-docs (the
  documentation of an Italian software company's BPM product, Italian and English: 23 commits,
  January and February 2025);
  no snapshot can be had here: Ediser-mEDRA/mEDRA-website (mEDRA, the DOI registration agency of
  the Italian publishers' association's company, a Hugo site in Italian, English and German),
  Supergiovane/node-red-contrib-hue-ultimate (a developer's Node-RED nodes with help in Italian and
  English); too large to bring here (over 500 MB): geosolutions-it/MapStore2,
  geosolutions-it/geonode-mapstore-client and GeoNode/geonode-mapstore-client (GeoSolutions's web
  mapping application and its GeoNode client, JSON strings in Italian and English);
  one language, or text in code: regione-piemonte/tassaauto-servizialcittadino and
  regione-piemonte/deleghe-frontend (the Piedmont Region's services to citizens: Italian strings
  only, in JavaScript), baldarn/atletica-castello (an athletics club's Hugo site: Italian only,
  2024), Matayus03/NuovoSitoMovilegno (three Italian pages and one English page, by its file
  list);
  too small, beside the dashboard's machine translation: none of Tiledesk's other repositories is
  taken but the two above (their strings some 1,300 words a language);
  taken or refused by an earlier set (found again and left): European-Dream, ToscaLabs,
  alexiayoga, asglab, caminolicoppola, circologoisticopadovano, dusigroup, epehj,
  giuda-ballerino, logiunion, materproject, miko81, Tapedynamics, turnintocoders, siuccio, dmereu,
  Salgiuliano-tiw, AlessandroDellAcqua, ABSwingIT, azzurra, albertoreineri, lidiaggerosa,
  gitter-badger (Sito-Gali), OLIMAT-Treviso, begnolas, Cretalex90, NicolaLisci, VSMilizia,
  lorenzoranucci, casaway-it, orso081980, tabuto, emalinux, pythonitalia, pagopa (io-app,
  pagopa-checkout-fe) (their owners' repositories); and the twenty-fourth to forty-fifth sets'
  refusals, for their reasons.
- Pairs: a text counts only when it exists in both languages, matched without reading it: the
  Italian and English value of the same path of keys in each repository's
  `src/assets/i18n/it.json` and `src/assets/i18n/en.json` (the thirty-first set's by_files and
  json_texts, as the forty-third and forty-fifth sets read theirs: placeholders such as
  `{{name}}` and `{name}`, tags, URLs, e-mail addresses and telephone numbers taken out, every
  HTML entity read as its character). A value empty in either language pairs nothing; each
  application is read from its own repository.
- Left out, decided before reading: every other file of the three repositories (the other
  languages' files, the READMEs, changelogs, `publiccode.yml`, the dashboard's `documentation/`
  (a template's), configuration); a text repeated in a source is taken once; an Italian text
  equal to an English one of its source (left untranslated) or written in English
  (benchmarks/text_round6.in_english) is left out, and an English text equal to an Italian one
  likewise (the twenty-fourth set's paired_paragraphs); a text holding "lorem ipsum" (any case).
- Caps: each source is one document, capped at 5,000 words a language (WORDS_PER_SOURCE, the
  thirty-third, thirty-sixth, thirty-seventh and forty-third to forty-fifth sets' cap), its texts
  taken in a fixed mixed order (a hash of their text: the twenty-fourth set's sites_texts), so the
  cap samples the whole source; the benchmark's `_capped` cleans and counts them, a text of fewer
  than three words dropped. The sizes seen (some 10,000 words a language in the dashboard's
  values, some 1,300 in the two others', before the floor and the removals) put the dashboard at
  the cap and the two others far under it: some 5,600 to 6,000 words a language in all, the
  dashboard about five sixths of each. Said here before the count, not made up; no source is added
  or dropped after it.
- The words are counted as the sixteenth to forty-fifth sets' were: as loaded, and as judged by
  a plain split of the session's own (runs of letters, an elision kept joined to the word it stands
  before; words of one letter, all-capital words, words with an inner capital and capitalised
  words inside a sentence left out; not the engine's tokenizer), and bare Hunspell's unknown words
  per 100 on them (pyenchant, it_IT and en_US), the reference, the only figure seen; run through
  pyenchant, not through bench_text_accuracy's `--mode bare`.
- Run without and with the client's brand names (round46_names). Decided in the rule: the
  company's and platform's name as its repositories' owner and the dashboard's package give it,
  "Tiledesk", and the chat's as the two other repositories' names and packages give it, "Chat21".
  Not "Frontiere21" (seen only in e-mail addresses), nor the capitalised words of the text (the
  channels', integrations', chatbots' and menus' names): a list drawn from them would be chosen
  by reading it.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the forty-fifth's included), drawn with another seed (1247: 1205 plus the
  set's place in text_measure.LATER_SETS, where it is to follow the forty-fifth set; it follows
  from that order). The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to forty-fifth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round46_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and its
  sentence shows the writer's slip; the names of firms, products, services, channels, social
  networks, platforms, files, formats, protocols, people and places, jargon (of customer service,
  live chat, help desks and their tickets, queues and departments, of chatbots, their intents,
  answers and training, of widgets, web sites and their installation, of accounts, roles, teams,
  billing and plans, of reports and analytics), acronyms, key and parameter names, foreign words
  (English words of computing and customer service in Italian text, Italian words in English text)
  and anything doubtful stay false alarms. Both figures are always reported: raw (every alarm) and
  net (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).

What was found (the snapshots extracted at 11:38 UTC; the reader run on them, the texts holding
`<`, `>`, `{`, `}`, `|`, `@`, a backslash, a replacement character, an entity, a printf
placeholder or `$t(` listed and five texts of each source and language, drawn at random, read at
11:38 UTC to check it; the words counted and bare Hunspell run at 11:38 UTC; nothing of the rule's
sources, files, exclusions, cap, reader or names changed after):

- The reader needed no change. Pairs found, by the rule's matching: the dashboard 2,106 keys (of
  the 2,107 in both files, of 2,113 Italian and 2,456 English values: the English holds some 350
  keys the Italian lacks, which pair nothing; one left, a value empty as read in one language),
  the agents' chat 283 (of 284 in both), the widget 89 (of 90 in both; 91 Italian and 90 English
  values). Texts after the pairing and the removal of repeats and untranslated ones, Italian and
  English: the dashboard 1,803 and 1,811, the chat 259 and 260, the widget 85 and 84. The texts
  listed: none in the chat and the widget; eight a language in the dashboard, the same in both:
  six steps of installing the widget on e-commerce platforms, naming menus by their paths
  (`Aspetto > Editor del tema`, "Appearance > Theme Editor"), a note naming a settings page by its
  path, and two on the chatbot's command `\\agent` (`\\agente` in one Italian text), which hands
  a conversation to a person: `_capped`'s cleaning takes the command out. The texts drawn at
  random: in the dashboard an error deleting a contact, "Carica FAQs da CSV", "Cerca i tuoi
  contatti", the team's average customer feedback and "Range date", and in English a choice to
  disable an HTML purifier, "See all", a count of unassigned conversations, "Message info" and
  "Unlimited chat history"; in the chat "Nome utente", "Piano Free", "Invia", a message that
  every agent is offline and "Nuova chat", and in English "Thursday", "Wednesday", "Department
  id", a failed authentication and an error sending e-mail; in the widget "sta scrivendo...",
  "tu", an invitation to fill in a form before the chat, "ultimo accesso" and "Modifica
  profilo", and in English "Saturday", "Phone", "Back", "last access" and a field for the
  message to the support team. Said as a weakness: an interface's labels, many under the floor;
  English words of the trade ("Range date", "Piano Free") in the Italian; emoji in some texts.
- As loaded (the benchmark's `_capped`, at 5,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 11:38
  UTC): 5,964 Italian words in 832 texts and 5,950 English words in 841 texts; the dashboard at
  the cap in both languages (5,004 Italian words in 671 texts, 5,039 English in 696), the chat
  and the widget under it (753 in 125 and 716 in 114; 207 in 36 and 195 in 31): above the 5,000
  a language the brief set as the least, within the rule's estimate of 5,600 to 6,000; the
  dashboard about five sixths of each language, as the rule expected.
- The words judged, split by the sixteenth set's plain rule, 5,340 Italian and 5,484 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 4.23 unknown words per 100 (226), English 1.13 (62). The Italian is dense with
  the English words of the trade, which it_IT lacks ("widget" 36 and "Widget", "bot" 36 and
  "Bot" 2, "chatbot" 16, "tag" 11 and "Tag" 2, "form" 7, "offline" 7, "webhook" 6 and "Webhook"
  2, "trigger" 5 and "Trigger" 4, "intent" 4, "routing" 4, "transcript", "dashboard", "footer",
  "ticketing", "timezone", "brand", "iframe", "thread" and others), "chattare" 8 and "chatta",
  "pre" 4, "px" 3, elisions of English words ("dell'app" 3, "nell'app", "L'app",
  "all'endpoint", "dell'endpoint", "L'intent"), "messagistica", the company's name ("Tiledesk"
  2, at a text's head by the plain split's rule) and attributes of HTML named in a help text
  ("src", "href"); the English keeps "chatbot" 11 and "chatbots" 3, "webhook" 7 and its other
  forms, "pre" 5, "px" 4, "Tiledesk" 3, "personalization" 3, "integrations" 2, "customizable",
  "handoff", "Dialogflow", file formats, "ons" (of "add-ons"), and British spellings
  ("favourite", "cancelling", "personalisation"). Recall and top three, which need the
  benchmark's planted errors, were not computed: the benchmark was not run on the set. Seen in
  passing, in bare Hunspell's list of unknown words, and left for the measuring session's
  adjudication like any other (nothing of the engine was changed for them, nor was the engine
  run; their sentences were not read): in the Italian, "chabot", "departimento", "dipartmento",
  "dipartmenti", "ammimistratore", "Perfavore", "proprieatrio", "collabotarore",
  "rendirizzato", "massimimo" and "texarea"; in the English, "setted" 2, "Greather", "unserved"
  and "texarea": more slips than the forty-fifth set's, as a small firm's strings written by its
  own developers may hold.
- Names for the "+names" run, as the rule gives them: two.

The rule as first written, at 11:37 UTC, is the text above without what was found; what was found
was added at about 11:39 UTC; no source, file, exclusion, cap, reader or name changed. Facts of
the rule's text were put right at 11:37 and 11:38 UTC, before the snapshots were extracted: the
dashboard's commits by author up to the commit taken (first written from a count up to 9fb47e15:
Nicola's 4,513, not some 4,540, Dario De Pascalis 28, not 39), the line counts of the commit
naming machine translation (33 or 34 added and 1 or 2 removed, not 33 and 1 in each), the
widget's agent files (a skill file under `.cursor/`, not rules), the commit-message hits of the
dashboard up to its commit (its "Generate bot template" came after it; the product's automatic
features, generated components and avatar added), the week of the machine translation (the same
as the commit taken, not one week after) and the platform's part (nothing tells of one, not "the
strings are the developers' own"); the lines rewrapped to the project's line length.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import Pair, checked_snapshots, lorem_free_reader, sites_texts
from benchmarks.text_round31 import by_files

# per source and language, as the thirty-third, thirty-sixth, thirty-seventh and forty-third to
# forty-fifth sets'
WORDS_PER_SOURCE = 5000
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (the dashboard's the last of `master`'s first-parent line before a commit
# naming machine translation came into it; the two others' the last of `master` before 30
# November 2022; none its head).
SNAPSHOTS = {
    "Tiledesk+tiledesk-dashboard": "64912f5eed3a4a178650fc5a95aeebe875fdeeec",
    "Tiledesk+chat21-ionic": "3acbdf6aebde6dcba5b92f654e987b4064c35fe2",
    "Tiledesk+chat21-web-widget": "f55a49d9ba61a0b6fbb6ce5e4044cf2c98e1f2c1",
}
# The company's and platform's name and its chat's, as the rule gives them.
NAMES = ("Tiledesk", "Chat21")


def fetch_round46(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round46", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# The sources: each application's ngx-translate `it.json` and `en.json`, paired by key.

TILEDESK_IT = "src/assets/i18n/it.json"
TILEDESK_EN = "src/assets/i18n/en.json"

SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    repo: by_files(TILEDESK_IT, TILEDESK_EN) for repo in SNAPSHOTS
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round46_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's three sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round46(root))


def round46_names() -> list[str]:
    """Return the client's brand names for the second measure: the company's and platform's name
    and its chat's, as the rule gives them."""
    return sorted(NAMES)
