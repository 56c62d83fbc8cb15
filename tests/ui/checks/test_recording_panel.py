"""The call recording panel: consent, analysis, a mark dragged and nudged, items filled, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
import soundfile
from PySide6.QtCore import QPoint, Qt

from tests.recordings.audio import call_wav
from tests.ui.conftest import visit_id_of
from ui.checks import recording_consent
from ui.checks.pane import ChecksPane
from ui.checks.recording_player import SegmentPlayer
from ui.widgets import messages


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    return call_wav(tmp_path / "call.wav")


@pytest.fixture
def pane(qtbot, ctx, audit_id, position) -> ChecksPane:
    widget = ChecksPane(ctx, position.changed)
    qtbot.addWidget(widget)
    widget.set_audit(audit_id)
    widget.show_panel(4)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def consent(monkeypatch, answer: bool | None) -> list[bool]:
    asked: list[bool] = []
    monkeypatch.setattr(
        recording_consent, "ask_consent", lambda _parent: asked.append(True) or answer
    )
    return asked


def test_attach_analyse_correct_fill_and_undo(qtbot, pane, ctx, store, audit_id, wav, monkeypatch):
    panel = pane.recording
    visit_id = visit_id_of(store, audit_id)
    asked = consent(monkeypatch, True)
    panel.attach(wav)
    (recording,) = store.recordings.for_audit(audit_id)
    assert asked == [True] and store.recordings.consent(audit_id).permitted
    assert store.recordings.data(recording.id) == wav.read_bytes()
    assert recording.visit_id == visit_id and recording.filename == "call.wav"
    answer = recording.analysis["metrics"]["answer_s"]
    assert answer == pytest.approx(10.2, abs=0.5)
    assert "call.wav analysed and kept" in panel.status.text()
    assert f"after {answer:.1f} s (2 rings)" in panel.figures.text()
    assert "Recording permitted in this audit" in panel.consent.state.text()
    assert not panel.progress.isVisible()

    # A second recording: the consent is not asked again.
    panel.attach(wav)
    assert asked == [True] and len(store.recordings.for_audit(audit_id)) == 2
    ctx.editor.undo()
    assert len(store.recordings.for_audit(audit_id)) == 1

    # Drag the answer mark to 8 s.
    wave = panel.wave
    y = wave.height() // 3
    start = QPoint(round(wave._x(answer)), y)
    target = QPoint(round(wave._x(8.0)), y)
    qtbot.mousePress(wave, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(wave, target)
    qtbot.mouseRelease(wave, Qt.MouseButton.LeftButton, pos=target)
    dragged = store.recordings.get(recording.id).marks["answer_s"]
    assert dragged == pytest.approx(8.0, abs=0.1)
    assert f"after {dragged:.1f} s" in panel.figures.text()
    assert "corrected by the auditor" in panel.figures.text()

    # Select it with M and nudge it with the arrows: one undo step for the three nudges.
    wave.setFocus()
    qtbot.keyClick(wave, Qt.Key.Key_Escape)  # the drag left the answer selected
    qtbot.keyClick(wave, Qt.Key.Key_M)
    assert wave.selected is not None and wave.selected.kind == "answer"
    for _n in range(3):
        qtbot.keyClick(wave, Qt.Key.Key_Right)
    assert store.recordings.get(recording.id).marks["answer_s"] == pytest.approx(dragged + 0.3)
    ctx.editor.undo()
    assert store.recordings.get(recording.id).marks["answer_s"] == pytest.approx(dragged)

    # F fills the checklist's timer item, as one undoable command.
    shown: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: shown.append(text) or True)
    qtbot.keyClick(wave, Qt.Key.Key_F)
    assert shown and f"Seconds before answer: {round(dragged, 1):g} s" in shown[0]
    assert store.answers.get(visit_id, "wait").value == round(dragged, 1)
    assert ctx.editor.undo_label() == "Answers from the call recording"
    ctx.editor.undo()
    assert store.answers.get(visit_id, "wait") is None
    ctx.editor.redo()
    assert store.answers.get(visit_id, "wait").value == round(dragged, 1)


def test_refused_consent_keeps_nothing(pane, store, audit_id, wav, monkeypatch):
    panel = pane.recording
    consent(monkeypatch, False)
    panel.attach(wav)
    assert store.recordings.for_audit(audit_id) == []
    assert store.recordings.consent(audit_id).permitted is False
    assert "not kept" in panel.status.text()
    assert "Recording not permitted in this audit" in panel.consent.state.text()
    # Cancelling the question keeps nothing and records nothing.


def test_cancelled_question_records_nothing(pane, store, audit_id, wav, monkeypatch):
    consent(monkeypatch, None)
    pane.recording.attach(wav)
    assert store.recordings.consent(audit_id) is None
    assert store.recordings.for_audit(audit_id) == []


def test_a_file_that_is_not_audio_gets_a_message(pane, store, audit_id, tmp_path, monkeypatch):
    consent(monkeypatch, True)
    fake = tmp_path / "call.wav"
    fake.write_bytes(b"%PDF-1.7 not a call at all" * 20)
    pane.recording.attach(fake)
    assert store.recordings.for_audit(audit_id) == []
    assert "Not kept" in pane.recording.status.text()
    assert "PDF" in pane.recording.status.text()


def test_playback_degrades_and_plays_where_it_can(qtbot, ctx, audit_id, wav, monkeypatch):
    from ui.checks.recording_panel import RecordingPanel

    consent(monkeypatch, True)
    silent = RecordingPanel(ctx, player=SegmentPlayer(which=lambda _name: None))
    qtbot.addWidget(silent)
    silent.set_audit(audit_id)
    silent.attach(wav)
    silent.play_segment()
    assert "No sound player" in silent.status.text()

    player = SegmentPlayer(which=lambda name: "/bin/true" if name == "ffplay" else None)
    panel = RecordingPanel(ctx, player=player)
    qtbot.addWidget(panel)
    panel.set_audit(audit_id)
    greeting = panel.recording.analysis["metrics"]["greeting"]
    panel.loop_greeting()
    info = soundfile.info(str(player._file))
    assert info.duration == pytest.approx(greeting["end_s"] - greeting["start_s"], abs=0.05)
    assert player.looping
    player.stop()
    assert not player.looping and not player.playing


@pytest.mark.parametrize("lang", ["en", "it"])
def test_fits_a_small_screen(qtbot, store, audit_id, lang):
    from tests.ui.conftest import make_ctx

    widget = ChecksPane(make_ctx(store, lang))
    qtbot.addWidget(widget)
    widget.set_audit(audit_id)
    widget.show_panel(4)
    hint = widget.minimumSizeHint()
    assert hint.width() <= 1024 - 40 and hint.height() <= 700 - 120


def test_read_only_audit_refuses_changes(pane, store, audit_id, wav, monkeypatch):
    consent(monkeypatch, True)
    pane.recording.attach(wav)
    pane.set_read_only(True)
    assert not pane.recording.attach_button.isEnabled()
    assert not pane.recording.fill_button.isEnabled()
    assert pane.recording.play_button.isEnabled()


def test_the_ring_count_is_corrected_from_the_keyboard(
    qtbot, pane, ctx, store, audit_id, wav, monkeypatch
):
    panel = pane.recording
    consent(monkeypatch, True)
    panel.attach(wav)
    (recording,) = store.recordings.for_audit(audit_id)
    measured = recording.analysis["metrics"]["rings"]
    assert panel.rings_box.value() == measured and panel.rings_box.isEnabled()

    # R puts the keyboard on the count, selected: typing replaces it, Enter keeps it.
    panel.wave.setFocus()
    qtbot.keyClick(panel.wave, Qt.Key.Key_R)
    assert panel.rings_box.hasFocus()
    qtbot.keyClicks(panel.rings_box, "4")
    qtbot.keyClick(panel.rings_box, Qt.Key.Key_Return)
    assert store.recordings.get(recording.id).marks == {"rings": 4}
    assert "(4 rings)" in panel.figures.text()
    assert "corrected by the auditor" in panel.figures.text()

    # Steps with the arrow keys in a row are one undo step.
    qtbot.keyClick(panel.rings_box, Qt.Key.Key_Up)
    qtbot.keyClick(panel.rings_box, Qt.Key.Key_Up)
    assert store.recordings.get(recording.id).marks["rings"] == 6
    ctx.editor.undo()
    assert store.recordings.get(recording.id).marks == {"rings": 4}
    assert panel.rings_box.value() == 4

    # Moving the answer keeps the corrected count; the filled item takes it.
    panel.wave.setFocus()
    qtbot.keyClick(panel.wave, Qt.Key.Key_M)
    qtbot.keyClick(panel.wave, Qt.Key.Key_Right)
    marks = store.recordings.get(recording.id).marks
    assert marks["rings"] == 4 and "answer_s" in marks
    ctx.editor.undo()
    ctx.editor.undo()
    assert store.recordings.get(recording.id).marks == {}
    assert panel.rings_box.value() == measured


def test_the_pitch_curve_has_labelled_axes(qtbot, store, audit_id, wav, monkeypatch):
    from tests.ui.conftest import make_ctx
    from ui.checks.pitch_view import tick_text, ticks

    assert ticks(18.05, 21.0, 8) == [18.5, 19.0, 19.5, 20.0, 20.5, 21.0]
    assert ticks(-2.6, 3.4, 4) == [-2.0, 0.0, 2.0]
    assert [tick_text(v, "it", signed=True) for v in (-2.0, 0.0, 1.5)] == ["\u22122", "0", "+1,5"]

    consent(monkeypatch, True)
    widget = ChecksPane(make_ctx(store, "it"))
    qtbot.addWidget(widget)
    widget.set_audit(audit_id)
    widget.show_panel(4)
    widget.resize(1024, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.recording.attach(wav)
    pitch = widget.recording.pitch
    assert (pitch.seconds_title, pitch.semitones_title) == ("s", "semitoni")
    image = pitch.grab().toImage()
    area = pitch.plot_area()

    def inked(left: int, top: int, right: int, bottom: int) -> int:
        return sum(
            1
            for x in range(left, right)
            for y in range(top, bottom)
            if image.pixelColor(x, y).lightness() < 140
        )

    # Numbers left of the plot (semitones) and under it (seconds), and the curve inside it.
    assert inked(0, int(area.top()), int(area.left()) - 2, int(area.bottom())) > 30
    assert inked(int(area.left()), int(area.bottom()) + 4, pitch.width(), pitch.height()) > 30
    assert inked(int(area.left()) + 2, int(area.top()), int(area.right()), int(area.bottom())) > 30


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_recording_fits_1024_by_700(qtbot, qapp, store, settings, tmp_path, monkeypatch, lang):
    from auditor.checklists import parse_template
    from auditor.model import Audit, Client, Visit
    from tests.auditor.conftest import MINI_TEMPLATE
    from tests.ui.conftest import make_ctx
    from tests.ui.test_small_screens import squeezed
    from ui.mainwindow.window import MainWindow
    from ui.widgets.theme import STYLE_SHEET

    qapp.setStyleSheet(STYLE_SHEET)  # the theme's paddings are what take the room
    try:
        client = store.clients.add(Client(name="Hotel Aurora"))
        audit = Audit(client_id=client.id, title="Mystery call", auditor="Marta")
        template = parse_template(MINI_TEMPLATE, "mini.toml")
        title = "Call to the front desk to book a double room for the long weekend in October"
        visit = Visit(
            audit_id=audit.id,
            kind=template.touchpoint,
            template_id=template.id,
            template_version=template.version,
            title=title,
        )
        store.audits.create(audit, [(visit, template)])
        window = MainWindow(make_ctx(store, lang), settings)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        window.open_audit(audit.id)
        view = window.audit_view
        pane = next(
            view.tabs.widget(n)
            for n in range(view.tabs.count())
            if isinstance(view.tabs.widget(n), ChecksPane)
        )
        view.tabs.setCurrentWidget(pane)
        pane.show_panel(4)
        consent(monkeypatch, True)
        long_name = tmp_path / ("registrazione-chiamata-reception-hotel-aurora-" * 3 + ".wav")
        pane.recording.attach(call_wav(long_name))
        qtbot.wait(20)
        panel = pane.recording
        assert panel.recording is not None
        # The file name is cut in the middle, so what happened to it stays on the line.
        assert panel.status.text().startswith(long_name.name[:19] + "\u2026")
        assert panel.status.text().endswith(
            "analysed and kept with the visit." if lang == "en" else "conservato con la visita."
        )
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, hint
        assert (window.width(), window.height()) == (1024, 700)
        assert squeezed(window) == []
        assert panel.wave.height() >= 64 and panel.pitch.height() >= 80
        for widget in (panel.rings_box, panel.fill_button, panel.stop_button, panel.wave):
            assert widget.isVisibleTo(window) and widget.geometry().right() <= panel.width()
    finally:
        qapp.setStyleSheet("")


def test_a_labelled_call_shows_its_true_figures(qtbot, pane, store, audit_id, monkeypatch):
    # A call of the labelled set (espeak-ng greeting, Italian ringback, a muted hold): what the
    # panel says is checked against the label written when the call was made, not the analysis.
    import json

    data = Path(__file__).resolve().parents[2] / "data" / "calls"
    truth = json.loads((data / "it-recorder.json").read_text("utf-8"))
    consent(monkeypatch, True)
    pane.recording.attach(data / "it-recorder.flac")
    (recording,) = store.recordings.for_audit(audit_id)
    metrics = recording.analysis["metrics"]
    assert metrics["rings"] == truth["rings"]
    assert metrics["answer_s"] == pytest.approx(truth["answer_s"], abs=0.5)
    assert metrics["longest_hold_s"] == pytest.approx(truth["longest_hold_s"], abs=1.0)
    shown = pane.recording.figures.text()
    assert f"({truth['rings']} rings)" in shown
    assert f"{truth['greeting']['intonation']} intonation" in shown
    assert "once, for 7.0 s" in shown
