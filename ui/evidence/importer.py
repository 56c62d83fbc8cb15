"""Take images in as evidence: prepare (decode + analysis) off the GUI thread, store on it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, Signal
from PySide6.QtGui import QImage

from auditor.commands import AddEvidence
from auditor.errors import AuditorError
from auditor.evidence import prepare
from auditor.imaging import Intake, read_image_file
from auditor.model import Evidence
from ui.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Scope:
    """Where new evidence belongs: the audit, and optionally a visit and one of its items."""

    audit_id: str
    visit_id: str | None = None
    item_id: str | None = None


@dataclass(frozen=True)
class Incoming:
    """Image bytes on their way in, with where they came from."""

    data: bytes
    name: str
    source: str  # file | paste | drop | screen


def png_bytes(image: QImage) -> bytes:
    """Return a QImage encoded as PNG (lossless: pasted screenshots stay sharp)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


def incoming_from_mime(mime: QMimeData, source: str, lang: str = "en") -> list[Incoming]:
    """Return the images carried by a clipboard or a drop: files first, else a bitmap."""
    files = (
        [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if mime.hasUrls()
        else []
    )
    if files:
        return [Incoming(read_image_file(path, lang), path.name, source) for path in files]
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return [Incoming(png_bytes(image), f"{source}.png", source)]
    return []


class EvidenceImporter(QObject):
    """Import images into a scope; one failed image never stops the others."""

    imported = Signal(object, object)  # Evidence, analysis dict or None
    failed = Signal(str)  # a message for the user
    pending_changed = Signal(int)  # images still being prepared

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._pending = 0

    @property
    def pending(self) -> int:
        """Return how many images are still being prepared."""
        return self._pending

    def import_files(self, paths: list[Path], scope: Scope) -> None:
        """Import image files (several at once)."""
        incoming = []
        for path in paths:
            try:
                incoming.append(Incoming(read_image_file(path, self.ctx.lang), path.name, "file"))
            except AuditorError as exc:
                self.failed.emit(str(exc))
        self.import_images(incoming, scope)

    def import_images(self, incoming: list[Incoming], scope: Scope) -> None:
        """Prepare each image on the task runner, then store it on the GUI thread."""
        for one in incoming:
            self._set_pending(self._pending + 1)
            self.ctx.tasks.run(
                prepare,
                one.data,
                one.name,
                lang=self.ctx.lang,
                on_done=lambda result, one=one: self._store(result, one, scope),
                on_error=lambda exc, one=one: self._failed(exc, one),
            )

    def _store(
        self, result: tuple[Intake, dict[str, Any] | None], one: Incoming, scope: Scope
    ) -> None:
        self._set_pending(self._pending - 1)
        intake, analysis = result
        try:
            evidence = self.ctx.run(
                AddEvidence(
                    scope.audit_id,
                    intake,
                    analysis,
                    visit_id=scope.visit_id,
                    item_id=scope.item_id,
                    source=one.source,
                    filename=one.name,
                )
            ).result
        except AuditorError as exc:
            self.failed.emit(str(exc))
            return
        self.imported.emit(evidence, analysis)

    def _failed(self, exc: BaseException, one: Incoming) -> None:
        self._set_pending(self._pending - 1)
        _ = self.ctx.tr
        reason = str(exc) if isinstance(exc, AuditorError) else repr(exc)
        self.failed.emit(_("{name} was not added: {reason}").format(name=one.name, reason=reason))

    def _set_pending(self, count: int) -> None:
        self._pending = count
        self.pending_changed.emit(count)


def evidence_label(evidence: Evidence) -> str:
    """Return the caption, or the file name, of an evidence image."""
    return evidence.caption or evidence.filename or evidence.source
