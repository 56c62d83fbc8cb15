"""Unusable recordings: one clear line each, exit 2 through the command line, nothing stored."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from auditor.checks.callaudio import CallAudioError, decode_call
from auditor.cli import main

DATA = Path(__file__).resolve().parents[3] / "data" / "calls"


def _three_hour_flac(path: Path) -> None:
    """Write a 1 s FLAC whose STREAMINFO header claims 3 h 0 min 1 s (checked before decoding)."""
    sf.write(path, np.zeros(8000, np.float32), 8000, subtype="PCM_16")
    data = bytearray(path.read_bytes())
    # STREAMINFO starts at byte 8; its total-samples field is the low 36 bits of bytes 18-25.
    packed = int.from_bytes(data[18:26], "big")
    packed = (packed & ~((1 << 36) - 1)) | ((3 * 3600 + 1) * 8000)
    data[18:26] = packed.to_bytes(8, "big")
    path.write_bytes(bytes(data))


def _case(tmp_path: Path, case: str) -> Path:
    flac = (DATA / "it-recorder.flac").read_bytes()
    path = tmp_path / {"misnamed": "call.wav", "m4a_as_ogg": "call.ogg"}.get(case, f"{case}.wav")
    if case == "empty":
        path.write_bytes(b"")
    elif case == "damaged":
        path = tmp_path / "damaged.flac"
        path.write_bytes(flac[:200])
    elif case == "garbled":
        path = tmp_path / "garbled.flac"
        path.write_bytes(flac[:42] + random.Random(7).randbytes(4000))  # the same bytes every run
    elif case == "silent":
        sf.write(path, np.zeros(8000 * 3, np.float32), 8000)
    elif case == "three_hours":
        path = tmp_path / "long.flac"
        _three_hour_flac(path)
    elif case == "image":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    elif case == "text":
        path.write_text("not a recording\n")
    elif case == "four_channels":
        sf.write(path, np.random.default_rng(1).standard_normal((16000, 4)) * 0.1, 8000)
    elif case == "folder":
        path = tmp_path / "folder"
        path.mkdir()
    elif case == "missing":
        path = tmp_path / "nowhere.wav"
    return path


REFUSALS = {
    "empty": "is empty (0 bytes)",
    "damaged": "is damaged and cannot be decoded",
    "garbled": "looks like FLAC audio but is damaged",
    "silent": "is silent",
    "three_hours": "lasts 3:00:01; a recording over 3 hours is refused",
    "image": "is not an audio recording: it looks like a PNG image",
    "text": "is not an audio recording: it looks like a text file",
    "four_channels": "has 4 channels",
    "folder": "it is a folder",
    "missing": "no such file",
}
ITALIAN = {
    "empty": "è vuoto (0 byte)",
    "damaged": "è danneggiato e non si può decodificare",
    "garbled": "sembra audio FLAC ma è danneggiato",
    "silent": "è muto: niente supera i -70 dBFS",
    "three_hours": "dura 3:00:01; una registrazione di oltre 3 ore non è accettata",
    "image": "non è una registrazione audio: sembra un'immagine PNG",
    "text": "non è una registrazione audio: sembra un file di testo",
    "four_channels": "ha 4 canali",
    "folder": "è una cartella, non una registrazione",
    "missing": "il file non esiste",
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_each_unusable_recording_gets_its_reason(tmp_path, case):
    with pytest.raises(CallAudioError) as caught:
        decode_call(_case(tmp_path, case))
    assert REFUSALS[case] in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("case", sorted(ITALIAN))
def test_each_reason_is_given_in_the_language_asked(tmp_path, case):
    # The window and the command line pass the user's language; the reasons were English only.
    with pytest.raises(CallAudioError) as caught:
        decode_call(_case(tmp_path, case), lang="it")
    assert ITALIAN[case] in str(caught.value) and "\n" not in str(caught.value)
    if case in ("damaged", "garbled"):  # libsndfile's or FFmpeg's own words go to the log
        assert str(caught.value).endswith("non si può decodificare")


def test_the_command_line_refuses_in_the_users_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("AUDITOR_LANG", "it")
    status = main(["check", "call", str(_case(tmp_path, "image"))])
    _, err = capsys.readouterr()
    assert status == 2 and ITALIAN["image"] in err


@pytest.mark.parametrize("case", ["empty", "damaged", "silent", "three_hours", "image", "missing"])
def test_the_command_line_refuses_with_one_line_and_exit_2(tmp_path, capsys, case):
    workspace = tmp_path / "ws.auditdesk"
    status = main(["--workspace", str(workspace), "check", "call", str(_case(tmp_path, case))])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and REFUSALS[case] in err and "Traceback" not in err
    assert not workspace.exists()  # a check stores nothing


def test_a_misnamed_file_is_decoded_by_its_content(tmp_path):
    misnamed = tmp_path / "call.wav"
    shutil.copy(DATA / "it-recorder.mp3", misnamed)
    decoded = decode_call(misnamed)
    assert decoded.format == "MP3" and "MP3 audio named .wav" in (decoded.note or "")
    disguised = tmp_path / "call.ogg"
    shutil.copy(DATA / "it-recorder.m4a", disguised)
    assert decode_call(disguised).format == "M4A"


def test_an_unknown_country_is_refused_before_decoding(tmp_path, capsys):
    status = main(["check", "call", str(tmp_path / "nowhere.wav"), "--country", "zz"])
    _, err = capsys.readouterr()
    assert status == 2 and "no ringback cadence known for country 'zz'" in err


def test_the_command_line_prints_the_contract_json(capsys):
    status = main(["check", "call", str(DATA / "gb-voip.opus"), "--country", "gb", "--json"])
    out, _ = capsys.readouterr()
    data = json.loads(out)
    assert status == 0 and data["check"] == "call" and data["metrics"]["rings"] == 2
    status = main(["check", "call", str(DATA / "gb-voip.opus"), "--country", "uk", "--lang", "en"])
    out, _ = capsys.readouterr()
    assert status == 0 and "call check of" in out and "Answered: after 3.8 s (2 rings)" in out
    assert "{" not in out and "start_s" not in out  # figures in words, no metrics objects
