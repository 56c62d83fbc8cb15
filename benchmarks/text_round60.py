"""The sixtieth held-out text set (issue 17, sixtieth round), by a rule written first.

The rule, written on 7 December 2026 at 23:24 UTC (`date -u` read 23:23:52 just before it was
written; the machine's clock moved far less than the search took, as the fifty-third to
fifty-eighth sets' builders noted too) before any figure of our engine on the set was seen, before
any Italian or English text of its sources was read and before any of its words was counted by the
set's own rule, and never to be measured by the session that wrote it: by a later session. The
session that wrote it had read the fifty-eighth, fifty-sixth and twenty-fourth sets' rules, code
and tests (its models: checked_snapshots, require_added_files, split_front_matter,
markdown_paragraphs, inline_text, by_table, paired_paragraphs, lorem_free_reader, sites_texts),
tests/text_set_support.py, tools/extract_text_snapshot.sh, tools/text_snapshots.py's opening,
CONTRIBUTING.md's paragraphs on the forty-eighth to fifty-sixth sets and CHANGELOG.md's on the
fifty-first to fifty-fourth, the lists of every earlier set's SNAPSHOTS, the passages of the
twenty-seventh and twenty-ninth sets' rules that name reale/eutopian and Roberto Reale (below),
measured none of them, and, to choose the sources, had listed public GitHub repositories and their
files with the search index's file and repository lists only, by the road the brief asked for:
articles that Italian professionals, small companies, agencies or non-profit bodies published for
their customers or public in Italian and in English (blog posts, news items, case studies, guides,
newsletters) in a static site's repository, an Italian article paired with its English one by file
name, slug or front matter. The semantic search and the full-text search were not used. The
fifty-ninth set (Italian developers' games) and the sixty-first (Italian events' and conferences'
sites), built at the same time by other sessions, are not touched, and no source of their kinds was
taken.

Paths asked for (find_files): `content/it/blog/_index.md`, `content/en/blog/_index.md`,
`content/it/post/_index.md`, `content/it/posts/_index.md`, `content/it/news/_index.md`,
`content/it/articoli/_index.md`, `content/it/notizie/_index.md`, `content/it/articles/_index.md`,
`content/it/case-studies/_index.md`, `content/it/progetti/_index.md`,
`content/it/guide/_index.md`, `content/it/newsletter/_index.md`, `content/it/portfolio/_index.md`,
`content/it/press/_index.md`, `content/it/stories/_index.md`, `content/it/chi-siamo.md`,
`content/it/chi-siamo/_index.md`, `content/it/servizi/_index.md`, `content/it/contatti.md`,
`content/it/blog/index.md`, `content/it/_index.md`, `content/it/news/_index.it.md`,
`content/blog/_index.it.md`, `content/blog/_index.en.md`, `content/post/_index.it.md`,
`content/post/_index.en.md`, `content/posts/_index.it.md`, `content/news/_index.it.md`,
`content/articles/_index.it.md`, `content/approfondimenti/_index.it.md`,
`content/servizi/_index.it.md`, `content/services/_index.it.md`, `content/projects/_index.it.md`,
`content/about/_index.it.md`, `content/chi-siamo/_index.it.md`, `content/italian/_index.md`,
`content/italian/blog/_index.md`, `content/italiano/_index.md`, `it/blog/index.html`,
`it/blog.html`, `it/blog.md`, `it/blog/index.md`, `it/news.html`, `it/news.md`,
`it/notizie.html`, `it/articoli.html`, `it/archive.md`, `it/media.md`, `it/posts.md`,
`blog/index.it.html`, `_i18n/it.yml`, `_layouts/it/post.html`, `_layouts/post-it.html`,
`_includes/it/header.html`, `_includes/header/header-slim.html`,
`_includes/footer/footer-col-1.html` (the lists of the common ones cut at their first hundred).
Names asked for (find_repos): studiolegale, avvocat, commercialist, psicolog, architett, onlus,
associazione, agenzia, cooperativa, traduzion, hermescenter, develer, trackingexposed, `.it`.
Almost everything the lists gave was a developer's personal or technical blog, a theme's demo, a
site put up in 2023 to 2026, or a site in one language. Refused before reading any of their text:
put up or written after November 2022 (by their file lists, post dates or logs):
hermescenter/hermescenter.org-restoration (a blog's export with posts of 2023),
vecna/sito-sindacato, Agora-Security/agorasecurity.it, circologoisticopadovano/
circologoisticopadovano.github.io, mrsignorini/website, hertzdog/htx,
Procionegobbo/federico-maiorini-site, turbolince/outdoormap (first commit August 2025),
kydos/acweb, gbif/hp-italy (its paired posts of 2026), ideeperfoggia/ideeperfoggia.github.io,
aamatu/aamatu.github.io, Riccardoduerre/duerre (report files of a generated build besides);
a theme's placeholder posts: lospeziale/lospeziale.github.io (its four posts a language hold "lorem
ipsum"; the English was dropped in November 2022), AndreaPaolo/vp-website (`placeholder-text.md`,
`rich-content.md`), urai-group/urai-blog, sardiniasustainability/sardiniasustainability.github.io
and aexengineering/aexengineering.github.io (Jekyll's welcome post only);
developers' documentation: HotBlackRobotics/hotblackrobotics.github.io (its English posts are
tutorials on ROS and Docker), ToscaLabs/toscalabs-website, magomimmo/bucs,
talk-to-the-duck/talk-to-the-duck.github.io, paolocarta/paolocarta.github.io;
one language, or pages and no articles: ThornDuke/samsahara.it, TheNeetpiqLab/
theneetpiqlab.github.io, opendatasicilia/tansignari-md, lelegale/orologeria-galessi,
euganeortv/euganeortv, smartshires/smartshires.github.io, nemobis/federicoleva.eu,
miko81/maris-rigging-site, antenori-choir/antenori-choir.github.io, alesco-org/alesco-org.github.io,
italynewenergy/website, GiuseppeRomano92/makeitstem-website; events (the sixty-first set's kind):
almathverona/almathverona (seminars), and Eutopian's own `restart` webinar pages (below). Two
fitting sources were found in the time the brief gave, both small; the set is those two, said as
its first weakness. Their owners and sites are in no earlier set: `grep -rniE` of "eutopian",
"coderbot", "previtera", "reale/" and "reale+" over benchmarks, tests, docs, CONTRIBUTING.md,
README.md and CHANGELOG.md found no source of theirs; it found the twenty-ninth set's rule naming
reale/eutopian among the repositories it looked at and did not take ("a statute on a legal
template, on a site"; its statute, a page, is not read here) and the twenty-seventh's naming
Roberto Reale among the committers of AgID/peppol.agid.gov.it, one of its sources (below, as a
weakness).

Of each source, before the rule, the session had seen: its branches, the last commit of its
default branch before 30 November 2022 (hash, date, author, subject), the number of its commits,
their authors with their counts and addresses, the subjects, dates and authors of the commits
touching the posts read, its file list with byte sizes at that commit (`git ls-tree -l`), the
names (not the values) of the posts' front matter keys and the values of the identifier keys
`lang` and `ref` (Eutopian) and of nothing else, the site configuration's `name` and `description`
(Eutopian: "Eutopian", "Osservatorio europeo sull'innovazione democratica") and the opening lines
of CoderBot's `_config.yml` (its title "CoderBot - An open, programmable robot" and the first
words of its description) and of Eutopian's README (its address and badges), the first line of
each licence, a search of every branch's history for agent files (CLAUDE.md, AGENTS.md, GEMINI.md,
`.claude`, `.cursor*`, `.clinerules`, `.windsurf`, `.junie`, copilot-instructions.md, `.mcp.json`,
llms.txt, `.openai`, `.lovable`, `.agent(s)/`: none in either) and of the commit messages for words
that mark machine translation, generated text, agents and bots (DeepL, GPT, Copilot, Claude,
Cursor, Gemini, Codex, "machine", "automat", LLM, Google, OpenAI, "translat", "tradu", Weblate,
Crowdin, Transifex, "generat", "co-authored", "bot", "AI", "inglese", "english", "italian": the
hits told below), and, to judge the size and the shape, with no word shown: for each post its
words and non-blank lines by a whitespace split of its body (after the front matter), the number
of its fenced code blocks, indented lines, HTML tags (and their names), Liquid tags, kramdown
attribute lists, URLs, table lines, carriage returns and entities, and for each pair of posts the
number of lines that differ between the two files (`diff`) or that the two bodies share: told
below. After it was written the snapshots are to be extracted, a few texts read to check the
reader, the words counted and bare Hunspell, the reference, run on them through pyenchant; never
our engine. What was found is told below.

- Two sources, each a folder `owner+name` under the folder named by $TEXT_SNAPSHOTS, each taken at
  the last commit of its default branch before 30 November 2022, the day chat assistants came to
  the public:
  1. reale/eutopian (commit 481beb6f, committed 29 July 2022, "Edit _data/restart.yml", by Roberto
     Reale; `master`, 1,498 commits up to it from a first one of September 2017 by Riccardo
     Iaconelli and a Jekyll theme on Bootstrap Italia with Italian and English of March 2019 by
     Francesco Zaia; `gh-pages` is the built site, not read; the next commits, of January 2023,
     rename the site): Eutopian, by its configuration "Osservatorio europeo sull'innovazione
     democratica", an Italian association (its statute, its board, its members' forms and its
     agreements with other bodies are among its files) on digital innovation, democracy and Europe,
     whose news it publishes in Italian and English: `it/_posts/<date>-<slug>.md` (21, from 3
     February 2020 to 4 March 2021; 457 to 3,889 bytes) and `en/_posts/<date>-<slug>.md` (18; 445 to
     2,794 bytes): agreements signed with other bodies ("protocollo-intesa-...",
     "memorandum-understanding-..."), the association's joining of networks and campaigns, a
     manifesto, an interview, European funds and the Europe Day (by the file names). The posts'
     commits, 22 April 2020 to 3 March 2021, are all Roberto Reale's (67 as "Roberto Reale", 3 as
     "reale", roberto@reale.me); the repository's commits are his but for Francesco Zaia's 10, 6 of
     "libremente", one each of Riccardo Iaconelli, Alessandro Ranellucci and "Eutopian"; the rest of
     the site (pages, bios, the `restart` webinar series, `_drafts`) is not read. The message
     search's hits: 844 "Automated deployment to GitHub Pages" commits (the build, on `gh-pages`,
     none on `master`), "Translate HTTPS page into English" (by "Eutopian", May 2020), "Improve
     English Manifesto", "Add English bio", "Fix English webinar page" and the like (Roberto Reale,
     2020); none names a translator, a service or a machine. Licence: BSD-style ("the respective
     contributors", 2019).
  2. CoderBotOrg/website (commit 59b9f3a4, committed 19 March 2020, "Add Sky TG 24 Video", by
     Antonio Vivace; `master`, its only branch, 61 commits up to it, from 15 January 2018; the
     next commits, of January and February 2023, add English strings and two posts, not read):
     the site of CoderBot, by its configuration "An open, programmable robot", an educational
     robot made in Italy for teaching children to program (by its file names: a crowdfunding
     campaign and its goal reached, a university's study of it, Maker Faire reports, its version
     3.0, the Hour of Code, class projects), in Jekyll: `_posts/<date>-it-<slug>.markdown` and
     `_posts/<date>-en-<slug>.markdown` (17 Italian and 16 English; 749 to 7,788 bytes). The
     posts' commits are Roberto Previtera's (11 as "previ", one as "Previtera Roberto",
     roberto.previtera@gmail.com), 15 January 2018 to 7 February 2019; the repository's commits
     are his (60 under three names) and Antonio Vivace's (7: press, licence, videos). The seven
     posts dated 2014-10-01 share that date (a placeholder: the site was put in the repository in
     January 2018, its posts carried over from an earlier one). The message search's only hit:
     "english locale, add new hardware post" (January 2023, after the commit taken). Licence: GNU
     GPL v3.
- Pairs: a text counts only when its post exists in both languages, matched without reading it,
  by a table written from the file lists (EUTOPIAN_POSTS, CODERBOT_POSTS below). Eutopian: the
  Italian and the English post of the same date (each date holds at most one post a language);
  the front matter's `ref`, the site's own link between translations, agrees on 17 of the 18
  pairs (the eighteenth, of 26 August 2020, has `protocollo-intesa-cryptorivista` in Italian and
  `memorandum-understanding-cryptorivista` in English); three Italian posts have no English
  (13 May, 7 October and 11 November 2020) and pair nothing. CoderBot: the Italian and the
  English post of the same date and slug, or, where the slug is translated, of the same date
  (`versione-3-0` and `version-3-0`): 16 pairs; the Italian post of 7 February 2019 has no
  English and pairs nothing. The two posts of a pair pair as a whole, whatever their number of
  texts.
- Reading: a post's body only, by post_texts: the file read as UTF-8, its front matter (between the
  opening `---` and the next, with the title, subtitle, excerpt, tags, categories, dates, image and
  layout) dropped whole by the twenty-fourth set's split_front_matter, kramdown attribute lists
  (`{: ...}`, `{:: ...}`) and Markdown's link reference definitions (a line `[name]: address`, the
  target of a link written `[text][name]`) taken out, then the twenty-fourth set's
  markdown_paragraphs:
  paragraphs (blank-line separated), list items, headings and block quotes, each its own text;
  fenced and indented code, Liquid tags (`{% ... %}`, `{{ ... }}`), HTML comments, scripts, styles,
  iframes, forms and tables left out; HTML tags taken out with their attributes (a block tag ends a
  text), images taken out, a link read as its text (its address dropped), URLs, e-mail addresses and
  telephone numbers taken out, emphasis marks dropped, a few entities read. The holes it leaves, for
  the measuring session: a sentence whose URL, image or address was taken out keeps a gap ("visit
  for more", a space before a stop), and the telephone pattern also takes out year ranges and dates
  written with digits and dashes or slashes ("2014-2015", "15/11/2015"), as the fifty-second and
  fifty-eighth sets found; these are the reader's, not the writers' slips.
- Left out, decided before reading: every other file (pages, bios, the statute, forms, the
  `restart` webinar pages and their data, `_drafts`, `_data`, includes, layouts, CoderBot's HTML
  pages and building guides, its press and supporters pages, its news feeds); a post without its
  pair; a text repeated in a source is taken once; an Italian text equal to an English one (left
  untranslated) or written in English (benchmarks/text_round6.in_english) is left out, and an
  English text equal to an Italian one likewise (the twenty-fourth set's paired_paragraphs); a
  text holding "lorem ipsum" (any case). What that leaves out, from the counts above: Eutopian's
  English post of 22 April 2020 shares all seven of its lines with the Italian (left
  untranslated), and two pairs share two and three lines; of CoderBot's pairs of 2016 to 2018,
  the English files of six (of 1 October 2016, 1 June and 1 October 2017, 1 January, 2 February
  and 2 May 2018) differ from the Italian in two to five lines only (by the diff's size, little
  more than the front matter), so most of their texts are equal and drop out, and the texts left
  come mostly from the posts of 2014 and 2015 (the diff gives 18 to 88 differing lines a pair
  there) and from the partly translated ones of December 2017.
- Cap: each source is one document, capped at 2,500 words a language (WORDS_PER_SOURCE), its
  texts taken in a fixed mixed order (a hash of their text: the twenty-fourth set's sites_texts);
  the benchmark's `_capped` cleans and counts them, a text of fewer than three words dropped. By
  the counts above (bodies' words by a whitespace split, markup included): Eutopian's paired posts
  some 2,100 Italian and 2,200 English words, under the cap; CoderBot's posts 6,200 and 5,600,
  some 3,800 and 3,200 of them in lines the other language does not share, so its texts reach
  the cap, which keeps it at about half the set. Expected as loaded: some 4,000 to 4,800 words a
  language, within the brief's 3,000 to 8,000. Said here before the count, not made up; no
  source is added or dropped after it, and the bar above is not lowered to fill the set.
- The words are counted as the sixteenth to fifty-eighth sets' were: as loaded, and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US; the judged words chosen by
  benchmarks.text_measure.hunspell_alarms, not the engine's tokenizer), the reference, the only
  figure seen; not through bench_text_accuracy's `--mode bare`.
- Run without and with the clients' brand names (round60_names). Decided in the rule: the
  organisations' names as their site configurations give them, "Eutopian" and "CoderBot". Not
  the capitalised words of the text (partner associations, companies, universities, schools,
  programmes, people, places): a list drawn from them would be chosen by reading it.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the fifty-ninth's included), drawn with another seed (1261: 1205 plus the
  set's place in text_measure.LATER_SETS, where it is to follow the fifty-ninth set; it follows
  from that order). The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to fifty-eighth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round60_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and its
  sentence shows the writer's slip; the names of the organisations, their partners, companies,
  public bodies, universities, schools, programmes, campaigns, products and people, jargon (of
  digital policy, the European Union's programmes and funds, open data, privacy and blockchain;
  of educational robotics, coding, the Raspberry Pi and its boards, sensors and software;
  crowdfunding), acronyms, foreign words (English words in Italian text, Italian words in English
  text, Latin) and anything doubtful stay false alarms, and so do the reader's holes told above.
  Both figures are always reported: raw (every alarm) and net (alarms less the listed errors, a
  listed word subtracted at most as many times as it was flagged).
- Weaknesses, known from the file lists and logs and not read in the text: the set is two small
  sources, each the work of one man (Roberto Reale wrote Eutopian's posts; Roberto Previtera
  CoderBot's), so each writer's habits weigh on half the set; who wrote each English is not told and
  nothing rules out that a machine helped; Roberto Reale also committed to AgID's PEPPOL site, a
  source of the twenty-seventh set, so a writer of that set may be a writer of this one; the
  twenty-ninth set's builder saw Eutopian's statute in passing (not read here); Eutopian's news are
  short (28 to 331 words a post by the split) and name many bodies, programmes and acronyms;
  CoderBot is an educational project (a robot, its community, a university's research) more than a
  company, its dates of 2014 are placeholders, and six of its sixteen English posts are mostly
  copies of the Italian, which the pairing leaves out, so its texts lean on a few posts of 2014,
  2015 and 2017 to 2018; the posts are Markdown with Liquid, images and embedded video frames, which
  the reader takes out, leaving the holes told above.

What was found (the snapshots extracted at 23:25 UTC by tools/extract_text_snapshot.sh, which kept
every post read: 42 of Eutopian's, 33 of CoderBot's, none to add with `git show`; the reader run
on them and the texts holding `<`, `>`, `{`, `}`, `[`, `]`, `|`, `@`, `$`, `%`, `#`, `*`, `_`, a
backslash, a replacement character, an entity, an address, a double space, a space before a
stop, comma, colon, semicolon or mark, or empty brackets listed at 23:25 UTC, five texts of each
language, drawn at random, read at 23:25 UTC to check it; the words counted and bare Hunspell run
at 23:25 UTC; nothing of the rule's sources, posts, exclusions, cap or names changed after):

- One fix of the reader, made at 23:25 UTC after its first run and before any count: CoderBot's
  posts of 2014 keep their links' targets as Markdown reference definitions at their end
  (`[name]: address`, nine lines in each language in two posts), which markdown_paragraphs read
  as a text of addresses (one English text); post_texts now drops them (the Reading bullet above
  says so), as it drops any link's address. No other text holds markup, Liquid, an attribute, an
  entity or an address.
- Texts after the pairing and the removal of repeats and untranslated ones: Eutopian 80 Italian
  (2,019 words by a whitespace split) and 88 English (2,185); CoderBot 115 (3,343) and 100 (3,063).
  Listed by the check, the writers' own and left as they are: hashtags ("#Restart"), a file kind
  ("in .pdf"), "#RGB" and programming blocks' names with their slots in brackets ("get image average
  [Hue|Color]", "record as file [file] of seconds [seconds]"). The reader's, as the rule foresaw:
  "nella programmazione del bilancio comunitario , si aggiungeranno", where the telephone pattern
  took out "2021-2027" (not the writer's space). Seen in the counts, not in the Italian: three of
  CoderBot's English texts (69, 18 and 90 words, from a Maker Faire report of 2014 and the
  crowdfunding campaign's post of February 2018) are Italian, left untranslated in the English file
  but not equal to the Italian file's texts, so the pairing keeps them (the rule leaves out an
  English text only when it equals an Italian one); their words are foreign words in English text,
  false alarms by the rule. The texts drawn at random: in Italian a link to a protocol of agreement
  "in inglese", a professional activity in a list of members' kinds, a maze game of a class project,
  a goal of the national strategy for digital skills, the Immuni app and open source; in English a
  link to a manifesto, the didactic robot as a tool for creativity, "The OcaBot (or Snake and
  Ladders) game", a professional activity under an Italian law, and Eutopian's joining of Repubblica
  Digitale.
- As loaded (the benchmark's `_capped`, at 2,500 words a source; counted at 23:25 UTC): 4,513
  Italian words in 159 texts (Eutopian 2,011, CoderBot 2,502) and 4,678 English words in 159
  texts (2,175 and 2,503), within the rule's estimate of 4,000 to 4,800 and the brief's 3,000 to
  8,000; CoderBot at the cap, 55 % of the Italian and 54 % of the English as loaded, about half as
  the rule meant.
- Bare Hunspell's figures, the reference (the only ones seen), computed with
  benchmarks.text_measure.hunspell_alarms (pyenchant, it_IT and en_US, on the words its split
  gives, the judged ones chosen by its `checkable`): Italian 2.12 unknown words per 100 (97 of
  4,576), English 2.52 (117 of 4,649). The Italian keeps "Eutopian" 7, English words of digital
  policy and technology ("blockchain" 5, "tag" 3, "of" 3, "fintech", "webinar", "procurement",
  "coding", "wi" and "fi", "civic engagement", "capacity building", "best practices",
  "governance", "nonprofit", "leadership", "brain storming"), elided pieces ("l'" 3, "dell'" 2),
  "princìpi" with its accent, "europrogettazione", "multisettoriali", "interoperabili",
  "millefori", "lasercutter", "blockly", "raspberry", "gerber", and forms no dictionary has, in
  CoderBot's posts ("decondifica", "scegliedo", "performace", "breadborad", "ruomore",
  "sfuttare", "chei", "prensentati", "eveolversi", "onosciuto", "ricongnizione"); the English
  keeps "Eutopian" 7, British spellings ("colour" 5, "digitisation" 2, "analyse" 2, "organised"
  2, "recognises", "labour", "organisations", "organise", "behaviour", "maximise"), Italian
  words (the three Italian texts above: "che" 3, "un" 3, "campagna" 3, "questa" 2, "più" 2 and
  some 30 more once each), "faire" 2 (Maker Faire), "fintech" 2, "europlanning", "wifi",
  "barcode", "zbar", "pyaudio", and forms no dictionary has, in both sources ("tbat", "oncepts",
  "trasformation", "recongnition", "informations", "speker", "fovorited", "mmembers", "tect",
  "moster", "moveable", "foundamental", "direclty", "instllation"): signs of a human hand writing
  in a hurry, seen only in that list. Recall and top three, which need the benchmark's planted
  errors, were not computed: the benchmark was not run on the set. These words (their sentences
  not read but for the texts drawn above) are left for the measuring session's adjudication like
  any other; nothing of the engine was changed for them, nor was the engine run.
- Names for the "+names" run, as the rule gives them: two.

The rule as first written, at 23:24 UTC, is the text above without what was found and without the
link reference definitions in its Reading bullet (added with the reader's fix at 23:25 UTC,
before any count); five of its statements of fact were put right at 23:24 UTC, before the
snapshots were extracted and any text was read (Eutopian's smallest Italian post, 457 bytes; its
deployment commits, 844 and all on `gh-pages`; CoderBot's English copies, six and not five, with
18 to 88 differing lines in the pairs of 2014 and 2015; the words a post "by the split"); what was
found was added at about 23:26 UTC; no source, post, exclusion, cap or name changed.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    by_table,
    checked_snapshots,
    lorem_free_reader,
    markdown_paragraphs,
    require_kept_files,
    sites_texts,
    split_front_matter,
)

# per source and language: CoderBot's posts reach it, which keeps it at about half the set
WORDS_PER_SOURCE = 2500
# The repositories the rule names (a snapshot folder, `owner+name`), with the commit the rule read
# (the last of each default branch before 30 November 2022).
SNAPSHOTS = {
    "reale+eutopian": "481beb6fa32bd5c91e7890383204213a3d858995",
    "CoderBotOrg+website": "59b9f3a4fddb641dfa46469d401670f77a14ae4f",
}
# The organisations' names, as their site configurations give them.
NAMES = ("Eutopian", "CoderBot")

EUTOPIAN = "reale+eutopian"
CODERBOT = "CoderBotOrg+website"

# Eutopian's news, Italian post -> English post of the same date (paths inside the snapshot), a
# table written from the rule's file list
_EUTOPIAN_NAMES = {
    "2020-02-03-digital-competences-manifesto": "2020-02-03-digital-competences-manifesto",
    "2020-02-18-2si-per-regioni-e-comuni": "2020-02-18-2si-per-regioni-e-comuni",
    "2020-04-22-protocollo-intesa-p4c": "2020-04-22-protocollo-intesa-p4c",
    "2020-05-08-adesione-repubblica-digitale": "2020-05-08-joining-repubblica-digitale",
    "2020-05-09-europe-day-2020": "2020-05-09-europe-day-2020",
    "2020-05-18-manifesto-comunicazione-non-ostile": (
        "2020-05-18-manifesto-non-hostile-communication"
    ),
    "2020-06-01-ecco-come-sara-immuni-intervista-open": (
        "2020-06-01-here-is-what-immuni-will-look-like-interview-open"
    ),
    "2020-08-06-protocollo-intesa-italia4blockchain": (
        "2020-08-06-memorandum-understanding-italia4blockchain"
    ),
    "2020-08-07-protocollo-intesa-stampa-romana": (
        "2020-08-07-memorandum-understanding-stampa-romana"
    ),
    "2020-08-16-eutopian-partecipa-strategia-nazionale-competenze-digitali": (
        "2020-08-16-eutopian-joins-national-strategy-digital-skills"
    ),
    "2020-08-26-protocollo-intesa-cryptorivista": (
        "2020-08-26-memorandum-understanding-cryptorivista"
    ),
    "2020-08-28-protocollo-intesa-cri": "2020-08-28-protocol-agreement-cri",
    "2020-09-04-fondi-europei-oltre-next-generation-eu": (
        "2020-09-04-eu-funding-beyond-next-generation-eu"
    ),
    "2020-12-23-living-in-eu": "2020-12-23-living-in-eu",
    "2021-01-07-protocollo-intesa-ocp-synapta": "2021-01-07-ocp-synapta-protocol-agreement",
    "2021-02-10-protocollo-intesa-ibno": "2021-02-10-ibno-protocol-agreement",
    "2021-02-11-eutopian-aderisce-a-confassociazioni": "2021-02-11-eutopian-joins-confassociazioni",
    "2021-03-04-procollo-intesa-privacy-network": "2021-03-04-privacy-network-protocol-agreement",
}
EUTOPIAN_POSTS = {
    f"it/_posts/{italian}.md": f"en/_posts/{english}.md"
    for italian, english in _EUTOPIAN_NAMES.items()
}

# CoderBot's posts, (date, Italian slug, English slug), a table written from the rule's file list
_CODERBOT_NAMES = (
    ("2014-10-01", "board-2-0", "board-2-0"),
    ("2014-10-01", "coderbot-nuovo-sito", "coderbot-nuovo-sito"),
    ("2014-10-01", "hour-of-code-2014", "hour-of-code-2014"),
    ("2014-10-01", "mmt15-post", "mmt15-post"),
    ("2014-10-01", "mmt15", "mmt15"),
    ("2014-10-01", "prj-learn-1", "prj-learn-1"),
    ("2014-10-01", "prj-play-1", "prj-play-1"),
    ("2015-11-15", "versione-3-0", "version-3-0"),
    ("2016-10-01", "mmt16-post", "mmt16-post"),
    ("2017-06-01", "erw17-post", "erw17-post"),
    ("2017-10-01", "mmt17-post", "mmt17-post"),
    ("2017-12-10", "mfr17-post", "mfr17-post"),
    ("2017-12-15", "robo-edu", "robo-edu"),
    ("2018-01-01", "unimib-why-post", "unimib-why-post"),
    ("2018-02-02", "campagna", "campagna"),
    ("2018-05-02", "obiettivo-raggiunto", "obiettivo-raggiunto"),
)
CODERBOT_POSTS = {
    f"_posts/{date}-it-{italian}.markdown": f"_posts/{date}-en-{english}.markdown"
    for date, italian, english in _CODERBOT_NAMES
}

POSTS: dict[str, dict[str, str]] = {EUTOPIAN: EUTOPIAN_POSTS, CODERBOT: CODERBOT_POSTS}

# The extraction keeps every file the set reads (`.md`, `.markdown`): none is added with `git
# show` (tools/text_snapshots.py reads this)
ADDED_FILES: dict[str, tuple[str, ...]] = {}


def fetch_round60(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh,
    which keeps the `.md` and `.markdown` posts read); a missing snapshot, or one at another
    commit than the rule's, stops the run, and so does a missing post (site_paragraphs).
    """
    return checked_snapshots("round60", SNAPSHOTS, root)


