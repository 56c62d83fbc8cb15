"""The recording consent: the agency's rule, the audit's answer shown, the question asked once."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from auditor.commands import SetConsent, SetConsentRule
from auditor.errors import AuditorError
from auditor.i18n import N_
from auditor.recordings import CONSENT_RULES, consent_state
from ui.context import AppContext
from ui.widgets import messages

log = logging.getLogger(__name__)

# Short, so the row fits a 1024 px window in Italian; the tooltips say them in full.
RULE_NAMES = {
    "ask": N_("Ask once per audit"),
    "permitted": N_("Always permitted"),
    "never": N_("Never keep recordings"),
}
RULE_TIPS = {
    "ask": N_("Ask once per audit whether recording was permitted"),
    "permitted": N_("Recording calls is always permitted"),
    "never": N_("Never keep call recordings"),
}


def shrinkable(box: QComboBox, characters: int) -> QComboBox:
    """Let a combo box be narrower than its longest entry (a long visit title, a long rule)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    box.currentIndexChanged.connect(lambda _i: box.setToolTip(box.currentText()))
    return box


def ask_consent(parent: QWidget) -> bool | None:
    """Ask whether recording this audit's calls was permitted: True, False, or None (not now)."""
    _ = parent.ctx.tr  # type: ignore[attr-defined]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Recording consent"))
    box.setText(
        _(
            "Was recording this audit's calls permitted (the law where the call was made, or the "
            "consent of the person called)? The answer is kept with the audit and asked only once."
        )
    )
    yes = box.addButton(_("Yes, permitted"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(_("No: do not keep it"), QMessageBox.ButtonRole.NoRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is yes else False if clicked is no else None


class ConsentRow(QWidget):
    """One line: what the audit's consent is, a way to change it, and the agency's rule."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.rule_box = QComboBox()
        for index, rule in enumerate(CONSENT_RULES):
            self.rule_box.addItem(_(RULE_NAMES[rule]), rule)
            self.rule_box.setItemData(index, _(RULE_TIPS[rule]), Qt.ItemDataRole.ToolTipRole)
        self.rule_box.setToolTip(_("The agency's setting: what the law asks of a recorded call"))
        self.rule_box.setAccessibleName(_("Recording rule"))
        rule_label = QLabel(_("Agency rule"))
        rule_label.setBuddy(self.rule_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state, 1)
        layout.addWidget(rule_label)
        layout.addWidget(self.rule_box)
        self.rule_box.activated.connect(self._rule_chosen)
        self.state.linkActivated.connect(lambda _link: self.change())

    def show_state(self, audit_id: str | None) -> None:
        """Show the audit's consent and the agency's rule."""
        _ = self.ctx.tr
        self.audit_id = audit_id
        store = self.ctx.store
        rule = store.recordings.rule()
        self.rule_box.setCurrentIndex(CONSENT_RULES.index(rule))
        if audit_id is None:
            self.state.setText("")
            return
        state = consent_state(store, audit_id)
        consent = store.recordings.consent(audit_id)
        when = ""
        if consent is not None and consent.basis == "asked":
            when = " " + _("(answered on {date} by {who})").format(
                date=f"{consent.asked_at.astimezone():%Y-%m-%d %H:%M}", who=consent.actor or "–"
            )
        texts = {
            "permitted": _("Recording permitted in this audit.") + when,
            "refused": _("Recording not permitted in this audit: recordings are not kept.") + when,
            "ask": _("Recording consent not asked yet: asked when a recording is attached."),
            "never": _("The agency keeps no call recordings."),
        }
        link = f' <a href="change">{_("Change...")}</a>' if consent is not None else ""
        self.state.setText(texts[state] + link)

    def change(self) -> None:
        """Answer the audit's consent question again."""
        _ = self.ctx.tr
        if self.audit_id is None:
            return
        answer = ask_consent(self.parentWidget() or self)
        if answer is None:
            return
        erases = not answer and bool(self.ctx.store.recordings.for_audit(self.audit_id))
        if erases and not messages.confirm(
            self,
            _("Recording consent"),
            _("Without consent the audit's recordings are erased (Undo brings them back)."),
        ):
            return
        try:
            self.ctx.run(SetConsent(self.audit_id, answer))
        except AuditorError as exc:
            messages.error(self, _("Not saved"), str(exc))

    def _rule_chosen(self, index: int) -> None:
        _ = self.ctx.tr
        rule = self.rule_box.itemData(index)
        if rule == self.ctx.store.recordings.rule():
            return
        try:
            self.ctx.run(SetConsentRule(rule))
        except AuditorError as exc:
            messages.error(self, _("Not saved"), str(exc))
