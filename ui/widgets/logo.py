"""A logo picker: a preview and buttons to choose or clear an image file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from auditor.errors import AuditorError, file_reason
from auditor.i18n import Translate
from auditor.imaging import open_image, thumbnail_bytes
from ui.widgets.pixmaps import pixmap_from_bytes

log = logging.getLogger(__name__)


class LogoPicker(QWidget):
    """Hold the bytes of a logo image; the preview is a small thumbnail made by the core."""

    logo_changed = Signal()
    problem_changed = Signal(str)

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._tr = tr
        self._lang = lang
        self.data: bytes | None = None
        self.preview = QLabel(_("No logo"))
        self.preview.setFixedSize(140, 70)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet(
            "border: 1px dashed #cfd4da; border-radius: 5px; color: #6b7380;"
        )
        choose = QPushButton(_("Choose..."))
        clear = QPushButton(_("Clear"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(choose)
        layout.addWidget(clear)
        layout.addStretch(1)
        choose.clicked.connect(self.choose)
        clear.clicked.connect(lambda: self.set_logo(None))

    def set_logo(self, data: bytes | None) -> None:
        """Show a logo (None clears it); refuse bytes that are not an image."""
        _ = self._tr
        if data is not None:
            try:
                thumb = thumbnail_bytes(open_image(data, _("logo"), lang=self._lang), 140)
            except AuditorError as exc:
                self.problem_changed.emit(str(exc))
                return
            self.preview.setPixmap(
                pixmap_from_bytes(thumb, self.preview.size(), self.devicePixelRatioF())
            )
        else:
            self.preview.setPixmap(pixmap_from_bytes(b""))
            self.preview.setText(_("No logo"))
        self.data = data
        self.logo_changed.emit()

    def set_logo_file(self, path: Path) -> None:
        """Load a logo from an image file."""
        try:
            self.set_logo(path.read_bytes())
        except OSError as exc:
            self.problem_changed.emit(f"{path.name}: {file_reason(exc, self._tr)}")

    def choose(self) -> None:
        """Ask for an image file."""
        _ = self._tr
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a logo"), "", f"{_('Images')} (*.png *.jpg *.jpeg *.webp *.bmp)"
        )
        if name:
            self.set_logo_file(Path(name))
