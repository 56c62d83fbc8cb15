"""The sixty-third held-out text set (issue 17, sixty-third round), by a rule written first.

The rule, written on 8 December 2026 at 02:38 UTC (`date -u` read 02:38:25 just before it was
written; the machine's clock moved far less than the search took, as the fifty-third to sixty-first
sets' builders noted too) before any figure of our engine on the set was seen, before any Italian or
English text of its sources was read and before any of its words was counted by the set's own rule,
and never to be measured by the session that wrote it: by a later session. The session that wrote it
had read the sixty-first set's rule, code and test, the sixtieth set's rule (its opening, the paths
and names it asked for and the sources it refused) and its list of code, the twenty-fourth set's
shared readers (checked_snapshots, require_kept_files, split_front_matter, front_matter_values,
NOT_PROSE_KEYS, prose_key, inline_text, markdown_paragraphs, page_texts, front_texts,
paired_paragraphs, by_table, table_pairs, lorem_free_reader, sites_texts), the twenty-sixth set's
front_values (TOML front matter), the thirty-second set's is_prose, the thirty-ninth set's
site_page_texts, the fifty-second set's data_file_texts, tests/text_set_support.py and
tools/extract_text_snapshot.sh, measured none of them, and, to choose the sources, had listed public
GitHub repositories and their files with the search index's file and repository lists only, by the
road the brief asked for: the personal and professional sites of Italian individuals (freelancers',
designers', photographers', architects', artists', musicians', writers', consultants', therapists'
and researchers' portfolios, CVs, home pages and personal blogs, where the person writes about their
own work), Italian paired with English by file, key or slug. The semantic search and the full-text
search were not used. The sixty-second set (Italian-made chat bots' and voice skills' messages) and
the sixty-fourth (Italian clubs and associations), built at the same time by other sessions, are not
touched, and no source of their kinds was taken; nor were organisations' or firms' sites.

Paths asked for (find_files): `content/about.it.md`, `content/cv.it.md`,
`content/about/index.it.md`, `content/it/about.md`, `index.it.html`, `_data/it.yml`,
`content/it/chi-sono.md`, `content/bio.it.md`, `content/it/biografia.md`, `content/it/cv.md`,
`content/it/portfolio/_index.md`, `content/portfolio/_index.it.md`, `biografia.html`,
`chi-sono.html`, `en/biography.html`, `it/bio.html`, `index-en.html`, `_i18n/it.yml`,
`content/about/_index.it.md`, `content/it/about/_index.md`, `content/works/_index.it.md`,
`content/projects/_index.it.md`, `content/pages/about-it.md`, `_pages/about.it.md`,
`content/it/bio.md`, `bio-en.html`, `it/biografia.html`, `content/it/progetti/_index.md`,
`content/pages/chi-sono.md`, `content/resume.it.md` (the lists of the common ones cut at their first
hundred). Names asked for (find_repos): fotograf, architett, pianist, psicoterap, illustrat,
traduttric. Most of what the lists gave was of another country or language (Spanish, Portuguese,
German), a student's exercise, a theme's demo, a firm's site, or put up after November 2022. `grep
-rliE` of the owners' and repositories' names over benchmarks, tests, docs, CONTRIBUTING.md and
README.md was run for every candidate, and refused those it found (earlier sets' sources or
refusals): descovi/simonini.github.io, Kave2788/paolamaccioni-site,
architettosinicropi/sito-architettura, Clapton79/stefylaz, eliblaster/heurebleue,
lorenzocerrone/panetti, albertoreineri/albertoreineri.github.io, francopasut/academic,
tabuto/occhipintiantonio.com, matteocervelli/mccom, Vitocutoff/portfolio-architetto,
nemobis/federicoleva.eu, paolocarta/paolocarta.github.io, ThornDuke/samsahara.it,
artemioslykoi/demislupi, scosti/resume-and-blog; vjt/sindro.me was not taken either (its owner's
three letters match bytes of two binary test files: a coincidence, but the grep must find nothing).
Refused by their logs or file lists, before reading any of their text: put up from 2023 to 2026 (no
commit before 30 November 2022): JuriNardelli/JuriNardelliPianist,
ferdinandosantacroce/ferdinandosantacroce.github.io, lad-plunk/Gigi-Montico,
Giglio800/francescobocci-psicoterapeuta, Andypedozz/SitoFotografia,
stefanomondino/stefanomondino.github.io, enricopesce/enricopesce.it, gnaponie/giulias-website,
cdpcre/cdpcre.github.io, fmaida/cesco.it; not Italian with English: Fotoratte/blog (German, one
Italian page), silviarubinson/web (Spanish and English); one language, or no paired prose, by their
file lists: StefanoCecere/cecere.xyz (no paired pages),
EmanueleCannizzaro/emanuelecannizzaro.github.io (a 61-byte `index.it.html`), gdmsl/gdmsl.github.io
(a built site), marcocianetti/marcocianetti.com (Italian only), kLeZ/kLeZ.github.io (not opened
further: a developer's technical pages); not to be had: francescoscarselli/francescoscarselli.com
and edoardopaolini/edoardopaolini.github.io (the fetch gave no snapshot). Four sites fitted. Their
owners and names are in no earlier set: `grep -rliE` of "piefa703", "faraglia", "piergiorgio",
"maurotrb", "taraborelli", "mtsite", "banorz", "valeriolibera", "valerio libera", "mil3zh", "m3zh",
"fraverso", "francesco verso", "lazzaretti", "futurefiction" and "future fiction" over benchmarks,
tests, docs, CONTRIBUTING.md and README.md found nothing.

Of the sources, before the rule, the session had seen: their branches, the last commit of each
default branch before 30 November 2022 and whether later ones exist, the dates, authors and subjects
of their commits, their file lists with byte sizes (`git ls-tree -l`), a search of every commit's
tree for agent files (CLAUDE.md, AGENTS.md, GEMINI.md, `.claude`, `.cursor*`, `.clinerules`,
`.windsurf`, `.junie`, copilot-instructions.md, llms.txt, `.mcp.json`, `.openai`, `.lovable`,
`.agent(s)/`: none; a theme's `cursor_black.png` and like images in the third are pictures of a
mouse pointer) and of every commit message for words that mark machine translation, generated text,
agents and bots (DeepL, GPT, Copilot, Claude, Cursor, Gemini, Codex, "machine", "automat", LLM,
Google, OpenAI, LibreTranslate, "anonymous", "bot", "co-authored", "translat", "tradu", Weblate,
Crowdin, Transifex, Lokalise, "generat", "AI": the hits are Google Analytics in three, dependabot's
dependency bumps in the fourth, and the writers' own "Translate current project pages in Italian",
"Italian translation for Crafting an Effective Writer article", "added site map and translation for
navba/footer" and "chinese translations"); the sites' configured titles, authors and languages
(`pelicanconf.py`'s AUTHOR, SITENAME, DEFAULT_LANG and PLUGINS, `config.toml`'s title, author and
languages, `_config.yml`'s title and languages); the key names, without their values, of the front
matter of some pages of each (Pelican's `Title`, `Slug`, `Lang`, `Date`, `Modified`, `Category`,
`Tags`, `Authors`, `Summary`, `URL`, `save_as`, `Template`, `Status`, `navbar-order`; Hugo's TOML
`title`, `date`, `type`, `etichette`, `slug`, `description`, `tags`, `author`, `link`,
`source_link_title`; Jekyll's `layout`, `title`, `lang`, `permalink`, with the `lang` values of the
fourth's pages), the key names of the third's `_i18n/it.yml` and of the fourth's `_data/t.yml`, the
counts of HTML tags, shortcodes, fences, indented lines and `$` signs in the pages (no text shown),
and their words by a whitespace split (no word shown): told below. After it was written the
snapshots are to be extracted, a few texts read to check the reader, the words counted and bare
Hunspell, the reference, run on them through pyenchant; never our engine. What was found is told
below.

- Four sources, a folder each, `owner+name`, under the folder named by $TEXT_SNAPSHOTS, each taken
  at the last commit of its default branch (`master`) before 30 November 2022, the day chat
  assistants came to the public; each the personal site of one Italian, written by that person to
  clients or readers about their own work. The extraction keeps every file read (`.md`, `.html`,
  `.yml`): nothing is added with `git show` (ADDED_FILES is empty); a snapshot lacking a file the
  rule names stops the run.
  1. piefa703/piergiorgiofaraglia.it (commit b5cbf7ee, committed 18 April 2018, "wip", by
     Piergiorgio Faraglia; `master`, 37 commits from 24 March 2015, all his; the last of all, no
     later commit; the `gh-pages` branch, 23 commits of 2015, the built site, not read): the site of
     Piergiorgio Faraglia (SITENAME and AUTHOR), by its pages' names a freelancer's of the web, in
     Pelican with its `i18n_subsites` plugin, Italian the default language: his home page, about
     page, services, portfolio and contact page, and a technical blog ("TechBlog", BLOG_NAME) whose
     posts are notes on Linux and MySQL, each page `<name>-it.md` beside its `<name>-en.md`. Files
     read: the five pages `content/pages/{home,about,services,portfolio,contact}-it.md` and `-en.md`
     (1,150 to 3,935 bytes; the bodies HTML inside Markdown: `div`, `h`, `p`, `li`, `img`, `a`, a
     contact `form`) and the three posts paired by name,
     `content/linux/how-to-configure-nfs-server`, `content/linux/how-to-disable-ssh-root-access` and
     `content/mysql/how-to-output-query-on-csv` (912 to 1,177 bytes, Markdown with indented code);
     1,641 Italian and 1,530 English words by the split of the whole files, markup and code
     included. Not read: `content/pages/codice.md` and `404.md` (one language), the two English-only
     posts (`how-to-install-sass-on-fedora-25.md`, `how-to-set-static-ip-address.md`),
     `content/bin/contact.php`, the theme and plugins, the configuration and scripts.
  2. maurotrb/mtsite-17 (commit 9f847d1d, committed 9 January 2022, "Self host fonts", by Mauro
     Taraborelli; `master`, the only branch, 27 commits from 7 May 2017, all his; one later commit,
     of 17 August 2024, not taken): the personal site of Mauro Taraborelli (`config.toml`'s title
     and author), in Hugo, English the default language (`defaultContentLanguage = "en"`), each page
     `<name>.md` beside its Italian `<name>.it.md`: his home page, résumé (`content/resume.md`),
     projects (by their names data analysis assignments, Haskell programs, photos for the web,
     SoFoBoMo 2011) and blog posts (his personal site, Project Euler in Haskell, the Shake library,
     a personal backup strategy, a photography portfolio site, jazz listening, writing), written in
     English from 2011 to 2014 and put into Italian by him ("Translate current project pages in
     Italian", November 2017; "Italian translation for Crafting an Effective Writer article",
     November 2017; "Complete blog posts Italian transl. + porting to katex", 2 January 2021). Files
     read: every `content/**/<name>.it.md` with the `<name>.md` of the same folder, as Hugo pairs
     them: the home page, the résumé, 11 posts and 9 projects (22 pairs; 9,418 Italian and 9,339
     English words by the split, code and math included); the posts hold `{{< highlight >}}` code
     blocks (36 shortcode tags) and KaTeX math (`$$` 28 times, `$` 32). Not read: the eleven short
     posts of 2011 and 2012 in English only (with `link` and `source_link_title` keys: by the
     layouts' names, quotations), `content/projects/_index.it.md` and `haskell-excercise.it.md` (no
     English page of the same name: the English is `haskell-exercise.md`, which Hugo does not pair
     with it), the `i18n/` labels, layouts, the text résumés under `static/txt/`, the README.
  3. banorz/valeriolibera-website (commit 8992e1c2, committed 21 May 2020, "completed website", by
     Valerio Libera; `master`, 9 commits from 8 January 2019, all his; seven later commits, of May
     2023, not taken, and a `gh-pages` branch of May 2023, not read): the personal site of Valerio
     Libera ("Valerio Libera Software Engineer", `_config.yml`'s title), in Jekyll with the
     multiple-languages plugin (`languages: ["en","it"]`), its texts in `_i18n/it.yml` and
     `_i18n/en.yml` (3,112 and 2,997 bytes; 420 and 429 words by the split): his home page's
     description, an about-me, network and CV paragraph, his work's knowledge and specialities, six
     works' names and descriptions, the contact form's labels and messages. Files read: the two. Not
     read: the pages (templates of `{% t %}` tags), `_works/` (front matter of a few lines), the
     layouts and includes.
  4. mil3zh/fraverso (commit 953ffd99, committed 1 May 2021, "Merge pull request #3 from
     m3zh/dependabot/bundler/rexml-3.2.5"; `master`, 130 commits from 31 May 2020, Milena
     Lazzaretti's (mil3zh, m3zh) 127 and dependabot's 3; the last of `master`, no later commit; a
     dependabot branch of July 2021, not read): the site of Francesco Verso (`_config.yml`'s title;
     known as an Italian writer of science fiction and the publisher of Future Fiction, as the
     folder `futurefiction/` is named), made in Jekyll by Milena Lazzaretti, in English (the top
     folder, `lang: en`), Italian (`it/`, `lang: it`) and Chinese (`zh/`, not read): his biography,
     awards, works (six books), his publishing (`futurefiction/publishing.html`) and workshop pages,
     contacts and credits. Files read: the 14 Italian pages of `it/` (`awards`, `bio`, `contacts`,
     `credits`, `index`, `works-index`, `futurefiction/publishing`, `futurefiction/workshop`,
     `works/work1` to `work6`) with the English pages of the same path at the top (277 to 2,916
     bytes; 2,104 Italian and 2,045 English words by the split with the tags taken out). Not read:
     `zh/`, `cookiepolicy.html` and `404.html` (one language), `about.markdown` and `_posts/`
     (Jekyll's starter page and post), `_data/t.yml` (the navigation's labels) and `_data/map.yml`,
     `_includes/` and `_layouts/` (templates, the cookie banner), `node_modules/`, the README.
- Pairs: a text counts only when its page exists in both languages, matched without reading it. In
  the first source, the Italian and the English page of the same name (a table written from the file
  list), each read by pelican_texts: its metadata lines at the top (`Key: value`, up to the first
  blank line), of which `Title` and `Summary` only are prose (a value of at least two words with a
  letter, as front_texts takes them), then its body: the five pages' bodies as HTML (the
  twenty-fourth set's html_text_paragraphs: they are HTML inside Markdown, whose indented lines
  Markdown would take for code), the three posts' as Markdown (markdown_paragraphs: indented code
  left out). In the second, every `<name>.it.md` with `<name>.md` beside it, read by hugo_texts: the
  TOML front matter's string values (the twenty-sixth set's front_values) of prose keys (prose_key:
  not `type`, `slug`, `date`, `tags`, `author`, `link` and the like; at least two words with a
  letter), then the Markdown body less its `{{< highlight >}}` ... `{{< /highlight >}}` blocks and
  its math (between `$$` and `$$`, or `$` and `$` on one line: KaTeX, which the site renders), by
  markdown_paragraphs. In the third, the values of `_i18n/it.yml` and `_i18n/en.yml` of the same
  path of keys (the fifty-second set's data_file_texts: keys of NOT_PROSE_KEYS' kinds left out,
  `email` among them), the `keywords` value (the page's keywords for search engines) left out too.
  In the fourth, the pages of the same path under `it/` and at the top (a table written from the
  file list), each read by the thirty-ninth set's site_page_texts (the front matter's prose values,
  then the HTML's texts; scripts, code, forms and navigation left out, entities read as characters).
  A page or value empty as read in either language pairs nothing.
- Left out, decided before reading: every other file of the four repositories (above); a text
  repeated in a source is taken once; an Italian text equal to an English one (left untranslated) or
  written in English (benchmarks/text_round6.in_english) is left out, and an English text equal to
  an Italian one likewise (the twenty-fourth set's paired_paragraphs); a text holding "lorem ipsum"
  (any case) or left by a malformed tag (the thirty-second set's is_prose). The sources are four
  people's: no text is compared across them.
- Caps: each source is one document, capped at 2,000 words a language (WORDS_PER_SOURCE), its texts
  taken in a fixed mixed order (a hash of their text: the twenty-fourth set's sites_texts); the
  benchmark's `_capped` cleans and counts them, a text of fewer than three words dropped. The sizes
  seen by the split (some 1,600 and 1,500 words in the first, markup and code included; 9,400 in the
  second; 420 in the third; 2,100 and 2,000 in the fourth) put the second at the cap and the others
  under it, the set at some 4,500 to 5,500 words a language, the second not much more than 40 per
  cent of it: the cap was chosen for that, before the count. Said here before the count, not made
  up; no source is added or dropped after it, and the bar above is not lowered to fill the set.
- The words are counted as the sixteenth to sixty-first sets' were: as loaded, and bare Hunspell's
  unknown words per 100 on them (pyenchant, it_IT and en_US; the judged words chosen by
  benchmarks.text_measure.hunspell_alarms, not the engine's tokenizer), the reference, the only
  figure seen; not through bench_text_accuracy's `--mode bare`.
- Run without and with the client's brand names (round63_names). Decided in the rule: the four
  people's names as their sites' configurations give them: "Piergiorgio Faraglia", "Mauro
  Taraborelli", "Valerio Libera" and "Francesco Verso". Not the capitalised words of the text
  (software, publishers, books, places, clients): a list drawn from them would be chosen by reading
  it.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn for
  the earlier sets), drawn with another seed (1264: 1205 plus the set's place in
  text_measure.LATER_SETS, where it is to follow the sixty-second set; it follows from that order).
  The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to sixty-first sets: after the single measurement, a false alarm
  that is a misspelling in the published text itself may be listed in
  benchmarks/text_round63_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the published
  text. A word counts as such only when no Italian or English dictionary has it and its sentence
  shows the writer's slip; the names of people, firms, clients, publishers, books, places and
  software (Faraglia, Taraborelli, Verso, Future Fiction, Pelican, Hugo, Haskell, Octopress, MySQL,
  NFS), the jargon of software, of data analysis, of photography and of publishing (framework,
  responsive, backend, frontend, server, query, repository, workflow, shortcode, dataset, script,
  workshop, editing, ebook, fanzine, e-mail), acronyms, foreign words (English words in Italian
  text, Italian words in English text) and anything doubtful stay false alarms. Both figures are
  always reported: raw (every alarm) and net (alarms less the listed errors, a listed word
  subtracted at most as many times as it was flagged).
- Weaknesses, known from the file lists and logs and not read in the text: four people, three of
  them in software (a web freelancer, a "Software Engineer", a writer of Haskell and data analysis),
  two writing in part about their trade (Linux and MySQL notes, Haskell and data analysis), whose
  texts hold commands, names of tools and English loans that any speller flags; the second source is
  written first in English and put into Italian by its writer (the first's default language is
  Italian; the fourth's log has "created italian webiste folder" (July 2020) and "add texts in
  english" (November 2020), so which of its languages was written first is not known), so the
  direction of translation differs by source; the fourth's site was made by its web designer, Milena
  Lazzaretti, and the log does not say who wrote or translated its pages (the writer, his publisher
  or she); the third is small (some 400 words a language, much of it short labels the floor of three
  words drops); the second is the largest and, capped, near 40 per cent of the set.

What was found (the snapshots extracted at 02:40 UTC by tools/extract_text_snapshot.sh, nothing
added; the reader run on them, the texts holding `<`, `>`, `{`, `}`, `|`, `@`, `$`, `%`, a
backslash, a replacement character, an entity, a space before a stop, comma, colon, question or
exclamation mark, or empty brackets listed, five texts of each source and language, drawn at
random, and the reading of one work's page of the fourth source, read at 02:40 UTC to check it;
the words counted and bare Hunspell run at 02:41 UTC; nothing of the rule's sources, files,
exclusions, cap, reader or names changed after):

- Pairs, all found, none empty in either language: the first source's 5 pages and 3 posts, the
  second's 22 pages, the third's 38 values, the fourth's 14 pages. Texts after the pairing and
  the removal of repeats, untranslated and English ones, Italian and English: 65 and 65, 308
  and 306, 31 and 31, 19 and 13.
- Found by the check, and left as the rule reads them (the brief forbids changing the reader
  or the cap after reading text): the fourth source's works pages hold each book's synopsis in
  a `<p class="synopsis">`, a class the twenty-second set's HTML reader (under site_page_texts)
  leaves out, as it was made to for manual pages' command synopses, so the six books' synopses
  are not read; its Italian awards page lists the awards in English, left out as English. The
  fourth source gives 716 Italian and 599 English words as paired, 249 and 132 as loaded, not
  the 2,000 a language the split of its pages foresaw; and the first source's split counted its
  HTML and code: 847 and 799 words as loaded, not 1,500. With the cap chosen before the count,
  the second source is 58.8 per cent of the Italian and 61.3 per cent of the English as loaded,
  far more than the 40 per cent the rule aimed at, and the set is small: the first of its
  weaknesses, said here and not mended. Reader's artefacts, not the writers' slips: the math
  taken out leaves holes ("Qual è il più grande fattore primo del numero ?", "What is the
  largest prime factor of the number ?", "the product of two 2-digit numbers is ."), commands,
  file names and paths inside sentences are kept ("./dist/build/mtphotosite/mtphotosite",
  "cabal build", "hs-euler.lhs", "cabal-constraints dist/setup-config > .cabal.config"), a
  heading keeps its bars ("Business Analyst e Project Manager IT | Dynamics NAV | PMP®"), and a
  stray "-->" of the first source is read (under the three words' floor, dropped). The texts
  drawn at random: in the first source a post's title on CSV, a fantasy football platform,
  "Ecommerce", a command's lead-in, "Progetti recenti" and their English; in the second the
  writing course, photo services, a backup strategy's limits, a data analysis assignment,
  Project Euler's Fibonacci problem, and in English "Why I enjoy photography", the same photo
  services and limits, a course's title, the Fibonacci problem; in the third the contact form's
  labels, a virtual tour developer, a paragraph on networks, "disabilitato" and their English;
  in the fourth the books' titles ("Livido", "Nexhuman"), photographs' captions (Liu Cixin and
  a translator at a convention in Beijing, a visit to a school in Chengdu), the writer's family,
  his work as the editor of Future Fiction, "Workshop".
- As loaded (the benchmark's `_capped`, at 2,000 words a source; counted at 02:41 UTC): 3,488
  Italian words in 175 texts and 3,303 English words in 168 texts (the first source 847 and 799,
  the second 2,051 and 2,024, the third 341 and 348, the fourth 249 and 132).
- Bare Hunspell's figures, the reference (the only ones seen), computed with
  benchmarks.text_measure.hunspell_alarms (pyenchant, it_IT and en_US, on the words its split
  gives, the judged ones chosen by its `checkable`): Italian 3.95 unknown words per 100 (116 of
  2,935), English 1.97 (54 of 2,746). The Italian keeps English words of the trade ("query",
  "root", "ssh", "csv" 5 each, "mysql", "home", "app" 3 each, "social", "source", "commerce",
  "setup", "hash", "feature" 2 each, "build", "commit", "framework", "layout", "plugin",
  "placeholder", "markup", "stream", "restore"), Haskell's and build tools' words ("cabal",
  "watch", "need" 2 each, "want", "make", "rake", "mixins", "list comprehension", "cabalized",
  "lazy", "init"), software's names in lower case ("wordpress", "joomla", "linux", "github",
  "bitbucket", "zenfolio", "xelatex"), elided pieces ("l'" 3, "dell'"), months cut short
  ("Mag", "Lug"), names ("Liu", "Xia"), words it_IT lacks ("fantacalcistiche",
  "prototipazione"), forms with an accent left out or wrong ("affinchè", "poichè", "Perchè",
  "integrita") and forms no dictionary has ("pacchettri", "metotologie", "Chiaramento",
  "improvvisaizone", "offeto", "dipendeze", "pesso"); the English keeps software's and formats'
  names in lower case ("csv" 4, "nfs" 3, "mysql" 3, "linux", "hakyll", "pdf", "xelatex",
  "javascript" 2 each, "wordpress", "joomla", "github", "exiftool", "libsass", "lhs", "euler"),
  "mr" 4, names ("Francesco" 3, "Valerio", "Cordova", "Liu", "Xia", "d'Aquino"), Italian words
  ("umani", "traduttrice", "metotologie", "Creazion"), the trade's ("payables", "typeclass",
  "src", "Photobook") and forms no dictionary has, of writers whose English is not native
  ("moltitude", "Altough", "sustitute", "assignement"). Recall and top three, which need the
  benchmark's planted errors, were not computed: the benchmark was not run on the set. These
  words (their sentences not read but for the texts listed above) are left for the measuring
  session's adjudication like any other; nothing of the engine was changed for them, nor was the
  engine run.
- Names for the "+names" run, as the rule gives them: four.

The rule as first written, at 02:38 UTC, is the text above without what was found; facts of it
were put right before the snapshots were extracted (the second source's 22 pairs, 9 projects
and the eleven English-only short posts of 2011 and 2012, first written as 24, 10 and ten; the
first and fourth people's trades said as the pages' and folders' names give them; the
directions of translation reworded; the lines wrapped). What was found was added at about 02:42
UTC; no source, file, exclusion, cap, reader or name changed.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    checked_snapshots,
    html_text_paragraphs,
    inline_text,
    lorem_free_reader,
    markdown_paragraphs,
    prose_key,
    require_kept_files,
    sites_texts,
    table_pairs,
)
from benchmarks.text_round26 import front_values
from benchmarks.text_round32 import is_prose
from benchmarks.text_round39 import site_page_texts
from benchmarks.text_round52 import data_file_texts

# per source and language, so that no source is much more than about 40 per cent of the set
WORDS_PER_SOURCE = 2000
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (each the last of its `master` before 30 November 2022).
SNAPSHOTS = {
    "piefa703+piergiorgiofaraglia.it": "b5cbf7eeb4cfcfc8525fa1628a787c0f7e8e25a8",
    "maurotrb+mtsite-17": "9f847d1d03428e76036e830774dc57cbcb77860e",
    "banorz+valeriolibera-website": "8992e1c200c7b15c73a7667cb7b1bd54ebc51622",
    "mil3zh+fraverso": "953ffd99f81107f8bc91b0e9256007c9c6329424",
}
# The four people's names, as their sites' configurations give them.
NAMES = ("Piergiorgio Faraglia", "Mauro Taraborelli", "Valerio Libera", "Francesco Verso")

FARAGLIA = "piefa703+piergiorgiofaraglia.it"
TARABORELLI = "maurotrb+mtsite-17"
LIBERA = "banorz+valeriolibera-website"
VERSO = "mil3zh+fraverso"

# Nothing is added with `git show`: the extraction keeps every file read (`.md`, `.html`,
# `.yml`). Given for tools/text_snapshots.py, as every snapshot set gives it.
ADDED_FILES: dict[str, tuple[str, ...]] = {}

# Faraglia's Pelican pages (HTML inside Markdown) and posts (Markdown), Italian -> English, a
# table written from the file list
FARAGLIA_PAGES = {
    f"content/pages/{name}-it.md": f"content/pages/{name}-en.md"
    for name in ("home", "about", "services", "portfolio", "contact")
}
FARAGLIA_POSTS = {
    f"content/{name}-it.md": f"content/{name}-en.md"
    for name in (
        "linux/how-to-configure-nfs-server",
        "linux/how-to-disable-ssh-root-access",
        "mysql/how-to-output-query-on-csv",
    )
}
# Taraborelli's Hugo pages: every `<name>.it.md` under `content/` with its `<name>.md`
HUGO_CONTENT = "content"
# Libera's Jekyll texts, a value of one path of keys in each
I18N = {"_i18n/it.yml": "_i18n/en.yml"}
I18N_LEFT_OUT = frozenset(["keywords"])
# Verso's pages: `it/<path>` with the English `<path>` at the top, a table from the file list
VERSO_PAGES = {
    f"it/{name}.html": f"{name}.html"
    for name in (
        "awards",
        "bio",
        "contacts",
        "credits",
        "index",
        "works-index",
        "futurefiction/publishing",
        "futurefiction/workshop",
        *(f"works/work{n}" for n in range(1, 7)),
    )
}

# The files each source's reader names (a missing one stops the run), and its folders
FILES: dict[str, tuple[str, ...]] = {
    FARAGLIA: tuple(
        path
        for table in (FARAGLIA_PAGES, FARAGLIA_POSTS)
        for pair in table.items()
        for path in pair
    ),
    TARABORELLI: (
        "content/_index.it.md",
        "content/_index.md",
        "content/resume.it.md",
        "content/resume.md",
    ),
    LIBERA: tuple(path for pair in I18N.items() for path in pair),
    VERSO: tuple(path for pair in VERSO_PAGES.items() for path in pair),
}
FOLDERS: dict[str, tuple[str, ...]] = {
    TARABORELLI: ("content/blog", "content/projects"),
}


def fetch_round63(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh,
    which keeps every file the set reads); a missing snapshot, or one at another commit than the
    rule's, stops the run, and so does a missing file (site_paragraphs).
    """
    return checked_snapshots("round63", SNAPSHOTS, root)


