"""An error no handler caught reaches the auditor as a message, not only the terminal."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from auditor.errors import WorkspaceError
from auditor.i18n import set_user_language
from ui import crash
from ui.widgets import messages


@pytest.fixture
def shown(monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: said.append((title, text)))
    return said


def button_raising(qtbot, exc: BaseException) -> QPushButton:
    button = QPushButton("Save")
    qtbot.addWidget(button)

    def fail() -> None:
        raise exc

    button.clicked.connect(fail)
    return button


@pytest.mark.qt_no_exception_capture  # the app's own net is under test, not pytest-qt's
def test_a_refusal_no_handler_caught_is_shown_as_the_core_words_it(qtbot, shown):
    set_user_language("it")
    button = button_raising(
        qtbot,
        WorkspaceError("Non è stato salvato nulla: il disco è pieno; libera un po' di spazio"),
    )
    uninstall = crash.install(lambda: button)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        uninstall()
    assert shown == [
        ("Non eseguito", "Non è stato salvato nulla: il disco è pieno; libera un po' di spazio")
    ]


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_shown_by_name_and_logged(qtbot, shown, caplog):
    button = button_raising(qtbot, KeyError("visit"))
    uninstall = crash.install(lambda: button)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        uninstall()
    assert [title for title, _text in shown] == ["Unexpected error"]
    assert shown[0][1].startswith("The last action stopped on an unexpected error")
    assert shown[0][1].endswith("KeyError: 'visit'")
    assert "uncaught error" in caplog.text and "KeyError" in caplog.text


def test_uninstalling_puts_the_previous_hook_back():
    before = sys.excepthook
    uninstall = crash.install(lambda: None)
    assert sys.excepthook is not before
    uninstall()
    assert sys.excepthook is before