# kramdown's attribute lists and extensions: `{: .class}`, `{:target="_blank"}`, `{::nomarkdown}`
_KRAMDOWN_IAL = re.compile(r"\{:[^{}\n]*\}")
# a Markdown link reference definition, a line of its own: `[name]: address "title"`
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)


def post_texts(path: Path) -> list[str]:
    """Return a Jekyll post's texts: its body only (the front matter dropped whole), kramdown
    attribute lists and link reference definitions taken out, then read by the twenty-fourth
    set's markdown_paragraphs (code, Liquid, HTML comments, scripts, iframes and tables left out;
    tags, images, URLs, addresses and telephone numbers taken out, links read as their text)."""
    _front, body = split_front_matter(path.read_text("utf-8", errors="replace"))
    return markdown_paragraphs(_LINK_DEFINITION.sub("", _KRAMDOWN_IAL.sub(" ", body)))


def post_pairs(repo: str) -> Callable[[Path], Iterator[Pair]]:
    """Return a source's reader: its Italian and English posts of POSTS, each read by post_texts
    and paired as a whole; a snapshot lacking any post the rule names stops the run."""

    def pairs(site: Path) -> Iterator[Pair]:
        table = POSTS[repo]
        paths = [path for pair in table.items() for path in pair]
        require_kept_files("round60", site, repo, SNAPSHOTS[repo], paths)
        yield from by_table(site, site, table, post_texts)

    return pairs


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {repo: post_pairs(repo) for repo in POSTS}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round60_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's two sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round60(root))


def round60_names() -> list[str]:
    """Return the clients' brand names for the second measure: the organisations' names, as the
    rule gives them."""
    return sorted(NAMES)
