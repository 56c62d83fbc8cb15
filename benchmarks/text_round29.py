"""The twenty-ninth held-out text set (issue 17, twenty-ninth round), by a rule written first.

The rule, written on 6 December 2026 at 07:40 UTC (`date -u` read 07:40:06 just before it was
written) before any figure of our engine on the set was seen, before any paragraph of its sources
was read and before any of its words was counted, and never to be measured by the session that
wrote it: by a later session. The session that wrote it had read the twenty-fourth to
twenty-eighth sets' code, rules and tests and the wiring of the earlier sets, measured none of
them, and, to choose the sources, had only listed public GitHub repositories and their files (the
search index's repository and file lists, found by names such as `docs-italia`, `linee-guida`,
`lg-`, `italia/`, `AgID/`, `teamdigitale/`, `pianotriennale`, `publiccode`, `ministero`,
`comune`, `museo`, `designers`, `pcm-dpc`, `immuni-app/`, `istat`, `ICCD`, `opencoesione`,
`bancaditalia`, `wikimedia-it`, `io-services-metadata`, and by paths such as `README_EN.md`,
`README.it.md`, `LEGGIMI.md`, `Translations/it/README.md`; then the snapshots' trees, `git
ls-tree`, the byte sizes of their files and, at older commits, of one repository's), read their
licence files' first lines, the first two headings of the READMEs of the three sources taken
(their titles), a count of the lines of ten Markdown files and of those among them that start a
table (`|`), the names of the keys of one JSON file of a repository not taken, and the subjects,
authors and dates of the repositories' commits and the files those commits touched (looking for
marks of machine translation, generated text, agents and bots). Searches of the code index
showed, in passing, the opening lines of files of repositories not taken: Italian and English
pages of the Department for Digital Transformation's earlier site (teamdigitale/
innovazione.gov.it-site), of Docs Italia documents in reStructuredText (the Three-Year Plan's
English, whose first lines say it "was translated by a machine"; the English of AgID's guidelines
on the acquisition and reuse of software; the Plan for the digitisation of cultural heritage;
Designers Italia's practical guides), an association's statute in both languages (reale/
eutopian), the Linux kernel's Italian preface, students' and companies' notes and code, and
Canadian, French and German public bodies' pages on open source; none of them is read by the
rule. After it was written the snapshots were extracted, a few of their paragraphs read to write
the reader, the words counted and bare Hunspell, the reference, run on them through pyenchant;
never our engine. What was found is told below, with its time:

- Unlike the twenty-fourth to twenty-eighth sets (the web copy of small businesses, of
  organisations and of public services), this set is official documents: documentation that
  Italian public bodies published in Italian and in English, written and edited by people, of
  the kind an auditor reads beside a client's copy (what a public service is, how it works, what
  its data and its rules are). Read, like those sets, from snapshots of repositories (a folder
  per repository, `owner+name`, under the folder named by $TEXT_SNAPSHOTS; see
  tools/extract_text_snapshot.sh, which keeps Markdown, HTML, YAML, TOML and JSON files and not
  reStructuredText: the Docs Italia documents, written in reStructuredText, are therefore refused
  by kind, below, and the set is made of the Markdown documents the search found). Three
  sources, of three public bodies, in this order:
  1. pcm-dpc/DPC-Centri-Storici-Rischio-Sismico (commit 2d560712, November 2022 to June 2023):
     the documentation of the "Sistema Web Centri Storici e Rischio Sismico (CSRS)" ("Historic
     Centres and Seismic Risk Web System"), the datasets on Italy's historic town centres and
     their seismic risk that the Dipartimento della Protezione Civile (Civil Protection
     Department of the Presidency of the Council of Ministers) published with the Istituto
     Centrale per il Catalogo e la Documentazione, in Italian (README.md, CHANGELOG.md) and in
     English (README_EN.md, CHANGELOG-EN.md). Licence: CC BY 4.0. Every one of its 133 commits
     by "Pierluigi Cara - DPC"; no bot, no agent file. The Italian came first (November 2022);
     the English documents were uploaded in one commit ("Add files via upload", 20 January
     2023) and edited by hand sixteen times after (January to June 2023): said here as a
     weakness, nothing telling how the English was first written.
  2. publiccodeyml/publiccode.yml at commit 83591811 (30 January 2019; the repository was then
     italia/publiccode.yml): "The publiccode.yml standard" / "Lo Standard publiccode.yml", the
     metadata standard for public software that Italy's Team per la Trasformazione Digitale
     wrote for Developers Italia (with the Foundation for Public Code), in Markdown: README.md
     and README.it.md, `docs/en/<page>.md` and `docs/it/<page>.md` (index, schema, pa-types,
     tags, forks). The commit is the last in Markdown: the next one ("Port to `rst` for
     DocsItalia compatibility", the same day) moved the documents to reStructuredText, which the
     snapshots do not keep, and the repository's head holds no Markdown document but its
     README. Commits by the team's people (Riccardo Iaconelli, Lorezz, Boris van Hoytema,
     libremente, Giovanni Bajo and others), February 2018 to January 2019; the Italian of the
     pages by libremente ("Adding italian translation", 25 January 2019) and of the schema by
     Riccardo Iaconelli ("Update the Italian schema with the review by Lorenzo Fabbri", May
     2018). Licence: CC0 1.0. No bot, no agent file.
  3. immuni-app/immuni-documentation (commit b0a5ea44, May 2020 to June 2021): "Immuni's
     High-Level Description" / "Immuni: visione d'insieme", the description of Italy's COVID-19
     exposure-notification app published by the Extraordinary Commissioner for the COVID-19
     emergency (Presidency of the Council of Ministers; the licence file's notice), README.md
     in English and `Translations/it/README.md` in Italian. Licence: CC BY-SA 4.0. Commits by
     people (Luca Ferrari, Matteo Danieli, Ennio Masi, Andrea Stagi, `fg` and others; the
     Italian added by `fg`, "Add High-Level Description in Italian", July 2020, and updated by
     hand, "Update italian language README", January 2021); no bot, no agent file.
  Judged before reading any text, not after: a repository is not taken when it shows marks of
  generated or machine-translated text (agent instruction or settings files: CLAUDE.md,
  AGENTS.md, GEMINI.md, `.claude`, `.agents`, `.cursor`, `.clinerules`,
  `.github/copilot-instructions.md`, agents' prompts; pages committed by an agent or a bot; a
  README, file or commit saying the text was generated or translated by a machine or by AI; a
  language added in one burst by a tool), when it is a template, theme demo, test, school
  exercise or example, a copy of another repository, legal text copied from elsewhere, or code.
  The three show none of these marks (`git ls-tree` of the commit read; the authors and subjects
  of every commit listed); all three are of 2018 to 2023, written by or for public bodies that
  publish in both languages. After reading, no source is dropped for the quality of its Italian
  or English. No repository of an earlier text set or image part and none the earlier sets
  refused (checked by `grep` of each owner and name in benchmarks, tests, docs and
  CONTRIBUTING.md: none found). Said as weaknesses before counting: the three bodies, not their
  repositories, are close to the earlier sets' (the twenty-eighth read the Civil Protection's
  COVID-19 documents and Immuni's site; the twenty-seventh the Team's and Developers Italia's
  sites); the original of two of the three (publiccode.yml's and Immuni's) is the English, and
  their Italian the translation, the other way round from the Civil Protection's.
  Refused, before reading any of their pages, by kind:
  the text in reStructuredText, which the snapshots do not keep (tools/extract_text_snapshot.sh;
  the lead engineer may add `*.rst` for a later set): italia/pianotriennale-ict-doc and
  italia/pianotriennale-ict-doc-en (the Three-Year Plan for IT in the Public Administration; the
  English also says it was translated by a machine), italia/lg-acquisizione-e-riuso-software-
  per-la-pa-docs and italia/gl-acquisition-and-reuse-software-for-pa-docs (AgID's guidelines on
  the acquisition and reuse of software, Italian and English), publiccodeyml/publiccode.yml at
  its head (read at its last Markdown commit instead, above), italia/spid-cie-oidc-docs (its
  Markdown only two READMEs of a few lines), italia/ICDP-PND-docs and teamdigitale/
  dati-semantic-guida-ndc-docs (Italian only besides);
  agent files: italia/eid-wallet-it-docs (AGENTS.md, `docs/AGENTS.md`, and generated-looking
  analyses), pcm-dpc/propagator (AGENTS.md; software documentation);
  one language, or no document paired with its translation: pagopa/io-services-metadata (one
  description a service), ministero-salute/it-dgc-documentation, italia/anpr,
  italia/covid19-opendata-vaccini, italia/daf-ontologie-vocabolari-controllati,
  ICCD-MiBACT/ArCo, AgID/wai-portal, pcm-dpc/DPC-Aggregati-Strutturali-ITI-Centro;
  too small: pcm-dpc/COVID19-RendicontiDonazioni, pcm-dpc/DPC-EMERGENCY-TOOLS;
  the text in a CMS, and web copy rather than documents: teamdigitale/innovazione.gov.it-site
  (DatoCMS at its head; its earlier Jekyll news are the kind of the twenty-seventh set);
  software project documentation of 2026, nothing telling how it was written: italia/pa-webinar;
  a statute on a legal template, on a site: reale/eutopian;
  and the twenty-fourth to twenty-eighth sets' refusals, for their reasons.
- Pairs: a document counts only when it exists in both languages, matched without reading it,
  by a table of file names written from the file lists: the Civil Protection's README.md and
  README_EN.md, CHANGELOG.md and CHANGELOG-EN.md; publiccode.yml's README.md and README.it.md
  and `docs/en/<page>.md` and `docs/it/<page>.md` for index, schema, pa-types, tags and forks
  (its `docs/it/schema.it.md`, the Italian extension of the schema, has a stub of a line in
  English and is not read); Immuni's README.md and `Translations/it/README.md`. The pairs
  matter for what is left out, not for order: each source is one document in a language, its
  texts in a fixed mixed order.
- Left out, decided before reading: licence files (LICENSE.md, LICENSE: the licences' legal text,
  copied), codes of conduct, contributing guides and authors' lists (CONTRIBUTING.md, AUTHORS.md,
  CODE_OF_CONDUCT.md), issue templates, publiccode.yml's `index.it.md` (Italian only) and its
  examples and configurations (YAML, `conf.py`), Immuni's other documents (Technology,
  Product, Application Security, Traffic Analysis Mitigation, Privacy-Preserving Analytics:
  English only) and its API files, the Civil Protection's data (shapefiles, GeoJSON) and PDF
  documents. A text holding "lorem ipsum" (any case) is left out.
- Reading: as the twenty-fourth to twenty-eighth sets read Markdown (the twenty-fourth's
  functions, imported from benchmarks/text_round24.py): paragraphs, list items, headings and
  quotes, each its own text; fenced and indented code, HTML comments and tables left out (the
  Civil Protection's README holds a table of 32 lines); links read as their text; URLs, e-mail
  addresses and telephone numbers taken out. A text repeated in a source is taken once; an
  Italian text equal to an English one of the same source (left untranslated) or written in
  English (benchmarks/text_round6.in_english) is left out, and an English text equal to an
  Italian one likewise.
- Caps: a source is one document, capped at 3,000 words a language (WORDS_PER_SITE, the
  twenty-fourth set's), its texts taken in a fixed mixed order (a hash of their text), so the
  cap samples the whole source and none dominates; the benchmark's `_capped` cleans and counts
  them, a text of fewer than three words dropped. With three sources the set holds at most
  9,000 words a language: below the 10,000 asked for, said here before counting, not made up;
  the byte sizes seen (the Civil Protection's README about 25 KB a language, publiccode.yml's
  schema 27 to 30 KB, Immuni's README 21 to 23 KB) promise each source near or over the cap.
  Whatever it comes to, no source is added or dropped after the count.
- The words are counted as the sixteenth to twenty-eighth sets' were: as loaded, and as judged
  by a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the
  only figure seen.
- Run without and with the client's brand names (round29_names). Decided in the rule: each
  source's own name as its README's headings give it: "Centri Storici e Rischio Sismico" and
  "Historic Centres and Seismic Risk" (the system's name in the Italian and English second
  headings, less "Sistema Web"/"Web System" and the acronym), "publiccode.yml" (the standard's
  name in both titles), "Immuni" (the English title, less "'s High-Level Description"). Not the
  capitalised words of the text: a list drawn from them would be chosen by reading the text.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the twenty-eighth's included), drawn with another seed (1230: 1205 plus
  the set's place in text_measure.LATER_SETS, where it is to follow the twenty-eighth set; it
  follows from that order). The generated slips are drawn, as for every set, from this set's
  own texts.
- Adjudication, as in the seventh to twenty-eighth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round29_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the slip; the names of organisations, people, places, public bodies,
  systems, apps, programs, standards, formats and products, jargon (of seismic risk,
  cartography and cultural heritage, of epidemiology and privacy, of software, metadata and
  open data, of public administration and law), acronyms, file and key names, foreign words
  (Latin, English words used in Italian text and Italian words in English text), and anything
  doubtful stay false alarms. Both figures are always reported: raw (every alarm) and net
  (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).

What was found (the snapshots extracted at 07:40 UTC; the reader run on them and the first four
texts of each source and language read at 07:40 UTC to check it; the words counted at 07:41 UTC;
nothing of the rule's sources, files, exclusions, cap or names changed after):

- The reader needed nothing beyond the twenty-fourth set's Markdown reader and its table of
  pairs (benchmarks/text_round24.by_table and page_texts). Pairs found, by the rule's tables:
  the Civil Protection 2 documents (README, CHANGELOG), publiccode.yml 6 (README and the five
  pages), Immuni 1 (the README). The shared reader takes a date written as `08/11/2022` for a
  telephone number and drops it (the changelog's "Il viene aperto il Repository.", "On the
  Repository is opened."): a weakness of the twenty-fourth set's reader, not changed here.
- As loaded (the benchmark's `_capped`, at 3,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 07:41
  UTC): 8,296 Italian words in 240 texts and 8,435 English words in 265 texts: below the 10,000
  asked for and within the rule's 9,000 at most, as the rule said before counting; no source was
  added. By source, Italian and English, capped (uncapped): the Civil Protection 2,279 and 2,423
  (under the cap: its table of 32 lines is left out); publiccode.yml 3,011 (4,851) and 3,004
  (4,608); Immuni 3,006 (3,056) and 3,008 (3,008). Texts by source, Italian and English: 39 and
  40, 122 and 142, 79 and 83. Two sources are a little over a third of each language
  (publiccode.yml 36.3% of the Italian and 35.6% of the English, Immuni 36.2% and 35.7%), since
  the Civil Protection's documents came to fewer words than the cap: said here, not mended by
  cutting the others, as the rule fixes the cap.
- The words judged, split by the sixteenth set's plain rule, 7,063 Italian and 7,479 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 3.74 unknown words per 100 (264), English 1.72 (129). The Italian keeps the
  English of software and open data, above all in publiccode.yml's and Immuni's ("fork" 24,
  "repository" 18, "app" and its elided forms 41, "parser" 9, "tag" 8, "dataset" 7,
  "upstream", "framework", "commit", "branch", "runtime"), publiccode.yml's values left in English
  inside the Italian ("cities", "health", "police", "schools"), file extensions ("prj", "shp",
  "dbf", "shx") and the Civil Protection's cartographic jargon ("perimetrazione", "schedografico",
  "ortofoto"); the English keeps British spellings ("centres" 25, "metres", "organisation",
  "maximising", "localisation", "realised"), "Immuni", file extensions and jargon ("shapefile",
  "geolocation", "toponym", "orthophoto", "cadastral", "onboarding"). Recall and top three, which
  need the benchmark's planted errors, were not computed: the benchmark was not run on the set.
  Seen in passing, in bare Hunspell's list of unknown words, and left for the measuring session's
  adjudication like any other (nothing of the engine was changed for them, nor was the engine
  run): in the Italian, "aricchimento", "contienete", "Estension", "autoisolarsi"; in the English,
  "hich", "softwares", "Licenced", "valorization", "delimitations".
- Names for the "+names" run, as the rule gives them: four (the Civil Protection's system named
  in both languages).

The rule as first written, at 07:40 UTC, is the text above without what was found; what was found
was added at about 07:41 UTC; no source, file, exclusion, cap or name changed. One word of the
rule's text was put right at 07:40 UTC, before the snapshots were extracted: a committer of
publiccode.yml is "Lorezz" as the commits give him, not "Lorenzo"; and at 07:42 UTC the number
of Markdown files whose lines were counted before the rule was made exact (ten, not nine),
nothing read being added.

Measured once, by a later round (not the session that wrote this rule), at its end, and never
before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    checked_snapshots,
    lorem_free_reader,
    page_texts,
    sites_texts,
    table_pairs,
)

WORDS_PER_SITE = 3000  # per source and language, as the twenty-fourth set's: none dominates
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read.
SNAPSHOTS = {
    "pcm-dpc+DPC-Centri-Storici-Rischio-Sismico": "2d560712f74a0d23acbd50d11d9936ce231a38fc",
    "publiccodeyml+publiccode.yml": "83591811ca1e597d8204edf5a7c89c6b4e7bfa8f",
    "immuni-app+immuni-documentation": "b0a5ea444a0e5b3f21b66b61e0a3d0eac0087011",
}
# Each source's own name, as its README's headings give it (the system's name in the Italian
# and English headings; the standard's name; the app's name).
NAMES = (
    "Centri Storici e Rischio Sismico",
    "Historic Centres and Seismic Risk",
    "publiccode.yml",
    "Immuni",
)


def fetch_round29(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round29", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# The sources: each yields its pairs, (Italian texts, English texts), by a table of file names
# written from the file lists (Italian file -> English file).

CIVIL_PROTECTION_PAGES = {
    "README.md": "README_EN.md",
    "CHANGELOG.md": "CHANGELOG-EN.md",
}
PUBLICCODE_PAGES = {"README.it.md": "README.md"} | {
    f"docs/it/{page}.md": f"docs/en/{page}.md"
    for page in ("index", "schema", "pa-types", "tags", "forks")
}
IMMUNI_PAGES = {"Translations/it/README.md": "README.md"}


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "pcm-dpc+DPC-Centri-Storici-Rischio-Sismico": table_pairs(CIVIL_PROTECTION_PAGES, page_texts),
    "publiccodeyml+publiccode.yml": table_pairs(PUBLICCODE_PAGES, page_texts),
    "immuni-app+immuni-documentation": table_pairs(IMMUNI_PAGES, page_texts),
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round29_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's three sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round29(root))


def round29_names() -> list[str]:
    """Return the client's brand names for the second measure: each source's own name as its
    README's headings give it."""
    return sorted(NAMES)
