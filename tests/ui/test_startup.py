"""Start-up: the window shows before the workspace opens, in the last run's language, then fills in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import make_ctx
from ui.launcher import app_workspace
from ui.mainwindow.window import MainWindow
from ui.settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]


def menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_shows_before_the_workspace_and_fills_in_once_attached(
    qtbot, store, audit_id, tmp_path
):
    settings = UiSettings(tmp_path / "ui.ini")
    window = MainWindow(None, settings, lang="it", workspace_name="ui.auditdesk")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        pass
    assert window.pages.currentWidget() is window.opening
    assert window.opening.text() == "Apertura di ui.auditdesk..."
    assert window.windowTitle().endswith("ui.auditdesk")
    assert menu_texts(window) == ["&File", "&Modifica", "&Audit", "&Programma", "&Aiuto"]
    enabled = sorted(a.objectName() for a in window.actions.by_name.values() if a.isEnabled())
    assert enabled == ["about", "quit"]  # nothing else can act before the workspace is open

    window.attach(make_ctx(store, "en"))  # the profile says English: the menus follow it
    assert menu_texts(window) == ["&File", "&Edit", "&Audit", "&Programme", "&Help"]
    assert window.actions["new_audit"].text() == "&New audit..."
    assert window.actions["new_audit"].isEnabled()
    assert not window.actions["report"].isEnabled()  # no audit open yet
    assert window.pages.currentWidget() is window.audits
    assert window.audits.model.rowCount() == 1
    assert settings.interface_language == "en"  # the next start speaks English at once
    window.open_audit(audit_id)
    assert window.pages.currentWidget() is window.audit_view
    assert window.actions["report"].isEnabled()


def test_standard_shortcuts_carry_every_platform_binding(qtbot, ctx, tmp_path):
    window = MainWindow(ctx, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    undo = [s.toString() for s in window.actions["undo"].shortcuts()]
    assert "Ctrl+Z" in undo
    assert [s.toString() for s in window.actions["import"].shortcuts()] == ["Ctrl+I"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--workspace", "w.auditdesk"], (True, Path("w.auditdesk"))),
        (["--workspace=w.auditdesk"], (True, Path("w.auditdesk"))),
        (["list"], (False, None)),
        (["--workspace", "w.auditdesk", "list"], (False, None)),
        (["--workspace"], (False, None)),  # the CLI says what is missing
        (["--workspace="], (False, None)),
        (["--help"], (False, None)),
        (["--version"], (False, None)),
    ],
)
def test_only_the_bare_app_forms_skip_the_command_line_parser(argv, expected):
    assert app_workspace(argv) == expected


def test_nothing_heavy_loads_before_the_first_paint():
    # What ui.app imports runs before the window is shown: the store, the core and the panes must
    # wait for the first paint, or the start-up ratio in benchmarks/bench_app.py slips back.
    code = (
        "import sys, ui.launcher, ui.app\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('auditor', 'ui', 'sqlite_utils', 'numpy', 'PIL', 'reportlab', 'polib'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split()
    heavy = [
        m
        for m in out
        if m.split(".")[0] in ("sqlite_utils", "numpy", "PIL", "reportlab", "polib")
        or m.startswith(
            ("auditor.storage", "auditor.model", "auditor.service", "ui.audit.", "ui.audits.")
        )
    ]
    assert heavy == []
    assert "ui.mainwindow.window" in out


def test_run_offers_the_backup_of_a_damaged_workspace_then_opens_it(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from auditor.backup import make_backup
    from auditor.storage import Store
    from ui import app as app_module
    from ui.widgets import messages

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    path = tmp_path / "w.auditdesk"
    with Store.open(path) as good:
        good.profile.update(agency_name="Agenzia Rossi")
    make_backup(path)
    data = bytearray(path.read_bytes())
    data[120:4096] = b"\xff" * (
        4096 - 120
    )  # the header page wrecked: quick_check fails on the worker
    path.write_bytes(bytes(data))
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, _t, text: asked.append(text) or True)
    seen: list[str] = []

    def look_and_close():
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows or windows[0].ctx is None:
            QTimer.singleShot(10, look_and_close)
            return
        seen.append(windows[0].ctx.store.profile.get()["agency_name"])
        seen.append(
            windows[0].pages.currentWidget().objectName()
            or type(windows[0].pages.currentWidget()).__name__
        )
        windows[0].close()

    QTimer.singleShot(0, look_and_close)
    assert app_module.run(path) == 0
    assert "Restore the latest good backup" in asked[0]
    assert seen == ["Agenzia Rossi", "WelcomeView"]  # restored, and the empty workspace welcomes


def test_a_language_chosen_in_preferences_is_the_next_start_s_window_language(qtbot, ctx, tmp_path):
    settings = UiSettings(tmp_path / "ui.ini")
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    assert settings.interface_language == "en"
    ctx.store.profile.update(default_language="it")
    ctx.events.profile_changed.emit()  # what the Preferences dialog does after saving
    assert settings.interface_language == "it"
    assert menu_texts(window) == [
        "&File",
        "&Edit",
        "&Audit",
        "&Programme",
        "&Help",
    ]  # this run keeps its language
