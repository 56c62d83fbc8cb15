"""A file as its camera wrote it: an unzoomed camera photo soft at 100 % that holds a page's
detail is no finding, and a phone's digital zoom is named as what enlarged the picture.

The held-out twelfth part showed both: twelve phone close-ups called soft at full size were, by
their own EXIF, enlarged two or 3.26 times by digital zoom, and the finding could only guess
"a phone's processing, a slight focus miss or an enlargement". The pictures here are real
photographs enlarged as a phone's zoom or processing leaves them, with EXIF written the way
phones and editors write it.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from auditor.camera import Camera, camera_original
from auditor.checks.image import check_image
from tests.auditor.checks.image.enlarging import enlarged


def _exif(
    make: str = "Google",
    model: str = "Pixel 5",
    software: str | None = "HDR+ 1.0.362396382zd",
    size: tuple[int, int] | None = None,
    zoom: float | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = make, model
    if software is not None:
        exif[0x0131] = software
    ifd = exif.get_ifd(0x8769)
    if size is not None:
        ifd[0xA002], ifd[0xA003] = size
    if zoom is not None:
        ifd[0xA404] = zoom
    return exif


def _soft_photo(exif: Image.Exif | None, stated: bool = True) -> bytes:
    """A real photo reduced to 1600 px and enlarged twice, as a 12 MP phone photo holds it."""
    return enlarged("shallow_seeding.jpg", 1600, 2, exif, state_size=stated)


def _camera(data: bytes) -> Camera | None:
    with Image.open(io.BytesIO(data)) as img:
        return camera_original(img)


def _blurry(data: bytes, lang: str = "en") -> list:
    return [
        f for f in check_image(data, lang=lang, target="photo.jpg").findings if f.rule == "blurry"
    ]


@pytest.mark.parametrize(
    ("exif", "expected"),
    [
        (_exif(), Camera("Google Pixel 5", 1.0)),
        (_exif("Canon", "Canon EOS 600D", None), Camera("Canon EOS 600D", 1.0)),
        (_exif("Apple", "iPhone 11", "14.4.2", zoom=3.2586), Camera("Apple iPhone 11", 3.26)),
        # 65537/65536, as some cameras write for no zoom
        (_exif(zoom=1.0000153), Camera("Google Pixel 5", 1.0)),
        (_exif(software="Adobe Photoshop Lightroom 6.1 (Windows)"), None),
        (_exif(software="GIMP 2.10.34"), None),
        (_exif(software="Topaz Gigapixel AI 6.1"), None),
        (_exif("\x00\x00\x00\x00", "\x00\x00\x00\x00", "4580BWDLx0200B"), None),  # trail camera
        (_exif(size=(4032, 3024)), None),  # resized since: the EXIF states the camera's size
    ],
)
def test_a_camera_original_is_known_by_its_exif(exif: Image.Exif, expected: Camera | None) -> None:
    stated = 0xA002 not in exif.get_ifd(0x8769)
    assert _camera(_soft_photo(exif, stated=stated)) == expected


def test_a_file_without_exif_names_no_camera() -> None:
    assert _camera(_soft_photo(None)) is None
    assert check_image(_soft_photo(None), target="x.jpg").metrics["camera"] is None


def test_a_soft_unzoomed_camera_original_with_a_page_of_detail_is_no_finding() -> None:
    # The same pixels without EXIF are the minor "soft at full size" finding (test_page_detail).
    assert [f.severity.value for f in _blurry(_soft_photo(None))] == ["minor"]
    result = check_image(_soft_photo(_exif()), target="phone.jpg")
    assert result.metrics["camera"] == "Google Pixel 5"
    assert result.metrics["digital_zoom"] == 1.0
    assert max(result.metrics["detail_width"], result.metrics["detail_height"]) >= 1600
    assert [f.rule for f in result.findings] == []


def test_an_edited_file_keeps_the_finding() -> None:
    edited = _soft_photo(_exif(software="Adobe Photoshop CS6 (Windows)"))
    assert [f.severity.value for f in _blurry(edited)] == ["minor"]


def test_digital_zoom_is_named_as_the_cause() -> None:
    [finding] = _blurry(_soft_photo(_exif(zoom=2.0)))
    assert finding.severity.value == "minor"
    assert finding.message.startswith("Enlarged 2 times by the digital zoom of the Google Pixel 5")
    assert "enough for a printed page" in finding.message
    assert "Step closer instead of zooming." in finding.message
    assert "photos in focus read" not in finding.message  # no line the picture may be over
    [italian] = _blurry(_soft_photo(_exif("Apple", "iPhone 11", "14.4.2", zoom=3.2586)), "it")
    assert italian.message.startswith("Ingrandita 3,3 volte dallo zoom digitale di Apple iPhone 11")
    assert "Meglio avvicinarsi che usare lo zoom." in italian.message


def test_a_zoomed_photo_with_little_detail_stays_major() -> None:
    [finding] = _blurry(enlarged("landscape_aitzgorri.jpg", 700, 3, _exif(zoom=3.0)))
    assert finding.severity.value == "major"
    assert finding.message.startswith("Enlarged 3 times by the digital zoom of the Google Pixel 5")
    assert "less than a printed page needs" in finding.message


def test_broken_exif_loses_nothing() -> None:
    data = bytearray(_soft_photo(_exif()))
    start = data.find(b"Exif\x00\x00")
    data[start + 6 : start + 40] = b"\xff" * 34  # the TIFF header and first entries destroyed
    result = check_image(bytes(data), target="broken.jpg")
    assert result.metrics["camera"] is None
    assert [f.severity.value for f in result.findings if f.rule == "blurry"] == ["minor"]


def test_the_evidence_intake_carries_the_camera_to_the_check() -> None:
    # The photo an auditor attaches is decoded once by the intake; the check reads its pixels,
    # and the camera must ride with them, or a phone's zoom would go unnamed.
    from auditor import evidence

    _intake, analysis = evidence.prepare(_soft_photo(_exif(zoom=2.0)), "phone.jpg", lang="it")
    assert analysis is not None
    assert analysis["metrics"]["camera"] == "Google Pixel 5"
    [finding] = [f for f in analysis["findings"] if f["rule"] == "blurry"]
    assert finding["message"].startswith("Ingrandita 2 volte dallo zoom digitale di Google Pixel 5")