def require_files(repo: str, site: Path) -> None:
    """Stop the run when a snapshot lacks a file (or folder) the rule names."""
    require_kept_files("round63", site, repo, SNAPSHOTS[repo], FILES[repo], FOLDERS.get(repo, ()))


# ---------------------------------------------------------------------------------------------
# The readers: Pelican pages with their metadata lines, Hugo pages with a TOML front matter.

_PELICAN_META = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")
PELICAN_PROSE_KEYS = frozenset(["title", "summary"])


def _prose_value(value: str) -> str:
    """Return a metadata value as text when it is prose (two words or more, a letter), else ""."""
    text = inline_text(value)
    return text if len(text.split()) >= 2 and re.search(r"[^\W\d_]", text) else ""


def pelican_texts(path: Path, body_texts: Callable[[str], list[str]]) -> list[str]:
    """Return a Pelican Markdown page's texts: the prose values (`Title`, `Summary`) of its
    metadata lines at the top (`Key: value`, up to the first blank line or other line), then its
    body read by `body_texts`."""
    lines = path.read_text("utf-8", errors="replace").splitlines()
    texts: list[str] = []
    start = 0
    while start < len(lines) and (meta := _PELICAN_META.match(lines[start])):
        if meta[1].lower() in PELICAN_PROSE_KEYS and (text := _prose_value(meta[2])):
            texts.append(text)
        start += 1
    return texts + body_texts("\n".join(lines[start:]))


