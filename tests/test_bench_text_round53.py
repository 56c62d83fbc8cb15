"""The fifty-third text set's reader (the e-mails and notifications four Italian platforms and
businesses send their customers: forma.lms's language files by module and key, Bagnialmare's
catalogues by the customer's e-mail templates, MaguttiCms's Laravel language files and the
Newsletter plugin's default texts), its sources, cap and names, and its wiring.

Only the reader is tested here, on files written for the test: never the set's own text."""

from __future__ import annotations

import zlib

import pytest

from benchmarks import text_round53 as r53
from benchmarks.text_round53 import (
    ADDED_FILES,
    BAGNI,
    FILES,
    FORMA,
    MAGUTTI,
    NAMES,
    NEWSLETTER,
    SNAPSHOTS,
    WORDS_PER_SOURCE,
    customer_mail_refs,
    fetch_round53,
    forma_keys,
    forma_to_customer,
    mail_value_texts,
    php_options,
    round53_names,
    round53_texts,
    site_paragraphs,
)
from tests.text_set_support import assert_registered_after, capped_messages
from tests.text_set_support import write_file as _write

FORMA_IT = "html/xml_language/lang[italian].xml"
FORMA_EN = "html/xml_language/lang[english].xml"


def _forma_file(modules: dict[str, dict[str, str]]) -> str:
    body = []
    for module, keys in modules.items():
        body.append(f'      <module id="{module}">')
        for key, value in keys.items():
            body.append(
                f'        <key id="{module}&amp;{key}" attributes="" '
                f'save_date="2020-09-15 14:47:12"><![CDATA[{value}]]></key>'
            )
        body.append("      </module>")
    return (
        '<?xml version="1.0"?>\n<LANGUAGES>\n  <DATE>20220328</DATE>\n  <LANG id="x">\n'
        '    <platform id="all">\n'
        + "\n".join(body)
        + "\n    </platform>\n  </LANG>\n</LANGUAGES>\n"
    )


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _po(entries: list[tuple[str, str, str]]) -> str:
    head = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: it\\n"\n\n'
    )
    return head + "".join(
        f"#: {ref}\nmsgid {_quoted(en)}\nmsgstr {_quoted(it)}\n\n" for ref, en, it in entries
    )


def _magutti_site(root, italian: dict[str, str], english: dict[str, str]) -> None:
    for name in ("passwords", "website", "email", "store"):
        _write(
            root / MAGUTTI, f"resources/lang/it/{name}.php", italian.get(name, "<?php return [];")
        )
        _write(
            root / MAGUTTI, f"resources/lang/en/{name}.php", english.get(name, "<?php return [];")
        )


# --- The shared reading of an e-mail's HTML ----------------------------------------------------


def test_an_e_mail_s_blocks_and_lines_are_texts_and_its_placeholders_go():
    value = (
        "<p>Gentile [firstname] [lastname],</p><p>sei stato iscritto al corso "
        '<b>[course]</b>.<br />Accedi qui: <a href="[url]">[url]</a></p>{name}, grazie!'
    )
    assert mail_value_texts(value) == [
        "Gentile ,",
        "sei stato iscritto al corso .",
        "Accedi qui:",
        ", grazie!",
    ]
    assert mail_value_texts("") == []


# --- The first source: forma.lms's language files -------------------------------------------


def test_a_forma_file_s_values_by_module_and_key(tmp_path):
    path = _write(
        tmp_path,
        "lang.xml",
        _forma_file({"email": {"_REGISTERED_USER_SBJ": "Benvenuto", "_X": "a & <b>b</b>"}}),
    )
    assert forma_keys(path) == {
        ("email", "_REGISTERED_USER_SBJ"): "Benvenuto",
        ("email", "_X"): "a & <b>b</b>",
    }


