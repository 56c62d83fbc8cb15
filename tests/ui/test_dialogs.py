"""Dialogs store what they say through the core, and every one opens in English and Italian."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from auditor.commands import UpdateProfile
from auditor.model import AuditStatus, Severity
from auditor.userprofile import UserProfile, user_profile
from tests.auditor.imagefactory import photo_jpeg
from tests.ui.conftest import make_ctx, visit_id_of
from ui.app import use_qt_language
from ui.dialogs.client import ClientDialog
from ui.dialogs.finding import FindingDialog
from ui.dialogs.new_audit import NewAuditDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.evidence.viewer import EvidenceViewer


def test_create_and_edit_a_client(qtbot, ctx, store, tmp_path):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Caldaie Rossi S.p.A.")
    qtbot.keyClicks(dialog.brands, "Caldaie Rossi, RossiCare")
    qtbot.keyClicks(dialog.website, "https://www.caldaierossi.it")
    qtbot.keyClicks(dialog.phone, "+39 02 1234567")
    qtbot.keyClicks(dialog.email, "info@caldaierossi.it")
    logo = tmp_path / "logo.jpg"
    logo.write_bytes(photo_jpeg(200, 100))
    dialog.logo.set_logo_file(logo)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [client] = store.clients.all()
    assert (
        client.name,
        client.brands,
        client.website,
        client.phone,
        client.email,
        client.report_language,
    ) == (
        "Caldaie Rossi S.p.A.",
        ["Caldaie Rossi", "RossiCare"],
        "https://www.caldaierossi.it",
        "+39 02 1234567",
        "info@caldaierossi.it",
        "en",
    )
    assert client.logo == logo.read_bytes()

    edit = ClientDialog(ctx, client)
    qtbot.addWidget(edit)
    assert edit.windowTitle() == "Edit client"
    edit.phone.clear()
    qtbot.keyClicks(edit.phone, "800 123 456")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    assert store.clients.get(client.id).phone == "800 123 456"
    assert len(store.clients.all()) == 1


def test_client_contacts_are_checked_and_a_web_address_gets_its_scheme(qtbot, ctx, store):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Bar Centrale")
    qtbot.keyClicks(dialog.website, "www.barcentrale.it")
    for field, wrong, said in (
        (dialog.phone, "abc", "The phone number needs its digits"),
        (dialog.email, "not-an-email", "The e-mail address does not look right"),
    ):
        qtbot.keyClicks(field, wrong)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert said in dialog.error.text() and dialog.error.isVisibleTo(dialog)
        assert store.clients.all() == []
        field.clear()
        qtbot.keyClicks(field, "x")  # typing again takes the warning away
        assert not dialog.error.isVisibleTo(dialog)
        field.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [client] = store.clients.all()
    assert (client.website, client.phone, client.email) == ("https://www.barcentrale.it", "", "")


def test_a_logo_that_cannot_be_read_or_is_no_image_is_said_in_the_users_language(
    qtbot, store, tmp_path
):
    dialog = ClientDialog(make_ctx(store, "it"))
    qtbot.addWidget(dialog)
    dialog.logo.set_logo_file(tmp_path / "logo.png")
    assert dialog.error.text() == "logo.png: il file non esiste"
    assert dialog.logo.data is None
    text = tmp_path / "logo.jpg"
    text.write_text("not an image", "utf-8")
    dialog.logo.set_logo_file(text)
    assert dialog.error.text() == (
        "logo non è un'immagine in un formato accettato (JPEG, PNG, WEBP)"
    )
    assert dialog.logo.data is None


def test_a_client_without_a_name_is_not_stored(qtbot, ctx, store):
    dialog = ClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert store.clients.all() == []
    assert dialog.error.isVisible() and dialog.error.text() == "A client needs a name."


def test_create_an_audit_with_a_new_client(qtbot, ctx, store, monkeypatch):
    def fill_client(self):
        qtbot.keyClicks(self.name, "Clinica Sole")
        self.accept()
        return self.result()

    monkeypatch.setattr(ClientDialog, "exec", fill_client)
    dialog = NewAuditDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.new_client_button, Qt.MouseButton.LeftButton)
    assert dialog.client.currentText() == "Clinica Sole"
    qtbot.keyClicks(dialog.title, "First visit journey")
    qtbot.keyClicks(dialog.scenario, "A patient books a check-up.")
    qtbot.keyClicks(dialog.auditor, "Marta")
    dialog.date.setDate(QDate(2026, 12, 1))
    assert dialog.touchpoints.count() == 1  # the mini checklist is the built-in one here
    # Only the six journey checklists start ticked; the auditor ticks any other.
    assert dialog.touchpoints.item(0).checkState() == Qt.CheckState.Unchecked
    dialog.touchpoints.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    audit = store.audits.get(dialog.created.id)
    assert (audit.title, audit.scenario, audit.auditor, audit.planned_date, audit.status) == (
        "First visit journey",
        "A patient books a check-up.",
        "Marta",
        date(2026, 12, 1),
        AuditStatus.DRAFT,
    )
    assert store.clients.get(audit.client_id).name == "Clinica Sole"
    assert [(v.template_id, v.kind.value) for v in store.audits.visits(audit.id)] == [
        ("mini", "phone")
    ]


def test_an_audit_needs_a_touchpoint(qtbot, ctx, store, audit_id):
    dialog = NewAuditDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Nothing planned")
    dialog.touchpoints.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.created is None and dialog.error.text() == "Tick at least one touchpoint to visit."
    )
    assert len(store.audits.all()) == 1


def test_preferences_are_saved_in_the_profile(qtbot, ctx, store):
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.auditor_name, "Marta Rinaldi")
    qtbot.keyClicks(dialog.nickname, "Shopper M")
    qtbot.keyClicks(dialog.agency_name, "Occhio Attento")
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.agency_logo.set_logo(photo_jpeg(120, 60))
    assert not dialog.staff_names.isChecked()  # staff names stay out unless the agency allows
    dialog.staff_names.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    profile = store.profile.get()
    assert {k: profile[k] for k in ("agency_name", "default_language", "report_staff_names")} == {
        "agency_name": "Occhio Attento",
        "default_language": "it",
        "report_staff_names": "1",
    }
    assert store.profile.logo() == photo_jpeg(120, 60)
    # The name and nickname are the user's, not the workspace's: the same in every workspace.
    assert user_profile() == UserProfile("Marta Rinaldi", "Shopper M")
    assert (profile["auditor_name"], profile["auditor_nickname"]) == (None, None)
    assert ctx.editor.actor == "Marta Rinaldi"


def test_preferences_take_over_an_older_workspace_s_auditor_name(qtbot, ctx, store):
    ctx.editor.run(UpdateProfile({"auditor_name": "Anna Neri", "auditor_nickname": "Gufo"}))
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    assert (dialog.auditor_name.text(), dialog.nickname.text()) == ("Anna Neri", "Gufo")
    assert user_profile() == UserProfile("Anna Neri", "Gufo")


def test_esc_on_a_written_finding_asks_before_discarding_it(
    qtbot, ctx, store, audit_id, monkeypatch
):
    from ui.widgets import messages

    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(
        messages, "confirm", lambda _p, _t, text: asked.append(text) or next(answers)
    )
    untouched = FindingDialog(ctx, audit_id)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert asked == [] and not untouched.isVisible()  # nothing written: closes at once
    dialog = FindingDialog(ctx, audit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Dusty shelves")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert asked == ["Discard what you wrote in this finding?"] and dialog.isVisible()
    assert dialog.title.text() == "Dusty shelves"  # kept: the auditor said no
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and store.findings.for_audit(audit_id) == []


def test_create_a_finding_with_evidence_and_edit_it(qtbot, ctx, store, audit_id):
    from auditor.evidence import add_evidence

    visit_id = visit_id_of(store, audit_id)
    evidence = add_evidence(
        store, audit_id, photo_jpeg(), name="reception.jpg", visit_id=visit_id, run_check=False
    )
    dialog = FindingDialog(ctx, audit_id, visit_id=visit_id, item_id="greeting")
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Greeting"  # starts from the item's question
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Generic greeting, no company name")
    dialog.severity.setCurrentIndex(dialog.severity.findData("critical"))
    qtbot.keyClicks(dialog.description, "The phone was answered with a plain hello.")
    qtbot.keyClicks(dialog.recommendation, "Use the standard greeting.")
    dialog.evidence.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    [finding] = store.findings.for_audit(audit_id)
    assert (
        finding.title,
        finding.severity,
        finding.description,
        finding.recommendation,
        finding.visit_id,
        finding.item_id,
        finding.evidence_ids,
    ) == (
        "Generic greeting, no company name",
        Severity.CRITICAL,
        "The phone was answered with a plain hello.",
        "Use the standard greeting.",
        visit_id,
        "greeting",
        [evidence.id],
    )

    edit = FindingDialog(ctx, audit_id, finding)
    qtbot.addWidget(edit)
    edit.severity.setCurrentIndex(edit.severity.findData("minor"))
    edit.evidence.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    changed = store.findings.get(finding.id)
    assert (changed.severity, changed.evidence_ids, changed.title) == (
        Severity.MINOR,
        [],
        finding.title,
    )


def test_a_finding_needs_a_title(qtbot, ctx, store, audit_id):
    dialog = FindingDialog(ctx, audit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert store.findings.for_audit(audit_id) == []
    assert dialog.error.isVisible()


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("en", ["New client", "New audit", "Preferences", "New finding", "Evidence"]),
        ("it", ["Nuovo cliente", "Nuovo audit", "Preferenze", "Nuovo rilievo", "Prove"]),
    ],
)
def test_every_dialog_opens_in_both_languages(qtbot, store, audit_id, lang, titles):
    from auditor.evidence import add_evidence

    ctx = make_ctx(store, lang)
    evidence = add_evidence(store, audit_id, photo_jpeg(), run_check=False)
    dialogs = [
        ClientDialog(ctx),
        NewAuditDialog(ctx),
        PreferencesDialog(ctx),
        FindingDialog(ctx, audit_id),
        EvidenceViewer(ctx, evidence.id),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    assert [d.windowTitle() for d in dialogs] == titles


@pytest.mark.parametrize(
    ("lang", "texts"), [("en", ["OK", "Cancel", "Close"]), ("it", ["OK", "Annulla", "Chiudi"])]
)
def test_qt_standard_buttons_speak_the_interface_language(qtbot, store, audit_id, lang, texts):
    from auditor.evidence import add_evidence

    evidence = add_evidence(store, audit_id, photo_jpeg(), run_check=False)
    ctx = make_ctx(store, lang)
    app = QApplication.instance()
    use_qt_language(app, lang)
    try:
        form, viewer = FindingDialog(ctx, audit_id), EvidenceViewer(ctx, evidence.id)
        for dialog in (form, viewer):
            qtbot.addWidget(dialog)
        boxes = [d.findChild(QDialogButtonBox) for d in (form, viewer)]
        shown = [
            boxes[0].button(QDialogButtonBox.StandardButton.Ok).text(),
            boxes[0].button(QDialogButtonBox.StandardButton.Cancel).text(),
            boxes[1].button(QDialogButtonBox.StandardButton.Close).text(),
        ]
        assert [text.replace("&", "") for text in shown] == texts
    finally:
        use_qt_language(app, "en")
