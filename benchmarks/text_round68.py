"""The sixty-eighth held-out text set (issue 17, sixty-eighth round), by a rule written first.

The rule, written on 8 December 2026 at 03:58 UTC (`date -u` read 03:58:11 just before it was
written; the machine's clock moved far less than the search took, as earlier builders noted)
before any figure of our engine on the set was seen, before any Italian or English text of its
sources was read and before any of its words was counted by the set's own rule, and never to be
measured by the session that wrote it: by a later session. The session that wrote it had read
the sixty-first set's rule, code and test, tests/text_set_support.py, the twenty-fourth set's
shared readers (checked_snapshots, require_added_files, html_text_paragraphs, paired_paragraphs,
lorem_free_reader, sites_texts), the fiftieth set's PHP readers (without_php_comments,
php_string_value and its constants paired by key), the fifty-first set's PHP array reader, the
forty-eighth set's page_source and the thirty-first set's json_value_text (its placeholder
pattern), measured none of them, and, to choose the sources, had listed public GitHub
repositories and their files with the search index's file and repository lists only, by the road
the brief asked for: the user-facing language strings of extensions for content-management,
e-learning and shop systems made by Italian developers or firms, in Italian and English (Moodle
plugins, Joomla, PrestaShop, Drupal, WordPress and Magento modules), paired by key. The semantic
search and the full-text search were not used.

Asked of the lists: paths `lang/it/local_` (find_files: nothing); names (find_repos)
`moodle-local`, `moodle-block`, `surveypro`, `kordan`, `bobopinna`, `unito`, `magespecialist`,
`webgriffe`, `bitbull`, `scara/moodle`; the language folders of kordan/moodle-mod_surveypro,
bobopinna/moodle-mod_reservation, bobopinna/moodle-blocks_course_fisher,
bobopinna/moodle-enrol_autoenrol (English only), magespecialist/m2-MSP_TwoFactorAuth and
m2-MSP_ReCaptcha (no `i18n` folder) and webgriffe/SyliusItalianInvoiceableOrderPlugin. Refused
before reading any of their text: webgriffe (an Italian Magento and Sylius firm: its owner is in
the forty-seventh, fifty-first and fifty-third sets); bobopinna/moodle-mod_reservation (its last
commit before 30 November 2022 holds only `lang/en`: "Moved italian translation on AMOS", the
Moodle community's translation platform); bobopinna/moodle-mod_clickableboxes (put up in 2026);
bobopinna/moodle-theme_upo (21 of its 29 strings paired by key hold the same value in both
languages, by a comparison of values that showed none: too little Italian of its own); the
Moodle plugins of the other owners the lists gave, of other countries. `grep -rliE` of
"kordan", "surveypro", "cordella", "bobopinna", "course_fisher", "coursefisher",
"course_managers", "piemonte orientale", "uniupo", "magespecialist" over benchmarks, tests, docs,
CONTRIBUTING.md and README.md found nothing (of "pinna" only the Italian word "pinnacolo" in a
text of the twenty-third set; of "reservation" the words of other sets).

Of the sources, before the rule, the session had seen: their branches, the last commit of each
default branch before 30 November 2022 and whether later commits exist, the authors and
addresses of every commit of every branch, the authors of the commits touching each language
folder, their file lists with byte sizes (`git ls-tree -l`), a search of every commit's tree
for agent files (CLAUDE.md, AGENTS.md, GEMINI.md, `.claude`, `.cursor*`, `.clinerules`,
`.windsurf`, `.junie`, copilot-instructions.md, `.mcp.json`, llms.txt, `.agent(s)/`: none) and
of every commit message for words that mark machine translation, generated text, agents and
bots (DeepL, GPT, Copilot, Claude, Cursor, Gemini, Codex, "machine", "automat", LLM, OpenAI,
"translat", "tradu", Weblate, Crowdin, AMOS, "generat", "AI", "co-authored": the hits are the
authors' own "changed it translation", "Added italian strings", "Translated a missing string",
"Added some config string translations", AMOS's parser error on a file, automated tests, the
plugin's own "generator" and "regenerate" of templates, "personalizzazione automatica"), and,
with a regular expression and no value shown, the number of `$string['key'] = '...';` entries
of each Italian file and of its English twin, the keys found in both, the number of keys whose
two values are equal, and the words of the paired values by a whitespace split: told below.
After it was written the snapshots are to be extracted, the files added with `git show`, a few
texts read to check the reader, the words counted and bare Hunspell, the reference, run on them
through pyenchant; never our engine. What was found is told below.

- Four sources, a folder each, `owner+name`, under the folder named by $TEXT_SNAPSHOTS, each
  taken at the last commit of its default branch (`master`) before 30 November 2022, the day
  chat assistants came to the public: the language files of four Moodle plugins made by two
  Italians, in which each plugin keeps the strings its users, teachers and site administrators
  read (labels, settings and their help, messages, errors, e-mails' subjects and bodies, the
  privacy declarations), the English (`lang/en/<component>.php`) and the Italian
  (`lang/it/<component>.php`) file of each component written by the plugin's own author.
  Moodle's language files are PHP, which the extraction does not keep: every file read is
  added from the rule's commit with `git show` (ADDED_FILES); a snapshot lacking one stops the
  run.
  1. kordan/moodle-mod_surveypro (commit 3ae9310b, committed 13 November 2022, "Merge pull
     request #723 from kordan/submission_badly_saved"; 460 later commits exist on `master`,
     not taken): surveypro, a Moodle activity for surveys, by Daniele Cordella ("Kordan", of
     Italy's Istituto Superiore di Sanità by his address; 1,563 commits under his names of all
     branches' 2,350), with Eloy Lafuente (Moodle's integrator, Spanish) merging his pull
     requests and touching the English files in 27 commits (merges and fixes) and the Italian
     ones in 4 (merges); every other commit touching `lang/it` is Cordella's (71). Files read:
     `lang/it/surveypro.php` with `lang/en/surveypro.php` (15,706 and 49,924 bytes; 177 Italian
     strings, 522 English ones, 176 keys in both, 6 of them equal; 1,156 Italian and 1,216
     English words of the paired values by the split), the Italian and English files of the
     item plugins `field/boolean`, `character`, `checkbox`, `date`, `integer`, `numeric`,
     `radiobutton`, `select`, `textarea` and of the reports `report/attachments`, `frequency`,
     `lateusers`, `responsesperuser`, `userspercount` (`<kind>/<name>/lang/it/surveypro<kind>_
     <name>.php`; 98 keys in both, some 485 words a language). Not read: the templates
     (`template/attls`, `collesactual`, `collesactualpreferred`, `collespreferred`,
     `criticalincidents`): their strings are the questions of published questionnaires (ATTLS,
     COLLES, the Critical Incident Questionnaire) whose English is by their non-Italian authors;
     the Spanish files (`es`, `es_mx`); the English strings with no Italian twin.
  2. bobopinna/moodle-blocks_course_fisher (commit 959e4e12, committed 28 November 2022,
     "Update README.md", by Roberto Pinna; 2 later commits, not taken): Course Fisher, a Moodle
     block that makes courses from a university's teaching records, by Roberto Pinna of the
     Università del Piemonte Orientale (his addresses at unipmn.it and uniupo.it; 177 of the
     236 commits), with Diego Fantoma (44) and Francesco Carbone (13), whose commits touch no
     language file: all 29 commits touching `lang/en` and the 28 touching `lang/it` are
     Pinna's. Files read: `lang/it/block_course_fisher.php` with `lang/en/...` (6,606 and 6,116
     bytes; 69 keys in both, 2 equal; 451 and 412 words) and the four back ends'
     `backend/<csv|db|json|soap>/lang/<it|en>/coursefisherbackend_<name>.php` (6 keys).
  3. bobopinna/moodle-local_coursefisher (commit d1a04e06, committed 28 November 2022, "Update
     CHANGES.md", by Roberto Pinna; 18 later commits, not taken): the same tool made again as a
     local plugin, every commit Pinna's (59). Files read: `lang/it/local_coursefisher.php` with
     `lang/en/local_coursefisher.php` (6,360 and 9,913 bytes; 57 keys in both, 3 equal; 366 and
     325 words) and the three back ends' `backend/<csv|database|json>/lang/...` files (5 keys).
     Many of its strings are likely the block's again: a text an earlier source gave is not
     taken again (new_to_the_set, as the sixty-first set does).
  4. bobopinna/moodle-blocks_course_managers (commit cb90ef94, committed 29 November 2022, by
     Roberto Pinna; 19 later commits, not taken): a block listing a course's managers, every
     commit Pinna's (46). Files read: `lang/it/block_course_managers.php` with its English twin
     (14 keys in both; 68 and 57 words).
- Pairs: a string counts only when its key is in both files of a component, matched without
  reading it (the fiftieth set's way with constants): in the Italian file's order, each value
  a single quoted PHP string (php_string_value; a value built by concatenation, or another
  expression, left out; comments out first), Moodle's placeholders (`{$a}`, `{$a->name}`) taken
  out with the thirty-first set's placeholder pattern, then read by the twenty-fourth set's
  html_text_paragraphs (tags out, each block and each line broken by `<br>` its own text).
  The twenty-fourth set's paired_paragraphs then keeps each text once, leaves out an Italian
  text equal to an English one of the source or written in English, and an English one equal
  to an Italian one; a text holding "lorem ipsum" is left out (lorem_free_reader).
- Cap: WORDS_PER_SOURCE = 1000, chosen before counting by the rule (by the split: surveypro
  some 1,640 words a language, the three plugins of Pinna some 940 together before repeats are
  taken out); so the set is about half Cordella's and half Pinna's, some 2,000 words a
  language, under the brief's 3,000: said as its first weakness.
- Names (NAMES): the plugins' names as their repositories give them, "surveypro" and "Course
  Fisher", with "Moodle", the platform every text names; decided here, not from the text.
- The real-misspelling draw: the later measure's seeded draw of real misspellings uses seed
  1269 (1205 plus the set's place in text_measure.LATER_SETS, right after `round67`).
- Adjudication: the measuring session may list the texts' own slips (a misspelling the
  authors left in a string) in `benchmarks/text_round68_errors.txt`, each with the text it is
  in, before scoring, as the earlier sets' measures do; nothing here is adjudicated.
- Known weaknesses: small (about 2,000 words a language, under the 3,000 the brief aims at);
  two authors only, three of the four sources one man's, two of them the same tool in two
  shapes; interface strings are short (labels of one to three words are many; paired_paragraphs
  keeps each once); surveypro's Italian covers only a third of its English keys, the strings
  Cordella chose to translate; some help strings use Moodle's Markdown (`*`, `**`), read as
  text.

Sources, files, exclusions, cap, reader and names are not to change after the text is read;
only facts about the sources (dates, counts) may be fixed before reading it, and "What was
found" is appended after. Before the text was read two facts were fixed: surveypro's commit
count (1,563 of 2,350) and Course Fisher's English commits (29). Nothing else changed after.

What was found (8 December 2026, by `date -u` 03:59, the clock slow; snapshots extracted and
the 44 language files added with `git show` from the rule's commits; a few texts read to check
the reader: no placeholder, tag or PHP escape left): the texts as loaded (text_measure's
`messages` with the set's reader and cap plugged into SNAPSHOT_TEXTS in memory only, in a
throwaway script), 202 Italian texts, 1,525 words by the split (1,513 judged by the
benchmark's word splitter), and 187 English texts, 1,485 words (1,454 judged). Per source,
all of its texts, then as loaded under the cap: surveypro 260 Italian texts of 1,516 words,
127 of 1,003 loaded, and 258 English of 1,585, 116 of 1,000 loaded; Course Fisher's block 75
of 438, 60 of 413 loaded, and 74 of 387, 48 of 340; its local plugin 8 of 53, 5 of 48, and 20
of 104, 14 of 97 (most of its strings the block's again, left out by new_to_the_set); Course
Managers 12 of 65, 10 of 61, and 13 of 56, 9 of 48. So the set is half the size the rule
guessed (the split of values had counted labels repeated across files and keys, and many
values are one or two words, which the benchmark's floor of three words leaves out), and
surveypro is about two thirds of it, over the brief's ~40 %: both said as weaknesses, the cap
not changed. Bare Hunspell (pyenchant), the reference: Italian 39 unknown words, 2.58 per 100
judged words; English 31, 2.13 per 100. The kinds it flags: in Italian, English and technical
words the texts use as Italian (template, backend, plugin, report, query, get, html, pdf, csv),
the products' names, imperatives with a pronoun joined (Mantienili, Uniscili) and some seven
words that look like the authors' slips (a Spanish-looking spelling, a missing letter or
accent); in English, "backend", British "enrolment", the product's name, compounds of the
plugin's own (usertemplates, userfield, searchbox, checkboxes), "eg", and some six words that
look like the authors' slips of spelling or grammar. No figure of our engine was computed.

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
    lorem_free_reader,
    require_added_files,
    sites_texts,
)
from benchmarks.text_round31 import _PLACEHOLDER
from benchmarks.text_round48 import page_source
from benchmarks.text_round50 import _STRING, php_string_value, without_php_comments
from benchmarks.text_round61 import new_to_the_set

SURVEYPRO = "kordan+moodle-mod_surveypro"
COURSE_FISHER = "bobopinna+moodle-blocks_course_fisher"
LOCAL_COURSEFISHER = "bobopinna+moodle-local_coursefisher"
COURSE_MANAGERS = "bobopinna+moodle-blocks_course_managers"

# owner+name -> the last commit of its default branch before 30 November 2022
SNAPSHOTS = {
    SURVEYPRO: "3ae9310b30b99cc0473d8793c1c74dba32f7758c",
    COURSE_FISHER: "959e4e12e8194bdc8bf63eef7b57a5116135aa74",
    LOCAL_COURSEFISHER: "d1a04e067dfd60219aa6dab567032c1f0a4795e7",
    COURSE_MANAGERS: "cb90ef94661b2a4837976c95af33cdf6d0edd508",
}

WORDS_PER_SOURCE = 1000

NAMES = ("surveypro", "Course Fisher", "Moodle")


def _component(folder: str, component: str) -> tuple[str, str]:
    """A component's Italian and English language files, by its folder and name."""
    prefix = f"{folder}/" if folder else ""
    return f"{prefix}lang/it/{component}.php", f"{prefix}lang/en/{component}.php"


