"""The thirty-seventh held-out text set (issue 17, thirty-seventh round), by a rule written first.

The rule, written on 6 December 2026 at 16:45 UTC (`date -u` read 16:45:07 just before it was
written) before any figure of our engine on the set was seen, before any page of its sources was
read (but for the pages' titles, below) and before any of its words was counted, and never to be
measured by the session that wrote it: by a later session. The session that wrote it had read
the thirty-sixth, thirty-fifth, thirty-fourth and thirty-second sets' code, rules and tests, the
shared helpers of benchmarks/text_round24.py and text_round31.py, the wiring of the earlier sets
(benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py), the common snapshot checks
(tests/test_bench_text_snapshot_sets.py) and tools/extract_text_snapshot.sh, measured none of
them, and, to choose the sources, had listed public GitHub repositories and their files (the
search index's repository and file lists: found by names such as `ristorante`, `trattoria`,
`osteria`, `frantoio`, `oleificio`, `olivicola`, `cantina`, `cantine`, `vini`, `vinicola`,
`vitivinicola`, `winery`, `vigna`, `tenuta`, `podere`, `masseria`, `agricola`, `agriturismo`,
`enoteca`, `vineria`, `pasticceria`, `gelateria`, `panificio`, `forneria`, `pastificio`,
`caseificio`, `salumeria`, `salumificio`, `macelleria`, `birrificio`, `distilleria`,
`torrefazione`, `cioccolat`, `tartuf`, `apicoltura`, `balsamico`, `zafferano`, `formaggi`,
`limoncello`, `mozzarella`, `nocciol`, `oliveto`, `enogastronom`, `bottega`, `rifugio`, and by
paths such as `en/wines.html`, `en/vini.html`, `it/vini.html`, `en/menu.html`, `it/menu.html`,
`menu-en.html`, `menu_en.html`, `en/oil.html`, `en/olio.html`, `en/olive-oil.html`,
`en/azienda.html`, `en/cantina.html`, `en/ristorante.html`, `en/storia.html`,
`en/our-story.html`, `en/territory.html`, `en/territorio.html`, `en/vineyards.html`,
`en/wine.html`, `en/vino.html`, `en/farm.html`, `en/the-farm.html`, `en/azienda-agricola.html`,
`en/our-products.html`, `en/prodotti.html`, `en/honey.html`, `en/beers.html`, `en/pizza.html`,
`en/shop.html`, `en/negozio.html`, `en/cucina.html`, `en/eventi.html`, `en/galleria.html`,
`en/prenota.html`, `en/contatti.html`, `en/dove-siamo.html`, `en/tastings.html`,
`en/degustazioni.html`, `en/index.htm`, `en/azienda.htm`, `en/prodotti.htm`, `en/vini.htm`,
`en/storia.htm`, `it/index.htm`, `eng/index.htm`, `eng/products.html`, `ita/index.html`,
`it/storia.html`, `it/history.html`, `it/territorio.html`, `it/ristorante.html`,
`it/dove-siamo.html`, `it/contatti.html`, `it/products.html`, `it/wines.html`,
`chi-siamo-en.html`, `prodotti-en.html`, `index_en.html`, `index-eng.html`, `index.it.html`,
`inglese/index.html`, `english/index.html`, `src/index.en.html`, `vini.html`, `olio.html`,
`cantina.html`, `wines.html`, `frantoio.html`, `degustazioni.html`, `content/it/menu.md`,
`content/en/menu.md`, `content/menu.en.md`, `content/it/prodotti.md`, `content/it/azienda.md`,
`content/it/vini.md`, `content/it/cantina.md`, `content/it/ristorante.md`, `content/it/olio.md`,
`content/it/storia.md`, `content/en/wines.md`, `content/en/wines/_index.md`,
`content/wines/_index.it.md`, `content/vini/_index.en.md`, `content/menu/_index.it.md`,
`content/prodotti/_index.en.md`, `content/it/prodotti/_index.md`, `content/it/vini/_index.md`,
`_i18n/it.yml`, `_data/it.yml`, `en/index.md`); then the snapshots of the chosen repositories
and of some sixty others: their trees (`git ls-tree`, with the byte sizes of the page files of
the chosen and of a few others), branches, the authors, e-mail addresses, subjects and dates of
every commit, whether a branch is merged into the default one (`git merge-base`), a search of
every commit message of every branch for words that mark machine translation, generated text,
agents and bots (DeepL, GPT, Copilot, Claude, Cursor, Gemini, "machine", "automat", "AI", LLM,
"generat", "Google Translate", "tradu", "translat"; the lines it matched were printed, so a few
commit messages of refused repositories were seen), a search of every branch's history for agent
files (CLAUDE.md, AGENTS.md, GEMINI.md, `.claude`, `.agent`, `.cursor`, `.clinerules`,
`.junie`, `.windsurf`, `.github/copilot-instructions.md`, `llms.txt`), the `<title>` element
and the `<html>` tag of every page of the two chosen sources' Italian and English folders and
of three refused sites (a café's nine pages, The Spice's later redesign's twenty-one, another
restaurant site's fourteen), and the first three lines of one refused site's README. The
search index's full-text search was not used, so no opening of any file was shown in passing.
After it was written the snapshots are to be extracted, a few of their texts read to check the
reader, the words counted and bare Hunspell, the reference, run on them through pyenchant;
never our engine. What was found is told below, with its time.

- Like the twenty-fourth to twenty-sixth, thirty-second and thirty-fifth sets (web copy of
  businesses) and unlike the thirty-third, thirty-fourth and thirty-sixth (a research group,
  apps' strings, non-commercial bodies), this set is the web copy of small Italian food
  businesses, what an auditor of customer experience reads in front of a client: a family farm
  that grows hazelnuts and makes its products, and a restaurant, written in Italian with its
  English version on the same site, read from snapshots of the repositories of their websites
  (a folder per repository, `owner+name`, under the folder named by $TEXT_SNAPSHOTS; see
  tools/extract_text_snapshot.sh, which keeps HTML, `.htm` included). Both are plain HTML
  sites, an HTML page a language for each page. Two sources, of two businesses and two owners,
  in this order:
  1. agricolamorra/agricolamorra.github.io (commit a9387c7b, 20 November 2024, the head of its
     default branch `main`; October 2021 to November 2024): "Azienda agricola Andreas Morra"
     (its pages' titles: "Nocciole in guscio - Azienda agricola Andreas Morra", "Hazelnuts -
     ...", "Crema gianduia - ...", "Gianduia cream - ...", "Olio di nocciola - ...", "La nostra
     storia - ...", "Our history - ..."), a family farm that grows hazelnuts and sells them in
     the shell, toasted, as oil, a gianduia cream, a cake, biscuits ("tegole", "nuvolotte") and
     gift boxes: the Italian pages in `it/` and the English in `en/` by the same names (twelve
     each: `contacts`, `crema`, `guscio`, `history`, `homepage`, `nuvolotte`, `olio`,
     `presents`, `products`, `tegole`, `torta`, `tostate`), `lang` attributes `it` and `en`;
     German in `de/`, not read. No README (deleted on the first day), no licence file.
     Commits (39): 26 by the account `agricolamorra` (two addresses, one a.agricolamorra at
     gmail.com), 8 by andreaspietro (andreaspietro99 at gmail.com), 5 by Pietro Cagnasso (two
     spellings); the site was moved here whole in October 2021 ("initial commit", "en", "de")
     from its development repository, andreaspietro99/andreaspietro99.github.io (July to
     November 2021: 36 commits by andreaspietro99, 29 by hoAn20, the address
     pietro.cagnasso99 at gmail.com, whose subjects say he wrote the translations: "english
     translation, german partial translation" and "en translation correction, mobile
     correction", September 2021); later "update 2022 - torta" (December 2022), "correzione"
     (February 2023) and Pietro Cagnasso's "nuvolotte e prova regali ita" and "gift boxes in en
     and de" (October and November 2024, branch `nuvolotte-e-regali`, merged by pull request
     #1), "banner mercatino" (#2). Branches `mercatino`, `new-design` (November 2021) and
     `nuvolotte-e-regali` are not ancestors of `main` and are not read. No bot, no agent file in
     any branch's history, no hit of the commit-message search. The Italian page's title gives
     the farm's owner's name, Andreas; the images of the development repository name
     "loredana-andreas", "nonni", "bisnonni": a family's site, made by its own young people.
  2. Lizzit/The_Spice (commit d58e65d6, 10 June 2020, the head of its only branch `master`;
     February to June 2020, 42 commits): "The Spice" (every page's title: "The Spice | Menu",
     "The Spice | Storia", "The Spice | History", "The Spice | Wine", "The Spice | Bevande",
     "The Spice | Dove Trovarci", "The Spice | Where find us", "The Spice | Booking"), a
     restaurant's site: its history, its menu, its wines, beers, waters and drinks, where to find
     it and its booking page; the Italian pages in `it/` (and the Italian home page at the top,
     `index.htm`) and the English in `en/` by the same names, `.htm` pages with no `lang`
     attribute. All commits by Lizzit (Elie Romano, an address at hotmail.it): the Italian
     site from February 2020, "added english" and "language page" (28 and 29 April 2020),
     "fixed lang", "vini", "beverage", "menu", "menu inglese", "correzione menu", "correzione
     bevande", "Menu it" (May and June 2020). No README, no licence file, no bot, no agent
     file, no hit of the commit-message search. Of 2020, before chat assistants.
  Judged before reading any text, not after: a repository is not taken when it shows marks of
  generated or machine-translated text (agent instruction or settings files, `llms.txt`, in
  any commit of any branch; pages committed by an agent or a bot, or commits co-authored by
  one; a README, file or commit saying the text was generated or translated by a machine or by
  AI; a site put up whole in 2025 or 2026 in a few days with nothing telling how it was
  written), when it is a template, theme demo, example, school exercise or a copy of another
  repository, when its text is in code (React, Next.js, Astro, Laravel, JSP), a CMS's export or
  a kind the extraction does not keep, when it is not an Italian business's, or when it is not
  bilingual. The two show none of these marks. After reading, no source is dropped for the
  quality of its Italian or English. No repository of an earlier text set or image part, nor
  one the earlier sets refused (checked by `grep` of each owner and name in benchmarks, tests,
  docs, CONTRIBUTING.md and README.md: none found), and none listed by the session building the
  thirty-eighth set at the same time (its picks file read: professional studios and services).
  Said as weaknesses before counting: few bilingual, hand-made sites of Italian food, wine and
  retail businesses were left in the index that the earlier sets (the twenty-fifth, twenty-
  sixth, thirty-second and thirty-fifth above all) had not taken or refused and that showed no
  marks of generated text: most such sites of 2025 and 2026 were made with coding agents, and
  most older ones are in Italian only; so the set has two sources, fewer than the four or five
  the brief hoped for, and is much smaller than asked (below). The farm's English was
  translated by one of its own (said by the commits of its development repository), and its
  gift boxes' page was added in English and German in November 2024, when writing or
  translating with a chat assistant was possible, though nothing marks it; nothing tells who
  wrote The Spice's English (one account committed everything, in Italian subjects); a
  restaurant's menu and wine list are mostly names of dishes and wines, so many of its texts
  are short lines, which the three-word floor drops, and its wine list keeps producers' and
  wines' names. Nothing read tells where The Spice is, nor whether its site went online.
  Refused, before reading any of their pages:
  the same business as a chosen source: andreaspietro99/andreaspietro99.github.io (the farm's
  development repository, July to November 2021, the site before it moved), Lizzit/the_spice0.2
  (The Spice's redesign, June and July 2020, Italian at the top and English in `en/`; four of
  its English pages are of exactly the same size, 3,235 bytes, and every page's title is "The
  Spice" alone);
  not plainly a finished business site: Lizzit/amicismilano.it (the same developer's template,
  four commits in one week of May 2020, its pages' titles only initials, "A. R. | Menu", and a
  work-in-progress page, `it/wip.htm`), ThomasGiulianelli/BluBarWebsite (a café's site of four
  pairs, "Blu Bar Vallecrosia", built in one term of 2018 by a student at an American college
  by issue-closing commits, by the look a course project);
  agent files, commits by or with an agent, `llms.txt`: giovannipaolofusco/ristorante-antipapa,
  augustocuomo10-sketch/arti-in-pizza-sito-, eatgioco/eatgioco.github.io, Tapedynamics/losqualo,
  Spe1977/RifugioBarrasso, Caladeibalcani/cala.it, matteoangeloni-jpeg/ilovemontefiascone,
  daolga10h/oltre_la_bottega, franzrub/casa-e-bottega-sito, filippo820/colgo-site,
  fole89/casticino-site, momoelo1/enoteca-detoma, alessiochirenti/masseria-battaglini,
  vitovelvi/Sito-Web-Osteria-del-Vicario (an agency's AI site builder in the repository);
  commits saying an AI wrote or fixed pages: leorosato9/enotecamorbin.it, EricaBenucci/
  Wine-and-More (Gemini);
  put up in 2026 in days or weeks, nothing telling how written: ristorantesuburra1930-art/
  suburra1930, YouMei2/site-xsapori (its `PROMPT-IMMAGINI.md`), santamonicagenova-a11y/SantaWeb,
  Balbina80/Sergio_Robi_Italian_Pizzeria, alpastificio1/Alpastificioweb, matteomarino16/
  tenuta-odegitria.it, teresioweb/teresioweb.github.io, MirkoManganello/Pastificio-Bolognese-1988
  (a mirror of a WordPress site), bleiz82/oleificio-cabriolu;
  the text in code or in a kind the extraction does not keep: TheSecEng/da-michele.com (a
  VuePress build, of a restaurant in Germany), matteo-nini/birrificiougliancaldo,
  tommaso-caputi/Masseria-Coppa-website, shelfsup/osteriadeitre,
  AngeloCassella/la-casa-del-tartufo-locanda, gelateria-cento-per-cento/
  gelateria-cento-per-cento.github.io, f-corona/ApicolturaCorona;
  Italian only, or not Italian and English: Silvio03pio/agricolagentili, tobiafarinati/
  Antica-Fattoria-San-Giovanni, jbogdani/ilbengodi.it, gruppoquattordici/stracrosa,
  giovannideluca81/enotions.it, LuigiTalamona/laprateria, monemagrafica/uscio-e-bottega,
  Marcoue4/ConsorzioNocciolaCampana, WebdevEca/la-bottega-di-sambuco, giovannimonfardini/
  forneria1983, apicolturabellitalia/apicolturabellitalia.github.io, Simonelogiudice98/
  rifugio-gola-di-gouta, matteodanelli/RifugioBrunone, StoryXUK/follador-it (a British agency's
  site for a winery, no English pages), AdamKrysiak/ItalianFabric (Italian and Polish),
  isabellaspnr/puraceramica (a Portuguese pottery shop);
  not a food, wine or retail business: laza81/laza81.github.io (a translator's portfolio),
  gabrielelentini99/Fioritura (a personal portfolio);
  no snapshot to be had here: Web-Ora/olio-guastella.github.io, vgwebdesigner/dannys-definitivo,
  Moobley/alcircorestaurant, parisiileo/La-Vineria-di-Montepulciano, LorenzoLambertini/
  dieci-bottega, lucabidoglia/bottega-norris-regia, terraballant/terraballant.github.io;
  and the twenty-fourth to thirty-sixth sets' refusals, for their reasons.
- Pairs: a page counts only when it exists in both languages, matched without reading it, by a
  table written from the file lists: the farm's `it/<page>.html` with `en/<page>.html` for its
  twelve pages; The Spice's `index.htm` with `en/index.htm`, and `it/<page>.htm` with
  `en/<page>.htm` for eight pages (`Acqua`, `Birra`, `Dove_Trovarci`, `Menu`, `Prenota`,
  `Storia`, `Vino`, `bevande`). The pairs matter for what is left out, not for order: each
  source is one document in a language, its texts in a fixed mixed order.
- Left out, decided before reading: the farm's `index.html` (a page to choose the language),
  `de/` (German), `sitemap.xml`; The Spice's `prova_navbar.htm` in both folders (by its title,
  "Esempio del panello laterale autouscente in puro CSS3", a menu's example page), `wip.htm`,
  `index1.htm` (a redirect), and the booking and calendar files (`booking.*`, `calendar.*`,
  `calendario.*`, `c.htm`: a form's machinery; its PHP is not kept by the extraction either);
  every page without its pair; scripts, styles, forms, navigation, header and footer (the
  reader's own choice, below). A text holding "lorem ipsum" (any case) is left out.
- Reading: as the twenty-fourth, thirty-second and thirty-fifth sets read HTML pages (the
  twenty-fourth's page_texts, the twenty-second set's light tree: paragraphs, list items, table
  cells, headings, a line break ending a text; scripts, styles, forms, navigation, header and
  footer left out; links read as their text; URLs, e-mail addresses and telephone numbers taken
  out), a text that is nothing but a tag's leftovers left out (the thirty-second set's
  is_prose), and every HTML entity still in a text read as its character (html.unescape: the
  thirty-fifth set's site_page_texts). A text repeated in a source is taken once; an Italian
  text equal to an English one of the same source (left untranslated) or written in English
  (benchmarks/text_round6.in_english) is left out, and an English text equal to an Italian one
  likewise (the twenty-fourth set's paired_paragraphs).
- Caps: a source is one document, capped at 5,000 words a language (WORDS_PER_SOURCE, the
  thirty-third and thirty-sixth sets'), its texts taken in a fixed mixed order (a hash of their
  text), so the cap samples the whole source; the benchmark's `_capped` cleans and counts them,
  a text of fewer than three words dropped. The aim was 10,000 words a language. The sizes seen
  promise much less: the farm's twelve pairs of 6 to 14 KB of HTML, The Spice's nine pairs of
  4 to 19 KB, most of it markup, and the restaurant's menus, wine list and drinks pages mostly
  short lines: perhaps 1,500 to 3,000 words a language for the farm and 1,000 to 2,000 for The
  Spice, some 2,500 to 5,000 a language in all, neither source near the cap. Said here, before
  the count, not made up; no source is added or dropped after it.
- The words are counted as the sixteenth to thirty-sixth sets' were: as loaded, and as judged
  by a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the only
  figure seen; run through pyenchant, not through bench_text_accuracy's `--mode bare` (which
  judges by the engine's own tokenizer and filters and first fetches every earlier set), as for
  the thirtieth to thirty-sixth sets.
- Run without and with the client's brand names (round37_names). Decided in the rule: each
  business's own name as its pages' titles give it, less the page's name and the kind of
  business ("Azienda agricola"): "Andreas Morra", "The Spice". Not the capitalised words of
  the text: the sites name places, products, dishes, wines and producers, and a list drawn
  from them would be chosen by reading the text.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the thirty-sixth's included), drawn with another seed (1238: 1205 plus
  the set's place in text_measure.LATER_SETS, where it is to follow the thirty-sixth set; the
  thirty-eighth, built at the same time by another session, is to follow it). The generated
  slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to thirty-sixth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round37_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the slip; the names of businesses, people, places, streets, producers,
  wines, beers, dishes and products, jargon (of hazelnut growing and confectionery, of
  cooking, menus, wine, beer and spirits), acronyms (DOC, DOCG, IGP), foreign words (Latin,
  dialect, French wine words, English words used in Italian text and Italian words in English
  text, such as the names of dishes left in Italian), and anything doubtful stay false alarms.
  Both figures are always reported: raw (every alarm) and net (alarms less the listed errors, a
  listed word subtracted at most as many times as it was flagged).

What was found (the snapshots extracted at 16:46 UTC; the reader run on them, the texts holding
leftover markup listed and five texts of each source and language, drawn at random, read at
16:46 UTC to check it; the words counted at 16:46 UTC; nothing of the rule's sources, pages,
exclusions, cap or names changed after):

- The reader needed no change. The texts holding `<`, `>`, `{`, `}`, `|`, a backslash or an
  entity were five of the farm's Italian and four of its English: its footer's lines, written
  with bars ("Copyright 2021 - Tutti i diritti riservati | Realizzato da Pietro Cagnasso | Foto
  di ...", "Tel.: | Rif. comm.:" once the telephone numbers are out), in a plain block, not a
  `<footer>` element, so kept as published; none of The Spice's. The farm's pages also keep
  their breadcrumbs ("Homepage · Prodotti · Tegole di nocciole"), written as text, not in a
  `<nav>` element: kept, as the rule's reader reads them. Pairs found, by the rule's tables:
  the farm 12, The Spice 9. Texts after the pairing and the removal of repeats and
  untranslated ones, Italian and English: the farm 97 and 98, The Spice 61 and 60; many are
  headings, package sizes ("Confezione da 150 g") and, at The Spice, dishes' names of two
  words, which the three-word floor drops. Among the five texts drawn at random were
  ingredients lists (the farm's) and dishes of the menu (The Spice's, a sushi, cheese and
  fusion menu).
- As loaded (the benchmark's `_capped`, at 5,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 16:46
  UTC): 1,705 Italian words in 131 texts and 1,629 English words in 121 texts: about a sixth
  of the 10,000 asked for, and below the rule's own estimate of 2,500 to 5,000, which read too
  much prose into the restaurant's pages (its wine list, beers and drinks are almost all lines
  of one or two words); no source was added, as the rule says. Neither source reaches the cap.
  By source, Italian and English: the farm 1,252 and 1,229 (84 and 77 texts), The Spice 453
  and 400 (47 and 44). A very small set of two sources, the farm three quarters of it: it
  should be read with the twenty-fourth to twenty-sixth, thirty-second and thirty-fifth sets',
  never alone, and a figure on it alone says little.
- The words judged, split by the sixteenth set's plain rule, 1,343 Italian and 1,331 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 2.83 unknown words per 100 (38; the farm 1.90, 18 of 947, The Spice 5.05, 20
  of 396), English 4.51 (60; the farm 2.04, 20 of 980, The Spice 11.40, 40 of 351). The
  Italian keeps the breadcrumbs' "Homepage" (12), the restaurant's name ("The" 6, "spice" 4),
  the footer's abbreviations ("Tel", "Rif", "comm"), the ingredients' words ("inulina",
  "sorbato"), the menu's Japanese and English ("Osomaki", "Uramaki", "Onighiri", "chips",
  "tartar", "Brie") and names ("dittaino"); the English keeps Italian words and names
  ("Nocciola" 8 in "Nocciola Piemonte IGP", "delle" 3, "di" 2, "Loredana", "Gianni",
  "zabaione", "Parmigiano", "reggiano", "Pecorino", "sardo", "robiola", "carpaccio",
  "amaretti", "cassata", "bignè", "Tiramisù", "menù" 2, "Venere", "tris" 2, "anice",
  "pioppini", "Bavarese", "Formaggio", "piave", "un"), British spellings ("flavours",
  "flavour", "fibre") and the ingredients' words ("inulin", "sorbate", "tartrate",
  "Decantation", "perlage"). Recall and top three, which need the benchmark's planted errors,
  were not computed: the benchmark was not run on the set. Seen in passing, in bare Hunspell's
  list of unknown words, and left for the measuring session's adjudication like any other
  (nothing of the engine was changed for them, nor was the engine run): in the Italian,
  "paneturot", "ficodindia" and "Onighiri"; in the English, "cusine" 3, "bisquits" 2,
  "differents", "culinair", "unforgottable", "chees", "mayonnais", "caulifer", "moroccan"
  and "Onighiri".
- Names for the "+names" run, as the rule gives them: two.

The rule as first written, at 16:45 UTC, is the text above without what was found; what was
found was added at about 16:47 UTC; no source, page, exclusion, cap or name changed.

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
    sites_texts,
    table_pairs,
)
from benchmarks.text_round32 import is_prose
from benchmarks.text_round35 import site_page_texts

# per source and language, as the thirty-third and thirty-sixth sets'
WORDS_PER_SOURCE = 5000
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (each the head of its default branch).
SNAPSHOTS = {
    "agricolamorra+agricolamorra.github.io": "a9387c7bd329577fe590fe73a092f9aeb8441508",
    "Lizzit+The_Spice": "d58e65d6773b3dd75b928d304f96327866d65dd8",
}
# Each business's own name, as its pages' titles give it (less the page's name and the kind of
# business).
NAMES = ("Andreas Morra", "The Spice")


def fetch_round37(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round37", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# The sites: each yields its pairs of pages, (Italian texts, English texts), by a table of names
# written from its file list.

# Azienda agricola Andreas Morra: `it/` and `en/` by the same names (`de/` and the language
# page `index.html` not read).
MORRA_NAMES = (
    "homepage",
    "history",
    "products",
    "guscio",
    "tostate",
    "olio",
    "crema",
    "torta",
    "tegole",
    "nuvolotte",
    "presents",
    "contacts",
)
MORRA_PAGES = {f"it/{name}.html": f"en/{name}.html" for name in MORRA_NAMES}
# The Spice: the Italian home page at the top, the other Italian pages in `it/`, the English in
# `en/` by the same names (`prova_navbar`, `wip`, `index1` and the booking machinery not read).
SPICE_NAMES = ("Storia", "Menu", "Vino", "Birra", "Acqua", "bevande", "Dove_Trovarci", "Prenota")
SPICE_PAGES = {
    "index.htm": "en/index.htm",
    **{f"it/{name}.htm": f"en/{name}.htm" for name in SPICE_NAMES},
}


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "agricolamorra+agricolamorra.github.io": table_pairs(MORRA_PAGES, site_page_texts),
    "Lizzit+The_Spice": table_pairs(SPICE_PAGES, site_page_texts),
}


# a site's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum and
# a malformed tag's leftovers (the thirty-second set's is_prose)
site_paragraphs = lorem_free_reader(SITES, keep=is_prose)


def round37_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (site, its texts in a fixed mixed order) of the set's two sites."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round37(root))


def round37_names() -> list[str]:
    """Return the client's brand names for the second measure: each business's own name as
    its pages' titles give it."""
    return sorted(NAMES)
