"""The installed application's own checks: one version, --version, --self-test, About, a bundle to open."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from auditor import __version__
from auditor.bundle import export_bundle
from auditor.version import app_version
from ui.launcher import bundle_argument
from ui.mainwindow.window import MainWindow
from ui.settings import UiSettings
from ui.widgets import messages

ROOT = Path(__file__).resolve().parents[2]


def run_auditor(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the `auditor` entry point in a fresh interpreter, offscreen, with temp files in tmp_path."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
        AUDITOR_WORKSPACE=str(tmp_path / "never-used.auditdesk"),
    )
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_one_version_from_the_package_metadata_and_the_source():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert app_version() == metadata.version("audit-desk") == __version__
    assert pyproject["project"]["version"] == __version__


def test_auditor_version_prints_the_version(tmp_path):
    done = run_auditor(["--version"], tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"auditor {app_version()}\n", "")


def test_auditor_self_test_runs_every_step_and_leaves_nothing_behind(tmp_path):
    done = run_auditor(["--self-test"], tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"audit desk {app_version()} self-test"
    steps = [line[2:16].strip() for line in lines[1:-1]]
    assert steps == ["workspace", "demo", "score", "report", "window shown", "window"]
    assert all(line.rstrip().endswith(" ms") for line in lines[1:-1])
    assert lines[-1].startswith("self-test passed in ")
    assert list(tmp_path.iterdir()) == []  # its temporary workspace and report are gone
    assert not (tmp_path / "never-used.auditdesk").exists()  # the user's workspace is not touched


def test_a_failed_step_is_named_and_exits_1(tmp_path, monkeypatch, capsys):
    import auditor.demo
    from ui import selftest

    def broken(_store):
        raise RuntimeError("no checklists")

    monkeypatch.setattr(auditor.demo, "build_demo", broken)
    monkeypatch.setattr(selftest.tempfile, "tempdir", str(tmp_path))
    assert selftest.main([]) == 1
    out, err = capsys.readouterr()
    assert [line[2:16].strip() for line in out.splitlines()[1:]] == ["workspace"]
    assert err == "self-test FAILED: step 'demo' failed: RuntimeError: no checklists\n"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["/home/a/Hotel.auditbundle"], Path("/home/a/Hotel.auditbundle")),
        (["Hotel.AUDITBUNDLE"], Path("Hotel.AUDITBUNDLE")),
        ([], None),
        (["list"], None),
        (["import", "Hotel.auditbundle"], None),  # the command line's import, not the window's
        (["--workspace", "Hotel.auditbundle"], None),
    ],
)
def test_a_bundle_path_alone_opens_the_window_to_import_it(argv, expected):
    assert bundle_argument(argv) == expected


def test_help_about_names_the_version(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, t, x: shown.append((t, x))))
    window = MainWindow(None, UiSettings(tmp_path / "ui.ini"), lang="it")
    qtbot.addWidget(window)
    assert window.actions["about"].isEnabled()  # before the workspace is open, too
    window.actions["about"].trigger()
    assert shown[0][0] == "Informazioni su Audit Desk"
    assert f"Audit Desk {app_version()}" in shown[0][1] and "LGPL-3.0" in shown[0][1]


def test_a_double_clicked_bundle_is_offered_and_imported(
    qtbot, ctx, audit_id, tmp_path, monkeypatch
):
    bundle = export_bundle(ctx.store, audit_id, tmp_path / "Hotel.auditbundle")
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or True)
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: told.append(text))
    window = MainWindow(ctx, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.bundles.imported, timeout=5000) as imported:
        window.bundles.offer_import(Path(bundle))
    assert asked == ["Import the audit bundle Hotel.auditbundle into this workspace?"]
    assert imported.args == [audit_id]
    assert told == ["Imported \u201cTest journey\u201d (unchanged)."]


def test_a_missing_bundle_is_an_error_not_a_crash(qtbot, ctx, tmp_path, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    window = MainWindow(ctx, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.bundles.offer_import(tmp_path / "gone.auditbundle")
    assert errors == [f"The file {tmp_path / 'gone.auditbundle'} does not exist."]
