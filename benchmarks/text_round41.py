"""The forty-first held-out text set (issue 17, forty-first round), by a rule written first.

The rule, written on 6 December 2026 at 23:48 UTC (`date -u` read 23:47:56 just before it was
written) before any figure of our engine on the set was seen, before any page of its source was
read (but for what is owned below) and before any of its words was counted, and never to be measured
by the session that wrote it: by a later session. The session that wrote it had read the fortieth
set's rule, code and tests, the thirty-ninth's rule and code, the shared helpers of
benchmarks/text_round24.py and text_round32.py's is_prose, the wiring of the earlier sets
(benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py), the common snapshot checks
(tests/test_bench_text_snapshot_sets.py), tools/extract_text_snapshot.sh and CONTRIBUTING.md's
paragraphs on the text sets, measured none of them, and, to choose the sources, had listed public
GitHub repositories and their files (the search index's repository and file lists: found by names
such as `camping`, `garda`, `dolomit`, `sardegna`, `edizioni`, `impianti`, `meccanica`,
`officina`, `borgo`, `castello`, `palazzo`, `chalet`, `proloco`, `festival`, `villaggio`,
`lagodi`, and by paths such as `en/about.html`, `en/contact.html`, `en/company.html`,
`en/home.html`, `en/home.htm`, `it/home.html`, `it/chisiamo.html`, `en/chisiamo.html`,
`it/chi_siamo.html`, `it/contatti.htm`, `it/servizi.htm`, `eng/home.html`, `eng/galleria.html`,
`eng/storia.html`, `eng/chi-siamo.html`, `en/realizzazioni.html`, `en/certificazioni.html`,
`en/produzione.html`, `en/appartamento.html`, `en/piscina.html`, `en/collezione.html`,
`en/come-arrivare.html`, `en/listino.html`, `en/preventivo.html`, `en/regolamento.html`,
`en/pacchetti.html`, `en/lavori.html`, `en/agriturismo.html`, `en/la-villa.html`,
`en/flotta.html`, `en/case-mobili.html`, `en/offerte-speciali.html`, `en/news.htm`,
`en/servizi.htm`, `en/contatti.htm`, `index_uk.html`, `index_english.html`, `storia_en.html`,
`dove_siamo_eng.html`, `galleria_en.html`, `servizi-en.html`, `content/about/index.it.md`,
`content/contact/index.it.md`, `content/contatti.md`, `content/chi-siamo.md`); then the snapshots
of the chosen repository and of twenty others: their trees (`git ls-tree`, with the byte sizes
of the page files for the chosen one and four others), branches, the authors, e-mail addresses,
dates and subjects of every commit (for most refused ones the first three and the last), the files
one commit of the chosen repository changed (the one whose subject is quoted below), a search of
every commit message of every branch of the chosen repository (subjects and bodies) for words that
mark machine translation, generated text, agents and bots (DeepL, GPT, Copilot, Claude, Cursor,
Gemini, Codex, "agent", "machine", "automat", "AI", LLM, "generat", "Google Translate", "tradu",
"translat", "co-authored", "bot", "ML"; its hits are told below), a search of every branch's
history of the chosen and of eighteen refused repositories for agent files (CLAUDE.md, AGENTS.md,
GEMINI.md, `.claude`, `.cursor`, `.clinerules`, `.agent`, `.agents`, `.windsurf`, `.junie`,
`.github/copilot-instructions.md`, `.github/prompts`, `.mcp.json`, `llms.txt`, `.openai`,
`.lovable`), the `<html>` and `<title>` tags, the `charset` and the `generator` meta tags of the
chosen site's Italian and English pages (at the commit taken), the `<html>` and `<title>` tags of
three pages of one refused site and of two of another, and two refused repositories' READMEs (one
line, the repository's name; three lines, a French winery's "site vitrine" and its address).
Owned as text seen before the rule: those lines, the titles (which name the business, Camping Punta
Indiani, its place, the lake of Caldonazzo, and its pitches' and lodgings' names: AQVA, PANORAMA,
RELAX, mobile homes) and the file lists' names. Nothing was chosen or refused for what those lines
said, beyond the marks named below. The search index's full-text search was not used, so no opening
of any file was shown in passing. After it was written the snapshot is to be extracted, a few of its
texts read to check the reader, the words counted and bare Hunspell, the reference, run on them
through pyenchant; never our engine. What was found is told below, with its time.

- Like the twenty-fourth to twenty-sixth, thirty-second, thirty-fifth and thirty-seventh to fortieth
  sets (web copy), this set is the Italian and English customer-facing copy of a small Italian
  business, written by hand, what a mystery-shopper auditor reads in front of a client: a campsite's
  (for families, by its home page's title), read from a snapshot of the repository of its website (a
  folder per repository, `owner+name`, under the folder named by $TEXT_SNAPSHOTS; see
  tools/extract_text_snapshot.sh, which keeps HTML). Said plainly, before reading: ONE source only.
  The brief asked for three to six and 5,000 to 10,000 words a language; the session found one
  repository that shows no mark of generated or machine-translated text, is a business's
  customer-facing copy in Italian and English paired by file, and was not taken or refused by an
  earlier set. Of the twenty others it fetched, and of those it judged by their file lists, every
  one was put up in 2025 or 2026, showed an agent's files, was Italian or English only, not Italian,
  not a business's copy, an app whose text is in code, or an earlier set's (below). The bar was not
  lowered to fill the set: no widening is made beyond the fortieth set's, and this set is smaller
  than the least the brief set (below). It should be read only with the other web-copy sets, as the
  thirty-eighth (one source) is.
  1. CampingPuntaIndiani/CampingPuntaIndiani.github.io (commit a294635f, 13 December 2018, "Delete
     CNAME", the head of `master`, its only branch): Camping Punta Indiani (every page's title:
     "Campeggio direttamente sul lago di Caldonazzo, per famiglie", "Camping on the shore of
     Caldonazzo lake, for families", "AQVA, Piazzola direttamente sul lago | Camping Punta
     Indiani"), a campsite on the lake of Caldonazzo in Trentino: its home page, its three kinds of
     pitch (AQVA on the lake, PANORAMA with a lake view, RELAX in the green), its mobile homes, its
     offers, prices, rules, gallery and the page shown after a booking; static HTML pages in Italian
     (`it/`), English (`en/`), German (`de/`) and Dutch (`nl/`), made by a build whose source is not
     in the repository (the pages are its output; an early `dist/` folder, of 2014, is gone at the
     head), Bulma styles, `lang='it'` and `lang='en'` on the two home pages and `lang='en'` on every
     other page of both languages (the build's), a `charset` meta tag, no `generator` tag. Commits
     (99, 23 October 2014 to 13 December 2018, all by one account, Martin Brugnara, a gmail
     address): "init" and fifty commits "release" (2014 to August 2016), then subjects such as "2017
     beta", "add hreflang", "Init gallery, add cookie policy", "introduce mobile homes", "fix prices
     txt translations", "Update for 2018. Open bookings.", "Fix forgot translation", "Moved backend,
     and fix empty trans.", "Update mobilhome; improve inter; fix some text.", "Close reservations"
     and "Delete CNAME". The commit-message search's hits: "Fix forgot translation" and "fix prices
     txt translations" (by their subjects the developer's own work on the pages' translations, as
     "fix empty trans." and "improve inter"), and "fixed and ML suggestions" (14 January 2017; it
     changed a few lines of the home and pitch pages of the four languages and of the offers pages
     of three; "ML" is not explained; read, without the pages' text, as a person's initials, and
     said here as a doubt). No README, no licence file, no bot, no agent file in any branch's
     history. Of 2014 to 2018, years before chat assistants. Said as weaknesses: nothing tells who
     wrote the Italian or the English, nor whether the four languages were written by the campsite's
     owners, by the developer or by a translator; the pages are a build's output (menus and footers
     repeated on every page), so much of each page is markup; the `lang` attributes are not the
     pages' languages.
  Judged before reading any text, not after: a repository is not taken when it shows marks of
  generated or machine-translated text (agent instruction or settings files, or an agent's
  configuration such as `.mcp.json`, `.openai/`, `.lovable/` or `llms.txt`, in any commit of any
  branch; pages committed or co-authored by an agent or a bot; a README, file or commit saying the
  text was generated or translated by a machine or by AI; a language added in a burst to a site of
  2023 or later; a site put up whole in 2025 or 2026 with nothing telling how it was written), when
  it is a template, theme demo, example, school exercise, a fork or copy of another repository,
  when its text is in code, a CMS or a kind the extraction does not keep, when it is not a
  business's or an organisation's customer-facing copy (a personal portfolio or CV, an artist's, a
  research or student project), when it is not Italian and English, or when its two languages
  cannot be paired by file. The one taken shows none of these marks but the doubt said above.
  After reading, no source is dropped for the quality of its Italian or English. No repository of
  an earlier text set or image part, nor one the earlier sets refused (checked by `grep` of its
  owner and name in benchmarks, tests, docs, CONTRIBUTING.md and README.md, and against the folder
  names under /tmp/text_snapshots: none found).
  Refused, before reading any of their pages:
  agents' files or bots: SOLARMA/www.solarma.it (a photovoltaic plant's company pages: AGENTS.md
  and CLAUDE.md in its history, by its file list), Toniocardex/AmlStore_site (a software shop:
  `.cursor/rules`, `.cursorrules` and a branch `claude/musing-borg`), himarcozhou/sardegnabeachcamp
  (a camp's app of 2026: `.lovable/plan.md`, by its file list), HerculesBill/casa-vacanza-fiore-
  ciampino (a holiday let put up on 30 December 2025, its calendar committed by a bot);
  put up in 2025 or 2026: AthayaLass/athelas-diving (a diving centre, December 2025; the owner's
  oceantoearthlife and veranaturae, not fetched, with it), danXNU/archium-website (January 2025
  and January 2026), enyasecurity/enyasecurity.github.io (a security firm, November 2025 to
  August 2026), alberico1990/S.A.-Rent (a rental firm, August to October 2025),
  qubadoff/palazzomandrilli.it (2025 and 2026, an app), EmanueleMacera/borgofantino (2025, an app
  in PHP), begnolas/capitello-web (2025, Italian only);
  not plainly an Italian business's copy, or not Italian: Hoormazd1379/marte-design ("Marte -
  Advertising & Graphic Design", November 2023 to January 2024, in English, Spanish, French and
  Italian, French added in a day, the business's place not told), RMirial/Domain_Villa_Silvius (a
  French winery's "site vitrine", `lang="fr"`), mnapolitano61/mnapolitano61.github.io (a CV);
  Italian or English only, or one page a language that cannot be paired: carlosimonelli/piv (a
  project's pages, their news named by dates of 1999, committed in 2020: Italian, one English
  page), akaanzo/panizaacademy,
  lc-d/latitude-x, SamueleFerri/oriettareiki, tony-2000/castello_lancillotti,
  NidasioAlberto/Proloco-Crema and VincenzoMarcovecchio/Proloco-Fraine (no English page);
  text in code or an app: gandomullac/castellofossadalbero (Laravel), Mauizio90/affittasardegna
  (Angular, strings in TypeScript) and franzb70/dolomitiselvadeghe (React), these two by their
  file lists;
  no snapshot to be had here: eventiprolocogasperina/website;
  taken or refused by an earlier set (found again and left): Tenuta-Chevalier/Sito_Bacheca,
  luizfdr/Sito_Bacheca_Luiz, ArielWD/piccolowood, Trinacu/temmes_website, ggali/Sito-Gali-6.0
  (by its name another copy of the site the earlier sets left as Galimberti/sito-gali and
  gitter-badger/Sito-Gali-7.0), architettosinicropi/
  sito-architettura, gabrielelentini99/Fioritura, Canoa-Club-Rimini/website, emalinux/
  camping-piscina-demonte (emalinux's sites, refused by the twenty-fourth set), cookintrix/
  cookintrix.it, glacierfxz/billisescape, guidealpinesardegna/website, European-Dream/website,
  Aeroplani-di-carta/petitepatisserie, biroplane/pdl-valfleur, devleonardis/romanazzis-restaurant,
  AFulvio1/pavesa, Darmstadtio/RiloiRiverRide, BackSoftwareJR/quercia-lecasefamiglia,
  NicolaLisci/electra, matbranchini/gp_montage, NickDubDrums/Tomatis-Srl-Website-V2,
  Iconicoriginal/iconicwall-website, giovannipaolofusco/giovannipaolofusco.github.io,
  salvatore-esposito-green/titaniacompany, appartamento-torino-centro/base, diomedeguest/Sito,
  d1gga1/pandoora, loressm/loresmm, Giapaz/BIMEnough, digitaliasistemi/digitaliasistemi.github.io,
  Easaaa/Agriturismo-san-lorenzo, pul87/prolocovaldinevaerli.it;
  and the twenty-fourth to fortieth sets' refusals, for their reasons.
- Pairs: a page counts only when it exists in both languages, matched without reading it, by a
  table written from the file list and the pages' titles: `it/<page>.html` with `en/<page>.html`
  for `index`, `aqva`, `panorama`, `relax`, `gallery` and `booking_success`, `it/case-mobili.html`
  with `en/mobile-homes.html`, `it/offerte.html` with `en/promotions.html`, `it/prezzi.html` with
  `en/prices.html` and `it/regolamento.html` with `en/rules.html` (the German and Dutch pages'
  names, `angebote`, `aanbieding`, `preise`, `prijzen`, `regeln`, `verordening`, `mobilheimes`,
  `stacaravan`, say which translate which). The pairs matter for what is left out, not for order:
  the source is one document in a language, its texts in a fixed mixed order.
- Left out, decided before reading: the cookie policy, privacy and conditions of sale pages
  (`cookies.html`, `privacy.html`, `sell_conditions.html`: legal text; the cookie and privacy
  pages are of the same byte size in every language), `home.html` and `camping_map.html` (298 and
  144 bytes: redirects), the top `index.html` (a language chooser), the German and Dutch pages,
  the PDFs; every page without its pair; scripts, styles, forms, navigation, header and footer
  (the reader's own choice, below). A text holding "lorem ipsum" (any case) is left out.
- Reading: as the fortieth and thirty-ninth sets read HTML pages (the thirty-ninth set's
  site_page_texts: the twenty-fourth set's page_texts, the twenty-second set's light tree:
  paragraphs, list items, table cells, headings, a line break ending a text; scripts, styles,
  forms, navigation, header and footer left out; links read as their text; URLs, e-mail addresses
  and telephone numbers taken out; every HTML entity read as its character; a page that is not
  UTF-8 read in the encoding its markup declares), a text that is nothing but a tag's leftovers
  left out (the thirty-second set's is_prose). A text repeated in the source is taken once; an
  Italian text equal to an English one (left untranslated) or written in English
  (benchmarks/text_round6.in_english) is left out, and an English text equal to an Italian one
  likewise (the twenty-fourth set's paired_paragraphs). The reader is not changed for the
  fortieth set's known join of two words at a `<br>` inside an inline element (CONTRIBUTING.md):
  the set reads as the newest set reads.
- Caps: the source is one document, capped at 3,000 words a language (WORDS_PER_SITE, the
  twenty-fourth, thirty-second, thirty-fifth and thirty-eighth to fortieth sets'), its texts taken
  in a fixed mixed order (a hash of their text), so the cap samples the whole source; the
  benchmark's `_capped` cleans and counts them, a text of fewer than three words dropped. The byte
  sizes seen promise little: ten pairs of 5 to 85 KB, much of them a build's markup and the same
  menus, footers and forms (the home pages of 84 KB perhaps 800 to 1,500 words a language, the
  others perhaps 100 to 500 each): some 1,500 to 3,000 words a language in all, well under the
  5,000 the brief set as the least. Said here, before the count, not made up; no source is added
  or dropped after it.
- The words are counted as the sixteenth to fortieth sets' were: as loaded, and as judged by a
  plain split of the session's own (runs of letters, an elision kept joined to the word it stands
  before; words of one letter, all-capital words, words with an inner capital and capitalised
  words inside a sentence left out; not the engine's tokenizer), and bare Hunspell's unknown words
  per 100 on them (pyenchant, it_IT and en_US), the reference, the only figure seen; run through
  pyenchant, not through bench_text_accuracy's `--mode bare` (which judges by the engine's own
  tokenizer and filters and first fetches every earlier set), as for the thirtieth to fortieth
  sets.
- Run without and with the client's brand names (round41_names). Decided in the rule: the
  business's own name as its pages' titles give it: "Camping Punta Indiani". Not the capitalised
  words of the text: the site names places, lakes, pitches, lodgings and services, and a list
  drawn from them would be chosen by reading the text.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the fortieth's included), drawn with another seed (1242: 1205 plus the
  set's place in text_measure.LATER_SETS, where it is to follow the fortieth set; it follows from
  that order). The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to fortieth sets: after the single measurement, a false alarm
  that is a misspelling in the published text itself may be listed in
  benchmarks/text_round41_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and its
  sentence shows the slip; the names of firms, people, places, lakes, mountains, paths, streets,
  pitches, lodgings, products and languages, jargon (of campsites, caravans and mobile homes, of
  bookings, of cycling and trekking), acronyms, foreign words (German and Dutch words, dialect
  words, English words used in Italian text and Italian words in English text), and anything
  doubtful stay false alarms. Both figures are always reported: raw (every alarm) and net (alarms
  less the listed errors, a listed word subtracted at most as many times as it was flagged).

What was found (the snapshot extracted at 23:49 UTC; the reader run on it, the texts holding
leftover markup, a replacement character or an entity listed and five texts of each language,
drawn at random, read at 23:49 UTC to check it; the words counted at 23:49 UTC; nothing of the
rule's source, pages, exclusions, cap, reader or names changed after):

- The reader needed no change. Pairs found, by the rule's table: 10 of 10, each pair the same
  number of texts in the two languages (the PANORAMA pages 41 and 40 the exception); every page
  read is UTF-8. Texts after the pairing and the removal of repeats and untranslated ones, Italian
  and English: 164 and 162. No text holds `<`, `>`, `{`, `}`, a backslash, a replacement character
  or an entity; five hold `%` or `&` in prose (the AQVA page's "al 100%", "Relax & Privacy nel
  verde" and its English, "offerte & convenzioni" and its English). The five texts of each
  language drawn at random: in Italian a rule on animals, the mobile homes' heading, "bassa
  stagione", a sentence on reaching Trento and Venice by train and "prenotazioni"; in English the
  conditions of sale's link text, "Lakefront", a heading on short breaks, "visitor" and the mobile
  homes' booking terms, this one holding "days.To finalize" (two sentences without a space between
  them, whether so published or joined at a line break the extraction does not show was not
  looked into: the reader was not changed).
- As loaded (the benchmark's `_capped`, at 3,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 23:49 UTC):
  1,782 Italian words in 124 texts and 1,868 English words in 121 texts: well under the 5,000 the
  brief set as the least and the 10,000 asked for, within the rule's own estimate of 1,500 to 3,000;
  the one source does not reach the cap. A very small set: it should be read only with the
  twenty-fourth to twenty-sixth, thirty-second, thirty-fifth and thirty-seventh to fortieth sets'
  (web copy), never alone.
- The words judged, split by the sixteenth set's plain rule, 1,477 Italian and 1,660 English. Bare
  Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones seen):
  Italian 1.15 unknown words per 100 (17), English 1.39 (23). The Italian keeps English and French
  words of camping ("week" 2, "beach", "comforts", "spam", "mountainbikers", "dinette",
  "roulottes", "wi" and "fi", the plain split's pieces of "wi-fi") and accents written the old way
  or left out ("puo", "sara", "verra", "elettricita", "c'e", "Perchè"); the English keeps British
  spellings ("authorised" 2, "authorisation" 2, "behaviour", "cancelled", "favourite"), the
  valley's name ("Valsugana" 2), units ("sqm", "mq"), "Fi", "pre", "european" and the trade's words
  and coinages ("pingpong", "bedlinen", "campingsite", "combinable", "extractable",
  "unmatchable"). Recall and top three, which need the benchmark's planted errors, were not
  computed: the benchmark was not run on the set. Seen in passing, in bare Hunspell's list of
  unknown words, and left for the measuring session's adjudication like any other (nothing of the
  engine was changed for them, nor was the engine run): in the Italian, "racconterá" and the
  accents just named; in the English, "ledgelawn", "stayin", "ridings" and the joined
  "days.To" above.
- Names for the "+names" run, as the rule gives them: one.

The rule as first written, at 23:48 UTC, is the text above without what was found; what was found
was added at about 23:50 UTC; no source, page, exclusion, cap, reader or name changed. Facts of
the rule's text were put right at 23:48 UTC, before the snapshot was extracted: the session had
fetched the snapshots of twenty other repositories (not twenty-six); it had searched eighteen
refused repositories' histories for agent files (not twenty); one README read was of three lines
(not two); and two refusals were reworded to say only what their file lists show (an earlier copy
of a refused site, by its name; a project's pages, not an association's). At about 23:50 UTC,
after the count, two facts of the commit log were put right, not of the text: fifty commits are
named "release" (not fifty-five), and the commit "fixed and ML suggestions" changed the home
and pitch pages of the four languages and the offers pages of three (not the Italian one); and
three phrases were reworded to claim no more than was seen: "a family campsite" became "a campsite
(for families, by its home page's title)", the translation subjects are read "by their subjects"
as the developer's work, and a booking form said to repeat on every page (not seen) was dropped
from the weaknesses.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    checked_snapshots,
    lorem_free_reader,
    sites_texts,
    table_pairs,
)
from benchmarks.text_round32 import is_prose
from benchmarks.text_round39 import site_page_texts

WORDS_PER_SITE = 3000  # per site and language, as the twenty-fourth and fortieth sets'
# The repository the rule names (a snapshot folder, `owner+name`), with the commit the rule read
# (the head of its default branch).
SNAPSHOTS = {
    "CampingPuntaIndiani+CampingPuntaIndiani.github.io": (
        "a294635fa809ce316f66586f55e4656308c49569"
    ),
}
# The business's own name, as its pages' titles give it.
NAMES = ("Camping Punta Indiani",)


def fetch_round41(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshot ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshot is made beforehand (tools/extract_text_snapshot.sh); a
    missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round41", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# The site: its pairs of pages, (Italian texts, English texts), by a table of names written from
# its file list and its pages' titles.

# Camping Punta Indiani: `it/` and `en/`, the same name where the page's name is not translated
# (the legal pages, the redirects, the language chooser, German and Dutch not read).
CAMPING_SAME = ("index", "aqva", "panorama", "relax", "gallery", "booking_success")
CAMPING_PAGES = {
    **{f"it/{name}.html": f"en/{name}.html" for name in CAMPING_SAME},
    "it/case-mobili.html": "en/mobile-homes.html",
    "it/offerte.html": "en/promotions.html",
    "it/prezzi.html": "en/prices.html",
    "it/regolamento.html": "en/rules.html",
}


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "CampingPuntaIndiani+CampingPuntaIndiani.github.io": table_pairs(
        CAMPING_PAGES, site_page_texts
    ),
}


# a site's Italian and English texts, as the thirty-ninth set reads them (each page in its own
# encoding), less lorem ipsum and a malformed tag's leftovers (the thirty-second set's is_prose)
site_paragraphs = lorem_free_reader(SITES, keep=is_prose)


def round41_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (site, its texts in a fixed mixed order) of the set's one site."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round41(root))


def round41_names() -> list[str]:
    """Return the client's brand names for the second measure: the business's own name as its
    pages' titles give it."""
    return sorted(NAMES)
