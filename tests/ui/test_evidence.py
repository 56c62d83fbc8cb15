"""Evidence comes in by paste, drop, files and screen capture; it can be removed and put back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from tests.auditor.imagefactory import photo_jpeg
from tests.ui.conftest import make_ctx, visit_id_of
from ui.evidence.capture import CaptureOverlay
from ui.evidence.importer import Scope
from ui.evidence.strip import EvidenceStrip
from ui.evidence.viewer import EvidenceViewer


def make_strip(qtbot, ctx, store, audit_id, item_id="answered") -> EvidenceStrip:
    strip = EvidenceStrip(ctx)
    qtbot.addWidget(strip)
    strip.set_scope(Scope(audit_id, visit_id_of(store, audit_id), item_id))
    strip.show()
    return strip


def stored(store, audit_id):
    return [
        (e.item_id, e.source, e.filename, e.width, e.height)
        for e in store.evidence.for_audit(audit_id)
    ]


def test_paste_an_image_from_the_clipboard(qtbot, ctx, store, audit_id):
    strip = make_strip(qtbot, ctx, store, audit_id)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    QApplication.clipboard().setImage(image)
    qtbot.mouseClick(strip.paste_button, Qt.MouseButton.LeftButton)
    assert stored(store, audit_id) == [("answered", "paste", "paste.png", 320, 200)]
    assert strip.list.count() == 1


def test_drop_image_files_several_at_once(qtbot, ctx, store, audit_id, tmp_path: Path):
    strip = make_strip(qtbot, ctx, store, audit_id)
    paths = []
    for number in (1, 2):
        path = tmp_path / f"shop{number}.jpg"
        path.write_bytes(photo_jpeg(400, 300, seed=number))
        paths.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(strip, enter) and enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(strip, drop)
    assert stored(store, audit_id) == [
        ("answered", "drop", "shop1.jpg", 400, 300),
        ("answered", "drop", "shop2.jpg", 400, 300),
    ]
    assert strip.list.count() == 2


def test_a_file_that_is_not_an_image_is_refused_and_nothing_else_is_lost(
    qtbot, ctx, store, audit_id, tmp_path
):
    strip = make_strip(qtbot, ctx, store, audit_id)
    good, bad = tmp_path / "good.jpg", tmp_path / "notes.jpg"
    good.write_bytes(photo_jpeg())
    bad.write_bytes(b"this is not a picture")
    strip.importer.import_files([bad, good], strip.scope)
    assert [e.filename for e in store.evidence.for_audit(audit_id)] == ["good.jpg"]
    assert "notes.jpg" in strip.status.text()


def test_a_refused_file_is_named_in_the_windows_language(qtbot, store, audit_id, tmp_path):
    # The reason comes from the core (auditor/imaging.py); it was in English in an Italian window.
    strip = make_strip(qtbot, make_ctx(store, "it"), store, audit_id)
    damaged, missing = tmp_path / "vetrina.jpg", tmp_path / "assente.jpg"
    damaged.write_bytes(photo_jpeg()[:400])
    strip.importer.import_files([damaged], strip.scope)
    assert "vetrina.jpg è danneggiato o troncato" in strip.status.text()
    strip.importer.import_files([missing], strip.scope)
    assert "il file non esiste" in strip.status.text()
    assert store.evidence.for_audit(audit_id) == []


def test_remove_evidence_then_undo(qtbot, ctx, store, audit_id):
    strip = make_strip(qtbot, ctx, store, audit_id)
    QApplication.clipboard().setImage(QImage(64, 48, QImage.Format.Format_RGB32))
    strip.paste()
    before = stored(store, audit_id)
    strip.list.setCurrentRow(0)
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert store.evidence.for_audit(audit_id) == []
    assert strip.list.count() == 0
    ctx.editor.undo()
    assert stored(store, audit_id) == before


def test_a_warning_badge_shows_the_image_check_result(qtbot, ctx, store, audit_id):
    strip = make_strip(qtbot, ctx, store, audit_id)
    QApplication.clipboard().setImage(QImage(64, 48, QImage.Format.Format_RGB32))
    strip.paste()
    evidence_id = store.evidence.for_audit(audit_id)[0].id
    store.evidence.set_analysis(
        evidence_id,
        {"check": "image", "findings": [{"rule": "blurry"}], "metrics": {"verdict": "blurry"}},
    )
    strip._thumbs.clear()  # as when the strip is shown again
    strip.refresh()
    assert strip.badge(evidence_id) == "blurry"
    assert "\u26a0 blurry" in strip.list.item(0).text()


def test_capture_overlay_crops_the_dragged_rectangle(qtbot):
    shot = QPixmap(400, 300)
    shot.fill(QColor("white"))
    overlay = CaptureOverlay(shot, "Drag")
    qtbot.addWidget(overlay)
    overlay.resize(400, 300)
    overlay.show()
    with qtbot.waitSignal(overlay.region_selected) as blocker:
        qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(50, 40))
        qtbot.mouseMove(overlay, QPoint(150, 100))
        qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(250, 140))
    image = blocker.args[0]
    assert (image.width(), image.height()) == (200, 100)


def test_escape_cancels_a_capture(qtbot):
    overlay = CaptureOverlay(QPixmap(200, 100), "Drag")
    qtbot.addWidget(overlay)
    overlay.show()
    with qtbot.waitSignal(overlay.cancelled):
        qtbot.keyClick(overlay, Qt.Key.Key_Escape)


def test_captured_screen_region_becomes_evidence(qtbot, ctx, store, audit_id):
    strip = make_strip(qtbot, ctx, store, audit_id)
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#aa3333"))
    strip.capture.captured.emit(image)
    assert stored(store, audit_id) == [("answered", "screen", "screen.png", 120, 80)]


def test_the_viewer_shows_the_original_and_saves_the_caption(qtbot, ctx, store, audit_id):
    strip = make_strip(qtbot, ctx, store, audit_id)
    QApplication.clipboard().setImage(QImage(300, 200, QImage.Format.Format_RGB32))
    strip.paste()
    evidence_id = store.evidence.for_audit(audit_id)[0].id
    viewer = EvidenceViewer(ctx, evidence_id)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer._full is not None and viewer._full.width() == 300
    viewer.caption.clear()
    qtbot.keyClicks(viewer.caption, "Home page, hero image")
    viewer.accept()
    assert store.evidence.get(evidence_id).caption == "Home page, hero image"


def test_images_are_prepared_on_a_worker_thread_then_stored(qtbot, store, audit_id):
    from ui.context import AppContext
    from ui.tasks import TaskRunner

    ctx = AppContext(store=store, tasks=TaskRunner())
    strip = make_strip(qtbot, ctx, store, audit_id)
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("#224466"))
    QApplication.clipboard().setImage(image)
    with qtbot.waitSignal(strip.importer.imported, timeout=20000):
        strip.paste()
    assert stored(store, audit_id) == [("answered", "paste", "paste.png", 200, 150)]
    qtbot.waitUntil(lambda: strip.list.count() == 1)
    ctx.tasks.wait()
