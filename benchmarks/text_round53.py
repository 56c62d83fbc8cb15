"""The fifty-third held-out text set (issue 17, fifty-third round), by a rule written first.

The rule, written on 7 December 2026 at 17:36 UTC (`date -u` read 17:36:12 just before it was
written; the machine's clock moved far less than the work took, as the fifty-fourth set's builder
noted too) before any figure of our engine on the set was seen, before any Italian or English
text of its sources was read (but for the few lines told below) and before any of its words was
counted by the set's own rule, and never to be measured by the session that wrote it: by a later
session. The session that wrote it had read the fiftieth to fifty-second sets' rules, code and
tests (its models), the forty-ninth set's gettext reader (po_pairs), the thirty-first's
json_value_text, the twenty-fourth's shared readers, tests/text_set_support.py,
tools/extract_text_snapshot.sh and CONTRIBUTING.md's paragraphs on the sets, measured none of
them, and, to choose the sources, had listed public GitHub repositories and their files with the
search index's file and repository lists only, by the road the brief asked for: the e-mails and
notifications Italian businesses' web applications send to their customers. Paths asked for
(most gave nothing, or repositories of 2023 to 2026, or not Italian): Laravel's
`resources/lang/it/{emails,email,mail,mails,notifications,notification,sms,booking,order,
reservation}.php` and `lang/it/emails.php`; Symfony's `translations/{emails,email,mail}.it.yml`,
`translations/emails.it.yaml`, `translations/messages.it.xlf`; Rails'
`config/locales/{mailers,mailer}.it.yml`, `config/locales/it/{mailers,mailer}.yml`,
`app/views/devise/mailer/*.it.html.{erb,haml,slim}`, `app/views/user_mailer/welcome.it.html.erb`,
`app/views/order_mailer/confirmation.it.html.erb`; Django's `locale/it/LC_MESSAGES/django.po` and
`{emails,notifications,booking,bookings,reservations,prenotazioni,shop,orders,cart,tickets,
ecommerce,mailing}/locale/it/LC_MESSAGES/django.po`; Node's `locales/it/{email,emails,mail,
notifications}.json`, `src/locales/it/email.json`, `emails/it/{welcome.hbs,layout.hbs,
welcome.html,welcome.mjml,index.html}`, `mail/it/welcome.html`, `templates/it/welcome.html`,
`templates/emails/it/{welcome,base}.html`, `email-templates/it/welcome.html`;
`mails/it/{order_conf,account}.html` (PrestaShop's core and copies of it); CakePHP's
`app/Locale/ita/LC_MESSAGES/default.po`, `src/Locale/it_IT/default.po`,
`resources/locales/it_IT/default.po`; then repositories by name (webgriffe, satispay, gestpay,
fattura24, fattureincloud, skebby, mailup, qapla, shippypro, welaika, mikamai, nephila, 20tab,
lotrek, vik*, hoteldruid, sharengo, email-templates, mjml, newsletter, transactional). The
thirty-ninth set had looked for e-mail templates by path and found none; this search found few,
and small: transactional texts are short, so this set is small (below), said as its first
weakness. Refused before any text was read: repositories put up in 2023 to 2026 (dozens, among
them copies of E4J's Vik* plugins, albertopisaroni/application, dade1987/ecommerce,
marchese89/tutoring-platform, Stordia/in.today, MUHZERO/drippandolo-platform, tiknil's
boilerplate), projects of non-Italian developers or with Italian as one language of many
(coopcycle, consul's forks, TalentedEurope/te-site, uCV-team/ucv-online's texts, by an Indian
agency's commits, and its few mailer strings), files of Italian only (Dasc3er/libri-usati,
portalgas, Share'ngo's eteria2020/CUP-* e-mails, whose English catalogue is its site's),
English only (webgriffe/SyliusBackInStockNotificationPlugin at 2022, EuroPython/epcon), the
Sylius and Solidus payment plugins' few words, HotelDruid's guest e-mails (two, in a backup
format of its database), RedTurtle/redturtle.prenotazioni (refused by the forty-ninth set).
Of the sources below, before the rule, the session had seen: their branches, the last commit
before 30 November 2022 of their default branch, their file lists with byte sizes (`git ls-tree
-l`), the number, dates, authors and addresses of their commits and the subjects of the commits
touching the files read; a search of every branch's history for agent files (CLAUDE.md,
AGENTS.md, GEMINI.md, `.claude`, `.cursor*`, `.clinerules`, `.windsurf`, `.junie`,
`copilot-instructions.md`, `.mcp.json`, `llms.txt`, `.openai`, `.lovable`, `.agent(s)/`: none in
any) and of the commit messages for words that mark machine translation, generated text, agents
and bots (DeepL, GPT, Copilot, Claude, Cursor, Gemini, Codex, "machine", LLM, Google, OpenAI,
LibreTranslate, "anonymous", "bot", "co-authored", "automat", "generat", "translat", "tradu": the
hits told below, none naming a machine); the names of the keys, modules and catalogue
references read (code identifiers) and the code that sends each e-mail (which template or key
goes to whom), the headers of the plugin and of the catalogues; and, to judge the size, the
words of the values the rule reads, by a whitespace split of each value with its tags and
placeholders out (counted, no word shown). Seen by mistake, once: the first fifteen lines of the
first source's English language file (an XML header and eight strings of its administrators'
rights module, which the rule leaves out), printed unmasked by a command meant to mask them.
After it was written the snapshots are to be extracted, the files read added to them from the
same commits (tools/extract_text_snapshot.sh keeps none of them: `.xml`, `.po`, `.php`), a few
texts read to check the reader, the words counted and bare Hunspell, the reference, run on them
through pyenchant; never our engine. What was found is told below.

- Four sources of the kind the brief asked for (the texts a customer of an Italian business or
  its platform receives: e-mails and their subjects, SMS, and the platform's own notification
  messages, in Italian and English, written by Italians), a folder each, `owner+name`, under the
  folder named by $TEXT_SNAPSHOTS; each snapshot is extracted by tools/extract_text_snapshot.sh
  and the files the rule reads are added to it from the same commit (`git --git-dir=<git dir>
  show <commit>:<path> > $TEXT_SNAPSHOTS/<owner+name>/<path>`); a snapshot lacking any of them
  stops the run, never measuring a smaller source. Each is taken at the last commit of its
  default branch before 30 November 2022, the day chat assistants came to the public.
  1. formalms/formalms (commit 2dbb1018, committed 29 November 2022, "reorder query in
     migrations", by Alex Vivona; `master`, its 5,742nd commit, the first of 8 July 2013; the
     branch goes on to 2025, not read): forma.lms, an open-source e-learning platform made by
     Italian firms (its commits' addresses: joint-tech.it, purplenetwork.it, grifomultimedia.it
     and Italian developers: Giuseppe Nucifora 984 commits, Alessandro Micelli 624, Massimiliano
     Cavazzini 597, Gabriele Marconetta 533, Livio Melfi 331, Gianluigi Mammarella 248), which
     the training firms that run it use to send their learners e-mails and SMS: registration and
     password, course enrolment, approval or refusal, waiting lists, course ended, notices,
     forum and message alerts. Its texts are in two language files exported from its database,
     `html/xml_language/lang[italian].xml` (432,430 bytes) and `lang[english].xml` (420,536),
     3,046 keys each, all shared, by module (`<module id=...>`, `<key id="module&_KEY">` and the
     value in CDATA). The English file changed in 105 commits from 2013 to 12 October 2022 (the
     last "#20087 - fix send unsubscribe notification to student"); the platform came from
     Docebo's community edition (Docebo, a firm of Como), whose English is the Italian team's.
     The message search's hits: "Bug #1103 - Language - Several translation and language key
     updates (IT-EN)" (2014), "aggiornamento traduzioni italiano e inglese per nuove chiavi"
     (2014), "Aggiunte traduzioni EN e IT messaggi errore" (2015), "add all langauge translation
     (english) for php module" (2015), and code's "certificate generation", "baseUrl
     generation": none names a machine. Read, the keys of the texts a learner receives: every
     key of the modules `email` and `sms`, the keys of `event_manager` whose name ends in
     `_SBJ`, `_TEXT`, `_SBJ_SMS` or `_TEXT_SMS`, the registration module's e-mails
     (`register`: `_REG_MAIL_TEXT`, `_REG_MAIL_TEXT_SELF`, `_LOST_PWD_MAILTEXT`,
     `_LOST_USERID_MAILTEXT`, `_MAIL_OBJECT`, `_MAIL_OBJECT_SELF`) and four more
     (`admin_directory`'s `_APPROVED_USER_SBJ` and `_REFUSED_USER_TEXT_SMS`, `subscribe`'s
     `_DENY_SUBSCRIBED_TEXT_SMS`, `reservation`'s `_SUBJECT_DELSUBSCRIPTION`); left out, as
     sent to administrators, moderators or teachers to act upon and not to the customer, the
     keys whose name holds `MODERATORS`, `TO_APPROVE`, `SUBS_WAITING` (a request to enrol or
     leave a course waiting for an administrator) or `SUPERADMIN`, and the event classes'
     names (`_EVENT_CLASS_`, labels of the settings). Words of the values read by the count
     above: about 700 Italian and 700 English.
  2. parruc/bagnialmare (commit e64263de, committed 7 June 2019, by Matteo Parrucci; the last
     commit of `master`, its only branch, its 1,522nd, the first of 14 June 2013): Bagnialmare,
     a site to find and book beach establishments (bagni) of the Romagna coast, in Django, by
     Matteo Parrucci and his team (Nicola Valentini, Marco Bartolini, a build user "4hm-build";
     commits in Italian). Its texts in gettext catalogues whose msgid is the English and whose
     Italian catalogue's msgstr the Italian (the English catalogues are empty). Read: the
     entries of `booking/locale/it/LC_MESSAGES/django.po` (8,538 bytes) and
     `authauth/locale/it/LC_MESSAGES/django.po` (15,523) with a reference to a template of an
     e-mail the customer receives: `templates/booking/user_mail_subject.txt` and
     `user_mail_message.txt` (the booking request's acknowledgement, sent to the address the
     customer gave: `booking/signals.py`), `templates/booking/details.txt` (the booking's
     details, which that e-mail includes) and `templates/account/email/*` (django-allauth's
     e-mails of address confirmation and password reset, rewritten by the site). Left out: the
     e-mails to the site's administrators (`admin_mail_*`), to the establishment's managers
     (`manager_mail_*`) and to an establishment without a manager
     (`no_manager_booking_notification.*`), the pages and forms, the messages shown on screen
     (`account/messages/*`). Commits touching the two catalogues: 10 and 23, among them
     "testo mail utente" (2015), "Cambiati testi mail prenotazione con preventivo" (2015),
     "fixed bug in password reset mail message translation" (2015); the message search's other
     hits: "Fix wrong lowercase in italian translation", "translations", "Adding translation
     for 'Request a quote'". Words by the count: about 160 Italian and 140 English.
  3. marcoax/maguttiCms (commit cdd57da7, committed 10 July 2021, "Add tags to Projects
     AdminList view", by Marco Asperti; the last commit of `master`, its only branch, its 931st,
     the first of 3 January 2017): MaguttiCms, the Laravel content management system and shop
     of Marco Asperti (commits by him under four addresses, one at gfstudio.com, but for 13 of
     dependabot and one of another), which the sites built on it use to send their customers
     e-mails: the order confirmation (`NewOrderNotification`, to the buyer), the password reset
     (`UserResetPasswordNotification`, to the user) and the newsletter subscription's
     acknowledgement (`NewsletterSubscribeUserNotification`, to the subscriber). Its texts in
     Laravel's language files, `resources/lang/it/<name>.php` with `resources/lang/en/<name>.php`
     (arrays of keys and values, read by the fifty-first set's php_array_strings). Read, the
     keys those three e-mails use: `passwords.php`'s `mail_reset_subject`, `mail_reset_body`,
     `mail_reset_button`, `mail_reset_footer`; `website.php`'s `mail_message.greeting`,
     `mail_message.subscribe_newsletter_subject`, `mail_message.subscribe_newsletter_feedback`,
     `mail_message.subscribe_newsletter_coupon_message`, `mail_message.firm`; `email.php`'s
     `footer`; `store.php`'s `order.number`, `order.billing`, `order.date`, `order.shipping`,
     `payment.method`, `shipping.method` (the order e-mail's headings). Left out: the e-mails
     to the site's owner (`ContactRequest`, `NewsletterSubscriberAdminNotification`,
     `AdminResetPasswordNotification`), every other key. The message search's hits: "Added
     missing translation(s)", "Update translations", "Translation Update", "Added Json
     translation file for better localization" (2020 and 2021), and code's "generator"s; none
     names a machine. Words by the count: about 95 Italian and 96 English (most of the headings
     under the floor of three words).
  4. wp-plugins/newsletter (commit f3d2cb71, committed 28 November 2015, "Version 4.0.6", by
     satollo; the last commit of `master`, its only branch, its 230th, the first of 22 May 2009):
     the git mirror of WordPress.org's Subversion repository of Newsletter, the plugin of Stefano
     Lissa (satollo, of Milan; "Author: Stefano Lissa, The Newsletter Team"; commits by satollo
     207 and webagile 22, his team's), with the plugin's history (not a copy without it, as the
     forty-ninth set refused `wp-plugins/iubenda-cookie-law-solution`). The default texts its
     sites send their subscribers, in `subscription/languages/it_IT.php` (1,427 bytes) and
     `en_US.php` (4,318): PHP assignments `$options['key'] = "..."`, eight keys in both. Read,
     the keys of the e-mails: `confirmation_subject`, `confirmation_message` (the request to
     confirm a subscription), `confirmed_subject`, `confirmed_message` (the welcome). Left out:
     the four pages shown on screen (`*_text`), the profile form's labels
     (`profile-it_IT.php`), the composer's catalogue of the administrator (`emails/languages`).
     The files' commits: 3 and 8 ("Version 3.0.0" of 2012 to "Version 3.8.3" of 2015). Words by
     the count: 48 Italian and 78 English.
- Pairs: a text counts only when it exists in both languages, matched without reading it: in
  the first source the value of the same key (`module&_KEY`) in the two files; in the second an
  entry's msgid (English) with its msgstr (Italian), read by the forty-ninth set's po_pairs
  (printf's placeholders out, each line its own text, a fuzzy, obsolete or untranslated entry
  pairing nothing); in the third the value of the same path of keys in the two files of the
  same name, read by the fifty-first set's laravel_value_texts (Laravel's `:placeholders` out);
  in the fourth the value of the same key in the two files, as PHP reads the string (the
  fiftieth set's php_string_value). Values of HTML (the first and fourth sources' e-mails) are
  read as the twenty-fourth set's html_text_paragraphs reads a page (each block or line its own
  text), the platform's placeholders (`[firstname]`, `{name}`) taken out first, each text then
  read by the thirty-first set's json_value_text (tags, URLs, e-mail addresses and telephone
  numbers out, entities read). Values pair as a whole.
- Left out, decided before reading: every other file and key of the four repositories (above);
  a text repeated in a source is taken once; an Italian text equal to an English one of its
  source (left untranslated) or written in English (benchmarks/text_round6.in_english) is left
  out, and an English text equal to an Italian one likewise (the twenty-fourth set's
  paired_paragraphs); a text holding "lorem ipsum" (any case).
- Caps: each source is one document, capped at 300 words a language (WORDS_PER_SOURCE), its texts
  taken in a fixed mixed order (a hash of their text: the twenty-fourth set's sites_texts); the
  benchmark's `_capped` cleans and counts them, a text of fewer than three words dropped. The
  sizes seen (about 1,000 Italian and 1,010 English words by the split above, before the floor
  and the cleaning, the first source some 700 of them) put the set at some 550 to 650 words a
  language: the cap was chosen, before the count, so that the first source is no more than
  about half of the set, as the brief asked, at the cost of most of its words. This is far under
  the 3,000 the brief aimed at, said here before the count and as the set's main weakness: no
  more sources of the kind that meet the bar were found (above); none is added or dropped after
  the count, and the bar is not lowered to fill the set.
- The words are counted as the sixteenth to fifty-second sets' were: as loaded, and as judged by
  a plain split of the session's own (runs of letters, an elision kept joined to the word it
  stands before; words of one letter, all-capital words, words with an inner capital and
  capitalised words inside a sentence left out; not the engine's tokenizer), and bare
  Hunspell's unknown words per 100 on them (pyenchant, it_IT and en_US), the reference, the only
  figure seen; run through pyenchant, not through bench_text_accuracy's `--mode bare`.
- Run without and with the client's brand names (round53_names). Decided in the rule: the
  platforms' and businesses' names as their repositories give them: "forma.lms", "Forma LMS",
  "Bagnialmare", "MaguttiCms", "Magutti" (the fourth, "Newsletter", is a common word and not
  added). The generated slips are drawn, as for every set, from this set's own texts.
- Adjudication, as in the seventh to fifty-second sets: after the single measurement, a false
  alarm that is a misspelling in the published text itself may be listed in
  benchmarks/text_round53_errors.txt (a line per occurrence: word, TAB, `it` or `en`, TAB, the
  sentence it stands in; read by bench_text_accuracy.listed_errors; written by the measuring
  session, not by the one that wrote this rule) and counted apart as an error found in the
  published text. A word counts as such only when no Italian or English dictionary has it and
  its sentence shows the writer's slip; the names of firms, platforms, places, people, products
  and services, jargon (of e-learning, courses and their enrolment, of beaches and their
  booking, of shops, orders and payments, of newsletters and e-mail), acronyms, foreign words
  (English words in Italian text, Italian words in English text) and anything doubtful stay
  false alarms. A hole where a placeholder was taken out ("Gentile ,", "Dear ,") is the
  reader's, not the writer's. Both figures are always reported: raw (every alarm) and net
  (alarms less the listed errors, a listed word subtracted at most as many times as it was
  flagged).
- Weaknesses, known from the logs and not read in the text: the set is small (above); the first
  source's texts are a platform's defaults, which the firms running it may rewrite, and come
  from Docebo's edition of 2013 onwards, written by Italian teams, with no word of who wrote the
  English; the second is a small business's site of 2015 and 2019; the third and fourth are
  products of one developer each, whose texts their customers' sites send; the fourth is the
  mirror of an author's Subversion repository (its commits' authors are Subversion's users);
  the first source is some half of the set.

What was found (the snapshots extracted at 17:36 UTC by tools/extract_text_snapshot.sh, the
fourteen files the rule reads added to them from the rules' commits with `git show` at 17:36
UTC; the reader run on them, the texts holding `<`, `>`, `{`, `}`, `[`, `]`, `|`, `@`, a
backslash, a replacement character, an entity, a printf placeholder or `$` listed, the texts with
a space before a comma, stop, colon or semicolon or with empty brackets listed, and five texts of
each source and language, drawn at random, read at 17:37 UTC to check it; the words counted and
bare Hunspell run at 17:37 and 17:38 UTC; nothing of the rule's sources, files, exclusions, cap
or names changed after, and no reader fix was needed):

- Pairs, all found: forma.lms 88 keys, Bagnialmare 20 entries, MaguttiCms 16 keys, Newsletter 4
  keys. Texts after the pairing and the removal of repeats and untranslated ones, Italian and
  English: forma.lms 72 and 76, Bagnialmare 24 and 24, MaguttiCms 15 and 15, Newsletter 6 and 8;
  words by the split 643 and 664, 161 and 145, 93 and 94, 41 and 68.
- Found by the check, and left as the rule reads them: the holes where a placeholder was taken
  out ("Gentile , sei stato disiscritto dal corso ( ) -", "Dear , you have been unsubscribed
  from the course ( ) -", "L'utente con e userId : è stato sospeso", "il tuo username è .",
  "your username is .", "Ciao ,", "Hi ,"), and forma.lms's `>` between a forum's, a thread's
  and a message's placeholders ("all'indirizzo: > > >", "in > > Title:"): the reader's, not the
  writers' slips. A few forma.lms texts are written about a user in the third person ("L'utente
  , è stato iscritto al corso in lista d'attesa", "User with and userId : has been modified in
  platform :"): by their wording notices to an administrator, which the rule's selection by
  the keys' names did not leave out (`_NEW_USER_OVERBOOKING_SUBSCRIBED_TEXT` and the events'
  `_EVENT_*_USER_*` texts); left as the rule reads them, said as a weakness of the selection.
  The Bagnialmare subject "[bagnialmare.com booking] Richiesta di preventivo ricevuta per" keeps
  its bracketed prefix, which is its text (the catalogues' placeholders are Django's, taken out).
- As loaded (the benchmark's `_capped`, at 300 words a source; counted at 17:38 UTC): 594
  Italian words in 67 texts and 579 English words in 61 texts. forma.lms 317 Italian and 302
  English (53 and 52 per cent of the set: over half by a few per cent, because `_capped` lets a
  source's last text pass the cap and the other three fall under it by the floor: not as the
  rule foresaw, left as it is), Bagnialmare 152 and 136, MaguttiCms 89 and 79, Newsletter 36 and
  62; within the rule's estimate of 550 to 650, far under the brief's 3,000 (above).
- The words judged, split by the sixteenth set's plain rule: 521 Italian and 536 English. Bare
  Hunspell's figures on them, the reference (pyenchant, it_IT and en_US; the only ones seen):
  Italian 3.84 unknown words per 100 (20), English 0.00 (0); by text_measure.hunspell_alarms on
  the same texts (its own split): Italian 3.34 (20 of 599 words), English 0.00 (0 of 572). The
  Italian keeps English words of the trade ("learning" 5, of "e-learning", "reset" 4, "thread",
  "community"), forms with an accent wrong or slips ("perchè" 2, "C'é" and "c'é", "queso",
  "ignoare", "qualcun'altro"), and "Disiscrizione"/"disiscritto", the platform's word for
  leaving a course; the English none. Recall and top three, which need the benchmark's planted
  errors, were not computed: the benchmark was not run on the set. These words, seen in bare
  Hunspell's list of unknown words (the sentences of a few were read in the check above), are
  left for the measuring session's adjudication like any other; nothing of the engine was
  changed for them, nor was the engine run.
- Names for the "+names" run, as the rule gives them: five.

The rule as first written, at 17:36 UTC, is the text above without what was found; what was
found was added at about 17:38 UTC; no source, file, exclusion, cap or name changed.

Measured once, by a later round (not the session that wrote this rule), at its start, before
anything is changed, and never before.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
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
from benchmarks.text_round31 import json_value_text
from benchmarks.text_round48 import page_source
from benchmarks.text_round49 import po_pairs
from benchmarks.text_round50 import _STRING, php_string_value, without_php_comments
from benchmarks.text_round51 import laravel_value_texts, php_array_strings

# per source and language: so that the first source is no more than about half of the set
WORDS_PER_SOURCE = 300
# The repositories the rule names, in its order (a snapshot folder each, `owner+name`), with the
# commit the rule read (each the last of its default branch before 30 November 2022).
SNAPSHOTS = {
    "formalms+formalms": "2dbb101838216244007e5c5c34fdd7c7f9329d89",
    "parruc+bagnialmare": "e64263ded8bc448f32824a296b9f4cf3384b3c46",
    "marcoax+maguttiCms": "cdd57da77091bbd085088c99a5ad7052ba74ec1d",
    "wp-plugins+newsletter": "f3d2cb71707e09931e367c690d6a34e46ccdd959",
}
# The platforms' and businesses' names, as their repositories give them.
NAMES = ("forma.lms", "Forma LMS", "Bagnialmare", "MaguttiCms", "Magutti")

FORMA = "formalms+formalms"
BAGNI = "parruc+bagnialmare"
MAGUTTI = "marcoax+maguttiCms"
NEWSLETTER = "wp-plugins+newsletter"

# The files each source's reader needs (paths inside the snapshot), in pairs (Italian, English);
# the second source's catalogues hold both languages (msgid the English), so each is its own pair
FILES: dict[str, dict[str, str]] = {
    FORMA: {"html/xml_language/lang[italian].xml": "html/xml_language/lang[english].xml"},
    BAGNI: {
        "booking/locale/it/LC_MESSAGES/django.po": "booking/locale/it/LC_MESSAGES/django.po",
        "authauth/locale/it/LC_MESSAGES/django.po": "authauth/locale/it/LC_MESSAGES/django.po",
    },
    MAGUTTI: {
        f"resources/lang/it/{name}.php": f"resources/lang/en/{name}.php"
        for name in ("passwords", "website", "email", "store")
    },
    NEWSLETTER: {"subscription/languages/it_IT.php": "subscription/languages/en_US.php"},
}

# The files the extraction does not keep, added to each snapshot from the rule's commit with
# `git show` (tools/text_snapshots.py adds them)
ADDED_FILES = {
    repo: tuple(dict.fromkeys(path for pair in files.items() for path in pair))
    for repo, files in FILES.items()
}


def fetch_round53(root: Path | None = None) -> Path:
    """Return the folder of the set's repository snapshots ($TEXT_SNAPSHOTS, or `root`).

    Nothing is downloaded: the snapshots are made beforehand (tools/extract_text_snapshot.sh,
    which keeps no `.xml`, `.po` or `.php`: the files the rule reads are added from the same
    commit with `git show`); a missing snapshot, or one at another commit than the rule's, stops
    the run, and so does a missing file (site_paragraphs).
    """
    return checked_snapshots("round53", SNAPSHOTS, root)


def _missing(repo: str, site: Path) -> None:
    require_added_files(
        "round53", site, ADDED_FILES[repo], SNAPSHOTS[repo], "`.xml`, `.po` or `.php`"
    )


# ---------------------------------------------------------------------------------------------
# Values of HTML: an e-mail's blocks and lines, its placeholders out.

# forma.lms's `[firstname]`, `[url]`, ... and the Newsletter plugin's `{name}`, `{blog_title}`
_BRACKETED = re.compile(r"\[[A-Za-z_][\w-]*\]")


def mail_value_texts(value: str) -> list[str]:
    """Return an e-mail's or message's texts: its `[placeholders]` taken out, each block or line
    its own text (the twenty-fourth set's html_text_paragraphs), each read by the thirty-first
    set's json_value_text (`{placeholders}`, tags, URLs, addresses, telephone numbers out)."""
    texts = [json_value_text(text) for text in html_text_paragraphs(_BRACKETED.sub(" ", value))]
    return [text for text in texts if text]


# ---------------------------------------------------------------------------------------------
# The first source: forma.lms's language files, keys by module.

# keys sent to administrators, moderators or teachers to act upon, and the events' labels
_NOT_TO_CUSTOMERS = re.compile(r"MODERATORS|TO_APPROVE|SUBS_WAITING|SUPERADMIN|_EVENT_CLASS_", re.I)
FORMA_MODULES = ("email", "sms")
FORMA_EVENT_ENDINGS = ("_SBJ", "_TEXT", "_SBJ_SMS", "_TEXT_SMS")
FORMA_KEYS = frozenset(
    [
        ("register", "_REG_MAIL_TEXT"),
        ("register", "_REG_MAIL_TEXT_SELF"),
        ("register", "_LOST_PWD_MAILTEXT"),
        ("register", "_LOST_USERID_MAILTEXT"),
        ("register", "_MAIL_OBJECT"),
        ("register", "_MAIL_OBJECT_SELF"),
        ("admin_directory", "_APPROVED_USER_SBJ"),
        ("admin_directory", "_REFUSED_USER_TEXT_SMS"),
        ("subscribe", "_DENY_SUBSCRIBED_TEXT_SMS"),
        ("reservation", "_SUBJECT_DELSUBSCRIPTION"),
    ]
)


def forma_keys(path: Path) -> dict[tuple[str, str], str]:
    """Return a forma.lms language file's values by (module, key), in the file's order: each
    `<key id="module&_KEY">` of each `<module id="...">`, its value the CDATA it holds."""
    root = ET.fromstring(page_source(path))
    out: dict[tuple[str, str], str] = {}
    for module in root.iter("module"):
        name = module.get("id", "")
        for key in module.iter("key"):
            key_id = key.get("id", "")
            out[(name, key_id.split("&", 1)[-1])] = key.text or ""
    return out


def forma_to_customer(module: str, key: str) -> bool:
    """Return True for a key of a text the platform sends its learner (the rule's list)."""
    if _NOT_TO_CUSTOMERS.search(key):
        return False
    if module in FORMA_MODULES or (module, key) in FORMA_KEYS:
        return True
    return module == "event_manager" and key.endswith(FORMA_EVENT_ENDINGS)


def _forma(site: Path) -> Iterator[Pair]:
    _missing(FORMA, site)
    for it_file, en_file in FILES[FORMA].items():
        italian, english = forma_keys(site / it_file), forma_keys(site / en_file)
        for (module, key), it_value in italian.items():
            if forma_to_customer(module, key) and (module, key) in english:
                it_texts = mail_value_texts(it_value)
                en_texts = mail_value_texts(english[(module, key)])
                if it_texts and en_texts:
                    yield it_texts, en_texts


# ---------------------------------------------------------------------------------------------
# The second source: a catalogue whose msgid is the English, by the e-mails' templates.

_CUSTOMER_MAIL = re.compile(
    r"(?:^|/)templates/(?:booking/(?:user_mail_message|user_mail_subject|details)\.txt"
    r"|account/email/[^/]+)$"
)


def customer_mail_refs(refs: list[str]) -> bool:
    """Return True for an entry referred to by a template of an e-mail the customer receives."""
    return any(_CUSTOMER_MAIL.search(ref) for ref in refs)


def _bagni(site: Path) -> Iterator[Pair]:
    _missing(BAGNI, site)
    for catalogue in FILES[BAGNI]:
        yield from po_pairs(site / catalogue, keep=customer_mail_refs)


# ---------------------------------------------------------------------------------------------
# The third source: Laravel's language files, the keys the customer's e-mails use.

MAGUTTI_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "passwords": (
        ("mail_reset_subject",),
        ("mail_reset_body",),
        ("mail_reset_button",),
        ("mail_reset_footer",),
    ),
    "website": (
        ("mail_message", "greeting"),
        ("mail_message", "subscribe_newsletter_subject"),
        ("mail_message", "subscribe_newsletter_feedback"),
        ("mail_message", "subscribe_newsletter_coupon_message"),
        ("mail_message", "firm"),
    ),
    "email": (("footer",),),
    "store": (
        ("order", "number"),
        ("order", "billing"),
        ("order", "date"),
        ("order", "shipping"),
        ("payment", "method"),
        ("shipping", "method"),
    ),
}


