"""The text panel: planted errors are marked at their offsets, listed, accepted or dismissed."""

from __future__ import annotations

import re

import pytest

from auditor.checks.base import CheckFinding, CheckResult
from auditor.model import Severity
from tests.auditor.checks.text.hunspell_support import need_hunspell
from tests.ui.conftest import make_ctx, visit_id_of
from ui.checks.model import CHECK_KINDS, item_for_rule, pick_scope
from ui.checks.pane import ChecksPane
from ui.checks.text_panel import TextCheckPanel

EMAIL = (
    "Gentile cliente,\n"
    "la ringraziamo per la sua richiesta perchè  ci fa piacere.\n"
    "Il nostro \U0001f600 Hotel test e lieto di confermare la prenotazione.\n"
)


def fake_check(
    text: str, *, lang="auto", brands=(), accepted_words=(), target="-", messages=None
) -> CheckResult:
    """Return a tiny check: accents, double spaces and a misspelt brand."""
    findings = []
    for match in re.finditer("perchè", text):
        findings.append(
            CheckFinding(
                "accent",
                Severity.MINOR,
                "Accent",
                match.group(),
                match.start(),
                match.end(),
                ("perché",),
            )
        )
    for match in re.finditer("  ", text):
        findings.append(
            CheckFinding(
                "double_space",
                Severity.MINOR,
                "Double space",
                match.group(),
                match.start(),
                match.end(),
            )
        )
    for brand in brands:
        for match in re.finditer(re.escape(brand), text, re.IGNORECASE):
            if match.group() != brand:
                findings.append(
                    CheckFinding(
                        "brand_name",
                        Severity.MAJOR,
                        "Brand",
                        match.group(),
                        match.start(),
                        match.end(),
                        (brand,),
                    )
                )
    return CheckResult("text", target, findings, {"words": len(text.split()), "lang": lang})


def formats(panel: TextCheckPanel) -> list[tuple[int, int, str]]:
    """Return (document position, length, tooltip) of every mark in the editor."""
    marks = []
    block = panel.editor.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            marks.append((block.position() + r.start, r.length, r.format.toolTip()))
        block = block.next()
    return marks


def test_marks_and_lists_planted_errors(pane: ChecksPane, qtbot):
    panel = pane.text
    panel.check = fake_check
    panel.editor.setPlainText(EMAIL)
    panel.run()
    at = EMAIL.index("perchè")
    brand = EMAIL.index("Hotel test")
    # the emoji before the brand is two UTF-16 units in the document: the mark moves by one
    assert formats(panel) == [
        (at, 6, "Accent\nSuggested: perché"),
        (at + 6, 2, "Double space"),
        (brand + 1, 10, "Brand\nSuggested: Hotel Test"),
    ]
    assert [s.finding.rule for s in panel.suggestions.pending] == [
        "accent",
        "double_space",
        "brand_name",
    ]


def test_accept_makes_a_finding_with_the_excerpt(pane: ChecksPane, store, audit_id, position):
    visit_id = visit_id_of(store, audit_id)
    position.changed.emit(visit_id, "tone")
    pane.text.check = fake_check
    pane.text.editor.setPlainText(EMAIL)
    pane.text.run()
    said: list[str] = []
    pane.ctx.events.message_requested.connect(said.append)
    pane.text.suggestions.row(0).accept_button.click()
    [finding] = store.findings.for_audit(audit_id)
    # the runner's visit, but not its item: "tone of voice" is not about the written text
    title = "Accent or apostrophe error in the written reply: «perchè»"  # worded as a finding
    assert (finding.title, finding.source, finding.visit_id, finding.item_id) == (
        title,
        "check:text",
        visit_id,
        None,
    )
    assert said == [f"Finding \u201c{title}\u201d added to 1. Call to reception."]
    assert "\u201cperchè\u201d" in finding.description and "perché" in finding.description
    # handled: no longer listed nor marked
    assert [s.finding.rule for s in pane.text.suggestions.pending] == ["double_space", "brand_name"]
    assert [length for _pos, length, _tip in formats(pane.text)] == [2, 10]


def test_dismissed_stays_dismissed_on_rerun(pane: ChecksPane, store, audit_id):
    pane.text.check = fake_check
    pane.text.editor.setPlainText(EMAIL)
    pane.text.run()
    pane.text.suggestions.row(1).dismiss_button.click()
    assert len(store.profile.dismissed(audit_id)) == 1
    pane.text.run()
    assert [s.finding.rule for s in pane.text.suggestions.pending] == ["accent", "brand_name"]
    assert store.findings.for_audit(audit_id) == []


def test_typing_checks_after_a_pause(pane: ChecksPane, qtbot):
    pane.text.check = fake_check
    qtbot.keyClicks(pane.text.editor, "Va bene  grazie")
    assert pane.text.suggestions.pending == []  # not yet: the check waits for a pause
    qtbot.waitUntil(lambda: len(pane.text.suggestions.pending) == 1, timeout=3000)
    assert formats(pane.text) == [(7, 2, "Double space")]
    qtbot.keyClicks(pane.text.editor, "!")
    assert formats(pane.text) == []  # stale marks go as soon as the text changes


def test_scope_follows_the_runner_or_the_item_naming_the_check(store, audit_id):
    visits = store.audits.visits(audit_id)  # one phone visit
    phone = visits[0].id
    assert pick_scope(visits, (phone, "tone"), ()) == (phone, "tone")
    assert pick_scope(visits, (phone, "metrics"), ()) == (phone, None)
    # a text suggestion prefers an e-mail visit; with none, the runner's visit still takes it
    assert pick_scope(visits, (phone, "tone"), CHECK_KINDS["text"]) == (phone, "tone")
    assert pick_scope(visits, ("gone", None), CHECK_KINDS["site"]) == (None, None)
    template = store.audits.template(visits[0].template_id, visits[0].template_version)
    assert item_for_rule(template, "call", "time_to_answer") == "wait"
    assert item_for_rule(template, "text", "spelling") is None


