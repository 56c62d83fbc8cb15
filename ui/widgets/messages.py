"""Every modal message box goes through here, so tests can patch one module.

QMessageBox is imported where it is used: the main window imports this module before its first
paint, and the class costs a few milliseconds to load that the window does not need yet.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Show an error the user must read."""
    from PySide6.QtWidgets import QMessageBox

    log.info("error shown: %s", text)
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Show a piece of information."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; return True for yes.

    No is the default button unless the parent declares `confirm_default_yes = True`: a question
    whose common answer is yes (fill the checklist from the call just made) then takes Enter as
    yes. An attribute, not an argument, so that every caller keeps the same three arguments.
    """
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    default = buttons.Yes if getattr(parent, "confirm_default_yes", False) else buttons.No
    answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, default)
    return answer == QMessageBox.StandardButton.Yes
