"""Checklist templates from the window: the catalogue listed, a duplicate saved as a command."""

from __future__ import annotations

from PySide6.QtCore import Qt

from auditor import catalogue
from auditor.commands import SaveTemplate
from tests.ui.test_window import make_window


def test_ctrl_t_lists_the_catalogue_and_a_duplicate_is_saved_through_the_core(
    qtbot, ctx, store, settings
):
    window = make_window(qtbot, ctx, settings)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    view = window.templates_view
    assert window.pages.currentWidget() is view
    # The window tests' workspace holds one built-in checklist (tests/ui/conftest.py).
    assert [(row.id, row.version, row.builtin) for row in view.rows] == [("mini", "1.0.0", True)]

    view.select("mini", "1.0.0")
    view.duplicate()
    view.editor.save()
    saved = [e for e in catalogue.entries(store) if e.id == "mini_copy"]
    assert [(e.version, e.origin) for e in saved] == [("1.0.0", "editor")]
    assert ctx.editor.undo_label() == SaveTemplate.label
    assert len(saved[0].template().items) == len(catalogue.template(store, "mini").items)

    ctx.editor.undo()  # the version nobody uses goes again
    assert [e for e in catalogue.entries(store) if e.id == "mini_copy"] == []
