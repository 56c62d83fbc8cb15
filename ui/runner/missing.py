"""What a visit still needs before it can be completed, each line a way to jump there."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.i18n import Translate
from auditor.workflow import Missing

log = logging.getLogger(__name__)


class MissingPanel(QFrame):
    """A warning panel listing what is missing; Enter or a click on a line jumps to its item."""

    jump_requested = Signal(str)  # item id

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self.setProperty("role", "banner")
        title = QLabel(_("The visit cannot be completed yet. Open a line to go to the item:"))
        title.setStyleSheet("font-weight: 600; color: #7a4d0b;")
        close = QPushButton(_("Hide"))
        close.clicked.connect(self.hide)
        self.list = QListWidget()
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(
            lambda item: self.jump_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.list.itemClicked.connect(
            lambda item: self.jump_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.hide()

    def show_missing(self, gaps: list[Missing]) -> None:
        """List the gaps (hide the panel when there are none)."""
        self.list.clear()
        for gap in gaps:
            item = QListWidgetItem(f"\u26a0 {gap.message}")
            item.setData(Qt.ItemDataRole.UserRole, gap.item_id)
            self.list.addItem(item)
        # As tall as its lines (up to five), not a fixed block with empty space under one line.
        rows = min(len(gaps), 5)
        self.list.setFixedHeight(
            rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth() + 4
        )
        self.setVisible(bool(gaps))

    def messages(self) -> list[str]:
        """Return the lines shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]
