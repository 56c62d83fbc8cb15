"""The thirty-sixth held-out text set (issue 17, thirty-sixth round), by a rule written first.

The rule, written on 6 December 2026 at 14:42 UTC (`date -u` read 14:42:23 just before it was
written) before any figure of our engine on the set was seen, before any page of its sources was
read (but for what is owned below) and before any of its words was counted, and never to be
measured by the session that wrote it: by a later session. The session that wrote it had read
the thirty-fourth, thirty-third and thirty-second sets' code, rules and tests, the shared helpers
of benchmarks/text_round24.py and text_round31.py, the wiring of the earlier sets
(benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py) and
tools/extract_text_snapshot.sh, measured none of them, and, to choose the sources, had listed
public GitHub repositories and their files (the search index's repository and file lists: found
by names such as `associazione`, `festival`, `museo`, `fondazione`, `onlus`, `proloco`,
`hacklab`, `hackerspace`, `makerspace`, `fablab`, `coderdojo`, `linuxday`, `devfest`, `gdg-`,
`tedx`, `circolo`, `ecomuseo`, `biblioteca`, `filarmonica`, `scuola`, `volontari`, `comunita`,
`-odv`, `-ets`, `-aps`, `italia.github.io`, `grusp`, `hermescenter`, `italiancpp`,
`endsummercamp`, `metro-olografix`, `lascuolaopensource`, `squadracorse`, `polito`, `eagletrt`,
`monithon`, `opendatasicilia`, and by paths such as `content/_index.it.md`,
`content/it/_index.md`, `content/it/eventi.md`, `content/it/statuto.md`,
`content/it/chi-siamo.md`, `content/it/about.md`, `content/it/contact.md`,
`content/it/privacy.md`, `content/it/faq.md`, `content/en/chi-siamo.md`,
`content/en/contatti.md`, `content/en/events/_index.md`, `content/italian/_index.md`,
`content/italiano/_index.md`, `content/about.it.md`, `content/about/index.it.md`,
`content/news/_index.it.md`, `content/projects/_index.it.md`, `content/it/home/about.md`,
`content/it/blog/_index.md`, `it/index.md`, `it/chi-siamo.md`, `it/chi-siamo.html`,
`en/chi-siamo.html`, `it/about.md`, `it/contatti.md`, `it/eventi.md`, `it/statuto.md`,
`statuto.html`, `en/statuto.html`, `_i18n/it.yml`, `_data/it.yml`, `_data/i18n/it.yml`,
`_data/locales/it.yml`, `_data/lang/it.yml`, `src/it/index.md`); then the snapshots of the
chosen repositories and of six others: their trees (`git ls-tree`, with the byte sizes of the
page files), branches, the authors, e-mail addresses and dates of every commit, the subjects of
the commits, a search of every commit message of every branch for words that mark machine
translation, generated text, agents and bots (DeepL, GPT, Copilot, Claude, Cursor, Gemini,
"machine", "automat", "AI", LLM, "generat", "Google Translate", "tradu", "translat"), a search of
every branch's history for agent files (CLAUDE.md, AGENTS.md, GEMINI.md, `.claude`, `.cursor`,
`.clinerules`, `.github/copilot-instructions.md`), the first line of every page of the first two
sources (`---`, a YAML front matter), the `<html>` tag and the `<title>` of five pages of the
third source and of four pages of a refused site, the first three lines of two READMEs and the
first two of one licence file. Owned, as text seen before the rule: a search of the first
source's Hugo configuration for its language settings also printed the site's title and
subtitle in each language (two lines); a command meant to print only the key names of one of
the second source's author files (`data/authors/giuliov.yaml`) also printed the lines of its
values, an author's short biography in English (two lines) and in Italian (three lines); and
the second source's configuration gave its two titles ("GetLatestVersion – Europe", "...
Italia"). Nothing was chosen or refused for what those lines said. The search index's
full-text search was not used, so no opening of any file was shown in passing. After it was
written the snapshots are to be extracted, a few of their texts read to check the reader, the
words counted and bare Hunspell, the reference, run on them through pyenchant; never our
engine. What was found is told below, with its time.

- Like the twenty-fourth to twenty-sixth and the thirty-second sets (web copy) and unlike the
  thirty-first, thirty-third and thirty-fourth (apps' strings, a research group), this set is
  the web copy of Italian non-commercial bodies that address the public: an association that
  runs a hackerspace, a community of practitioners that publishes articles and meets, and an
  association that mentors young people and start-ups of a region; written in Italian and in
  English by the bodies' own people, read from snapshots of the repositories of their sites (a
  folder per repository, `owner+name`, under the folder named by $TEXT_SNAPSHOTS; see
  tools/extract_text_snapshot.sh, which keeps Markdown, YAML and HTML). Two sources, of two
  owners, in this order (the rule as first written named three; the first, hack.bs.it, was
  refused at 14:43 UTC by the rule's own criterion, before any word was counted: below, under
  "What was found"):
  1. Getlatestversion/getlatestversion.eu-source (commit 1a0a2d64, 8 July 2022, the head of
     `master`; April 2020 to July 2022): "GetLatestVersion public site" (its README),
     GetLatestVersion, a community of Italian practitioners of DevOps and of Microsoft's
     development tools (its titles: "GetLatestVersion – Europe" and "GetLatestVersion –
     Italia"): its home and "about" pages, its members' articles and their short biographies, in
     Hugo with a language per file name (`<name>.it.md` beside `<name>.en.md`, or beside
     `<name>.md`, English the default by `config/_default/config.yaml`), each page with a YAML
     front matter, and the authors' data files (`data/authors/*.yaml`, a `ShortBio` with an `en`
     and an `it` text). No licence file. Commits (328): 176 by Giuliano Latini, 55 by Giulio
     Vian, 40 by Bartolomeo Lombardi (two spellings), 26 by Alessandro Alpi, 10 by Matteo Emili,
     12 by Gian Maria Ricci (two spellings), 4 by Daniele Pozzobon, 2 by Michele Ferracin, 2 by
     Igor Antonacci, 1 by andreasturiale: the community's own members, each writing his own
     articles. No bot, no agent file in any branch's history; the commit-message search's only
     hits are "Generate annunced posts counter" (a script counting posts) and one
     "Configuration of annunce.data generator".
  2. andreasimonetti/boostabruzzo, branch `gh-pages` (commit 563305de, 14 October 2024, the
     branch's head; September 2020 to October 2024; `master` holds one commit of September 2020,
     a stub of three files): "BoostAbruzzo - Il futuro parte dalle tue radici" and "BoostAbruzzo
     - The future starts from your roots" (its home pages' titles), an association (its statute,
     `statuto.html`; its donations page) that connects people from Abruzzo in Italy and abroad
     with the region's young people and start-ups: mentoring, a start-up camp, interviews with
     founders, a blog, in plain HTML made with Mobirise (`project.mobirise`): the Italian pages
     at the top and the English in `en/`, eighteen pages with the same name in both. No README,
     no licence file. Commits (168): all by Hasir Belek; the English pages came from October
     2021 ("new intervista, en website") to April 2024. No bot, no agent file in any branch's
     history, no hit of the commit-message search.
  Named first by the rule as first written, and refused at 14:43 UTC (under "What was
  found"); its description kept as written:
  0. h4ckbs/hack.bs.it (commit 4a7a6ee6, 24 March 2025, the head of its default branch
     `master`; December 2022 to March 2025): "hack.bs.it" (its README: "Source code of the
     hackerspace's website"), the site of hack.bs, the hackerspace of Brescia: its space, its
     coworking, its events, its blog, its donations and its transparency report, in Hugo with
     a folder a language (`content/en/` and `content/it/`, English the default by
     `config.toml`), each page with a YAML front matter. Licence: CC BY-SA 4.0 (LICENSE).
     Commits (43): 32 by Alekos Filini, 10 by Daniela Brozzoni, one by Parsevalbtc (an edit of
     the home page); the site was first written in English ("Initial hack.bs website", December
     2022) and put into Italian by Daniela Brozzoni ("Translate to italian, little fixes...
     ...to the english version", December 2022), who later wrote pages in both languages. No
     bot, no agent file in any branch's history; the only hit of the commit-message search is
     that commit's "Translate".
  Judged before reading any text, not after: a repository is not taken when it shows marks of
  generated or machine-translated text (agent instruction or settings files in any commit of
  any branch; pages committed by an agent or a bot; a README, file or commit saying the text
  was generated or translated by a machine or by AI; a site uploaded whole in 2025 or 2026 with
  nothing telling how it was written), when it is a template, theme demo, example, school
  exercise or a copy of another repository, when its text is in code, a CMS or a kind the
  extraction does not keep, when it is a business's, or when it is not bilingual. The three
  show none of these marks. After reading, no source is dropped for the quality of its Italian
  or English. No repository of an earlier text set or image part, nor one the earlier sets
  refused (checked by `grep` of each owner and name in benchmarks, tests, docs,
  CONTRIBUTING.md and README.md: none found), and none listed by the session building the
  thirty-fifth set at the same time (its picks file read: small businesses' sites).
  Said as weaknesses before counting: few bilingual sites of Italian non-commercial bodies were
  left in the index that the earlier sets had not taken or refused and that showed no marks of
  generated text, so the set has three sources, the least the brief allowed, and is smaller
  than asked (below); hack.bs.it's Italian is a translation of its English by one of its members
  (said by the commit), so the Italian, not the English, is the second text; nothing tells who
  wrote BoostAbruzzo's English (one account committed everything) nor GetLatestVersion's (its
  authors are Italian; most of its articles are in one language only and drop out by the
  pairing); GetLatestVersion's articles are technical (DevOps, Azure DevOps, Git); BoostAbruzzo
  is of 2020 to 2024 and hack.bs.it of 2022 to 2025, years when writing or translating with a
  chat assistant was possible, though nothing in either repository marks it.
  Refused, before reading any of their pages:
  agent files or commits by an agent: SviluppoItaliaDigitale/sito-misericordia-ariccia (a
  volunteer confraternity's site built in 2026: CLAUDE.md and eight commits by "Claude"),
  Associazione-Montessori-Vallagarina/montessorivallagarina.it (CLAUDE.md),
  Metro-Olografix/olografix.org (a hacker association's site: CLAUDE.md),
  Comunita-Sassifraga/Wild-Working (AGENTS.md, CLAUDE.md; an application besides),
  aurislab25-debug/auris_lab (`.claude`; a shop);
  uploaded whole in 2026, nothing telling how written: OLIMAT-Treviso/OLIMAT-Treviso.github.io
  (a mathematics olympiad's site, March 2026), unigelabvision/retinalab (a university lab's
  page, one afternoon of February 2026, a few hundred bytes a page),
  divinoamoreproject/DivinoAmore (nine languages);
  a theme's demo content left in: mvlombardo/iit_land (a research lab's Wowchemy site with the
  theme's "getting started" posts and galleries in its Italian folder), RiTA-nlp/website (a
  research community's site on a theme with its demo authors and posts; two pages paired),
  sustainablesardinia/sustainablesardinia.github.io (Jekyll's welcome posts);
  Italian only, or other languages than English: arenagiovani-it/arenagiovani-it.github.io,
  GrUSP/torino.grusp.org, italiancpp/static-site (a WordPress export), opendatasicilia,
  Risorse-Associazione-Culturale/risorse-associazione-culturale.github.io,
  coinsieme-ets/sito-coinsieme, assobit/assobit.github.io, almatellus/almatellus.github.io,
  hzlabunishtaitalia/sitoweb (Italian and Macedonian), logiunion/logiunion.github.io (not
  Italian), 3tw/Go4Trail (a race whose site is Slovenian first);
  the text in code, a CMS or a kind the extraction does not keep:
  ddomizia/calico-odv-website (Next.js), lascuolaopensource/website and sito_ODE (Kirby's
  `.txt`), level73/Monithon (PHP language files), Monithon/Monithon-2.0 (Django templates);
  a business's site, or not plainly non-commercial: muleml/web, turnintocoders/website (a
  coding bootcamp with fees), MrApozzo/ionfund-sito (Webflow's export), danielep11/academymra;
  no snapshot to be had here: AlessandroDellAcqua/Politics_Hub_APS, vecna/sito-sindacato;
  and the twenty-fourth to thirty-fourth sets' refusals, for their reasons.
- Pairs: a page counts only when it exists in both languages, matched without reading it: on
  hack.bs.it, `content/it/<path>` with `content/en/<path>`; on GetLatestVersion,
  `<name>.it.md` with `<name>.en.md` beside it, or with `<name>.md` when there is no
  `<name>.en.md` (English is the default language), and an author file's `ShortBio` `it` text
  with its `en` text; on BoostAbruzzo, `<page>.html` with `en/<page>.html`, by a table written
  from the file list (eighteen pages). The pairs matter for what is left out, not for order:
  each source is one document in a language, its texts in a fixed mixed order.
- Left out, decided before reading: READMEs, licence files, configurations, layouts, themes,
  `static/`, `archetypes/`, Hugo's `i18n/` menu strings; hack.bs.it's `cypherpunks` page (by its
  name, a page about, and perhaps quoting or translating, Eric Hughes's "A Cypherpunk's
  Manifesto": text that may be another's, left out rather than read to find out);
  GetLatestVersion's `content/page/privacy.md` and its single-language articles (no pair), the
  authors' names, pictures and social links; BoostAbruzzo's pages without an English page
  (`statuto.html`, `donazioni.html`, `partners.html`, `privacy.html`, `newsletter.html`, the
  interviews without an English version, `index-boosted.html`, `oldblog.html`,
  `blog_old_tmp.html`, `linkedin.html`, `intervista-popup.html`); front matter values under a
  `keywords` key (search engines' keyword lists) besides the twenty-fourth set's keys left out;
  scripts, styles, forms, navigation, header and footer (the reader's own choice, below). A
  text holding "lorem ipsum" (any case) is left out.
- Reading: Markdown pages and HTML pages as the twenty-fourth set reads them (page_texts: the
  front matter's prose values of at least two words, then the body's paragraphs, list items and
  headings; Hugo's shortcodes taken out; HTML through the twenty-second set's light tree, a line
  break ending a text; links read as their text; URLs, e-mail addresses and telephone numbers
  taken out), and every HTML entity read as its character (html.unescape); an author's short
  biography read from its YAML (the lines under `ShortBio`'s `it` or `en` key, or its value on
  the key's line, joined as YAML joins a plain scalar, a blank line ending a text), then the
  twenty-fourth set's inline_text. A text repeated in a source is taken once; an Italian text
  equal to an English one of the same source (left untranslated) or written in English
  (benchmarks/text_round6.in_english) is left out, and an English text equal to an Italian one
  likewise (the twenty-fourth set's paired_paragraphs).
- Caps: a source is one document, capped at 5,000 words a language (WORDS_PER_SOURCE, the
  thirty-third set's), its texts taken in a fixed mixed order (a hash of their text), so the
  cap samples the whole source; the benchmark's `_capped` cleans and counts them, a text of
  fewer than three words dropped. The aim was 10,000 words a language. The sizes seen promise
  less: hack.bs.it's paired pages some 30 KB of Markdown a language (perhaps 3,000 to 4,000
  words), GetLatestVersion's five paired pages and eight biographies some 15 KB (perhaps 1,500
  to 2,500 words), BoostAbruzzo's eighteen English pages 330 KB of Mobirise's HTML, mostly
  markup (perhaps 3,000 to 6,000 words, the Italian pages larger): some 7,000 to 10,000 words a
  language, said here, before the count, not made up. No source is added or dropped after it.
- The words are counted as the sixteenth to thirty-fourth sets' were: as loaded, and as judged
  by a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the only
  figure seen; run through pyenchant, not through bench_text_accuracy's `--mode bare` (which
  judges by the engine's own tokenizer and filters and first fetches every earlier set), as for
  the thirtieth to thirty-fourth sets.
- Run without and with the client's brand names (round36_names). Decided in the rule: each
  body's own name as its site gives it, less what follows a dash: "hack.bs" (its site's
  title), "GetLatestVersion" (its README and titles), "BoostAbruzzo" (its pages' titles). Not
  the capitalised words of the text: a list drawn from them would be chosen by reading the text.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the thirty-fifth's included), drawn with another seed (1237: 1205 plus
  the set's place in text_measure.LATER_SETS, where it is to follow the thirty-fifth set, built
  at the same time by another session; it follows from that order). The generated slips are
  drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to thirty-fifth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round36_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the slip; the names of associations, communities, people, places, firms,
  start-ups, programs, services and products, jargon (of hackerspaces, electronics, Bitcoin and
  cryptography, of DevOps, Azure DevOps, Git and software building, of start-ups, mentoring and
  investment), acronyms, key and parameter names, foreign words (Latin, dialect, English words
  used in Italian text and Italian words in English text), and anything doubtful stay false
  alarms. Both figures are always reported: raw (every alarm) and net (alarms less the listed
  errors, a listed word subtracted at most as many times as it was flagged).

What was found (the snapshots extracted at 14:43 UTC; the reader run on them, the texts holding
leftover markup listed and five texts of each source and language, drawn at random, read at
14:43 UTC to check it; the words counted at 14:44 UTC):

- hack.bs.it refused, by the rule's own criterion ("a README, file or commit saying the text
  was generated or translated by a machine or by AI"), at 14:43 UTC, when the reader was first
  run and before any word was counted: among the five Italian texts drawn at random to check
  the reader was the closing line of its blog post "Wen Open" (March 2023), which says the post
  was translated from English with ChatGPT, and among the English ones that post's footnote,
  which says its closing paragraph was written by ChatGPT. A search of the three snapshots'
  pages for the names of such tools (ChatGPT, GPT, DeepL, Copilot, Gemini, Claude, "Google
  Translate", "translated by", "tradotto con", "generated by") then found nothing else in the
  pages of the other two (one hit, "deepl", was inside "deeply" on hack.bs.it; one, on a
  GetLatestVersion article in Italian only, is outside the pairs). As the rule refuses a
  repository for such a mark (as the thirty-fourth set refused PCAPdroid for "AI assisted"
  translations, though most of its history predates them), the whole repository is refused,
  not the one post: its Italian was written by translating its English from December 2022, two
  weeks after ChatGPT was released, and nothing tells which other pages were put into Italian
  the same way. This is a change of the set's sources after reading, made before counting and
  said here; it is the rule's criterion, not a judgement of the text's quality. No source was
  added for it: the set has two sources, one fewer than the brief's least, and is smaller than
  the rule's estimate. The rule's other mentions of hack.bs.it (the hackerspace among the set's
  kinds in its first item, "The three show none of these marks", its description, its pairing,
  its `cypherpunks` page, its size, its name "hack.bs" for the "+names" run, and the weakness
  that its Italian is a translation) and the weakness that the set has three sources are kept
  as first written and no longer apply; its snapshot (/tmp/text_snapshots/h4ckbs+hack.bs.it, at
  4a7a6ee6) is not read by the set.
- The reader needed no change: the texts holding `<`, `>`, `{`, `}`, `|`, a backslash or an
  entity were three of BoostAbruzzo's in each language, links ending in an arrow written ">"
  ("BoostLog >", "Come una catapulta! >"), as published. Pairs found, by the rule's matching:
  GetLatestVersion 14 (the five paired pages, the search page among them, which holds no text
  of two words, and the eight authors' biographies, all eight in both languages), BoostAbruzzo
  18. Texts after the pairing and the removal of repeats and untranslated ones, Italian and
  English: GetLatestVersion 57 and 88, BoostAbruzzo 324 and 121 (its Italian pages are larger:
  the Italian mentors' page is twice the size of the English one). One of BoostAbruzzo's
  English pages keeps an Italian paragraph (an interview's introduction, left untranslated):
  read as it stands, as the rule says.
- As loaded (the benchmark's `_capped`, at 5,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 14:44
  UTC): 5,467 Italian words in 284 texts and 4,891 English words in 177 texts: about half the
  10,000 asked for, below the rule's estimate of 7,000 to 10,000 made with three sources; no
  source was added. No source reaches the cap. By source, Italian and English:
  GetLatestVersion 1,662 and 2,144 (49 and 78 texts), BoostAbruzzo 3,805 and 2,747 (235 and 99).
  A small set of two sources: it should be read with the twenty-fourth to twenty-sixth and the
  thirty-second sets', not alone.
- The words judged, split by the sixteenth set's plain rule, 4,117 Italian and 4,140 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 6.51 unknown words per 100 (268), English 2.32 (96). The Italian keeps much
  English: the mentors' job titles and the start-ups' words ("expat" 14, "mentor" 13,
  "mentorship" 6, "startup", "founder", "advisor", "board", "Chief", "Head", "Principal",
  "Executive", "strategy", "supply chain"), Git's and DevOps's words in the articles ("cherry"
  13, "pick" 12, "commit" 9, "git" 7, "merge", "branch", "checkout", "repository", "push",
  "binary composition"), "community", "cloud", "blockchain", names ("Apio" 6, "Palusci"),
  dialect ("lu fije", "surgitt", "arrosticini") and Italian that it_IT's Hunspell lacks
  ("versionamento", "spacchettamento", "geolocalizzate", "customizzata", "addice"); the English
  keeps British spellings ("programme" 3, "digitalisation" 3, "favourite" 3, "behaviours",
  "counselling", "specialises", "organise", "realised", "centres", "savour", "mobilisation",
  "internationalisation"), names ("Apio" 6, "Fabio" 5, "Abruzzo"), dialect and the Italian
  paragraph left in an English page (some twenty words: "professionista", "abruzzese",
  "radici", "regione", "intervistarlo", "rubrica", "speriamo"...). Recall and top three, which
  need the benchmark's planted errors, were not computed: the benchmark was not run on the set.
  Seen in passing, in bare Hunspell's list of unknown words, and left for the measuring
  session's adjudication like any other (nothing of the engine was changed for them, nor was the
  engine run): in the Italian, "commmit", "effettuto", "illustrero", "svilppo",
  "Generalemente", "svilupattori", "coferma", "notra", "completemente", "Softwre", "Projet",
  "nonchè" 2, "poichè" 2, "gia" 2, "piu", "pò", "daun" 2; in the English, "brough", "notra"
  (in the Italian paragraph).
- Names for the "+names" run, as the rule gives them less hack.bs.it's: two.

The rule as first written, at 14:42 UTC, is the text above without what was found, and with
three sources in its list (hack.bs.it first, its description now standing after the list); what was found was added at about 14:45 UTC. Changed after the rule was
written, each said above: hack.bs.it refused (14:43 UTC, before any count); the rule's count of
the other snapshots read ("eight others", put right at 14:43 UTC, before the snapshots were
extracted, to "six others"). No other source, page, exclusion, cap or name changed.

Measured once, by a later round (not the session that wrote this rule), at its end, and never
before.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    by_table,
    checked_snapshots,
    inline_text,
    lorem_free_reader,
    sites_texts,
)
from benchmarks.text_round35 import site_page_texts as page_texts_unescaped

# per source and language, as the thirty-third set's
WORDS_PER_SOURCE = 5000
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (BoostAbruzzo's: the head of its branch `gh-pages`); hack.bs.it, named by
# the rule as first written, refused at 14:43 UTC by the rule's own criterion (its docstring).
SNAPSHOTS = {
    "Getlatestversion+getlatestversion.eu-source": "1a0a2d6472da297d0c9b913c5a1c19a17151c3c9",
    "andreasimonetti+boostabruzzo": "563305de6e51238912bf3d21a4ce62aa5a4d7b94",
}
# Each body's own name, as its site gives it (less what follows a dash).
NAMES = ("GetLatestVersion", "BoostAbruzzo")


def fetch_round36(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round36", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# Pages: the twenty-fourth set's page_texts, less a front matter's `keywords`, every HTML entity
# read as its character.


def _not_keywords(path: tuple[str, ...]) -> bool:
    return not any(key.lower() == "keywords" for key in path)


def site_page_texts(page: Path) -> list[str]:
    """Return a page's texts (Markdown or HTML) as the twenty-fourth set reads them, a front
    matter's `keywords` left out, every HTML entity read as its character (the thirty-fifth
    set's reader)."""
    return page_texts_unescaped(page, _not_keywords)


