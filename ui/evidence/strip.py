"""A strip of evidence thumbnails with the ways to add more: files, paste, drop, screen capture."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import AUDITS, EVIDENCE, Change, DeleteEvidence
from auditor.errors import AuditorError
from auditor.evidence import image_problems
from ui.context import AppContext
from ui.evidence.capture import ScreenCapture
from ui.evidence.importer import (
    EvidenceImporter,
    Incoming,
    Scope,
    evidence_label,
    incoming_from_mime,
    png_bytes,
)
from ui.evidence.viewer import EvidenceViewer
from ui.widgets.pixmaps import pixmap_from_bytes

log = logging.getLogger(__name__)

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp"  # what evidence intake accepts (auditor.imaging)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidenceStrip(QWidget):
    """Thumbnails of one scope's evidence (an item, or the whole audit), newest last."""

    count_changed = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        shortcut_scope: QWidget | None = None,
        compact: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.scope: Scope | None = None
        self.read_only = False
        self._thumbs: dict[str, QIcon] = {}
        self._warnings: dict[str, str] = {}
        self._problems = ""
        self.importer = EvidenceImporter(ctx, self)
        self.capture = ScreenCapture(_("Drag a rectangle to capture it \u00b7 Esc cancels"), self)

        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(132, 100) if compact else QSize(200, 150))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(not compact)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(6)
        self.list.setWordWrap(True)
        self.list.setAcceptDrops(False)  # drops land on the strip itself
        self.compact = compact
        if compact:
            self.list.setFixedHeight(140)
        else:  # one cell size: a portrait screenshot's caption wraps as wide as a landscape photo's
            self.list.setGridSize(QSize(216, 250))
        self.setAcceptDrops(True)

        self.add_button = QPushButton(_("Add images..."))
        self.paste_button = QPushButton(_("Paste"))
        self.capture_button = QPushButton(_("Capture screen"))
        self.remove_button = QPushButton(_("Remove"))
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.hint = QLabel(
            _("Drop images here, paste with Ctrl+V or capture a part of the screen.")
        )
        self.hint.setProperty("role", "muted")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.capture_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 0 if compact else 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)

        scope_widget = shortcut_scope or self
        paste = QShortcut(QKeySequence.StandardKey.Paste, scope_widget, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.capture_button.clicked.connect(lambda: self.capture.start(self.window()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(lambda item: self.open_viewer(item.data(ID_ROLE)))
        self.capture.captured.connect(self._captured)
        self.importer.imported.connect(self._imported)
        self.importer.failed.connect(self._failed)
        self.importer.pending_changed.connect(self._pending)
        ctx.events.changed.connect(self._changed)
        self._update_buttons()

    def set_scope(self, scope: Scope | None) -> None:
        """Show the evidence of a scope (None shows nothing)."""
        self.scope = scope
        self._problems = ""
        self.status.clear()
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse adding and removing images."""
        self.read_only = read_only
        self.setAcceptDrops(not read_only)
        self._update_buttons()

    def evidence_ids(self) -> list[str]:
        """Return the ids shown, in order."""
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def refresh(self) -> None:
        """Reload the thumbnails of the scope from the store."""
        self.list.clear()
        if self.scope is None:
            self.count_changed.emit(0)
            return
        store = self.ctx.store
        for evidence in store.evidence.for_audit(self.scope.audit_id, self.scope.visit_id):
            if self.scope.item_id is not None and evidence.item_id != self.scope.item_id:
                continue
            if evidence.id not in self._thumbs:
                self._thumbs[evidence.id] = QIcon(
                    pixmap_from_bytes(
                        store.evidence.thumbnail(evidence.id),
                        self.list.iconSize(),
                        self.devicePixelRatioF(),
                    )
                )
                self._warnings[evidence.id] = image_problems(
                    store.evidence.analysis(evidence.id), self.ctx.tr
                )
            warning = self._warnings[evidence.id]
            text = evidence_label(evidence) + (f"\n\u26a0 {warning}" if warning else "")
            item = QListWidgetItem(self._thumbs[evidence.id], text)
            item.setData(ID_ROLE, evidence.id)
            item.setToolTip(text)
            if warning:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        self._update_buttons()
        if self.compact:  # no empty box under an item without evidence: the hint says what to do
            self.list.setVisible(self.list.count() > 0)
        self.count_changed.emit(self.list.count())

    def _changed(self, change: Change) -> None:
        if (
            self.scope is not None
            and self.scope.audit_id in change.audits
            and change.concerns(EVIDENCE, AUDITS)
        ):
            self.refresh()

    def badge(self, evidence_id: str) -> str:
        """Return the image-check warning shown on a thumbnail ("" when none)."""
        return self._warnings.get(evidence_id, "")

    # --- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for image files (several at once) and import them."""
        _ = self.ctx.tr
        names, _filter = QFileDialog.getOpenFileNames(
            self, _("Add images"), "", f"{_('Images')} ({IMAGE_FILTER})"
        )
        if names and self._can_add():
            self.importer.import_files([Path(n) for n in names], self.scope)

    def paste(self) -> None:
        """Import the image (or image files) on the clipboard."""
        if not self._can_add():
            return
        _ = self.ctx.tr
        try:
            incoming = incoming_from_mime(
                QGuiApplication.clipboard().mimeData(), "paste", self.ctx.lang
            )
        except AuditorError as exc:
            self.status.setText(str(exc))
            return
        if not incoming:
            self.status.setText(_("The clipboard holds no image."))
            return
        self.importer.import_images(incoming, self.scope)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and (event.mimeData().hasUrls() or event.mimeData().hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._can_add():
            return
        try:
            incoming = incoming_from_mime(event.mimeData(), "drop", self.ctx.lang)
        except AuditorError as exc:
            self.status.setText(str(exc))
            return
        event.acceptProposedAction()
        self.importer.import_images(incoming, self.scope)

    def _captured(self, image: QImage) -> None:
        if self._can_add():
            self.importer.import_images(
                [Incoming(png_bytes(image), "screen.png", "screen")], self.scope
            )

    def _can_add(self) -> bool:
        return self.scope is not None and not self.read_only

    def _imported(self, evidence: object, analysis: object) -> None:
        _ = self.ctx.tr
        warning = image_problems(analysis, self.ctx.tr)  # type: ignore[arg-type]
        # A refused file's message must stay visible: the check's remark is added, never swapped in.
        lines = [
            self._problems,
            _("Image check: {warning}").format(warning=warning) if warning else "",
        ]
        if warning or not self.importer.pending:
            self.status.setText("\n".join(filter(None, lines)))

    def _failed(self, text: str) -> None:
        self._problems = "\n".join(filter(None, (self._problems, text)))
        self.status.setText(self._problems)

    def _pending(self, count: int) -> None:
        _ = self.ctx.tr
        if count:
            self.status.setText(_("Checking images: {count}...").format(count=count))

    # --- viewing and removing -------------------------------------------------------------

    def open_viewer(self, evidence_id: str) -> None:
        """Show an image at full size."""
        EvidenceViewer(self.ctx, evidence_id, self).exec()
        self.refresh()

    def remove_selected(self) -> None:
        """Remove the selected image (Ctrl+Z puts it back)."""
        item = self.list.currentItem()
        if item is None or self.read_only or self.scope is None:
            return
        evidence_id = item.data(ID_ROLE)
        try:
            self.ctx.run(DeleteEvidence(evidence_id))
        except AuditorError as exc:
            self.status.setText(str(exc))
            return
        self._thumbs.pop(evidence_id, None)

    def _update_buttons(self) -> None:
        editable = self.scope is not None and not self.read_only
        for button in (self.add_button, self.paste_button, self.capture_button):
            button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.list.count() > 0)