def test_the_texts_a_learner_receives_and_those_sent_to_administrators():
    assert forma_to_customer("email", "_NEW_USER_SUBSCRIBED_TEXT")
    assert forma_to_customer("sms", "_PASSWORD_CHANGED_SMS")
    assert forma_to_customer("event_manager", "_EVENT_SUSPENDED_USER_TEXT")
    assert forma_to_customer("event_manager", "_EVENT_MOD_USER_TEXT_SMS")
    assert forma_to_customer("register", "_LOST_PWD_MAILTEXT")
    assert forma_to_customer("reservation", "_SUBJECT_DELSUBSCRIPTION")
    assert not forma_to_customer("email", "_NEW_USER_SUBSCRIBED_TEXT_MODERATORS")
    assert not forma_to_customer("email", "_TO_APPROVE_USER_SBJ")
    assert not forma_to_customer("email", "_NEW_USER_UNSUBS_WAITING_TEXT")
    assert not forma_to_customer("email", "_EVENT_CLASS_UserCourseBuy")
    assert not forma_to_customer("event_manager", "_EVENT_CLASS_UserModSuperAdmin")
    assert not forma_to_customer("event_manager", "_EVENT_RECIPIENTS_USER")
    assert not forma_to_customer("register", "_REG_SUCCESS")
    assert not forma_to_customer("login", "_LOST_INSTRUCTION_PWD")


def test_the_platform_s_keys_pair_in_the_italian_order(tmp_path):
    italian = {
        "email": {
            "_REGISTERED_USER_SBJ": "Registrazione completata",
            "_TO_APPROVE_USER_SBJ": "Nuovo utente da approvare",
            "_ONLY_IT": "Solo in italiano",
        },
        "sms": {"_PASSWORD_CHANGED_SMS": "La tua password è stata cambiata"},
        "login": {"_LOST_INSTRUCTION_PWD": "Inserisci il tuo indirizzo"},
    }
    english = {
        "sms": {"_PASSWORD_CHANGED_SMS": "Your password has been changed"},
        "email": {
            "_TO_APPROVE_USER_SBJ": "New user to approve",
            "_REGISTERED_USER_SBJ": "Registration completed",
        },
        "login": {"_LOST_INSTRUCTION_PWD": "Enter your address"},
    }
    _write(tmp_path / FORMA, FORMA_IT, _forma_file(italian))
    _write(tmp_path / FORMA, FORMA_EN, _forma_file(english))
    assert site_paragraphs(FORMA, tmp_path) == (
        ["Registrazione completata", "La tua password è stata cambiata"],
        ["Registration completed", "Your password has been changed"],
    )


# --- The second source: a catalogue read by the customer's e-mail templates -----------------


def test_the_customer_s_mail_templates_by_their_references():
    assert customer_mail_refs(["templates/booking/user_mail_message.txt"])
    assert customer_mail_refs(["templates/booking/details.html", "templates/booking/details.txt"])
    assert customer_mail_refs(["templates/account/email/password_reset_key_message.txt"])
    assert not customer_mail_refs(["templates/booking/admin_mail_message.txt"])
    assert not customer_mail_refs(["templates/booking/no_manager_booking_notification.txt"])
    assert not customer_mail_refs(["templates/account/messages/logged_in.txt", "forms.py"])


def test_the_beach_site_s_catalogues_pair_msgid_english_with_msgstr_italian(tmp_path):
    booking = _po(
        [
            (
                "templates/booking/user_mail_subject.txt",
                "Booking request received",
                "Richiesta ricevuta",
            ),
            (
                "templates/booking/manager_mail_message.txt",
                "A new booking",
                "Una nuova prenotazione",
            ),
            ("templates/booking/details.txt", "Umbrellas: %(n)s", "Ombrelloni: %(n)s"),
        ]
    )
    account = _po(
        [
            (
                "templates/account/email/email_confirmation_subject.txt",
                "Confirm your e-mail",
                "Conferma",
            )
        ]
    )
    _write(tmp_path / BAGNI, "booking/locale/it/LC_MESSAGES/django.po", booking)
    _write(tmp_path / BAGNI, "authauth/locale/it/LC_MESSAGES/django.po", account)
    assert site_paragraphs(BAGNI, tmp_path) == (
        ["Richiesta ricevuta", "Ombrelloni:", "Conferma"],
        ["Booking request received", "Umbrellas:", "Confirm your e-mail"],
    )


# --- The third source: Laravel's language files, by path of keys ----------------------------