_FIELDS = ("boolean", "character", "checkbox", "date", "integer", "numeric", "radiobutton")
_FIELDS += ("select", "textarea")
_REPORTS = ("attachments", "frequency", "lateusers", "responsesperuser", "userspercount")

# owner+name -> {Italian language file: its English twin}, in the rule's order
FILES: dict[str, dict[str, str]] = {
    SURVEYPRO: dict(
        [_component("", "surveypro")]
        + [_component(f"field/{name}", f"surveyprofield_{name}") for name in _FIELDS]
        + [_component(f"report/{name}", f"surveyproreport_{name}") for name in _REPORTS]
    ),
    COURSE_FISHER: dict(
        [_component("", "block_course_fisher")]
        + [
            _component(f"backend/{name}", f"coursefisherbackend_{name}")
            for name in ("csv", "db", "json", "soap")
        ]
    ),
    LOCAL_COURSEFISHER: dict(
        [_component("", "local_coursefisher")]
        + [
            _component(f"backend/{name}", f"coursefisherbackend_{name}")
            for name in ("csv", "database", "json")
        ]
    ),
    COURSE_MANAGERS: dict([_component("", "block_course_managers")]),
}

# the `.php` files read, which the extraction does not keep: added from the same commits with
# `git show` (tools/text_snapshots.py adds them)
ADDED_FILES = {
    repo: tuple(path for pair in files.items() for path in pair) for repo, files in FILES.items()
}


