"""The twenty-third held-out image part's rule, as its module writes it.

Only the selection is tested here, on pictures drawn for the test in a snapshot folder made for it:
never the part's own pictures, and no check is run."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from benchmarks import image_round23 as round23
from benchmarks.image_parts import capped_photos, chosen_screenshots
from tests.image_part_support import assert_no_earlier_part_used, assert_registered, picture


def _snapshots(root: Path) -> Path:
    """A snapshot folder holding, for each of the rule's repositories, pictures it keeps or not."""
    raceup = root / round23.RACEUP
    full = raceup / "images/media/full/2017"
    picture(full / "varano-cd/CRW_0011.jpg", (3072, 2048), 1)
    picture(full / "zf/IMG_4698.jpg", (4032, 3024), 2)
    picture(full / "fsg/20170812_09-26-05_6520_zenker.jpg", (6016, 4016), 3)  # by name
    picture(full / "zf/IMG_4736.jpg", (9062, 3876), 4)  # by name: a panorama
    picture(full / "zf/85_ZF.jpg", (2531, 1138), 5)  # on the contact sheet
    picture(raceup / "images/posts/2018/09/17/tab.JPG", (2062, 1017), 6)  # on the sheet
    picture(raceup / "images/thumbs/small.jpg", (1999, 1000), 7)  # too small
    canoa = root / round23.CANOA / "static/images"
    picture(canoa / "about_us_hq.jpg", (5568, 3712), 8)
    picture(canoa / "header_documents.jpg", (3072, 1024), 9)  # on the sheet
    ocarina = root / round23.OCARINA / "img"
    picture(ocarina / "banner.jpg", (2000, 1500), 10)
    picture(ocarina / "teca1.jpg", (3817, 952), 11)  # by name: a strip
    docs = root / round23.OPENREFINE / round23.OPENREFINE_IMAGES
    picture(docs / "projectscreen.png", (916, 500), 12, "PNG")
    picture(docs / "dates.PNG", (968, 500), 13, "PNG")
    picture(docs / "eclipse-exec-config.png", (1437, 900), 14, "PNG")  # by name
    picture(docs / "javahome.png", (686, 600), 15, "PNG")  # on the sheet
    picture(docs / "logo.png", (599, 200), 16, "PNG")  # too small
    return root


def test_the_rule_keeps_what_it_names_and_leaves_out_the_rest(tmp_path):
    snapshots = _snapshots(tmp_path)
    photos = capped_photos(snapshots, round23.ROUND23_SOURCES, round23.NOT_PHOTOS)
    kept = {(repo, path.name) for repo, path in photos}
    assert kept == {
        (round23.RACEUP, "CRW_0011.jpg"),
        (round23.RACEUP, "IMG_4698.jpg"),
        (round23.CANOA, "about_us_hq.jpg"),
        (round23.OCARINA, "banner.jpg"),
    }
    # The sources in the rule's order: the racing team's first, the museum's last.
    assert [repo for repo, _ in photos][-1] == round23.OCARINA
    shots = chosen_screenshots(
        snapshots,
        round23.SCREENSHOT_SOURCES,
        round23.MIN_SCREEN_SIDE,
        round23.SCREENSHOTS_PER_SOURCE,
        round23.NOT_SCREENSHOTS,
    )
    assert {(name, path.name) for name, path in shots} == {
        ("openrefine", "projectscreen.png"),
        ("openrefine", "dates.PNG"),
    }


def test_the_part_is_empty_without_snapshots(tmp_path, monkeypatch):
    monkeypatch.delenv("IMAGE_SNAPSHOTS", raising=False)
    assert round23.build_round23(tmp_path, lambda img, seed: {}, lambda img, q: b"") == []
    assert not (tmp_path / "round23.json").exists()


def test_the_part_is_written_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("IMAGE_SNAPSHOTS", str(_snapshots(tmp_path / "snapshots")))
    seeds: list[int] = []

    def degrade(img: Image.Image, seed: int) -> dict[str, bytes]:
        seeds.append(seed)
        return {"blurred": b"stand-in"}

    cache = tmp_path / "cache"
    manifest = round23.build_round23(cache, degrade, lambda img, quality: b"stand-in")
    sharp = [entry for entry in manifest if entry["kind"] == "sharp"]
    assert len(sharp) == 4 and seeds == [23000, 23001, 23002, 23003]
    assert "raceup-website-images-media-full-2017-zf-IMG_4698.jpg" in {e["file"] for e in sharp}
    shots = [entry["file"] for entry in manifest if entry["kind"] == "screenshot"]
    assert "screenshot-openrefine-projectscreen.png" in shots
    assert "screenshot-openrefine-projectscreen-q85.jpg" in shots
    assert (cache / "round23.json").exists()
    # Cached: a second build reads the manifest, whatever the snapshots hold now.
    monkeypatch.delenv("IMAGE_SNAPSHOTS")
    assert round23.build_round23(cache, degrade, lambda img, quality: b"") == manifest


def test_no_earlier_part_used_its_repositories():
    repositories = [
        *(repo for repo, *_ in round23.ROUND23_SOURCES),
        *(repo for repo, *_ in round23.SCREENSHOT_SOURCES),
    ]
    assert_no_earlier_part_used("round23", repositories, at_least=20)


def test_it_is_registered_as_the_others():
    assert_registered("round23")
