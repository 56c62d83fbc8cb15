"""Blurring a region of a photo in the viewer: stored in image pixels, shown, undoable, applied in copies."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from auditor.evidence import add_evidence
from auditor.imaging import clean_copy
from tests.auditor.imagefactory import photo_jpeg
from tests.ui.conftest import visit_id_of
from ui.evidence.viewer import EvidenceViewer


def test_drag_a_box_to_blur_then_undo(qtbot, ctx, store, audit_id):
    photo = photo_jpeg(800, 600)
    evidence = add_evidence(
        store, audit_id, photo, visit_id=visit_id_of(store, audit_id), run_check=False
    )
    viewer = EvidenceViewer(ctx, evidence.id)
    qtbot.addWidget(viewer)
    viewer.resize(1000, 800)
    viewer.show()
    qtbot.waitUntil(lambda: viewer._full is not None)
    label = viewer.image_label
    frame, scale = label._frame()
    qtbot.mouseClick(viewer.blur_button, Qt.MouseButton.LeftButton)
    start = frame.topLeft() + QPoint(int(100 * scale), int(50 * scale))
    end = frame.topLeft() + QPoint(int(300 * scale), int(250 * scale))
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(label, end)
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=end)

    [(x, y, w, h)] = store.evidence.get(evidence.id).redactions
    assert abs(x - 100) <= 2 and abs(y - 50) <= 2 and abs(w - 200) <= 3 and abs(h - 200) <= 3
    assert label.boxes == [(x, y, w, h)]
    # The copy that leaves the workspace has that region blurred; the original bytes are untouched.
    data, _w, _h = clean_copy(photo, redactions=[(x, y, w, h)])
    original = np.asarray(Image.open(io.BytesIO(photo)).convert("L"), dtype=float)
    blurred = np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=float)
    region = (slice(y + 10, y + h - 10), slice(x + 10, x + w - 10))

    def detail(pixels):  # fine detail: mean step between neighbours (a gradient survives a blur)
        return np.abs(np.diff(pixels[region], axis=1)).mean()

    assert detail(blurred) < detail(original) / 4
    assert store.evidence.original(evidence.id) == photo

    ctx.editor.undo()
    assert store.evidence.get(evidence.id).redactions == []
