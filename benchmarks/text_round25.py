"""The twenty-fifth held-out text set (issue 17, twenty-fifth round), by a rule written first.

The rule, written on 6 December 2026 at 03:12 UTC (`date -u` read 03:12:09 just before it was
written) before any figure of our engine on the set was seen, before any page of its sites was
read and before any of its words was counted, and never to be measured by the session that wrote
it: by a later session. The session that wrote it had read the twenty-fourth set's code, rule and
tests and the wiring of the earlier sets, measured none of them, and, to choose the sites, had
only listed public GitHub repositories and their files (the search index's repository and file
lists, found by names such as `content/it/_index.md`, `content/about/_index.it.md`,
`content/italian/_index.md`, `src/pages/index.it.md`, `_i18n/it.yml`, `it/contatti.html`; then
the snapshots' trees, `git ls-tree`, and the byte sizes of their page files), read their READMEs
and licence files, their site configurations' titles and languages (config.toml, hugo.toml,
hugo.yaml, config/_default/*.toml, _config.yml, gatsby-config.js) and the subjects and authors of
the repositories' commits (looking for marks of machine translation or generated text). Searches
of the code index showed, besides configurations, the opening lines of files of repositories not
taken (a Hugo theme's Italian README page, a web agency's portfolio page on a B&B, a B&B mockup's
README, React and JavaScript dictionaries of holiday lets, a farm's and a cinema's READMEs, an
association's PHP strings); the first lines of the Ocarina museum's old `it/README.md` (one
sentence on the museum) and the nutritionist's `content/en/license.md` (the Hugo Scroll theme's
MIT licence) and `credits.txt` (photo credits) were read as licence and README files. After it
was written the snapshots were extracted, a few of their pages and paragraphs read to write the
reader, the words counted and bare Hunspell, the reference, run on them through pyenchant; never
our engine. What was found is told below, with its time:

- Like the twenty-fourth set, and unlike every set before it, this set is what an auditor of a
  company's customer experience reads: the web copy of real organisations, written in Italian
  with its English version on the same site, read from snapshots of the repositories of their
  websites (a folder per repository, `owner+name`, under the folder named by $TEXT_SNAPSHOTS; see
  tools/extract_text_snapshot.sh). No repository of an earlier text set or image part (checked
  by `grep -ri owner/name benchmarks tests CONTRIBUTING.md docs`: none found). Eight sites, in
  this order:
  1. furins/ferrara-ebraica (commit 04358c05, March 2020): "Ferrara Ebraica | MEIS", the site
     of an exhibition on the Jewish history of Ferrara of the MEIS (Museo Nazionale
     dell'Ebraismo Italiano e della Shoah, Ferrara), in Hugo: `content/<page>.md` Italian (the
     default language) and `content/<page>.en.md`. Commit subjects "traduzioni inglese", "fix
     traduzioni inglese", "completato italiano". No licence file, no README.
  2. gioele-santi/cucina-di-lodi.github.io (commit 86848dd9, 2017-2018): "La cucina di Lodi",
     cooking courses and fresh pasta in Lodi, in Jekyll with the multiple-languages plugin:
     `_i18n/it/<path>` and `_i18n/en/<path>` (the courses, the pasta, the presentations and the
     blog posts). Commit subjects "Completed products english translation.", "Translated
     posts", "Corsi 2018 (inglese)". No licence file, no README.
  3. Julian-Alps/rifugiokugy.com (commit aa54aee9, 2019-2025): "Rifugio Kugy", a mountain hut
     (CAI) with rooms, restaurant and shop in the Julian Alps, in Gatsby with Netlify CMS:
     `src/pages/**/index.it.md` and `index.en.md` (and `contatti.it.md`, `contacts.en.md`), the
     text mostly in the pages' front matter. README: "Official Rifugio Kugy website"; licence:
     MIT (Walter Perdan, 2019) for the code, and the README says "Images and text are
     copyrighted, you must ask permission to the owner": the text is read here for a private
     measurement only, quoted in no file of the project but the adjudication list.
  4. tobiabocchi/lasiorenna (commit cb54ef14, 2024-2025): "La Siorén'na", a B&B with restaurant
     and food and craft workshops (lasiorenna.it), in Hugo: `content/it/**` and `content/en/**`,
     the same paths. The content came in one commit ("Add website content", April 2024). No
     licence file; README: the site's name and address.
  5. laserradesca/agrihugo (commit 16c226b2, 2022-2026): "Cascina La Cà | La Serradesca Società
     Agricola", a farm (fruit, honey, wine, farm workshops), in Hugo: `content/**/<page>.it.md`
     and `<page>.en.md`. The commits say the English was drafted first ("english draft alpha",
     "some italian translation", then "added italian content" by the owners' editor), both by
     hand; a first draft of 2022 had "dummy content", since replaced. No licence file; README:
     "Static website for La Serradesca Società Agricola".
  6. cdelledonne/verartis.com (commit 1dc41b13, 2022-2024): "Ver Artis", guided tours of
     museums and cities in the Netherlands for Italian and English-speaking visitors, in Hugo
     (the premium Bigspring theme, not in the repository): `content/italian/<page>.md` and
     `content/english/<page>.md`. No licence file; README: how to build it.
  7. riasissu/sito-riasissu (commit 0d7e879a, 2023-2025): "RIASISSU", the network of the
     student associations of the Italian schools of excellence (Scuole Superiori Universitarie),
     in Hugo: `content/it/**` and `content/en/**`, the same paths (the schools, the exchanges,
     the events, the commissions). Commit subject "fixing english pages". No licence file, no
     README.
  8. filippofontana/nutreezionista-website (commit 89ff9e14, 2024): "Dott.ssa Greta Magri -
     Biologa Nutrizionista a Modena" / "Dr. Greta Magri - Nutritionist in Modena", a
     nutritionist's professional site, in Hugo (the Hugo Scroll theme): `content/it/**` and
     `content/en/**`. No licence file for the content (the theme's MIT licence is a page of it).
  Judged before reading any text, not after: a repository is not taken when it shows marks of
  generated or machine-translated text (agent instruction or settings files: CLAUDE.md,
  AGENTS.md, AGENT.md, `.claude`, `.clinerules`, `.cursor`; commits by an agent; a README, file
  or commit saying the text was generated or translated by a machine, DeepL, Google Translate,
  GPT) or is a template, theme demo, test or example site. The commit subjects of the eight
  speak of translating by hand, none of a machine, and no commit of theirs is by an agent.
  After reading, no site is dropped for the quality of its Italian or English.
  Refused, before reading any of their pages: nferruzzi/gliding-in-tuscany (an aero-agriturismo:
  `.claude/settings.local.json`), elpie89/stefanini-jewerly (a jeweller: CLAUDE.md),
  tabuto/occhipintiantonio.com (a painter: CLAUDE.md and AGENT.md), RodolfoUD/villa-ottelio (a
  historic villa: `.clinerules`, and blog pages in four languages fixed by scripts),
  VincenzoPar/terreMassesi (a winery: a `testChatGPT.html`), SviluppoItaliaDigitale/
  sito-misericordia-ariccia (a charity: CLAUDE.md, its pages written in commits by Claude),
  glacierfxz/billisescape (hundreds of look-alike honeymoon posts), giuda-ballerino/limonium (a
  shop: three paired pages, commit subjects in the manner of coding agents, 2026),
  turbolince/outdoormap (a cartographer: search-engine articles of 2025 whose commits all say
  "Aggiornamento del sito Hugo", so nothing tells how they were written),
  dottorDeaPeste/altierivenice (a Venice hotel's old site uploaded again in 2024, a commit
  saying "Fixed duplicate content issues across all pages": rewritten by unknown means),
  vattelalberto/museo-ocarina-budrio (a web-design exercise on the Ocarina museum of Budrio,
  with a documentation page of wireframes and "noindex": not the museum's own site).
  Looked at and not taken for other reasons: AlbertInfo/podere_la_cavallara (a booking
  application, its pages in PHP), lucaluisi/hotelristorantepuntoverde.it,
  DaniCongi/casavacanzeogliastra.it and filippodicostanzo/villamaria (the text in React, Next.js
  and Vue code), guidealpinesardegna/website (the text in Contentful, not in the repository),
  FabioCarusi/languageshop.it and VSMilizia/PrestiniConsulting (a translation agency and a
  consultant: their English is one to three pages), antenori-choir/antenori-choir.github.io
  (English home page only), gianiaz/aurum-site (four languages at once, a page on an AI
  assistant), eliblaster/heurebleue (a theme's demo products), epehj/geikogroove,
  European-Dream/website and MarcDrudis/casacare-website (French, English or Catalan first),
  3tw/Go4Trail (a Slovenian race organiser: Italian probably from Slovenian),
  cookintrix/cookintrix.it (a personal recipe blog), Cretalex90/centrotavola (a food
  magazine's exported articles), lidiaggerosa/lidia-sito (legal software with a keyword map),
  gfgit/SVF_website (a demo post left), ololiuhqui/ervakambo, miko81/maris-rigging-site and
  nicolamedamd/nicolamedamd.github.io (not examined further: a few pages, several languages,
  or a blog of 2026), simoneattana/marchesidigresy (no snapshot to be had here),
  caminolicoppola/website (its snapshot, 1.5 GB, over the limit) and
  circologoisticopadovano/circologoisticopadovano.github.io (no snapshot, as for the
  twenty-fourth set); the Terra-Mia-AI-Services and emalinux repositories, for the
  twenty-fourth set's reasons.
- Pairs: a page counts only when it exists in both languages, matched without reading its text:
  by the language in the file name (MEIS: `<page>.md` and `<page>.en.md`; Cascina La Cà:
  `<page>.it.md` and `<page>.en.md`); by the same path under each language's folder (La cucina
  di Lodi's `_i18n/it` and `_i18n/en`; La Siorén'na's, RIASISSU's and the nutritionist's
  `content/it` and `content/en`); by a table written from the file lists, matching names that
  translate each other (Rifugio Kugy: `index`, `attività` and `activities`, `camere` and
  `rooms`, `ristorante` and `restaurant`, `bottega` and `shop`, `contatti` and `contacts`,
  `contatto/grazie` and `contact/thanks`; Ver Artis: `_index`, `chi-siamo` and `about`,
  `condizioni` and `conditions`, `contatti` and `contact`, `faq`, `servizi` and `services`,
  `storie` and `stories`).
- Left out, decided before reading: privacy and cookie pages (MEIS has none; Ver Artis's
  `privacy`; the nutritionist's `legal`); pages that list people and roles or thank them
  (MEIS's `ringraziamenti`, RIASISSU's `organigramma`); the theme's pages of the nutritionist's
  site (`credits`, `external`, `license`, `homepage/index`); index pages of tags and posts
  (Rifugio Kugy's `tags`, RIASISSU's `posts/_index`); Ver Artis's form messages (`formok`,
  `formerror`); interface strings and data files (`i18n/*`, `_i18n/*.yml`, `data/**`, Rifugio
  Kugy's `src/data/messages/*.js`, La cucina di Lodi's `date_format.html`): the farm's
  `data/*/feedback.yml` holds customers' reviews, and data files may hold a theme's sample text;
  every page without its pair. A paragraph holding "lorem ipsum" (any case) is left out.
- Reading: as the twenty-fourth set reads (its functions, imported from
  benchmarks/text_round24.py): Markdown bodies and front matter; from the front matter, every
  string value that is prose (at least two words) under a key that is not an identifier, link,
  media, date, layout or classification key (text_round24.NOT_PROSE_KEYS); from Markdown bodies,
  paragraphs, list items, headings and block quotes, each its own text, without code, Hugo
  shortcodes' tags, Liquid tags, HTML comments and tags (a block tag ends a text), images and
  tables; a link read as its text; URLs, e-mail addresses and telephone numbers taken out;
  emphasis marks dropped. A paragraph repeated in a site is taken once; an Italian paragraph
  equal to an English one of the same site (left untranslated) or written in English
  (benchmarks/text_round6.in_english) is left out, and an English paragraph equal to an Italian
  one of the same site likewise.
- Caps: a site is one document, capped at 3,000 words a language (WORDS_PER_SITE, the
  twenty-fourth set's), its paragraphs taken in a fixed mixed order (a hash of their text), so
  the cap samples the whole site and no site dominates; the benchmark's `_capped` cleans and
  counts them, a text of fewer than three words dropped. The aim: 15,000 words a language or
  more (at most 24,000 with the cap over eight sites); the byte sizes of the page files, seen
  before this rule, promised perhaps 12,000 to 16,000; whatever it comes to, no site is added
  or dropped after the count, and a shortfall is said, not made up.
- The words are counted as the sixteenth to twenty-fourth sets' were: as loaded, and as judged
  by a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the
  only figure seen.
- Run without and with the client's brand names (round25_names). Decided in the rule: each
  organisation's own name as its site configuration gives it (the site's title, each
  language's where it has its own, less the description that follows a bar or a dash):
  "Ferrara Ebraica" and "MEIS", "La cucina di Lodi", "Rifugio Kugy", "La Siorén’na" (spelt so,
  with a typographic apostrophe), "Cascina La Cà" and "La Serradesca Società Agricola", "Ver
  Artis", "RIASISSU", "Dott.ssa Greta Magri" and "Dr. Greta Magri". Not the capitalised words of
  the text: a list drawn from them would be chosen by reading the text.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the twenty-fourth's included), drawn with another seed (1226: 1205 plus
  the set's place in text_measure.LATER_SETS, where it is to follow the twenty-fourth set; it
  follows from that order). The generated slips are drawn, as for every set, from this set's
  own texts.
- Adjudication, as in the seventh to twenty-fourth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round25_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors) and counted apart as an
  error found in the published text. A word counts as such only when no Italian or English
  dictionary has it and its sentence shows the slip; the names of organisations, people, places,
  mountains, churches, dishes, wines, grapes and products, jargon (of tourism and hospitality,
  of cooking and pasta, of farming and wine, of mountaineering, of Jewish history and liturgy,
  of nutrition, of universities), foreign words (Latin, Hebrew, Yiddish, Slovene, Friulian,
  dialect words, English words used in Italian text and Italian words in English text), and
  anything doubtful stay false alarms. Both figures are always reported: raw (every alarm) and
  net (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).

What was found (the snapshots extracted at 03:12 UTC; a few pages and paragraphs read from 03:13
to 03:15 UTC to write the reader; the words counted at 03:15 UTC; nothing of the rule's sites,
pages, exclusions, cap or names changed after):

- The reader, written after the rule from those pages, adds to the twenty-fourth set's: the
  front matter keys of these sites that are media, links, navigation or form interface strings
  (MORE_NOT_PROSE_KEYS: image credits, featured images and videos, Rifugio Kugy's picture
  galleries, `masonry*`, `photos`, `sizes`, MEIS's cover, video id and page links, the farm's
  form placeholders and consent line, the nutritionist's menu titles), a value of several lines
  read as Markdown (Rifugio Kugy keeps Markdown, headings and lists, in double-quoted strings of
  its front matter, which the twenty-fourth set's reader joined into one text), and three
  shortcodes that stand inside a sentence rendered rather than ending the text (`ref` and
  `param` in a link's target, the nutritionist's `years-till-today`, printed as the number of
  years in 2024), and emoji codes (`:railway_track:`) dropped.
- Pairs found, by the rule's matching: MEIS 22 (the home page and 21 pages of the exhibition;
  `ringraziamenti` left out), La cucina di Lodi 20 (three presentations, four courses, seven
  pasta pages, six posts: the Italian blog's other ten posts have no English), Rifugio Kugy 7,
  La Siorén'na 17, Cascina La Cà 8, Ver Artis 7, RIASISSU 19 (the schools' index and twelve
  schools' pages among them; `events/openday` and `xcool` are Italian only), the nutritionist
  8. 108 pairs in all.
- As loaded (the benchmark's `messages`, `_capped` at 3,000 words a site; counted at 03:15
  UTC): 13,390 Italian words in 445 texts and 13,012 English words in 428 texts: below the
  aim's 15,000, as the file sizes had let expect (eight sites, five of them small; no site was
  added). By site, Italian and English, capped (uncapped): MEIS 3,021 (3,301) and 3,050 (3,334);
  La cucina di Lodi 1,936 and 1,940; Rifugio Kugy 2,656 and 2,475; La Siorén'na 2,088 and
  1,968; Cascina La Cà 941 and 919; Ver Artis 494 and 500; RIASISSU 1,704 and 1,624; the
  nutritionist 550 and 536 (all but MEIS under the cap). Texts by site, Italian and English: 76
  and 79, 106 and 105, 75 and 66, 61 and 61, 38 and 34, 27 and 23, 32 and 31, 30 and 29.
- The words judged, split by the sixteenth set's plain rule, 11,009 Italian and 11,344 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones seen):
  Italian 1.63 unknown words per 100 (179), English 4.72 (535), the English the highest of any
  set, above the twenty-fourth's 3.69: La Siorén'na's English page on the house
  (`about/la_siorenna`) holds a story in Italian that its Italian page does not have (eight
  paragraphs, 432 words, equal to no Italian paragraph, so kept by the rule: 328 of the 535
  English unknown words, "di", "il", "della" among them; without its 395 judged words the English
  would be 1.89 per 100); the English pages keep Italian dishes, pasta and places ("cappelletti",
  "raviggiolo", "strozzapreti", "Valbruna", "malga"), MEIS's pages Hebrew words of the liturgy
  ("rimmonim", "qodesh", "ketarim", "chuppah", "haftarah"), the British spellings of some writers
  ("savoury", "flavour", "honour", "practise", "organised") are not en_US, and the plain split
  leaves ordinals' "th" (11). The Italian list holds the same Hebrew words, RIASISSU's
  gender-neutral forms with a schwa ("studentɜ", "allievɜ", "Lɜ", a written form of inclusive
  Italian, not a slip), English words used in Italian ("nordic walking", "bike", "social",
  "widget") and Rifugio Kugy's heading set in Unicode small capitals. Recall and top three, which
  need the benchmark's planted errors, were not computed: the benchmark was not run on the set.
  Seen in passing, in bare Hunspell's list of unknown words, and left for the measuring session's
  adjudication like any other (nothing of the engine was changed for them, nor was the engine
  run): in the Italian, "ridure", "lungheza", "cioé", "ammorbire", "ripeni", "prezemolo",
  "parmiggiano", "dela", "sorpendere", "preparemo", "meritevol", "commisione", "un'indesiderato",
  "pò"; in the English, "informations" (3), "foreing", "afound", "intorduce", "flavos", "faily",
  "tradional", "spontaneus", "avaliable", "penden".
- Names for the "+names" run, as the rule gives them: eleven (MEIS, Cascina La Cà and the
  nutritionist give two each).

The rule as first written, at 03:12 UTC, is the text above without what was found; what was found
was added at about 03:16 UTC; no site, page, exclusion, cap or name changed.

Measured once, by a later round (not the session that wrote this rule), at its end, and never
before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.text_round24 import (
    Pair,
    by_table,
    checked_snapshots,
    front_matter_values,
    html_text_paragraphs,
    inline_text,
    lorem_free_reader,
    markdown_paragraphs,
    prose_key,
    sites_texts,
    split_front_matter,
)

WORDS_PER_SITE = 3000  # per site and language, as the twenty-fourth set's: no site dominates
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read.
SNAPSHOTS = {
    "furins+ferrara-ebraica": "04358c05d1210cd54b19d57c81215dbfdbafcb93",
    "gioele-santi+cucina-di-lodi.github.io": "86848dd9f101094af58944de7dd76d701661ba7c",
    "Julian-Alps+rifugiokugy.com": "aa54aee9b893f3d68e4e22404fbdbb9b808f5d2a",
    "tobiabocchi+lasiorenna": "cb54ef141fb793dec322784ff7587183a4d8062a",
    "laserradesca+agrihugo": "16c226b2add684eec73a556c68183882e09b773e",
    "cdelledonne+verartis.com": "1dc41b13dd6ba0c2e465b864b6e76d3c4c4029b5",
    "riasissu+sito-riasissu": "0d7e879a124e4b300f5e6988741550c2e5b03c93",
    "filippofontana+nutreezionista-website": "89ff9e14a671a3153f37109ffc3de73117b529eb",
}
# Each organisation's own name, as its site configuration gives it: the client's brands.
NAMES = (
    "Ferrara Ebraica",
    "MEIS",
    "La cucina di Lodi",
    "Rifugio Kugy",
    "La Siorén’na",
    "Cascina La Cà",
    "La Serradesca Società Agricola",
    "Ver Artis",
    "RIASISSU",
    "Dott.ssa Greta Magri",
    "Dr. Greta Magri",
)


def fetch_round25(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round25", SNAPSHOTS, root)


# Front matter keys of these sites of the kinds the rule leaves out besides the twenty-fourth
# set's NOT_PROSE_KEYS (media, links, navigation and form interface strings, layout), named from
# a list of the pages' keys (their names only), made after one page of Rifugio Kugy had been read
# to see how its front matter is laid out.
MORE_NOT_PROSE_KEYS = frozenset(
    [
        "image_credits",
        "featureimage",
        "featured_video",
        "sliderimage",
        "header_image",
        "header_use_video",
        "copertina",
        "videoid",
        "next",
        "prev",
        "permalink",
        "ordine",
        "photos",
        "srcset",
        "sizes",
        "placeholdername",
        "placeholdermail",
        "placeholdertext",
        "formconsent",
        "footer_menu_title",
        "header_menu_title",
        "navigation_menu_title",
        "nav_to_top_title",
        "detailed_page_path",
        "headless",
        "published",
    ]
)


def _front_ok(path: tuple[str, ...]) -> bool:
    """Return True for a prose key by the twenty-fourth set's rule and by these sites' own."""
    return prose_key(path) and not any(
        k.lower() in MORE_NOT_PROSE_KEYS or k.lower().startswith("masonry") for k in path
    )


_QUOTED_OPEN = re.compile(r'^(?P<head>(?P<indent> *(?:- +)?)[A-Za-z_][\w-]* *: *)"(?P<rest>.*)$')


def literal_quoted(front: str) -> str:
    """Return a front matter with its double-quoted strings wrapped over several lines (Rifugio
    Kugy's Markdown held in the front matter) written as literal blocks, so their lines and
    blank lines reach the reader; a string closed on its own line is left as it is."""
    lines = front.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _QUOTED_OPEN.match(lines[i])
        rest = match["rest"].rstrip() if match else ""
        if not match or (rest.endswith('"') and not rest.endswith('\\"')):
            out.append(lines[i])
            i += 1
            continue
        block = [rest]
        i += 1
        while i < len(lines):
            line = lines[i].strip()
            i += 1
            if line.endswith('"') and not line.endswith('\\"'):
                block.append(line[:-1])
                break
            block.append(line)
        pad = " " * (len(match["indent"]) + 2)
        out.append(match["head"] + "|")
        out += [pad + b.replace('\\"', '"') if b else "" for b in block]
    return "\n".join(out)


def front_prose(front: str) -> list[str]:
    """Return the prose values of a front matter, as the twenty-fourth set's `front_texts` does
    (at least two words, under no key of the kinds left out), a value of several lines read as
    Markdown (its paragraphs, headings and list items each a text)."""
    out = []
    for path, value in front_matter_values(literal_quoted(front)):
        if not _front_ok(path):
            continue
        pieces = markdown_paragraphs(value) if "\n" in value else [inline_text(value)]
        out += [t for t in pieces if len(t.split()) >= 2 and re.search(r"[^\W\d_]", t)]
    return out


# Shortcodes that stand inside a sentence or a link, rendered before the page is read (the
# twenty-fourth set's reader ends a text at a shortcode): a link's target (`ref`, `relref`,
# `param`) becomes "#", and the nutritionist's `years-till-today` the number of years Hugo
# printed in the year of the snapshot's commit (2024); an emoji code (`:railway_track:`, which
# Hugo prints as the emoji) is dropped.
_INLINE_SHORTCODE = re.compile(
    r"\{\{[<%]\s*(?:rel)?ref\s[^{}]*?[%>]\}\}|\{\{[<%]\s*param\s[^{}]*?[%>]\}\}"
)
_YEARS = re.compile(r"\{\{%\s*years-till-today\s+(\d{4})\s*%\}\}")
_EMOJI_CODE = re.compile(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])")
RENDER_YEAR = 2024


def render_inline(text: str) -> str:
    """Return a page's text with the shortcodes that stand inside a sentence rendered."""
    text = _INLINE_SHORTCODE.sub("#", text)
    text = _YEARS.sub(lambda m: str(RENDER_YEAR - int(m.group(1))), text)
    return _EMOJI_CODE.sub("", text)


def _texts(page: Path) -> list[str]:
    """Return the texts of a page, as the twenty-fourth set's `page_texts` reads them (its
    front matter's prose values, then its body's paragraphs), after `render_inline`."""
    front, body = split_front_matter(render_inline(page.read_text("utf-8", errors="replace")))
    texts = front_prose(front)
    if page.suffix.lower() in (".html", ".htm"):
        return texts + html_text_paragraphs(body)
    return texts + markdown_paragraphs(body)


# ---------------------------------------------------------------------------------------------
# The sites: each yields its pairs of pages, (Italian texts, English texts).

PAGE_SUFFIXES = (".md", ".markdown")


def same_paths(
    it_root: Path,
    en_root: Path,
    left_out: frozenset[str] = frozenset(),
    read: Callable[[Path], list[str]] = _texts,
) -> Iterator[Pair]:
    """Pages at the same path under each language's folder (`left_out`: relative paths), each
    read by `read` (this set's `_texts` unless another set gives its own reader)."""
    for it_page in sorted(it_root.rglob("*")):
        if it_page.suffix not in PAGE_SUFFIXES or not it_page.is_file():
            continue
        relative = it_page.relative_to(it_root).as_posix()
        if relative in left_out or relative.split("/", 1)[0] + "/" in left_out:
            continue
        en_page = en_root / relative
        if en_page.is_file():
            yield read(it_page), read(en_page)


MEIS_LEFT_OUT = frozenset(["ringraziamenti"])


def _meis(root: Path) -> Iterator[Pair]:
    """`content/<page>.md` (Italian, the default language) and `content/<page>.en.md`."""
    for it_page in sorted((root / "content").glob("*.md")):
        if it_page.name.endswith(".en.md") or it_page.stem in MEIS_LEFT_OUT:
            continue
        en_page = it_page.with_name(it_page.stem + ".en.md")
        if en_page.is_file():
            yield _texts(it_page), _texts(en_page)


def _cucina(root: Path) -> Iterator[Pair]:
    yield from same_paths(root / "_i18n" / "it", root / "_i18n" / "en")


# Rifugio Kugy's Italian pages and their English ones, a table written from the file list.
KUGY_PAGES = {
    "index.it.md": "index.en.md",
    "attività/index.it.md": "activities/index.en.md",
    "camere/index.it.md": "rooms/index.en.md",
    "ristorante/index.it.md": "restaurant/index.en.md",
    "bottega/index.it.md": "shop/index.en.md",
    "contatti.it.md": "contacts.en.md",
    "contatto/grazie.it.md": "contact/thanks.en.md",
}


def _kugy(root: Path) -> Iterator[Pair]:
    pages = root / "src" / "pages"
    yield from by_table(pages, pages, KUGY_PAGES, _texts)


def _lasiorenna(root: Path) -> Iterator[Pair]:
    yield from same_paths(root / "content" / "it", root / "content" / "en")


def _serradesca(root: Path) -> Iterator[Pair]:
    """`content/**/<page>.it.md` and `<page>.en.md`."""
    for it_page in sorted((root / "content").rglob("*.it.md")):
        en_page = it_page.with_name(it_page.name.removesuffix(".it.md") + ".en.md")
        if en_page.is_file():
            yield _texts(it_page), _texts(en_page)


# Ver Artis's Italian pages and their English ones (privacy and the form messages left out).
VERARTIS_PAGES = {
    "_index.md": "_index.md",
    "chi-siamo.md": "about.md",
    "condizioni.md": "conditions.md",
    "contatti.md": "contact.md",
    "faq.md": "faq.md",
    "servizi.md": "services.md",
    "storie.md": "stories.md",
}


def _verartis(root: Path) -> Iterator[Pair]:
    yield from by_table(
        root / "content" / "italian", root / "content" / "english", VERARTIS_PAGES, _texts
    )


RIASISSU_LEFT_OUT = frozenset(["organigramma/", "posts/_index.md"])


def _riasissu(root: Path) -> Iterator[Pair]:
    content = root / "content"
    yield from same_paths(content / "it", content / "en", RIASISSU_LEFT_OUT)


NUTRITIONIST_LEFT_OUT = frozenset(
    [
        "homepage/credits.md",
        "homepage/external.md",
        "homepage/license.md",
        "homepage/index.md",
        "legal.md",
        "license.md",
    ]
)


def _nutritionist(root: Path) -> Iterator[Pair]:
    content = root / "content"
    yield from same_paths(content / "it", content / "en", NUTRITIONIST_LEFT_OUT)


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "furins+ferrara-ebraica": _meis,
    "gioele-santi+cucina-di-lodi.github.io": _cucina,
    "Julian-Alps+rifugiokugy.com": _kugy,
    "tobiabocchi+lasiorenna": _lasiorenna,
    "laserradesca+agrihugo": _serradesca,
    "cdelledonne+verartis.com": _verartis,
    "riasissu+sito-riasissu": _riasissu,
    "filippofontana+nutreezionista-website": _nutritionist,
}


# a site's Italian and English paragraphs, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round25_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (site, its paragraphs in a fixed mixed order) of the set's eight sites."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round25(root))


def round25_names() -> list[str]:
    """Return the client's brand names for the second measure: each organisation's own name
    as its site configuration gives it."""
    return sorted(NAMES)
