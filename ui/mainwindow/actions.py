"""Every window action and its shortcut, registered in one place."""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from auditor.i18n import Translate

log = logging.getLogger(__name__)


class Standard(str):
    """The name of a QKeySequence.StandardKey: bound to every key the platform uses for it."""


class ActionSpec(NamedTuple):
    """An action: its name, label, shortcut and the menu it sits in."""

    name: str
    text: str
    shortcut: str | None  # "Ctrl+I", several as "Ctrl+Shift+Z|Ctrl+Y", or a Standard key name
    menu: str


def action_specs(tr: Translate) -> list[ActionSpec]:
    """Return the window's actions in menu order (add a line here to add an action)."""
    _ = tr
    return [
        ActionSpec("new_audit", _("&New audit..."), Standard("New"), "file"),
        ActionSpec("demo", _("Open the &demo audit"), None, "file"),
        ActionSpec("import", _("&Import audit..."), "Ctrl+I", "file"),
        ActionSpec("export", _("&Export audit..."), "Ctrl+E", "file"),
        ActionSpec("export_tables", _("Export &tables (CSV, Excel)..."), None, "file"),
        ActionSpec("backup", _("&Back up now"), None, "file"),
        ActionSpec("restore", _("&Restore from backup..."), None, "file"),
        ActionSpec("templates", _("Checklist &templates..."), "Ctrl+T", "file"),
        ActionSpec("preferences", _("&Preferences..."), "Ctrl+,", "file"),
        ActionSpec("quit", _("&Quit"), Standard("Quit"), "file"),
        ActionSpec("undo", _("&Undo"), Standard("Undo"), "edit"),
        ActionSpec("redo", _("&Redo"), "Ctrl+Shift+Z|Ctrl+Y", "edit"),
        ActionSpec("dictionary", _("&Dictionary..."), None, "edit"),
        ActionSpec("audits", _("&All audits"), "Ctrl+L", "audit"),
        ActionSpec("edit_client", _("Edit &client..."), None, "audit"),
        ActionSpec("next_unanswered", _("Next &unanswered item"), None, "audit"),
        ActionSpec("report", _("&Report..."), "Ctrl+R", "audit"),
        ActionSpec("duplicate_audit", _("&Duplicate audit..."), None, "audit"),
        ActionSpec("programme", _("&Programme view"), "Ctrl+Shift+P", "programme"),
        ActionSpec("locations", _("Clients and &locations..."), None, "programme"),
        ActionSpec("waves", _("W&aves..."), None, "programme"),
        ActionSpec("wave_audits", _("New &wave audits..."), None, "programme"),
        ActionSpec("programme_report", _("Programme &report..."), None, "programme"),
        ActionSpec("about", _("&About Audit Desk"), None, "help"),
    ]


def menu_titles(tr: Translate) -> dict[str, str]:
    """Return the title of each menu."""
    _ = tr
    return {
        "file": _("&File"),
        "edit": _("&Edit"),
        "audit": _("&Audit"),
        "programme": _("&Programme"),
        "help": _("&Help"),
    }


class Actions:
    """The QActions of the main window by name, and the menus that hold them."""

    def __init__(self, window: QMainWindow, tr: Translate):
        titles = menu_titles(tr)
        self.menus: dict[str, QMenu] = {}
        self.by_name: dict[str, QAction] = {}
        for spec in action_specs(tr):
            menu = self.menus.get(spec.menu) or window.menuBar().addMenu(titles[spec.menu])
            self.menus[spec.menu] = menu
            action = QAction(spec.text, window)
            action.setObjectName(spec.name)
            menu.addAction(action)
            self.by_name[spec.name] = action

    def bind_shortcuts(self) -> None:
        """Give every action its keyboard shortcut.

        Called once the workspace is open (the actions are disabled before): building the key
        sequences loads Qt enums that would cost 5 ms before the window's first paint.
        """
        for spec in action_specs(lambda text: text):
            action = self.by_name[spec.name]
            if isinstance(spec.shortcut, Standard):
                key = getattr(QKeySequence.StandardKey, spec.shortcut)
                action.setShortcuts(QKeySequence.keyBindings(key))
            elif spec.shortcut is not None:
                # setShortcuts, not setShortcut: the latter's overload resolution wakes shiboken's
                # signature machinery (25 ms).
                action.setShortcuts([QKeySequence(k) for k in spec.shortcut.split("|")])

    def retranslate(self, tr: Translate) -> None:
        """Give every menu and action its text in another language."""
        for key, title in menu_titles(tr).items():
            self.menus[key].setTitle(title)
        for spec in action_specs(tr):
            self.by_name[spec.name].setText(spec.text)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]