def _magutti(site: Path) -> Iterator[Pair]:
    _missing(MAGUTTI, site)
    for name, keys in MAGUTTI_KEYS.items():
        italian = php_array_strings(site / f"resources/lang/it/{name}.php")
        english = php_array_strings(site / f"resources/lang/en/{name}.php")
        for key in keys:
            it_texts = laravel_value_texts(italian.get(key, ""))
            en_texts = laravel_value_texts(english.get(key, ""))
            if it_texts and en_texts:
                yield it_texts, en_texts


# ---------------------------------------------------------------------------------------------
# The fourth source: the plugin's default texts, `$options['key'] = "...";`.

_OPTION = re.compile(rf"\$options\s*\[\s*({_STRING})\s*\]\s*=\s*({_STRING})")
NEWSLETTER_KEYS = (
    "confirmation_subject",
    "confirmation_message",
    "confirmed_subject",
    "confirmed_message",
)


def php_options(path: Path) -> dict[str, str]:
    """Return a language file's `$options['key'] = '...'` strings by key, in the file's order,
    comments out first (the fiftieth set's without_php_comments); a key given twice keeps its
    last value, as PHP does; a value that is not one quoted string is left out."""
    out: dict[str, str] = {}
    for key, value in _OPTION.findall(without_php_comments(page_source(path))):
        out[php_string_value(key)] = php_string_value(value)
    return out