def test_real_text_check_marks_its_own_offsets(pane: ChecksPane, store, audit_id):
    """Run once auditor.checks.text exists: every pending finding is marked where it says."""
    pytest.importorskip("auditor.checks.text")
    panel = pane.text  # the real check is the default
    panel.editor.setPlainText(EMAIL)
    panel.run()
    pending = [s.finding for s in panel.suggestions.pending]
    assert {"accent", "double_space", "brand_name"} <= {f.rule for f in pending}
    assert all(EMAIL[f.start : f.end] == f.excerpt for f in pending)
    shift = lambda i: i + (1 if i > EMAIL.index("\U0001f600") else 0)  # noqa: E731 (UTF-16)
    expected = sorted((shift(f.start), f.end - f.start) for f in pending)
    assert sorted((pos, length) for pos, length, _tip in formats(panel)) == expected
    accent = next(n for n, f in enumerate(pending) if f.rule == "accent")
    panel.suggestions.row(accent).accept_button.click()
    [finding] = store.findings.for_audit(audit_id)
    assert "\u201cperchè\u201d" in finding.description


def test_an_english_text_is_remarked_on_in_the_windows_language(store, audit_id, position, qtbot):
    """An Italian auditor checking an English page reads the remarks, and the finding the report
    prints, in Italian: the text's language decides the dictionary, the window's the words."""
    pytest.importorskip("auditor.checks.text")
    widget = ChecksPane(make_ctx(store, "it"), position.changed)
    qtbot.addWidget(widget)
    widget.set_audit(audit_id)
    panel = widget.text
    panel.editor.setPlainText("We will recieve your booking tomorrow.")
    panel.run()
    [suggestion] = panel.suggestions.pending
    assert (
        suggestion.finding.message
        == "\u201crecieve\u201d è un errore frequente: si scrive \u201creceive\u201d."
    )
    panel.suggestions.row(0).accept_button.click()
    [finding] = store.findings.for_audit(audit_id)
    assert finding.title == "Errore di ortografia nel testo controllato: «recieve»"
    assert "errore frequente" in finding.description and "common mistake" not in finding.description


def test_no_remarks_is_said_only_after_a_check_ran(pane: ChecksPane):
    pane.text.check = fake_check
    assert pane.text.suggestions.count_label.text() == ""  # nothing checked yet
    pane.text.editor.setPlainText("Gentile cliente, tutto bene.")
    pane.text.run()
    assert pane.text.suggestions.count_label.text() == "No remarks on this text."


def test_the_text_is_checked_again_when_the_dictionary_changes(pane: ChecksPane, ctx, qtbot):
    """A word added by the suggestion's button, in Edit > Dictionary or taken back by an undo:
    the real check runs again, and the list shows what it finds now."""
    from auditor.commands import RemoveWord
    from ui.dialogs.dictionary import DictionaryDialog

    panel = pane.text  # the real check
    panel.editor.setPlainText("La folksonomia dei generi musicali.")
    panel.run()

    def flagged() -> list[str]:
        return [s.finding.excerpt for s in panel.suggestions.pending]

    assert flagged() == ["folksonomia"]
    panel.suggestions.row(0).learn_button.click()
    assert (flagged(), ctx.store.profile.accepted_words()) == ([], ["folksonomia"])
    ctx.editor.undo()
    assert flagged() == ["folksonomia"]
    dialog = DictionaryDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.word, "folksonomia")
    dialog.add()
    assert flagged() == []
    ctx.run(RemoveWord("folksonomia"))
    assert flagged() == ["folksonomia"]


def test_add_to_dictionary_is_offered_only_for_a_word_the_dictionary_takes(pane: ChecksPane):
    def check(text: str, **_options) -> CheckResult:
        findings = [
            CheckFinding(
                "spelling", Severity.MINOR, "Spelling", w, text.index(w), text.index(w) + len(w)
            )
            for w in ("folksonomia", "un unica")
        ]
        return CheckResult("text", "-", findings, {"words": 4, "lang": "it"})

    pane.text.check = check
    pane.text.editor.setPlainText("La folksonomia e un unica voce.")
    pane.text.run()
    rows = [pane.text.suggestions.row(n) for n in range(2)]
    assert [(r.suggestion.finding.excerpt, r.learn_button.isVisibleTo(r)) for r in rows] == [
        ("folksonomia", True),
        ("un unica", False),  # two words: no word of a text could ever match it
    ]


def test_an_italian_word_of_english_copy_can_be_added_to_the_dictionary(pane: ChecksPane, ctx):
    """The real check: "culatello" on an English menu is an Italian-words note with the button;
    a phrase of Italian words is not, and once added the word is no note at all."""
    need_hunspell("it")  # the bundled lists read "culatello" as a typo
    panel = pane.text
    panel.editor.setPlainText("Try our culatello and the lobster alla catalana tonight.")
    panel.run()
    rows = [panel.suggestions.row(n) for n in range(len(panel.suggestions.pending))]
    shown = [(r.suggestion.finding.rule, r.suggestion.finding.excerpt) for r in rows]
    assert shown == [("italian_words", "culatello"), ("italian_words", "alla catalana")]
    assert [r.learn_button.isVisibleTo(r) for r in rows] == [True, False]
    rows[0].learn_button.click()
    assert ctx.store.profile.accepted_words() == ["culatello"]
    assert [s.finding.excerpt for s in panel.suggestions.pending] == ["alla catalana"]
