"""Create or edit a client: name, brands, contacts, logo and report language."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)

from auditor.commands import AddClient, EditClient
from auditor.errors import AuditorError
from auditor.model import Client
from ui.context import AppContext
from ui.widgets.forms import form_dialog
from ui.widgets.logo import LogoPicker

log = logging.getLogger(__name__)


def language_names(tr: object) -> dict[str, str]:
    """Return the shipped languages with their names."""
    _ = tr
    return {"it": _("Italian"), "en": _("English")}


class ClientDialog(QDialog):
    """OK stores the client through the core; a problem is shown in the dialog, nothing is lost."""

    def __init__(
        self, ctx: AppContext, client: Client | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.client = client
        self.saved: Client | None = None
        self.setWindowTitle(_("Edit client") if client else _("New client"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("Company name"))
        self.brands = QLineEdit()
        self.brands.setPlaceholderText(
            _("Brand names as they must be written, separated by commas")
        )
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.logo = LogoPicker(ctx.tr, ctx.lang)
        self.language = QComboBox()
        for code, name in language_names(ctx.tr).items():
            self.language.addItem(name, code)
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Name"), self.name),
                (_("Brand names"), self.brands),
                (_("Website"), self.website),
                (_("Phone"), self.phone),
                (_("E-mail"), self.email),
                (_("Logo"), self.logo),
                (_("Report language"), self.language),
            ],
        )
        self.logo.problem_changed.connect(self._problem)
        self._load(client)

    def _load(self, client: Client | None) -> None:
        default = self.ctx.store.profile.get().get("default_language") or self.ctx.lang
        if client is None:
            self.language.setCurrentIndex(max(self.language.findData(default), 0))
            return
        self.name.setText(client.name)
        self.brands.setText(", ".join(client.brands))
        self.website.setText(client.website)
        self.phone.setText(client.phone)
        self.email.setText(client.email)
        self.logo.set_logo(client.logo)
        self.language.setCurrentIndex(max(self.language.findData(client.report_language), 0))

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _contacts(self) -> tuple[str, str, str] | None:
        """Return the website (with its https://), phone and e-mail, or None after saying why."""
        _ = self.ctx.tr
        website, phone, email = (w.text().strip() for w in (self.website, self.phone, self.email))
        if website and "://" not in website:
            website = "https://" + website  # the site check and the report need the whole address
        checks = (
            (website and " " in website, self.website, _("A web address has no spaces.")),
            (
                phone and len(re.sub(r"\D", "", phone)) < 6,
                self.phone,
                _("The phone number needs its digits, for example +39 045 620 1234."),
            ),
            (
                email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email),
                self.email,
                _("The e-mail address does not look right, for example info@example.it."),
            ),
        )
        for wrong, field, message in checks:
            if wrong:
                self._problem(message)
                field.setFocus()
                return None
        return website, phone, email

    def accept(self) -> None:
        _ = self.ctx.tr
        name = self.name.text().strip()
        if not name:
            self._problem(_("A client needs a name."))
            self.name.setFocus()
            return
        contacts = self._contacts()
        if contacts is None:
            return
        website, phone, email = contacts
        fields = dict(
            name=name,
            brands=[b.strip() for b in self.brands.text().split(",") if b.strip()],
            website=website,
            phone=phone,
            email=email,
            logo=self.logo.data,
            report_language=self.language.currentData(),
        )
        try:
            command = (
                AddClient(Client(**fields))
                if self.client is None
                else EditClient(replace(self.client, **fields))
            )
            self.saved = self.ctx.run(command).result
        except AuditorError as exc:
            self._problem(str(exc))
            return
        super().accept()
