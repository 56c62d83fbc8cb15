"""The full-size view of one evidence image, with its caption (decoded off the GUI thread)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from ui.context import AppContext
from ui.widgets import messages

log = logging.getLogger(__name__)


def decode(data: bytes) -> QImage:
    """Return the decoded image (QImage is safe off the GUI thread, unlike QPixmap)."""
    return QImage.fromData(QByteArray(data))


class EvidenceViewer(QDialog):
    """Show an image at full size (fit to the window) and edit its caption."""

    def __init__(self, ctx: AppContext, evidence_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.evidence = ctx.store.evidence.get(evidence_id)
        self.setWindowTitle(_("Evidence"))
        self.resize(1000, 760)
        self.image_label = QLabel(_("Loading the image..."))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.image_label)
        self.caption = QLineEdit(self.evidence.caption)
        self.caption.setPlaceholderText(_("Caption shown in the report"))
        details = QLabel(
            f"{self.evidence.width} \u00d7 {self.evidence.height} px \u00b7 "
            f"{self.evidence.filename or self.evidence.source}"
        )
        details.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(details)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.caption.editingFinished.connect(self.save_caption)
        self._full: QPixmap | None = None
        ctx.tasks.run(decode, ctx.store.evidence.original(evidence_id), on_done=self._show)

    def save_caption(self) -> None:
        """Store the caption if it changed."""
        text = self.caption.text().strip()
        if text == self.evidence.caption:
            return
        self.evidence.caption = text
        try:
            self.ctx.store.evidence.update(self.evidence)
        except AuditorError as exc:
            _ = self.ctx.tr
            messages.error(self, _("Caption not saved"), str(exc))
            return
        self.ctx.changed(self.evidence.audit_id)

    def done(self, result: int) -> None:
        self.save_caption()
        super().done(result)

    def _show(self, image: QImage) -> None:
        self._full = QPixmap.fromImage(image)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._full is None or self._full.isNull():
            return
        size = self.scroll.viewport().size()
        self.image_label.setPixmap(
            self._full.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