# ---------------------------------------------------------------------------------------------
# GetLatestVersion: Hugo, a language per file name (`.it.md`; `.en.md`, or none for English, the
# default), and the authors' short biographies in `data/authors/*.yaml`.

GLV_LEFT_OUT = frozenset(["page"])  # content/page/privacy.md: no pair, said in the rule


def _glv_english(it_page: Path) -> Path | None:
    stem = it_page.name.removesuffix(".it.md")
    for name in (f"{stem}.en.md", f"{stem}.md"):
        if (it_page.parent / name).is_file():
            return it_page.parent / name
    return None


_YAML_KEY = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z_][\w-]*) *: *(?P<value>.*)$")


def short_bio(path: Path, lang: str) -> list[str]:
    """Return an author file's `ShortBio` text in a language: the value on the language key's
    line, or the lines indented under it, joined as YAML joins a plain scalar (a blank line
    ending a text; a `|` or `>` block read the same way); then inline_text and HTML entities."""
    lines = path.read_text("utf-8", errors="replace").splitlines()
    texts: list[str] = []
    bio_indent = None
    i = 0
    while i < len(lines):
        match = _YAML_KEY.match(lines[i])
        i += 1
        if not match:
            continue
        indent = len(match["indent"])
        if bio_indent is None:
            if match["key"] == "ShortBio":
                bio_indent = indent
            continue
        if indent <= bio_indent:
            break  # the next top-level key: ShortBio is over
        if match["key"] != lang:
            continue
        value = match["value"].strip()
        current = [] if value[:1] in ("", "|", ">") else [value.strip("\"'")]
        while i < len(lines) and (not lines[i].strip() or _yaml_indent(lines[i]) > indent):
            line = lines[i].strip()
            i += 1
            if line:
                current.append(line)
            elif current:
                texts.append(" ".join(current))
                current = []
        if current:
            texts.append(" ".join(current))
        break
    texts = [re.sub(r"\s+", " ", html.unescape(inline_text(t))).strip() for t in texts]
    return [t for t in texts if t]


