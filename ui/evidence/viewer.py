"""The full-size view of one evidence image, with its caption (decoded off the GUI thread)."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import EditEvidence
from auditor.errors import AuditorError
from ui.context import AppContext
from ui.evidence.redact import RedactableImage
from ui.widgets import messages

log = logging.getLogger(__name__)


def decode(data: bytes) -> QImage:
    """Return the decoded image, upright (QImage is safe off the GUI thread, unlike QPixmap)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # blur boxes are in upright pixels, as the report applies them
    return reader.read()


class EvidenceViewer(QDialog):
    """Show an image at full size (fit to the window) and edit its caption."""

    def __init__(self, ctx: AppContext, evidence_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.evidence = ctx.store.evidence.get(evidence_id)
        self.setWindowTitle(_("Evidence"))
        self.resize(1000, 760)
        self.image_label = RedactableImage()
        self.image_label.setText(_("Loading the image..."))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.image_label)
        self.blur_button = QPushButton(_("Blur a region..."))
        self.blur_button.setCheckable(True)
        self.blur_button.setToolTip(
            _(
                "Drag a rectangle over a face or a name badge: it is blurred in reports "
                "and client bundles; the original stays untouched."
            )
        )
        self.clear_button = QPushButton(_("Remove blurs"))
        self.caption = QLineEdit(self.evidence.caption)
        self.caption.setPlaceholderText(_("Caption shown in the report"))
        details = QLabel(
            f"{self.evidence.width} \u00d7 {self.evidence.height} px \u00b7 "
            f"{self.evidence.filename or self.evidence.source}"
        )
        details.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.blur_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(details)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.caption.editingFinished.connect(self.save_caption)
        self.blur_button.toggled.connect(self.image_label.set_marking)
        self.image_label.box_drawn.connect(
            lambda box: self.set_redactions([*self.evidence.redactions, box])
        )
        self.clear_button.clicked.connect(lambda: self.set_redactions([]))
        self.clear_button.setEnabled(bool(self.evidence.redactions))
        self._full: QPixmap | None = None
        ctx.tasks.run(decode, ctx.store.evidence.original(evidence_id), on_done=self._show)

    def save_caption(self) -> None:
        """Store the caption if it changed."""
        text = self.caption.text().strip()
        if text == self.evidence.caption:
            return
        try:
            self.evidence = self.ctx.run(EditEvidence(replace(self.evidence, caption=text))).result
        except AuditorError as exc:
            _ = self.ctx.tr
            messages.error(self, _("Caption not saved"), str(exc))

    def set_redactions(self, boxes: list[tuple[int, int, int, int]]) -> None:
        """Store the regions to blur (one undoable change) and show them."""
        _ = self.ctx.tr
        try:
            self.evidence = self.ctx.run(
                EditEvidence(replace(self.evidence, redactions=list(boxes)))
            ).result
        except AuditorError as exc:
            messages.error(self, _("Blur not saved"), str(exc))
            return
        self.clear_button.setEnabled(bool(boxes))
        if self._full is not None:
            self.image_label.set_image(self._full, self.evidence.redactions)

    def done(self, result: int) -> None:
        self.save_caption()
        super().done(result)

    def _show(self, image: QImage) -> None:
        self._full = QPixmap.fromImage(image)
        self.image_label.setText("")
        self.image_label.set_image(self._full, self.evidence.redactions)