def pelican_html_page(path: Path) -> list[str]:
    """A Pelican page whose body is HTML inside Markdown, read as HTML."""
    return pelican_texts(path, html_text_paragraphs)


def pelican_post(path: Path) -> list[str]:
    """A Pelican post whose body is Markdown (indented code left out)."""
    return pelican_texts(path, markdown_paragraphs)


_HIGHLIGHT = re.compile(
    r"\{\{<\s*highlight\b.*?>\}\}.*?\{\{<\s*/highlight\s*>\}\}", re.DOTALL | re.IGNORECASE
)
_DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.DOTALL)
_INLINE_MATH = re.compile(r"\$[^$\n]+\$")


def hugo_texts(path: Path) -> list[str]:
    """Return a Hugo page's texts: the prose string values of its front matter (TOML or YAML,
    the twenty-sixth set's front_values; prose keys, two words or more), then its Markdown body
    less `highlight` shortcode blocks and math (`$$ ... $$`, `$ ... $`)."""
    values, body = front_values(path.read_text("utf-8", errors="replace"))
    texts = [text for keys, value in values if prose_key(keys) for text in [_prose_value(value)]]
    body = _HIGHLIGHT.sub("\n\n", body)
    body = _INLINE_MATH.sub(" ", _DISPLAY_MATH.sub("\n\n", body))
    return [text for text in texts if text] + markdown_paragraphs(body)