def test_the_shop_s_e_mail_keys_pair_by_path(tmp_path):
    italian = {
        "passwords": "<?php return ['mail_reset_subject' => 'Reimposta la password', "
        "'reset' => 'La password è stata reimpostata'];",
        "website": "<?php return ['mail_message' => ['greeting' => 'Ciao :name,', "
        "'contact' => 'Nuova richiesta di contatto']];",
        "store": "<?php return ['order' => ['number' => 'Numero ordine', 'billing' => "
        "'Indirizzo di fatturazione']];",
    }
    english = {
        "passwords": "<?php return ['mail_reset_subject' => 'Reset your password', "
        "'reset' => 'Your password has been reset'];",
        "website": "<?php return ['mail_message' => ['greeting' => 'Hello :name,', "
        "'contact' => 'New contact request']];",
        "store": "<?php return ['order' => ['number' => 'Order number', 'billing' => "
        "'Billing address']];",
    }
    _magutti_site(tmp_path, italian, english)
    assert site_paragraphs(MAGUTTI, tmp_path) == (
        ["Reimposta la password", "Ciao ,", "Numero ordine", "Indirizzo di fatturazione"],
        ["Reset your password", "Hello ,", "Order number", "Billing address"],
    )


# --- The fourth source: the plugin's default texts --------------------------------------------


def test_a_language_file_s_options_by_key(tmp_path):
    path = _write(
        tmp_path,
        "it_IT.php",
        "<?php\n// $options['commented'] = 'no';\n"
        "$options['confirmation_subject'] =\n\"{name}, conferma l'iscrizione\";\n"
        "$options['confirmed_text'] = '<p>Iscrizione confermata, {name}.</p>';\n"
        "$options['subscription_text'] = \"<p>Iscriviti</p>\\n<p>Compila il modulo</p>\";\n"
        "$options['theme'] = 'default';\n$options['count'] = 3;\n",
    )
    assert php_options(path) == {
        "confirmation_subject": "{name}, conferma l'iscrizione",
        "confirmed_text": "<p>Iscrizione confermata, {name}.</p>",
        "subscription_text": "<p>Iscriviti</p>\n<p>Compila il modulo</p>",
        "theme": "default",
    }


def test_the_plugin_s_e_mails_pair_and_its_pages_do_not(tmp_path):
    _write(
        tmp_path / NEWSLETTER,
        "subscription/languages/it_IT.php",
        "<?php\n$options['confirmation_message'] = \"<p>Ciao {name},</p>\n"
        '<p>conferma <a href=\\"{subscription_confirm_url}\\">qui</a>.</p>";\n'
        "$options['confirmation_text'] = '<p>Controlla la tua casella di posta.</p>';\n",
    )
    _write(
        tmp_path / NEWSLETTER,
        "subscription/languages/en_US.php",
        "<?php\n$options = array();\n$options['confirmation_message'] = \"<p>Hi {name},</p>\n"
        '<p>please confirm <a href=\\"{subscription_confirm_url}\\">here</a>.</p>";\n'
        "$options['confirmation_text'] = '<p>Check your mailbox.</p>';\n",
    )
    assert site_paragraphs(NEWSLETTER, tmp_path) == (
        ["Ciao ,", "conferma qui."],
        ["Hi ,", "please confirm here."],
    )


def test_a_snapshot_lacking_a_file_stops_the_run(tmp_path):
    _write(tmp_path / FORMA, FORMA_IT, _forma_file({}))
    with pytest.raises(RuntimeError, match="git --git-dir=") as info:
        site_paragraphs(FORMA, tmp_path)
    assert "lacks html/xml_language/lang[english].xml;" in str(info.value)
    assert SNAPSHOTS[FORMA] in str(info.value)
    with pytest.raises(RuntimeError, match=r"lacks booking/locale/it/LC_MESSAGES/django\.po, "):
        site_paragraphs(BAGNI, tmp_path)
    with pytest.raises(RuntimeError, match=r"lacks resources/lang/it/passwords\.php, "):
        site_paragraphs(MAGUTTI, tmp_path)
    with pytest.raises(RuntimeError, match=r"lacks subscription/languages/it_IT\.php, "):
        site_paragraphs(NEWSLETTER, tmp_path)


def test_lorem_ipsum_is_left_out(tmp_path):
    _write(tmp_path / FORMA, FORMA_IT, _forma_file({"email": {"_A": "Lorem ipsum dolor sit"}}))
    _write(tmp_path / FORMA, FORMA_EN, _forma_file({"email": {"_A": "Some placeholder text"}}))
    assert site_paragraphs(FORMA, tmp_path) == ([], ["Some placeholder text"])


# --- Sources, cap and names --------------------------------------------------------------------


