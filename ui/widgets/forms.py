"""The shape every form dialog shares: labelled rows, notes, a warning line, OK and Cancel."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def text_box() -> QPlainTextEdit:
    """Return a multi-line text field that Tab leaves, as every other field (no tab is typed)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    return box


def form_dialog(
    dialog: QDialog,
    rows: Sequence[tuple[str, QWidget | QLayout]],
    notes: Sequence[QWidget] = (),
) -> tuple[QLabel, QPushButton]:
    """Lay out `dialog` as a form and return its (hidden) warning label and its OK button."""
    warning = QLabel()
    warning.setProperty("role", "warning")
    warning.setWordWrap(True)
    warning.hide()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
        # A warning is about what was typed: it goes as soon as the auditor types again.
        if isinstance(field, QLineEdit):
            field.textEdited.connect(warning.hide)
        elif isinstance(field, QPlainTextEdit):
            field.textChanged.connect(warning.hide)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for note in notes:
        layout.addWidget(note)
    layout.addWidget(warning)
    layout.addWidget(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return warning, buttons.button(QDialogButtonBox.StandardButton.Ok)
