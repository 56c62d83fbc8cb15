"""Every window action and its shortcut, registered in one place."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from auditor.i18n import Translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActionSpec:
    """An action: its name, label, shortcut and the menu it sits in."""

    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None
    menu: str


def action_specs(tr: Translate) -> list[ActionSpec]:
    """Return the window's actions in menu order (add a line here to add an action)."""
    _ = tr
    return [
        ActionSpec("new_audit", _("&New audit..."), QKeySequence.StandardKey.New, "file"),
        ActionSpec("demo", _("Open the &demo audit"), None, "file"),
        ActionSpec("import", _("&Import audit..."), "Ctrl+I", "file"),
        ActionSpec("export", _("&Export audit..."), "Ctrl+E", "file"),
        ActionSpec("backup", _("&Back up now"), None, "file"),
        ActionSpec("restore", _("&Restore from backup..."), None, "file"),
        ActionSpec("preferences", _("&Preferences..."), "Ctrl+,", "file"),
        ActionSpec("quit", _("&Quit"), QKeySequence.StandardKey.Quit, "file"),
        ActionSpec("undo", _("&Undo"), QKeySequence.StandardKey.Undo, "edit"),
        ActionSpec("audits", _("&All audits"), "Ctrl+L", "audit"),
        ActionSpec("edit_client", _("Edit &client..."), None, "audit"),
        ActionSpec("next_unanswered", _("Next &unanswered item"), None, "audit"),
        ActionSpec("report", _("&Report..."), "Ctrl+R", "audit"),
    ]


class Actions:
    """The QActions of the main window by name, and the menus that hold them."""

    def __init__(self, window: QMainWindow, tr: Translate):
        _ = tr
        titles = {"file": _("&File"), "edit": _("&Edit"), "audit": _("&Audit")}
        self.menus: dict[str, QMenu] = {}
        self.by_name: dict[str, QAction] = {}
        for spec in action_specs(tr):
            menu = self.menus.get(spec.menu) or window.menuBar().addMenu(titles[spec.menu])
            self.menus[spec.menu] = menu
            action = QAction(spec.text, window)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setObjectName(spec.name)
            menu.addAction(action)
            self.by_name[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]