def test_the_rule_s_sources_commits_files_cap_and_names():
    assert SNAPSHOTS == {
        "formalms+formalms": "2dbb101838216244007e5c5c34fdd7c7f9329d89",
        "parruc+bagnialmare": "e64263ded8bc448f32824a296b9f4cf3384b3c46",
        "marcoax+maguttiCms": "cdd57da77091bbd085088c99a5ad7052ba74ec1d",
        "wp-plugins+newsletter": "f3d2cb71707e09931e367c690d6a34e46ccdd959",
    }
    assert list(FILES) == list(SNAPSHOTS) == list(r53.SITES) == list(ADDED_FILES)
    assert FILES[FORMA] == {FORMA_IT: FORMA_EN}
    assert ADDED_FILES[BAGNI] == (
        "booking/locale/it/LC_MESSAGES/django.po",
        "authauth/locale/it/LC_MESSAGES/django.po",
    )
    assert len(ADDED_FILES[MAGUTTI]) == 8
    assert ADDED_FILES[NEWSLETTER] == (
        "subscription/languages/it_IT.php",
        "subscription/languages/en_US.php",
    )
    assert r53.NEWSLETTER_KEYS == (
        "confirmation_subject",
        "confirmation_message",
        "confirmed_subject",
        "confirmed_message",
    )
    assert WORDS_PER_SOURCE == 300
    assert round53_names() == ["Bagnialmare", "Forma LMS", "Magutti", "MaguttiCms", "forma.lms"]
    assert sorted(NAMES) == round53_names()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


def test_the_set_s_texts_come_through_the_checked_snapshots(tmp_path):
    for repo in SNAPSHOTS:
        (tmp_path / repo).mkdir()
        (tmp_path / repo / ".snapshot-commit").write_text(SNAPSHOTS[repo] + "\n")
    _write(tmp_path / FORMA, FORMA_IT, _forma_file({"sms": {"_A_SMS": "Testo del messaggio uno"}}))
    _write(tmp_path / FORMA, FORMA_EN, _forma_file({"sms": {"_A_SMS": "Text of message one"}}))
    for catalogue in FILES[BAGNI]:
        _write(tmp_path / BAGNI, catalogue, _po([]))
    _magutti_site(
        tmp_path,
        {"email": "<?php return ['footer' => 'Messaggio inviato in automatico'];"},
        {"email": "<?php return ['footer' => 'Message sent automatically'];"},
    )
    _write(tmp_path / NEWSLETTER, "subscription/languages/it_IT.php", "<?php\n")
    _write(tmp_path / NEWSLETTER, "subscription/languages/en_US.php", "<?php\n")
    assert fetch_round53(tmp_path) == tmp_path
    texts = dict(round53_texts("it", tmp_path))
    assert list(texts) == list(SNAPSHOTS)
    assert texts[FORMA] == ["Testo del messaggio uno"]
    assert texts[BAGNI] == [] and texts[NEWSLETTER] == []
    assert texts[MAGUTTI] == sorted(["Messaggio inviato in automatico"], key=_crc)
    assert dict(round53_texts("en", tmp_path))[FORMA] == ["Text of message one"]
    (tmp_path / FORMA / ".snapshot-commit").write_text("0" * 40 + "\n")
    with pytest.raises(RuntimeError, match="not at the rule's"):
        list(round53_texts("it", tmp_path))


# --- Wiring (passes once the main session registers the set) ----------------------------------


def test_the_set_registered_after_the_fifty_second_as_a_snapshot_set():
    # right after the fifty-second (its seed, 1254, follows from the place), whatever comes later
    assert_registered_after("round53", "round52", 1254, r53, snapshot=True)


def test_the_benchmark_reads_the_set_capped_per_source(monkeypatch):
    texts = {
        "it": [
            (FORMA, ["La tua iscrizione è approvata.", "Benvenuto", "Il corso è terminato oggi."]),
            (BAGNI, ["Richiesta di preventivo ricevuta."]),
        ],
        "en": [(FORMA, ["Your enrolment is approved.", "The course ended today."])],
    }
    messages = capped_messages(monkeypatch, "round53", texts, cap=4)
    # at most 4 words a source: the first text of 5 reaches the cap, "Benvenuto" is under the floor
    assert messages["it"] == [
        "La tua iscrizione è approvata.",
        "Richiesta di preventivo ricevuta.",
    ]
    assert messages["en"] == ["Your enrolment is approved."]
