"""The programme report from the window: Programme > Programme report..., built off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.auditor.report.pdfkit import norm, page_texts
from tests.ui.conftest import make_ctx
from tests.ui.programme_helpers import small_programme
from ui.mainwindow.actions import action_specs
from ui.programme.controller import ProgrammeController
from ui.widgets import messages


def _text(path: Path) -> str:
    return " ".join(norm(t) for t in page_texts(path))


def test_the_programme_menu_offers_the_report():
    specs = {spec.name: spec for spec in action_specs(lambda text: text)}
    assert specs["programme_report"].menu == "programme"


def test_the_report_of_the_wave_shown_is_saved_in_the_language_chosen(
    qtbot, store, tmp_path, monkeypatch
):
    made = small_programme(store)
    ctx = make_ctx(store)
    controller = ProgrammeController(ctx, None)  # type: ignore[arg-type]
    statuses: list[str] = []
    controller.status.connect(statuses.append)
    asked = []

    def save_as(_parent, _title, suggested, types, chosen):
        asked.append((suggested, types.split(";;")))
        return str(tmp_path / "aurora"), "PDF report in Italian (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    controller.report(made.client_id, made.waves[0])
    [(suggested, types)] = asked
    assert suggested == "Caffè Aurora Q1 2026.pdf" and len(types) == 2
    assert controller.reported == tmp_path / "aurora.pdf"
    text = _text(controller.reported)
    assert "Classifica" in text and "Rapporto del programma, ondata Q1 2026" in text
    assert "Q2 2026" not in text  # the wave shown, not a later one
    assert statuses[-1] == f"Report saved: {tmp_path / 'aurora.pdf'}"


def test_without_a_client_or_with_a_failure_the_window_says_so(qtbot, store, tmp_path, monkeypatch):
    ctx = make_ctx(store)
    controller = ProgrammeController(ctx, None)  # type: ignore[arg-type]
    statuses: list[str] = []
    controller.status.connect(statuses.append)
    controller.report(None)
    assert statuses == ["Choose a client in the programme view first."]
    made = small_programme(store)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: shown.append((title, text)))
    controller.report_to(made.client_id, "Q9", tmp_path / "none.pdf", "en")
    assert shown and shown[0][0] == "Report not created" and "Q9" in shown[0][1]
    assert not (tmp_path / "none.pdf").exists()


def test_a_report_that_cannot_be_written_is_told_in_the_windows_language(
    qtbot, store, tmp_path, monkeypatch
):
    # An Italian window builds an English report into a folder that does not exist: the refusal
    # is the window's, in Italian, not the report's language.
    ctx = make_ctx(store, lang="it")
    controller = ProgrammeController(ctx, None)  # type: ignore[arg-type]
    made = small_programme(store)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: shown.append((title, text)))
    target = tmp_path / "manca" / "aurora.pdf"
    controller.report_to(made.client_id, "Q1 2026", target, "en")
    assert shown == [("Report non creato", f"la cartella {target.parent} non esiste")]
    assert not target.parent.exists()
