"""A full disk seen from the window: a note the disk refuses is not lost, and the auditor is told.

The workspace is made full for real: `PRAGMA max_page_count` lets the file grow no more, and
SQLite answers SQLITE_FULL, as for a full disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import make_ctx, visit_id_of
from tests.ui.test_runner import open_runner
from ui.widgets import messages

# A note pasted from a transcript: longer than the free room of any page, so it needs new ones.
LONG_NOTE = "The receptionist put the caller on hold for four minutes without a word. " * 400


def fill_up(store) -> None:
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_note_the_full_disk_refuses_stays_in_its_field_and_the_auditor_is_told(
    qtbot, store, audit_id, monkeypatch
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: shown.append((title, text)))
    ctx = make_ctx(store, "it")
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    fill_up(store)
    runner.item_view.note.setFocus()
    runner.item_view.note.setPlainText(LONG_NOTE)
    runner.item_view.note_saver.flush()
    assert shown == [
        (
            "Non salvato",
            "Non è stato salvato nulla: il disco è pieno; libera un po' di spazio e riprova.",
        )
    ]
    assert store.answers.get(visit_id, "answered") is None  # nothing half written
    assert runner.item_view.note.toPlainText() == LONG_NOTE  # the auditor's words are kept
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    qtbot.keyClick(runner.item_view.note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(runner.item_view.note, " Then hung up.")
    runner.item_view.note_saver.flush()
    assert store.answers.get(visit_id, "answered").note == LONG_NOTE + " Then hung up."
    assert len(shown) == 1
