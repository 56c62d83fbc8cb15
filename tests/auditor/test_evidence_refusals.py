"""An image refused as evidence says why in the user's language (auditor.imaging, auditor.evidence,
the image check's loading): the window, `auditor attach` and `auditor check image` show it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from auditor.checks.image import check_image
from auditor.errors import EvidenceError
from auditor.imaging import MAX_BYTES, open_image, read_image_file
from tests.auditor.cli.test_commands import run
from tests.auditor.imagefactory import photo_jpeg


@pytest.mark.parametrize(
    ("data", "italian", "english"),
    [
        (b"", "vetrina.jpg è vuoto (0 byte)", "vetrina.jpg is empty (0 bytes)"),
        (b"%PDF-1.4 not a picture", "non è un'immagine in un formato accettato", "is not an image"),
        (None, "vetrina.jpg è danneggiato o troncato", "vetrina.jpg is damaged or truncated"),
    ],
    ids=["empty", "not an image", "truncated"],
)
def test_open_image_refuses_in_the_language_asked(
    data: bytes | None, italian: str, english: str
) -> None:
    data = photo_jpeg()[:400] if data is None else data
    with pytest.raises(EvidenceError, match=re.escape(italian)):
        open_image(data, "vetrina.jpg", lang="it")
    with pytest.raises(EvidenceError, match=re.escape(english)):
        open_image(data, "vetrina.jpg")


def test_a_missing_file_is_said_so_not_in_the_systems_words(tmp_path: Path) -> None:
    with pytest.raises(
        EvidenceError, match=r"impossibile leggere .*assente\.jpg: il file non esiste"
    ):
        read_image_file(tmp_path / "assente.jpg", "it")
    with pytest.raises(EvidenceError, match=r"cannot read .*assente\.jpg: no such file"):
        check_image(tmp_path / "assente.jpg")


def test_one_reader_refuses_a_folder_and_a_file_too_large_before_reading_it(tmp_path: Path) -> None:
    # The window's photos, `auditor attach` and the image check read files through one reader:
    # a video dropped by mistake is refused by its size, never read into memory whole.
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse: no disk is used
    with pytest.raises(EvidenceError, match=r"video\.mp4 è più grande di 80 MB"):
        read_image_file(huge, "it", "video.mp4")
    with pytest.raises(EvidenceError, match=r"video\.mp4 is larger than 80 MB"):
        check_image(huge, target="video.mp4")
    with pytest.raises(EvidenceError, match="è una cartella, non un'immagine"):
        read_image_file(tmp_path, "it")
    with pytest.raises(EvidenceError, match="it is a folder, not an image"):
        check_image(tmp_path)


def test_the_command_line_refuses_a_damaged_photo_in_the_users_language(tmp_path: Path) -> None:
    damaged = tmp_path / "vetrina.jpg"
    damaged.write_bytes(photo_jpeg()[:400])
    italian = run("check", "image", str(damaged), env={"AUDITOR_LANG": "it"})
    english = run("check", "image", str(damaged), "--json")
    assert italian.returncode == english.returncode == 2
    assert "vetrina.jpg è danneggiato o troncato" in italian.stderr
    assert "vetrina.jpg is damaged or truncated" in english.stderr
    with pytest.raises(json.JSONDecodeError):  # a refusal prints no result, even with --json
        json.loads(english.stdout)


def test_a_damaged_photo_is_named_without_the_decoders_own_words() -> None:
    # Pillow's "image file is truncated (3 bytes not processed)" helps a developer, not an
    # auditor, and it is English in an Italian window: it goes to the log.
    with pytest.raises(EvidenceError) as caught:
        open_image(photo_jpeg()[:400], "vetrina.jpg", lang="it")
    assert str(caught.value) == "vetrina.jpg è danneggiato o troncato"
