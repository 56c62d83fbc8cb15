"""`auditor attach-recording`: consent first, a real file decoded and measured, refusals keep nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.cli import main
from auditor.commands import Editor, SetConsentRule
from auditor.model import AuditStatus
from auditor.storage import Store
from tests.recordings.audio import call_wav
from tests.recordings.support import phone_audit


@pytest.fixture
def desk(tmp_path: Path, monkeypatch) -> tuple[Path, str, str]:
    """Return a workspace with a phone audit (the built-in phone checklist): path, audit, visit."""
    monkeypatch.setenv("AUDITOR_LANG", "en")
    path = tmp_path / "rec.auditdesk"
    with Store.open(path) as store:
        audit_id, visit_id = phone_audit(store)
    return path, audit_id, visit_id


def cli(path: Path, capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["--workspace", str(path), "attach-recording", *args])
    out, err = capsys.readouterr()
    return status, out, err


def kept(path: Path, audit_id: str) -> tuple[list, object, list[str]]:
    with Store.open(path, create=False) as store:
        return (
            store.recordings.for_audit(audit_id),
            store.recordings.consent(audit_id),
            [e.action for e in store.history.for_audit(audit_id)],
        )


def refused(result: tuple[int, str, str], *words: str) -> None:
    status, out, err = result
    assert (status, out) == (2, ""), err
    assert err.count("\n") == 1 and err.startswith("auditor: "), err
    for word in words:
        assert word in err, (word, err)


def test_attach_asks_consent_then_keeps_and_measures(desk, capsys, tmp_path):
    path, audit_id, visit_id = desk
    wav = call_wav(tmp_path / "call.wav")
    # Never asked: the command says how to answer, and keeps nothing.
    refused(cli(path, capsys, audit_id[:8], "phone", str(wav)), "--consent yes")
    assert kept(path, audit_id) == ([], None, [])

    status, out, err = cli(path, capsys, audit_id[:8], "phone", str(wav), "--consent", "yes")
    assert (status, err) == (0, "")
    (recording,), consent, actions = kept(path, audit_id)
    assert consent.permitted and recording.visit_id == visit_id
    assert actions == ["recording_consent", "add_recording"]
    assert recording.analysis["metrics"]["rings"] == 2
    assert out.startswith(f"phone: recording {recording.id[:8]} kept\n")
    assert "Answered: after 10.2 s (2 rings)" in out
    with Store.open(path, create=False) as store:
        assert store.recordings.data(recording.id) == wav.read_bytes()

    # Consent is asked once: a second recording needs no --consent; a contrary answer is refused.
    assert cli(path, capsys, audit_id[:8], "phone", str(wav))[0] == 0
    refused(cli(path, capsys, audit_id[:8], "phone", str(wav), "--consent", "no"), "already")
    assert len(kept(path, audit_id)[0]) == 2


def test_refusals_keep_nothing(desk, capsys, tmp_path):
    path, audit_id, _visit = desk
    wav = call_wav(tmp_path / "call.wav")
    fake = tmp_path / "call.mp3"
    fake.write_bytes(b"%PDF-1.7\n" * 50)
    refused(cli(path, capsys, audit_id[:8], "phone", str(fake), "--consent", "yes"), "PDF")
    refused(
        cli(path, capsys, audit_id[:8], "phone", str(tmp_path / "none.wav"), "--consent", "yes"),
        "none.wav",
    )
    refused(cli(path, capsys, audit_id[:8], "phone", str(tmp_path), "--consent", "yes"), "folder")
    refused(cli(path, capsys, audit_id[:8], "email", str(wav), "--consent", "yes"), "email")
    assert kept(path, audit_id) == ([], None, [])

    # "Not permitted": the answer is kept, the recording is not; later attempts are refused.
    status, out, err = cli(path, capsys, audit_id[:8], "phone", str(wav), "--consent", "no")
    assert (status, err) == (0, "") and "the recording is not" in out
    recordings, consent, _actions = kept(path, audit_id)
    assert recordings == [] and consent.permitted is False
    refused(cli(path, capsys, audit_id[:8], "phone", str(wav)), "not permitted")

    with Store.open(path, create=False) as store:
        Editor(store).run(SetConsentRule("never"))
    refused(cli(path, capsys, audit_id[:8], "phone", str(wav), "--consent", "yes"), "never")
    assert kept(path, audit_id)[0] == []


def test_a_delivered_audit_is_refused(desk, capsys, tmp_path):
    path, audit_id, _visit = desk
    with Store.open(path, create=False) as store:
        store.audits.set_status(
            audit_id, AuditStatus.DELIVERED
        )  # setup: the flow is tested elsewhere
    wav = call_wav(tmp_path / "call.wav")
    refused(cli(path, capsys, audit_id[:8], "phone", str(wav), "--consent", "yes"), "delivered")
    assert kept(path, audit_id) == ([], None, [])


def test_the_real_entry_point_lists_the_command():
    from tests.auditor.cli.test_commands import run

    result = run("attach-recording", "--help")
    assert result.returncode == 0 and "--consent {yes,no}" in result.stdout