def _yaml_indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _glv(site: Path) -> Iterator[Pair]:
    content = site / "content"
    for it_page in sorted(content.rglob("*.it.md")):
        if it_page.relative_to(content).parts[0] in GLV_LEFT_OUT:
            continue
        en_page = _glv_english(it_page)
        if en_page is not None:
            yield site_page_texts(it_page), site_page_texts(en_page)
    for author in sorted((site / "data" / "authors").glob("*.yaml")):
        yield short_bio(author, "it"), short_bio(author, "en")


# ---------------------------------------------------------------------------------------------
# BoostAbruzzo: plain HTML (Mobirise), the Italian pages at the top, the English in `en/`.

BOOST_PAGES = (
    "index",
    "chi-siamo",
    "mentors",
    "mentorship-mvp",
    "blog",
    "boostlog",
    "di-ki-si-lu-fiji",
    "interviste-start-up",
    "intervista-apio",
    "intervista-fabio-palusci",
    "intervista-luca-ferrante",
    "weboost",
    "weboost-intro",
    "weboost-mission",
    "weboost-come-partecipare",
    "weboost-andrea-capobianco-dondona",
    "weboost-donato-iacovone",
    "weboost-yiorgos-mylonadis",
)


def _boost(site: Path) -> Iterator[Pair]:
    table = {f"{name}.html": f"en/{name}.html" for name in BOOST_PAGES}
    yield from by_table(site, site, table, site_page_texts)


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "Getlatestversion+getlatestversion.eu-source": _glv,
    "andreasimonetti+boostabruzzo": _boost,
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round36_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's two sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round36(root))


def round36_names() -> list[str]:
    """Return the client's brand names for the second measure: each body's own name as its
    site gives it."""
    return sorted(NAMES)