def fetch_round68(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh,
    which keeps no `.php` file: the language files read are added to each snapshot from the
    same commit with `git show`); a missing snapshot, or one at another commit than the rule's,
    stops the run, and so does a missing file (site_paragraphs).
    """
    return checked_snapshots("round68", SNAPSHOTS, root)


# ---------------------------------------------------------------------------------------------
# A Moodle language file: `$string['key'] = 'value';`, each value one quoted PHP string.

_MOODLE_STRING = re.compile(rf"\$string\s*\[\s*({_STRING})\s*\]\s*=\s*({_STRING})\s*;")


def moodle_strings(path: Path) -> dict[str, str]:
    """Return a Moodle language file's strings by key, in the file's order: each
    `$string['key'] = '...';` whose key and value are one quoted string each, comments out
    first; a key given twice keeps its last value, as PHP does; a value built otherwise (by
    concatenation, a heredoc) left out."""
    code = without_php_comments(page_source(path))
    return {
        php_string_value(key): php_string_value(value)
        for key, value in _MOODLE_STRING.findall(code)
    }


def moodle_value_texts(value: str) -> list[str]:
    """Return a Moodle string's texts: its placeholders (`{$a}`, `{$a->name}`) taken out, then
    read as an HTML fragment by html_text_paragraphs."""
    return html_text_paragraphs(_PLACEHOLDER.sub(" ", value))


def strings_by_key(repo: str) -> Callable[[Path], Iterator[Pair]]:
    """Return a source's reader: the Italian and English values of the same key of each of its
    components' two language files, in the Italian file's order, each read by
    moodle_value_texts; a snapshot lacking any file stops the run."""

    def pairs(site: Path) -> Iterator[Pair]:
        require_added_files("round68", site, ADDED_FILES[repo], SNAPSHOTS[repo], "`.php`")
        for it_file, en_file in FILES[repo].items():
            english = moodle_strings(site / en_file)
            for key, it_value in moodle_strings(site / it_file).items():
                if key in english:
                    yield moodle_value_texts(it_value), moodle_value_texts(english[key])

    return pairs


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {repo: strings_by_key(repo) for repo in FILES}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round68_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's four sources, a text an
    earlier source gave left out."""
    yield from sites_texts(SNAPSHOTS, new_to_the_set(site_paragraphs), lang, fetch_round68(root))


def round68_names() -> list[str]:
    """Return the client's brand names for the second measure: the plugins' names and their
    platform's, as the rule gives them."""
    return sorted(NAMES)