def _newsletter(site: Path) -> Iterator[Pair]:
    _missing(NEWSLETTER, site)
    for it_file, en_file in FILES[NEWSLETTER].items():
        italian, english = php_options(site / it_file), php_options(site / en_file)
        for key in NEWSLETTER_KEYS:
            it_texts = mail_value_texts(italian.get(key, ""))
            en_texts = mail_value_texts(english.get(key, ""))
            if it_texts and en_texts:
                yield it_texts, en_texts


SITES: dict[str, Callable[[Path], Iterator[Pair]]] = {
    FORMA: _forma,
    BAGNI: _bagni,
    MAGUTTI: _magutti,
    NEWSLETTER: _newsletter,
}


# a source's Italian and English texts, as the twenty-fourth set reads them, less lorem ipsum
site_paragraphs = lorem_free_reader(SITES)


def round53_texts(lang: str, root: Path | None = None) -> Iterator[tuple[str, list[str]]]:
    """Yield (source, its texts in a fixed mixed order) of the set's four sources."""
    yield from sites_texts(SNAPSHOTS, site_paragraphs, lang, fetch_round53(root))


def round53_names() -> list[str]:
    """Return the client's brand names for the second measure: the platforms' and businesses'
    names, as the rule gives them."""
    return sorted(NAMES)
