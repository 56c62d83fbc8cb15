"""Preferences: who audits (the user's own profile), for which agency, in which language.

The auditor's name and nickname are the user's, kept in their config folder (auditor.userprofile)
and the same in every workspace; the agency's name, logo and rules are the workspace's.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from auditor.commands import UpdateProfile
from auditor.errors import AuditorError
from auditor.i18n import default_language, translator
from auditor.userprofile import UserProfile, adopt_workspace_profile, save_user_profile
from ui.context import AppContext
from ui.dialogs.client import language_names
from ui.widgets.forms import form_dialog
from ui.widgets.logo import LogoPicker

log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """OK saves the user's profile and the workspace's (UpdateProfile); a language at next start."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.setWindowTitle(_("Preferences"))
        self.setMinimumWidth(520)
        profile = ctx.store.profile.get()
        me = adopt_workspace_profile(ctx.store)
        self.auditor_name = QLineEdit(me.name)
        self.nickname = QLineEdit(me.nickname)
        self.nickname.setPlaceholderText(_("How you are named in client reports"))
        self.language = QComboBox()
        system = language_names(ctx.tr)[default_language()]
        self.language.addItem(_("System language ({name})").format(name=system), None)
        for code in language_names(ctx.tr):  # each language in its own words: Italiano, English
            self.language.addItem(language_names(translator(code))[code], code)
        self.language.setCurrentIndex(
            max(self.language.findData(profile.get("default_language")), 0)
        )
        self.agency_name = QLineEdit(profile.get("agency_name") or "")
        self.agency_logo = LogoPicker(ctx.tr, ctx.lang)
        self.agency_logo.set_logo(ctx.store.profile.logo())
        self.staff_names = QCheckBox(_("Name the staff met in client reports"))
        self.staff_names.setChecked(profile.get("report_staff_names") == "1")
        self.staff_names.setToolTip(
            _("Staff names are personal data: leave this off unless the agency may share them.")
        )
        self.note = QLabel(_("A new interface language applies the next time the app starts."))
        self.note.setProperty("role", "muted")
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Auditor name"), self.auditor_name),
                (_("Nickname in reports"), self.nickname),
                (_("Language"), self.language),
                (_("Agency name"), self.agency_name),
                (_("Agency logo"), self.agency_logo),
                (_("Client reports"), self.staff_names),
            ],
            notes=[self.note],
        )
        self.agency_logo.problem_changed.connect(self._problem)

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        try:
            save_user_profile(UserProfile(self.auditor_name.text(), self.nickname.text()))
            self.ctx.run(
                UpdateProfile(
                    dict(
                        default_language=self.language.currentData(),
                        agency_name=self.agency_name.text().strip(),
                        agency_logo=self.agency_logo.data,
                        report_staff_names="1" if self.staff_names.isChecked() else "0",
                    )
                )
            )
        except AuditorError as exc:
            self._problem(str(exc))
            return
        super().accept()
