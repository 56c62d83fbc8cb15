"""The thirty-eighth held-out text set (issue 17, thirty-eighth round), by a rule written first.

The rule, written on 6 December 2026 at 16:50 UTC (`date -u` read 16:50:13 just before it was
written) before any figure of our engine on the set was seen, before any page of its source was
read (but for what is owned below) and before any of its words was counted, and never to be
measured by the session that wrote it: by a later session. The session that wrote it had read
the thirty-sixth, thirty-fifth, thirty-fourth and thirty-second sets' code, rules and tests, the
shared helpers of benchmarks/text_round24.py and text_round31.py, the wiring of the earlier sets
(benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py), the common snapshot checks
(tests/test_bench_text_snapshot_sets.py) and tools/extract_text_snapshot.sh, measured none of
them, and, to choose the sources, had listed public GitHub repositories and their files (the
search index's repository and file lists: found by names such as `studiolegale`,
`studio-legale`, `avvocat`, `architett`, `architettura`, `commercialist`, `fisioterap`, `fisio`,
`physio`, `osteopat`, `psicolog`, `psicoterap`, `odontoiatr`, `dentista`, `studiodentistico`,
`studio-dentistico`, `studiomedico`, `dottor`, `dottoressa`, `poliambulatorio`, `ambulatorio`,
`ingegneria`, `ingegnere`, `geometra`, `geologo`, `agronomo`, `notai`, `consulenz`,
`consulente`, `consulting.it`, `studio.it`, `studioarch`, `studiotecnico`, `traduzion`,
`traduttore`, `traduttric`, `interprete`, `autoscuola`, `scuolasci`, `italianschool`,
`italianlanguage`, `lingue`, `agenzia`, `immobiliare`, `webagency`, `coworking`, `diving`,
`veterinar`, `nutrizionist`, and by paths such as `en/studio.html`, `en/lo-studio.html`,
`en/practice-areas.html`, `en/servizi.html`, `en/chi-siamo.html`, `en/chi-sono.html`,
`en/contatti.html`, `en/progetti.html`, `en/consulenza.html`, `en/formazione.html`,
`en/curriculum.html`, `en/treatments.html`, `en/metodo.html`, `en/team.html`,
`en/our-services.html`, `en/professionals.html`, `en/services/index.html`, `it/servizi.html`,
`it/services.html`, `it/studio.html`, `it/team.html`, `it/portfolio.html`, `it/projects.html`,
`it/progetti.html`, `it/chi-siamo.html`, `it/contatti.html`, `it/servizi/index.html`,
`ita/index.html`, `it/index.md`, `it/servizi.md`, `index_en.html`, `index-en.html`,
`servizi-en.html`, `chi-siamo-en.html`, `contatti_en.html`, `en/_notes/dwsync.xml`,
`it/_notes/dwsync.xml`, `eng/_notes/dwsync.xml`, `ita/_notes/dwsync.xml`,
`en/project.mobirise`, `content/it/_index.md`, `content/_index.it.md`,
`content/it/servizi.md`, `content/it/services.md`, `content/it/about.md`,
`content/it/contact.md`, `content/it/chi-siamo.md`, `content/it/chi-sono.md`,
`content/it/about/_index.md`, `content/it/contact/_index.md`, `content/it/services/_index.md`,
`content/it/projects/_index.md`, `content/it/progetti/_index.md`, `content/about.it.md`,
`content/contact.it.md`, `content/services.it.md`, `content/italian/about.md`,
`content/italian/contact.md`, `content/italian/about/_index.md`, `data/it/homepage.yml`,
`data/it/about.yml`, `data/it/services.yaml`, `_i18n/it.yml`, `messages/it.json`,
`src/pages/en/servizi.astro`); then the snapshots of the chosen repository and of some seventy
others: their trees (`git ls-tree`, with the byte sizes of the page files), branches, the
authors, e-mail addresses, dates and subjects of every commit (the page files each of the
chosen repository's commits added; the dates of one refused site's commits on its English folder), a
search of every commit message of every branch (subjects and bodies) for words that mark machine
translation, generated text, agents and bots (DeepL, GPT, ChatGPT, Copilot, Claude, Cursor,
Gemini, "machine", "automat", "AI", LLM, "generat", "Google Translate", "tradu", "translat"),
a search of every branch's history for agent files (CLAUDE.md, AGENTS.md, GEMINI.md, `.claude`,
`.cursor`, `.clinerules`, `.agent`, `.agents`, `.windsurf`, `.junie`,
`.github/copilot-instructions.md`), the `<title>` and `<html>` tags of the chosen site's
fourteen pages and of three pages of a refused one, the element ids of one refused page, the
first three lines of one README, the whole of another (four lines), and the first five lines of
one refused site's page (a front matter whose title names a placeholder company, "Nome
Azienda"). Owned as text seen before the rule: those lines; and the search of commit messages
printed the bodies of a few refused repositories' commits (agents' co-author lines, session
links, change summaries). Nothing was chosen or refused for what those lines said, beyond the
marks named below. The search index's full-text search was not used, so no opening of any file
was shown in passing. After it was written the snapshot is to be extracted, a few of its texts
read to check the reader, the words counted and bare Hunspell, the reference, run on them
through pyenchant; never our engine. What was found is told below, with its time.

- Like the twenty-fourth to twenty-sixth, thirty-second, thirty-fifth and thirty-sixth sets
  (web copy), this set was meant to be the Italian and English web copy of Italian professional
  studios and services (architects, engineers, lawyers, accountants, consultants, clinics,
  physiotherapists, language or driving schools, agencies), written by the studio or its web
  designer, read from snapshots of the repositories of their sites (a folder per repository,
  `owner+name`, under the folder named by $TEXT_SNAPSHOTS; see tools/extract_text_snapshot.sh,
  which keeps HTML). The brief asked for up to four or five; one was found that shows none of
  the marks below, so the set has one source:
  1. Vinzet88/Vinzet88.github.io (commit 65f607e2, 25 September 2025, the head of `main`, its
     only branch; 11 March to 25 September 2025): ZBFOX (every page's title: "ZBFOX - Home",
     "Sicurezza - ZBFOX", "Formazione - ZBFOX", "Cyber Awareness - ZBFOX", "Il Team - ZBFOX",
     "Demo - ZBFOX", "Contatti - ZBFOX"; the English pages' "Training - ZBFOX" and "Contact -
     ZBFOX"), a cybersecurity consultancy and training service: its security assessments, its
     training and an awareness course, a demonstration of its assessment's phases (by its
     images' names: interview, NDA, a Nessus scan, support, comparison, monitoring), its team
     and its contacts; plain HTML, the Italian pages at the top (`index.html`,
     `sicurezza.html`, `formazione.html`, `formazione/cbase.html`, `team.html`, `demo.html`,
     `contatti.html`) and the English under `en/` by the same names; every page's `lang`
     attribute `it`, the English pages' too (as published); the menu and the footer kept apart
     in `navbar.html` and `footer.html` (and `en/`'s), loaded by a script. No README, no
     licence file. Commits (252): all by one account ("Vincenzo", an address at hotmail.it),
     with one- or two-letter subjects ("l", "w", "2", "s", "d"), most of them on 11 and 12 March
     and 1 to 4 April 2025; the English pages were added in one commit of 4 April 2025 ("eng
     files"), the English menu and footer on 20 May ("EN_navbar_footer"). No bot, no agent file
     in any branch's history, no hit of the commit-message search.
  Judged before reading any text, not after: a repository is not taken when it shows marks of
  generated or machine-translated text (agent instruction or settings files, or an agent's
  configuration such as `.mcp.json`, in any commit of any branch; pages committed or
  co-authored by an agent or a bot, or an agent's branch merged; a README, file or commit
  saying the text was generated or translated by a machine or by AI; a language added in a
  burst across years of pages; a site put up whole in 2025 or 2026, or deployed from a private
  repository, with nothing telling how it was written), when it is a template, theme demo,
  example, school exercise, a fork or copy of another repository, when its text is in code, a
  CMS or a kind the extraction does not keep, when it is not a professional studio or service
  (a shop, a product, a personal blog or portfolio), or when it is not bilingual. ZBFOX shows
  none of these marks. After reading, no source is dropped for the quality of its Italian or
  English. No repository of an earlier text set or image part, nor one the earlier sets
  refused (checked by `grep` of each owner and name in benchmarks, tests, docs,
  CONTRIBUTING.md and README.md: none found for ZBFOX), and none listed by the session building
  the thirty-seventh set at the same time (its picks file read: food and wine businesses;
  laza81/laza81.github.io, a translator's portfolio, and stefanofronza/stefanofronza.github.io
  are named there, so neither is taken here).
  Said as weaknesses before counting: one source, and a small one (seven pages a language, 1.4
  to 11.6 KB each, much of it markup), so the set is far smaller than the 10,000 words a
  language asked for (below); of 2025, when writing or translating copy with a chat assistant
  was common, though nothing in the repository marks it; nothing tells who wrote the English,
  added in one commit three weeks after the Italian by the site's one account; the English
  training page is a quarter smaller than the Italian one, so a pair may not say the same.
  Refused, before reading any of their pages (the picks file, /work/notes/s29/picks_38.txt,
  lists them all):
  agent files, agents' configuration, or commits by or co-authored with an agent:
  dos-amigos/avvocatozanin (a lawyer's site: CLAUDE.md, `.claude`; its text in Kirby's `.txt`),
  Procionegobbo/federico-maiorini-site (CLAUDE.md), ilum75IDB/www.luminaria.it (a database
  consultant's site: CLAUDE.md, 343 commits by "Claude", its translations by it),
  Bluesky0094/Assistenza-tecnologica (a technical assistance service: AGENTS.md, `codex/`
  branches), greenmice-technologies/greenmice.it and geosolutions.greenmice.it (a GIS
  consultancy: commits by Copilot's agent), matteocervelli/mccom (a consultant's site:
  `.cursor/rules`), Crafty-Code/site and G-G-Technologies-Srl/g-g-technologies-srl.github.io
  (Claude's commits), architettosinicropi/sito-architettura (an architect's site of 2026: a
  commit co-authored by Copilot, images named `Gemini_Generated_Image_*`),
  InsideOutSec/insideoutsec.github.io (a security consultancy: an agent's `codex/` branch
  merged), gperruchon/IMWS (CLAUDE.md), mirayatechlabs/mirayatechlabs.github.io (AGENTS.md),
  alexcarta/alefabrik-website (`.claude`), federico-galfione/aeterna (CLAUDE.md),
  nikpalumbo/relocateinstyle-swiss (a relocation agency: Cursor's agent co-authoring),
  xerdiii/OnSite (Claude), edoraba/interniarchitettura and
  interniarchitettura/interniarchitettura (an interior architecture studio: Next.js, its text
  in next-intl's JSON, `.mcp.json`), sciglio/websiteHQDM (GEMINI.md);
  a language added in a burst: albertoreineri/albertoreineri.github.io (a freelance web
  developer's site: the English of five years of articles added in one week of January 2024);
  put up whole in 2024 to 2026, or deployed from a private repository, nothing telling how
  written: aerdnac1/studiodentisticolm-public (a dental studio's site of 2026, each commit an
  "Update from" a private repository), wepopagani/website (four languages put up in one day),
  carminefaralli/fare-group, angelobrunorizzo/angelobrunorizzo-site (seven languages),
  SentieriInterioriPsicologia/index (Italian and Portuguese), LeonardoRubatto/qualamantis,
  ajaspe/emanuelapau.com;
  a template's demo or placeholder text, a fork or a copy: AlbertoCalore/albertocalore.it (a
  template's demo form), loressm/loresmm ("Nome Azienda"), GabrielJonesORG/g.gjdev.it (a
  template's demo posts), backciro/minutti.it (a theme's ipsum posts), robcss/robertocassano (a
  portfolio template), francopasut/academic (a theme's fork);
  the text in code, a CMS or a kind the extraction does not keep: mondora/mondora-website-front
  (Gatsby and Contentful), Pietro-Granda/bms-logistics (Svelte), Riccardoduerre/duerre (a
  React build), syl-viadcc/Terralandscape.eu (its descriptions in `.txt`), GeorgeLucasGLz/
  gibellinitraduzioni (React);
  not a professional studio or service, or not Italian and English: spotsoftware/
  company-website (Italian only), sparkfabrik/sparkfabrik.github.com (English only),
  stefanofronza/stefanofronza.github.io (an artist-jeweller; named by the thirty-seventh set's
  session besides), lorenzo3500cm2/3500cm2 (an art space), AlessiaBaka/Alessia-Naglieri-website
  (a student's portfolio), Giapaz/BIMEnough and iEnergy/iEnergy.github.io (software products),
  seelake/seelake.github.io (music software), fabiograsso/iam-fabiograsso-net,
  Maxelweb/MarianoSciacco.it and kingsor/kingsor.github.io (personal blogs), and others named
  in the picks file;
  no snapshot to be had here: francescomannino2004/gmlex (a lawyer's site), edo-lucio/
  consultingdk, Kave2788/paolamaccioni-site, hashier/lucianovelli.com, stefanocatozzi/
  hiveglobaladvisory, ferripaolo/frittatalabs-website, agoarchitettura/sito-ago and others in
  the picks file;
  and the twenty-fourth to thirty-sixth sets' refusals, for their reasons.
- Pairs: a page counts only when it exists in both languages, matched without reading it, by a
  table written from the file list: `<page>.html` with `en/<page>.html` for `index`,
  `sicurezza`, `formazione`, `formazione/cbase`, `team`, `demo` and `contatti`. The pairs matter
  for what is left out, not for order: the source is one document in a language, its texts in
  a fixed mixed order.
- Left out, decided before reading: `navbar.html`, `footer.html`, `en/navbar.html` and
  `en/footer.html` (the menu and the footer, kept apart), `style.css`, `img/` and `docs/` (no
  page); scripts, styles, forms, navigation, header and footer inside the pages (the reader's
  own choice, below). A text holding "lorem ipsum" (any case) is left out.
- Reading: as the thirty-fifth set reads HTML pages (the twenty-fourth set's page_texts, the
  twenty-second set's light tree: paragraphs, list items, table cells, headings, a line break
  ending a text; scripts, styles, forms, navigation, header and footer left out; links read as
  their text; URLs, e-mail addresses and telephone numbers taken out), a text that is nothing
  but a tag's leftovers left out (the thirty-second set's is_prose), and every HTML entity
  read as its character (html.unescape). A text repeated in the site is taken once; an Italian
  text equal to an English one (left untranslated) or written in English
  (benchmarks/text_round6.in_english) is left out, and an English text equal to an Italian one
  likewise (the twenty-fourth set's paired_paragraphs).
- Caps: the site is one document, capped at 3,000 words a language (WORDS_PER_SITE, the
  twenty-fourth, thirty-second and thirty-fifth sets'), its texts taken in a fixed mixed order
  (a hash of their text); the benchmark's `_capped` cleans and counts them, a text of fewer than
  three words dropped. The aim was 10,000 words a language. The byte sizes seen (the Italian
  pages 38 KB in all, the English 33 KB, most of it markup) promise perhaps 1,500 to 2,500
  words a language, under the cap: said here, before the count, not made up. No source is
  added or dropped after it.
- The words are counted as the sixteenth to thirty-sixth sets' were: as loaded, and as judged
  by a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the only
  figure seen; run through pyenchant, not through bench_text_accuracy's `--mode bare` (which
  judges by the engine's own tokenizer and filters and first fetches every earlier set), as for
  the thirtieth to thirty-sixth sets.
- Run without and with the client's brand names (round38_names). Decided in the rule: the
  studio's own name as its pages' titles give it, less the page's name: "ZBFOX". Not the
  capitalised words of the text: a list drawn from them would be chosen by reading the text.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the thirty-sixth's and thirty-seventh's included), drawn with another
  seed (1239: 1205 plus the set's place in text_measure.LATER_SETS, where it is to follow the
  thirty-seventh set, built at the same time by another session, which follows the
  thirty-sixth; it follows from that order). The generated slips are drawn, as for every set,
  from this set's own texts.
- Adjudication, as in the seventh to thirty-seventh sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round38_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the slip; the names of firms, people, places, programs, tools, services,
  standards and laws, jargon (of cybersecurity, penetration testing, vulnerability scanning,
  compliance and awareness training), acronyms, foreign words (Latin, English words used in
  Italian text and Italian words in English text), and anything doubtful stay false alarms.
  Both figures are always reported: raw (every alarm) and net (alarms less the listed errors,
  a listed word subtracted at most as many times as it was flagged).

What was found (the snapshot extracted at 16:50 UTC; the reader run on it, the texts holding
leftover markup listed and five texts of each language, drawn at random, read at 16:50 UTC to
check it; the words counted at 16:51 UTC; nothing of the rule's source, pages, exclusions, cap or
name changed after):

- The reader needed no change. Pairs found, by the rule's table: 7 of 7, every page with text
  in both languages, each pair the same number of texts (3, 35, 25, 20, 17, 50 and 9). Texts
  after the pairing and the removal of repeats and untranslated ones: 152 Italian and 149
  English. The texts holding `<`, `>`, `%`, a backslash or an entity were four in each
  language, percentages as published ("Il 90% degli attacchi...", "-80% Furto di Password");
  many texts open with an emoji (a magnifying glass, a red circle, a cross, a down arrow), as
  published, which the benchmark's cleaning and the plain split pass over.
- As loaded (the benchmark's `_capped`, at 3,000 words, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 16:51
  UTC): 1,407 Italian words in 145 texts and 1,242 English words in 143 texts: about an eighth
  of the 10,000 asked for, and below the rule's own estimate of 1,500 to 2,500; the site is
  under the cap. A set this small cannot be read alone: it should be read with the
  twenty-fourth to twenty-sixth, thirty-second, thirty-fifth and thirty-sixth sets' (web copy).
- The words judged, split by the sixteenth set's plain rule, 1,067 Italian and 967 English. Bare
  Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones seen):
  Italian 2.72 unknown words per 100 (29), English 3.00 (29). The Italian keeps the trade's
  English ("cybersecurity" 5, "intelligence" 3, "threat" 3, "report" 2, "ransomware",
  "cyber" 2, "hunting", "phishing", "smishing", "governance", "log", "operations", "checklist",
  "incident", "response", "social", "antivirus", "slide") and "infografiche"; the English keeps
  "cybersecurity" 10 (three at a sentence's start), "cyber" 9, "cyberattacks" 5, "cyberattack",
  "misconfigured", "smishing", "infographics", "reputational": words en_US's Hunspell lacks,
  none of them a slip. Recall and top three, which need the benchmark's planted errors, were
  not computed: the benchmark was not run on the set. No misspelling was seen in passing in
  bare Hunspell's list of unknown words.
- Said as seen, not acted on: the copy reads as marketing copy with emojis at the start of its
  headings and list items; nothing in the repository marks it as generated, and the rule drops
  no source after reading.
- Name for the "+names" run, as the rule gives it: one.

The rule as first written, at 16:50 UTC, is the text above without what was found; what was found
was added at about 16:52 UTC; no source, page, exclusion, cap or name changed. One fact of the
rule's text, of what the session had read, was put right at 16:50 UTC, before the snapshot was
extracted: the page files each of the chosen repository's commits added (not the files of two
commits).

Measured once, by a later round (not the session that wrote this rule), at its end, and never
before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    by_table,
    checked_snapshots,
    lorem_free_reader,
    sites_texts,
)
from benchmarks.text_round32 import is_prose
from benchmarks.text_round35 import site_page_texts

WORDS_PER_SITE = 3000  # per site and language, as the twenty-fourth and thirty-fifth sets'
# The repository the rule names (a snapshot folder, `owner+name`), with the commit the rule read
# (its head).
SNAPSHOTS = {
    "Vinzet88+Vinzet88.github.io": "65f607e25a35562e8db1ae94fbd0f4f65723314f",
}
# The studio's own name, as its pages' titles give it (less the page's name).
NAMES = ("ZBFOX",)


def fetch_round38(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshot ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshot is made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round38", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# ZBFOX: plain HTML, the Italian pages at the top and the English under `en/` by the same names;
# the menu and the footer (`navbar.html`, `footer.html`) kept apart and not read.

ZBFOX_NAMES = (
    "index",
    "sicurezza",
    "formazione",
    "formazione/cbase",
    "team",
    "demo",
    "contatti",
)
ZBFOX_PAGES = {f"{name}.html": f"en/{name}.html" for name in ZBFOX_NAMES}


def _zbfox(site: Path) -> Iterator[Pair]:
    yield from by_table(site, site, ZBFOX_PAGES, site_page_texts)


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "Vinzet88+Vinzet88.github.io": _zbfox,
}


# the site's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
# and a malformed tag's leftovers (the thirty-second set's is_prose)
site_paragraphs = lorem_free_reader(SITES, keep=is_prose)


def round38_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (site, its texts in a fixed mixed order) of the set's one site."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round38(root))


def round38_names() -> list[str]:
    """Return the client's brand names for the second measure: the studio's own name as its
    pages' titles give it."""
    return sorted(NAMES)