def hugo_pairs(content: Path) -> Iterator[Pair]:
    """Yield every `<name>.it.md` under `content` with the `<name>.md` of its folder (as Hugo
    pairs a page's translations by file name), each read by hugo_texts, in file order."""
    for it_page in sorted(content.rglob("*.it.md")):
        en_page = it_page.with_name(it_page.name.removesuffix(".it.md") + ".md")
        if en_page.is_file():
            yield hugo_texts(it_page), hugo_texts(en_page)


def i18n_pairs(it_file: Path, en_file: Path) -> Iterator[Pair]:
    """Yield the values of two data files of the same path of keys (data_file_texts), those
    under a key of I18N_LEFT_OUT left out, in the Italian file's order."""
    english = data_file_texts(en_file)
    for keys, italian in data_file_texts(it_file).items():
        if any(key.lower() in I18N_LEFT_OUT for key in keys):
            continue
        if italian and english.get(keys):
            yield [italian], [english[keys]]


def _faraglia(site: Path) -> Iterator[Pair]:
    require_files(FARAGLIA, site)
    yield from table_pairs(FARAGLIA_PAGES, pelican_html_page)(site)
    yield from table_pairs(FARAGLIA_POSTS, pelican_post)(site)


def _taraborelli(site: Path) -> Iterator[Pair]:
    require_files(TARABORELLI, site)
    yield from hugo_pairs(site / HUGO_CONTENT)


def _libera(site: Path) -> Iterator[Pair]:
    require_files(LIBERA, site)
    for it_file, en_file in I18N.items():
        yield from i18n_pairs(site / it_file, site / en_file)


def _verso(site: Path) -> Iterator[Pair]:
    require_files(VERSO, site)
    yield from table_pairs(VERSO_PAGES, site_page_texts)(site)


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    FARAGLIA: _faraglia,
    TARABORELLI: _taraborelli,
    LIBERA: _libera,
    VERSO: _verso,
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
# and a malformed tag's leftovers (the thirty-second set's is_prose)
site_paragraphs = lorem_free_reader(SITES, keep=is_prose)


def round63_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's four sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round63(root))


def round63_names() -> list[str]:
    """Return the client's brand names for the second measure: the four people's names, as
    the rule gives them."""
    return sorted(NAMES)
