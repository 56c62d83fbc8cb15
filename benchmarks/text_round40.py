"""The fortieth held-out text set (issue 17, fortieth round), by a rule written first.

The rule, written on 6 December 2026 at 20:56 UTC (`date -u` read 20:56:17 just before it was
written) before any figure of our engine on the set was seen, before any page of its sources was
read (but for what is owned below) and before any of its words was counted, and never to be measured
by the session that wrote it: by a later session. The session that wrote it had read the
thirty-ninth set's rule, code and tests, the thirty-eighth's and thirty-fifth's rules and code, the
shared helpers of benchmarks/text_round24.py and text_round32.py's is_prose, the wiring of the
earlier sets (benchmarks/text_measure.py, benchmarks/bench_text_accuracy.py), the common snapshot
checks (tests/test_bench_text_snapshot_sets.py) and tools/extract_text_snapshot.sh, measured none of
them, and, to choose the sources, had listed public GitHub repositories and their files (the search
index's repository and file lists: found by names such as `villa`, `sicily`, `amalfi`, `toscana`,
`carrozzeria`, `serramenti`, `fotograf`, `barca`, `residence`, `pizzeria`, `ottica`, `maneggio`,
`maratona`, `granfondo`, `regata`, `polisportiva`, `shiatsu`, `.it`, and by paths such as
`en/dintorni.html`, `en/prezzi.html`, `en/servizi.html`, `en/la-casa.html`, `en/offers.html`,
`en/faq.html`, `en/history.html`, `en/products.html`, `en/galleria.html`, `en/prodotti.html`,
`en/eventi.html`, `en/chi_siamo.html`, `eng/contatti.html`, `eng/azienda.html`, `eng/servizi.html`,
`eng/prodotti.html`, `index-eng.html`, `index_ing.html`, `index-it.html`, `index-ita.html`,
`index_eng.htm`, `index_en.htm`, `index-en.htm`, `index_it.htm`, `index_ita.htm`, `en/index.htm`,
`it/index.htm`, `ita/index.htm`, `it.html`, `ita.html`, `italiano.html`, `italian.html`,
`english.htm`, `home-it.html`, `home_it.html`, `about-it.html`, `about_it.html`, `contact-it.html`,
`rooms-it.html`, `services-it.html`, `contattaci_en.html`, `chisiamo_en.html`, `prodotti_en.html`,
`dintorni_en.html`, `eventi_en.html`, `azienda_en.html`, `chi-siamo-en.html`, `contatti_en.htm`,
`content/contatti.en.md`, `content/servizi.en.md`, `content/chi-siamo.en.md`,
`content/en/servizi.md`, `content/en/chi-siamo.md`, `content/en/contatti.md`,
`content/english/contatti.md`, `en/servizi.md`, `_pages/it/contatti.md`, `_i18n/it/home.md`,
`_data/it.yml`, `app/src/main/res/values-en/strings.xml`,
`app/src/main/res/values-en-rGB/strings.xml`); then the snapshots of the chosen repositories and of
fifteen others: their trees (`git ls-tree`, with the byte sizes of the page files; for one chosen
repository at its first commit too), branches, the authors, e-mail addresses, dates and subjects of
every commit, the files each commit of three chosen repositories added, changed, renamed or deleted
(for one, two commits' only), a search of every commit message of every branch (subjects and bodies)
for words that mark machine translation, generated text, agents and bots (DeepL, GPT, Copilot,
Claude, Cursor, Gemini, Codex, "agent", "machine", "automat", "AI", LLM, "generat", "Google
Translate", "tradu", "translat", "co-authored", "bot"; its hits: an agent's and a coding assistant's
co-author lines in two refused repositories, a dependency bot's lines in a refused one, a
translation platform's in a refused app, a subject on a button's translation in a refused public
body's site, and in the chosen ones only Shiatsu With Mira's subjects on the Italian translation its
developer committed, told below), a search of every branch's history for agent files (CLAUDE.md,
AGENTS.md, GEMINI.md, `.claude`, `.cursor`, `.clinerules`, `.agent`, `.agents`, `.windsurf`,
`.junie`, `.github/copilot-instructions.md`, `.github/prompts`, `.mcp.json`, `llms.txt`, `.openai`),
the `<html>` and `<title>` tags, the `charset` and the `generator` meta tags of every page of the
four chosen sites (at the commits taken), the `<html>` and `<title>` tags of four pages of one
refused site, the commit log of the Italian and English strings of one refused app, the first three
lines of Shiatsu With Mira's README (an image and one paragraph: who built the site for whom, and
that the client supplied all of its text, in English and in her native Italian) and the two lines of
GeoSolutions' README. Owned as text seen before the rule: those lines, the titles (which name the
businesses and, for GeoSolutions' pages, their subjects: geology, geotechnical site investigations,
translations, software, English courses, contacts, the same in other languages) and the file lists'
names. Nothing was chosen or refused for what those lines said, beyond the marks named below. The
search index's full-text search was not used, so no opening of any file was shown in passing. After
it was written the snapshots are to be extracted, a few of their texts read to check the reader, the
words counted and bare Hunspell, the reference, run on them through pyenchant; never our engine.
What was found is told below, with its time.

- Like the twenty-fourth to twenty-sixth, thirty-second, thirty-fifth and thirty-seventh to
  thirty-ninth sets (web copy), this set is the Italian and English customer-facing copy of
  small businesses, written by hand, what a mystery-shopper auditor reads in front of a client:
  an IT consultancy's, a geology, translation and software firm's, a mechanical maintenance
  firm's and a shiatsu practitioner's, read from snapshots of the repositories of their
  websites (a folder per repository, `owner+name`, under the folder named by $TEXT_SNAPSHOTS;
  see tools/extract_text_snapshot.sh, which keeps HTML). Message templates of software (booking
  confirmations, order e-mails), which the brief preferred, were looked for by the thirty-ninth
  set's paths and not found; none was sought again. Few bilingual sites of Italian businesses
  are left in the index that the earlier sets did not take or refuse and that show no marks of
  generated text: most of those found this time were put up in 2025 or 2026, several with an
  agent's marks. The rule therefore widens what a source may be, said here before reading: a
  small business whose owner or client writes Italian as a native language, though its place of
  business is not told by its file list (Shiatsu With Mira), and a site committed recently as a
  saved copy of an older one, its pages' names those of the older site's dynamic addresses
  (Intertech Consulting). Italian organisations' and apps' copy, which the brief allowed as a
  further widening, were looked at (one public body's site, one app's strings) and not taken
  (below). All four are plain HTML sites, a page a language for each page, all four at commits
  of before 2023 but one (below). Four sources, of four businesses and four owners, in this
  order:
  1. francescogiannoccaro/intertech2012 (commit a442d865, 19 February 2026, "Initial commit",
     the repository's first, on `main`): Intertech Consulting (every page's title), an Italian
     IT consultancy (its partnerships' pages: Red Hat, LPI, Prometric; its own methods' and
     products' pages: "methody", "v2ip", "webthought"), the site of 2012 by the repository's
     name, saved as static pages named by the old site's addresses
     (`index.php?module=<m>&submodule=<s>&page=<p>&language=ita.html` and `...&language=eng.html`,
     and a copy without `language=` of one of the two for each page), `charset=UTF-8`, no `lang`
     attribute. Commits (10, one account, Francesco Giannoccaro, 19 to 28 February 2026): the
     initial commit; "Rename legacy page filenames to simple static names" (the same pages
     under new names, every file rewritten); a domain; an English landing page and a language
     cookie; "Simplified content by removing all pages except for the home" (every page but
     the home deleted); the terms and privacy pages' content updated; "HTML5: normalize void
     tags, remove obsolete attributes, move inline styles to head, fix anchors, validate with W3C
     Nu" (head of `main`, and a branch `html5-fixes`). The head is not taken: it holds one page a
     language, rewritten in 2026, and the later commits' subjects are of the kind a tool or an
     agent writes; the rule takes the first commit, the pages as saved. No README, no licence
     file, no bot, no agent file in any branch's history, no hit of the commit-message search.
     Said as weaknesses: nothing but the repository's name and the pages' names tells that the
     pages are of 2012; they were committed in 2026; nothing tells who wrote the English.
  2. GeoSolut/geosolutions (commit 46cf0969, 19 February 2016, the head of `master`, its only
     branch): "GeoSolutions di Kris Znatowicz" (its top page's title), a firm of geologists,
     translators and software developers (its pages' titles; "Geologia Geologo Firenze", so by
     Florence), pages made with Microsoft FrontPage 4.0 (their `generator` meta tags) in
     Italian, English, German, Polish, Afrikaans and Spanish, a second set of Italian pages made
     with Site Studio 6, and English pages of a web builder (`about_us_2.html`,
     `services_3.html` and the like) created in 2016. Commits (16, one account, GeoSolut):
     "Initial commit" and fourteen files (thirteen pages and a sitemap) created through the web
     editor on 16 February 2016,
     then "Added files via upload" (the FrontPage and Site Studio pages) on 19 February 2016.
     README two lines ("geosolutions", "Website files"); no licence file, no bot, no agent
     file, no hit of the commit-message search. Of the 2000s by its pages' generator (FrontPage
     4.0 was sold from 1999), years before chat assistants. Said as weaknesses: the owner's name
     is not Italian, so the Italian, the English or both may be a second language's; nothing
     tells who wrote either; the FrontPage pages may no longer have been the site's front in
     2016.
  3. LuigiTalamona/ferremi (commit e1b2956c, 16 June 2017, the head of `master`, its only
     branch): "Roberto Ferremi" ("Roberto Ferremi manutenzioni meccaniche", its home page's
     title), a firm of mechanical maintenance (its pictures' names: seals, gaskets, pumps,
     valves, overhauls, spare parts), plain HTML, `charset=utf-8`, the Italian pages
     `<page>.html` and the English `<page>_en.html` at the top, and a folder `new/` holding a
     copy of the pages. Commits (2, Luigi Talamona, an address at talamona.org, both on 16 June
     2017): "Initial release" and "Added new pictures in 'activity' page and movies in home
     page". No README, no licence file, no bot, no agent file, no hit of the commit-message
     search (the owner's other repository, laprateria, was refused by the thirty-seventh set as
     Italian only; this one is not named there). Said as weaknesses: small (eight pairs of 2 to 7
     KB, four of them pop-up pages), put up in one day, nothing tells who wrote the English.
  4. LaneSawyerT/shiatsu_mira (commit 2901a2a0, 23 January 2022, the head of `master`, its only
     branch; its pages last changed on 22 December 2019): "Shiatsu With Mira" (every page's title),
     a shiatsu practitioner's site: home, about, shiatsu, what to expect and contact (by the pages'
     names); Bootstrap, `lang="en-us"` on every page, the English `<page>.html` and the Italian
     `<page>_it.html` at the top. README (by the repository's owner): the site was built for its
     client, a shiatsu specialist, who chose its colours and fonts and supplied all of its text, in
     English and her native Italian, with the help of a senior developer. Commits (42): three by the
     owner (June and December 2019, the README in January 2022); 38 by that developer (Matt Rudge, a
     gmail address) in December 2019 ("Mira's changes", "Added Italian translations", "Italian
     additions", "Italian adjustments", "Italian changes", layout and images); one by a server's
     account ("Current changes"). No bot, no agent file, no hit of the commit-message search but the
     subjects just quoted (translation by people, per the README). Of 2019, before chat assistants.
     Said as weaknesses: small (five pairs of 4 to 7 KB); the business's place is not told (the
     brief's "Italian small business" is widened here to a business whose client writes Italian
     natively); the site was built by a learner with a teacher's help (the README says it was for a
     real client, and its text hers), so it stands near the school exercises the earlier sets
     refused; the Italian was committed by the developer, so who typed it is not told.
  Judged before reading any text, not after: a repository is not taken when it shows marks of
  generated or machine-translated text (agent instruction or settings files, or an agent's
  configuration such as `.mcp.json`, `.openai/` or `llms.txt`, in any commit of any branch;
  pages committed or co-authored by an agent or a bot; a README, file or commit saying the text
  was generated or translated by a machine or by AI; notes, plans and audits of the kind agents
  write kept beside the pages; a language added in a burst to a site of 2025 or 2026; a site put
  up whole in 2025 or 2026 with nothing telling how it was written), when it is a template,
  theme demo, example, school exercise, a fork or copy of another repository, when its text is
  in code, a CMS or a kind the extraction does not keep, when it is not a business's
  customer-facing copy (a personal portfolio or CV, an artist's, a research or student project,
  a public body's), when it is not Italian and English, or when its two languages cannot be
  paired by file. The four show none of these marks (the first's later commits are left out,
  the fourth's closeness to a course's work is said above). After reading, no source is dropped
  for the quality of its Italian or English. No repository of an earlier text set or image part,
  nor one the earlier sets refused (checked by `grep` of each owner and name in benchmarks,
  tests, docs, CONTRIBUTING.md and README.md: none found for the four; one owner's other
  repository is named by the thirty-seventh set, said above).
  Said as weaknesses before counting: the four are small, so the set is smaller than the
  10,000 words a language asked for (below); one source is taken at an earlier commit than its
  head (why is said above); one was committed in 2026, though as a saved copy; two were put up
  in a day or two (Ferremi in 2017, GeoSolutions' upload in 2016); nothing in three of them tells
  who wrote the English.
  Refused, before reading any of their pages:
  agents' files, notes or co-authors: Garda-Havens/rooms (a guest house's rooms by Lake Garda,
  2025 and 2026: commits co-authored by "Claude Sonnet 4.6"), digitalcreat0r/sitoweb_leo (a
  shop's pages, April 2026: a commit co-authored by Copilot; the owner's digitalcreat0r/sitoweb,
  of February and March 2026, refused with it as put up in 2026, and sitoweb_cleverpocket and
  sitoweb_storegears, an app's landing pages in `_data/it.yml` and `en.yml`, not fetched: no
  snapshot to be had of the first), sofiakrap-lgtm/MyrakTesti (a Finnish firm's pages:
  `.claude/settings.local.json`), FilipDur/lapiccolaperla (a restaurant's pages in React:
  `public/llms.txt`), ernbale/ottica-balestrieri (an optician's management app:
  `.claude/settings.local.json`), Committa/committa.github.io (a consultancy's Hugo site: its
  first pages of January 2024, the site redesigned in July 2026 with a plan file removed,
  `PIANO-REDESIGN.md`, and the English added in one day, 20 July 2026);
  put up whole in 2025 or 2026, or a language added in a burst then: BrevettiStendalto/301F (a
  product's landing pages, April and May 2025), nestguesthouse/nestguesthouse.github.io (a guest
  house, April to December 2025, through the web editor), redsloboda/Wedding-Italy-Residence (a
  wedding residence in three languages, put up on one day of March 2026),
  LEOLEROS/Marilleva-Copai1-20 (an apartment's pages in four languages uploaded in July 2025),
  Madelirium/PersianHandicrafts.it (a carpet shop in Verona, April 2026), anddel00/AD_Identity_Lab
  (a web studio's own site, February and March 2026, its English pages added in one day, 14 March
  2026), poalelungi-ion/NobilWood (a wood firm's pages in five languages, 2024 and 2025, not plainly
  Italian);
  not a business's customer-facing copy, or not plainly Italian: task-force-ia/ia.italia.it
  (AgID's task force on artificial intelligence, 2017 to 2020: a public body's pages, mostly
  legal notes and privacy besides; the brief's widening named organisations and associations,
  and the earlier sets took public bodies' sites already), DeveloperMikitognoni/savegardalake (a
  students' project of 2022), rewrecko/frankwebsite (a 3D artist's portfolio),
  albiagro/albiagro.github.io (a CV), Memix/Website-Primus (a Slovenian lodging's pages in
  Italian and English), bonti69/truffle-valley (truffles in English, Italian and Polish, 2019:
  its home pages' titles "Lorem Ipsum"), chris2002dj/rosselli-rasetti (a school's subjects),
  cedoga87/ey-beddhu (no English page by its file list), ariannasanna1-pixel/sitomarketing
  (cities and events, by its pages' names a course's exercise), florencewithlove/fwl (tours in
  Florence: one English page, the rest Italian), macerie/nervous-lettuce (a farm's Hugo pages,
  mostly Italian), cappelluti/Catalogo_SEEd_2014 (a publisher's catalogue held in XML and
  scripts, not kept by the extraction), AffittiBreviPortoTorres/Istruzioni-Agave (a holiday
  let's instructions, one page translated into four languages in a folder named "translations
  from Italian": who translated is not told);
  an app's strings with crowd translations: enricocid/Music-Player-GO (a music player by an
  Italian developer; its Italian and English strings also changed through Weblate by other
  users, and its English by a dozen contributors);
  no snapshot to be had here: Gallons79/lamia-alvise (a house to let in Apulia),
  Merconsult/merconsult;
  taken or refused by an earlier set (found again and left): filippo820/colgo-site,
  gianlucadecicco75/gretashouse and gretashouse_sito, MarinaSerenella/marinaserenella,
  Skamasama/suiteanna, WINTERANDREA/vignale_1302, diomedeguest/Sito, oasis-srl/oasis-sito,
  guidainterattiva/sitolestanzedisharm and lestanzediroma, matteomarino16/tenuta-odegitria.it,
  teresioweb/teresioweb.github.io, Aliosaaaa/FRATELLI.MALTAGLIATI, swina/essemar,
  AlessandroDellAcqua/Politics_Hub_APS, Tapedynamics/losqualo, locandaottocento/l800.it,
  nicolamedamd/nicolamedamd.github.io, SviluppoItaliaDigitale/sito-misericordia-ariccia,
  simoneattana/marchesidigresy, tabuto/occhipintiantonio.com, albertoreineri/ar-2026,
  Giapaz/BIMEnough, Balbina80/Sergio_Robi_Italian_Pizzeria, Lizzit/amicismilano.it,
  dottorDeaPeste/villacrispi, EricaBenucci/Wine-and-More, loressm/loresmm, emalinux/legiun-
  straniera, exclonedvd/NewSanGirolamo, Salgiuliano-tiw/theitalianway, Gianluca07569/
  AnticaOsteria, eagletrt/eagletrt.github.io;
  and the twenty-fourth to thirty-ninth sets' refusals, for their reasons.
- Pairs: a page counts only when it exists in both languages, matched without reading it, by a
  table written from the file lists and the pages' titles: Intertech Consulting's
  `index.php?language=ita.html` with `index.php?language=eng.html`, and
  `index.php?module=<m>&submodule=<s>&page=<p>&language=ita.html` with the same address ending
  `&language=eng.html` for home, about's jobs, overview and team, consulting, methody,
  partnership's lpi, prometric and redhat, v2ip and webthought; GeoSolutions' FrontPage pages,
  `italiano.htm` with `english.htm` (the two languages' home pages: "Geotecnici, Programmatori
  Web & Traduttori" and "Geologists, Translators & Software Developers"), `geologia.htm` with
  `geology.htm`, `Traduzioni.htm` with `translations.htm`, `solution_development1.htm`
  ("Programmazione Internet e Software") with `solution_development.htm` ("Solution
  Development") and `contattateci.htm` with `contact_us.htm`; Roberto Ferremi's top-level
  `<page>.html` with `<page>_en.html` for `index`, `attivita`, `chisiamo`, `contattaci`,
  `popup_magazzino`, `popup_revisioni`, `popup_ricambirealizzo` and
  `popup_ricambireperimento`; Shiatsu With Mira's `<page>_it.html` with `<page>.html` for
  `index`, `about`, `shiatsu`, `expect` and `contact`. The pairs matter for what is left out,
  not for order: each source is one document in a language, its texts in a fixed mixed order.
- Left out, decided before reading: Intertech Consulting's privacy statement, terms of use and
  trademark pages (legal text), its pages without `language=` (copies of one of the two) and
  its top `index.html`; GeoSolutions' Site Studio pages (`Inizio.htm`, `Geotecnica.htm`,
  `Informatica.htm`, `Servizi.htm`, `Contatto.htm`, `pm.htm`: Italian pages of another make,
  whose English pages cannot be told by name), its web builder's English pages (`*_<n>.html`,
  `index.html`, `template.html`), `Earth-Science.htm` and `Solution-Developers.htm` (English
  pages without an Italian one by name), `scuola_di_lingue.htm` (Italian only), `downloads.htm`,
  `table_of_contents.htm`, the German, Polish, Afrikaans, Spanish and Dutch-named pages and the
  search engine's verification page; Roberto Ferremi's folder `new/` (a copy of the pages) and
  `popup.html` (no English page); every page without its pair; scripts, styles, forms,
  navigation, header and footer (the reader's own choice, below). A text holding "lorem ipsum"
  (any case) is left out.
- Reading: as the thirty-ninth set reads HTML pages (its site_page_texts: the twenty-fourth
  set's page_texts, the twenty-second set's light tree: paragraphs, list items, table cells,
  headings, a line break ending a text; scripts, styles, forms, navigation, header and footer
  left out; links read as their text; URLs, e-mail addresses and telephone numbers taken out;
  every HTML entity read as its character; a page that is not UTF-8 read in the encoding its
  markup declares, windows-1252 when it declares none or ISO-8859-1), a text that is nothing but
  a tag's leftovers left out (the thirty-second set's is_prose). A text repeated in a source is
  taken once; an Italian text equal to an English one of the same source (left untranslated)
  or written in English (benchmarks/text_round6.in_english) is left out, and an English text
  equal to an Italian one likewise (the twenty-fourth set's paired_paragraphs).
- Caps: a source is one document, capped at 3,000 words a language (WORDS_PER_SITE, the
  twenty-fourth, thirty-second, thirty-fifth, thirty-eighth and thirty-ninth sets'), its texts
  taken in a fixed mixed order (a hash of their text), so the cap samples the whole source; the
  benchmark's `_capped` cleans and counts them, a text of fewer than three words dropped. The
  aim was 5,000 to 10,000 words a language. The byte sizes seen promise less or about the
  least: Intertech Consulting's twelve pairs of 6 to 10 KB, much of them markup and the same
  menus (perhaps 1,500 to 3,000 words a language), GeoSolutions' five of 4 to 12 KB of FrontPage
  markup (perhaps 800 to 2,000), Roberto Ferremi's eight of 2 to 7 KB (perhaps 400 to 1,000),
  Shiatsu With Mira's five of 4 to 7 KB (perhaps 700 to 1,500): some 3,500 to 7,500 words a
  language in all. Said here, before the count, not made up; no source is added or dropped
  after it.
- The words are counted as the sixteenth to thirty-ninth sets' were: as loaded, and as judged
  by a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the only
  figure seen; run through pyenchant, not through bench_text_accuracy's `--mode bare` (which
  judges by the engine's own tokenizer and filters and first fetches every earlier set), as for
  the thirtieth to thirty-ninth sets.
- Run without and with the client's brand names (round40_names). Decided in the rule: each
  business's own name as its pages' titles give it, less the owner's name after "di" and the
  kind of business after the name: "Intertech Consulting", "GeoSolutions", "Roberto Ferremi"
  and "Shiatsu With Mira" (as its titles write it). Not the capitalised words of the text: the
  sites name places, partners, products, certifications and people, and a list drawn from them
  would be chosen by reading the text.
- Real English misspellings: 600 of codespell's rows never sampled before (not among those drawn
  for the earlier sets, the thirty-ninth's included), drawn with another seed (1241: 1205 plus
  the set's place in text_measure.LATER_SETS, where it is to follow the thirty-ninth set; it
  follows from that order). The generated slips are drawn, as for every set, from this set's
  own texts.
- Adjudication, as in the seventh to thirty-ninth sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round40_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the slip; the names of firms, people, places, streets, programs, products,
  certifications, standards and languages, jargon (of IT consulting and software, of geology
  and geotechnics, of translation, of mechanical maintenance, of shiatsu and bodywork),
  acronyms, foreign words (Latin, Japanese words of shiatsu, English words used in Italian text
  and Italian words in English text), and anything doubtful stay false alarms. Both figures are
  always reported: raw (every alarm) and net (alarms less the listed errors, a listed word
  subtracted at most as many times as it was flagged).

What was found (the snapshots extracted at 20:57 UTC; the reader run on them, the texts holding
leftover markup, a replacement character or an entity listed and five texts of each language,
drawn at random, read at 20:57 UTC to check it; the words counted at 20:58 UTC; nothing of the
rule's sources, pages, exclusions, cap, reader or names changed after):

- The reader needed no change. Pairs found, by the rule's tables: Intertech Consulting 12 of 12,
  GeoSolutions 5 of 5, Roberto Ferremi 8 of 8, Shiatsu With Mira 5 of 5, each pair the same
  number of texts in the two languages within a few (GeoSolutions' home pages 43 and 44, its
  translations pages 10 and 15). GeoSolutions' ten pages are not UTF-8 but windows-1252, as their
  markup declares, and are read so by the thirty-ninth set's page_source (no replacement
  character in any text); the other fifty pages are UTF-8. Texts after the pairing and the
  removal of repeats and untranslated ones, Italian and English: 56 and 65, 64 and 72, 52 and
  55, 38 and 42. No text holds `<`, `>`, `{`, `}`, a backslash, a replacement character or an
  entity; five hold `%` or `&` in prose (a saving "fino al 75%" and its English, "50% entro 24
  ore" and its English, "web design & software development"). The five texts of each language
  drawn at random: in Italian two of GeoSolutions' headings, Roberto Ferremi's paragraph on the
  maintenance of dosing pumps and its "Telefono:", Intertech Consulting's paragraph on its
  services of web-based technologies and e-learning; in English GeoSolutions' "Contact Us",
  Roberto Ferremi's headings "Reviews" and "Examples", Intertech Consulting's paragraph on
  obsolescence in IT and its team page's paragraph on its founder's studies; so Shiatsu With
  Mira was checked by the markup listing only.
- As loaded (the benchmark's `_capped`, at 3,000 words a source, the cleaning copied from
  text_measure.clean into a counting script so as not to import the engine; counted at 20:58
  UTC): 5,308 Italian words in 167 texts and 5,031 English words in 179 texts: about half of
  the 10,000 asked for and just over the 5,000 the brief set as the least, within the rule's own
  estimate of 3,500 to 7,500; no source reaches the cap. By source, Italian and English:
  Intertech Consulting 2,081 and 1,704 (55 and 62 texts), GeoSolutions 959 and 1,242 (42 and
  41), Roberto Ferremi 859 and 873 (37 and 39), Shiatsu With Mira 1,409 and 1,212 (33 and 37). A
  small set: it should be read with the twenty-fourth to twenty-sixth, thirty-second,
  thirty-fifth and thirty-seventh to thirty-ninth sets' (web copy), not alone.
- The words judged, split by the sixteenth set's plain rule, 4,470 Italian and 4,424 English.
  Bare Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones
  seen): Italian 3.38 unknown words per 100 (151; Intertech Consulting 5.95, 101 of 1,698,
  GeoSolutions 3.16, 25 of 792, Roberto Ferremi 0.76, 6 of 789, Shiatsu With Mira 1.60, 19 of
  1,191), English 1.74 (77; 1.85, 27 of 1,458; 1.43, 15 of 1,046; 2.03, 17 of 839; 1.67, 18 of
  1,081). The Italian keeps the IT consultancy's English ("source" 7, "learning" 5, "how" 3,
  "enterprise" 3, "cloud" 3, "visual basic" 3, "security", "computing", "desk", "delivery",
  "webinar", "disaster recovery", "outsourcing", "best practice", "knowledge", "clustering",
  "balancing", "penetration"), names ("Intertech" 7, "Prometric" 2, "Red" 2, "Oracle",
  "Packard", "Movicon", "Kris", "Geosol", "Shiatsuwithmira", "Shatsuwithmira"), the
  practitioner's words ("shiatsu" 6, "futon" 2, "meridian", "partum", "osteo"), the trades'
  ("geomeccaniche", "geotecnico", "aisi", "lavorativamente" 2) and elisions before a hyphenated
  word, cut at the hyphen ("dell'e" 2, "nell'e"); the English keeps
  names ("Intertech" 9, "Prometric" 2, "Francesco", "Giambattista", "Marchetti",
  "Shiatsuwithmira" 4), the trades' words ("doser" 5, "Doser", "Geotechnical" 2, "geotechnical",
  "testpits" 2, "trialholes", "stereonets", "brunton", "Rockmass", "rockface", "Wellsite",
  "dematerialization" 2, "chemistries", "wellbeing" 2), British spellings ("behaviours",
  "realise", "programme", "marvellous", "fuelling", "specialised", "organised", "regularise",
  "personalised") and Italian words ("usurate", "al"). Recall and top three, which need the
  benchmark's planted errors, were not computed: the benchmark was not run on the set. Seen in
  passing, in bare Hunspell's list of unknown words, and left for the measuring session's
  adjudication like any other (nothing of the engine was changed for them, nor was the engine
  run): in the Italian, "virtulizzazione", "tradiozionale", "efficenti", "sitemi",
  "implemntare", "hardwar", "technologia", "technologie", "effetuati", "perticolarmente",
  "magazino", "addittivi", "propia", "oferta", "fà", "reatà", "durerá", joined words
  ("scalabilitàload", "delletecnologie"), and doubtful ones ("wikies", "politolo", "amine",
  "opens" and "ource" side by side); in
  the English, "Tecnologies", "organiztion", "Franceco", "satisfytion", "isocyanetic",
  "propellents", "emproved", "holded", "optation", "haningwall", joined words
  ("servicesdesigned", "streamingscalability", "educationwith"), and doubtful ones
  ("professionality" 2, "learnings", "coopted", "technic", "lifechanging").
- Names for the "+names" run, as the rule gives them: four.

The rule as first written, at 20:56 UTC, is the text above without what was found; what was
found was added at about 20:58 UTC; no source, page, exclusion, cap, reader or name changed.
Facts of the rule's text were put right at 20:57 UTC, before the snapshots were extracted: the
set's round in the first line (fortieth, not thirty-first); the session had fetched the
snapshots of fifteen other repositories (not twenty-one); it had read the files of three chosen
repositories' commits (for one, two commits' only), not two; the commit-message search's hits
in the chosen ones (Shiatsu With Mira's subjects on its Italian translation, not none) and in a
refused public body's site; the tags of four pages of one refused site (not of three sites); the
first three lines of one README and the two of another (not two whole READMEs); and three dates
and counts of the commits of GeoSolutions, Shiatsu With Mira and two refused sites.

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

WORDS_PER_SITE = 3000  # per site and language, as the twenty-fourth and thirty-ninth sets'
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (the head of the default branch, but for Intertech Consulting: its first
# commit, the pages as saved from the site of 2012).
SNAPSHOTS = {
    "francescogiannoccaro+intertech2012": "a442d865b3605a9220e779535c40542bb8a63d4a",
    "GeoSolut+geosolutions": "46cf0969a9379df33ef653c3c2876cace912615f",
    "LuigiTalamona+ferremi": "e1b2956cb6414e5527b514d332a9da3d7028f3f2",
    "LaneSawyerT+shiatsu_mira": "2901a2a04e116fe0d766a2a0a448fcf434377757",
}
# Each business's own name, as its pages' titles give it (less the owner's name after "di" and
# the kind of business after the name).
NAMES = (
    "Intertech Consulting",
    "GeoSolutions",
    "Roberto Ferremi",
    "Shiatsu With Mira",
)


def fetch_round40(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh);
    a missing snapshot, or one at another commit than the rule's, stops the run.
    """
    return checked_snapshots("round40", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# The sites: each yields its pairs of pages, (Italian texts, English texts), by a table of names
# written from its file list and its pages' titles.

# Intertech Consulting: the old site's pages saved under their addresses, a page a language
# (`...&language=ita.html`, `...&language=eng.html`); the legal pages (privacy statement, terms
# of use, trademark), the copies without `language=` and the top `index.html` not read.
INTERTECH_MODULES = (
    ("home", "home", "home"),
    ("about", "jobs", "jobs"),
    ("about", "overview", "overview"),
    ("about", "team", "team"),
    ("consulting", "consulting", "consulting"),
    ("methody", "methody", "methody"),
    ("partnership", "lpi", "lpi"),
    ("partnership", "prometric", "prometric"),
    ("partnership", "redhat", "redhat"),
    ("v2ip", "v2ip", "v2ip"),
    ("webthought", "webthought", "webthought"),
)
INTERTECH_PAGES = {
    "index.php?language=ita.html": "index.php?language=eng.html",
    **{
        f"index.php?module={m}&submodule={s}&page={p}&language=ita.html": (
            f"index.php?module={m}&submodule={s}&page={p}&language=eng.html"
        )
        for m, s, p in INTERTECH_MODULES
    },
}
# GeoSolutions: its FrontPage pages, paired by names and titles that translate each other (the
# Site Studio pages, the web builder's English pages and the other languages' pages not read).
GEOSOLUTIONS_PAGES = {
    "italiano.htm": "english.htm",
    "geologia.htm": "geology.htm",
    "Traduzioni.htm": "translations.htm",
    "solution_development1.htm": "solution_development.htm",
    "contattateci.htm": "contact_us.htm",
}
# Roberto Ferremi: `<page>.html` and `<page>_en.html` at the top (the copy in `new/` and
# `popup.html`, without an English page, not read).
FERREMI_NAMES = (
    "index",
    "attivita",
    "chisiamo",
    "contattaci",
    "popup_magazzino",
    "popup_revisioni",
    "popup_ricambirealizzo",
    "popup_ricambireperimento",
)
FERREMI_PAGES = {f"{name}.html": f"{name}_en.html" for name in FERREMI_NAMES}
# Shiatsu With Mira: the Italian `<page>_it.html` and the English `<page>.html`.
SHIATSU_PAGES = {
    f"{name}_it.html": f"{name}.html" for name in ("index", "about", "shiatsu", "expect", "contact")
}


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    "francescogiannoccaro+intertech2012": table_pairs(INTERTECH_PAGES, site_page_texts),
    "GeoSolut+geosolutions": table_pairs(GEOSOLUTIONS_PAGES, site_page_texts),
    "LuigiTalamona+ferremi": table_pairs(FERREMI_PAGES, site_page_texts),
    "LaneSawyerT+shiatsu_mira": table_pairs(SHIATSU_PAGES, site_page_texts),
}


# a site's Italian and English texts, as the thirty-ninth set reads them (each page in its own
# encoding), less lorem ipsum and a malformed tag's leftovers (the thirty-second set's is_prose)
site_paragraphs = lorem_free_reader(SITES, keep=is_prose)


def round40_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (site, its texts in a fixed mixed order) of the set's four sites."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round40(root))


def round40_names() -> list[str]:
    """Return the client's brand names for the second measure: each business's own name as
    its pages' titles give it."""
    return sorted(NAMES)
