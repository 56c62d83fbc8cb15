"""The twenty-fourth held-out image part's rule, as its module writes it.

Only the selection is tested here, on pictures drawn for the test in a snapshot folder made for it:
never the part's own pictures, and no check is run."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from benchmarks import image_round24 as round24
from benchmarks.image_parts import capped_photos, chosen_screenshots
from tests.image_part_support import assert_no_earlier_part_used, assert_registered, picture


def _snapshots(root: Path) -> Path:
    """A snapshot folder holding, for each of the rule's repositories, pictures it keeps or not."""
    photos = root / round24.CAMBIUM / "web/public/photos"
    picture(photos / "20151231-DSF0401.jpg", (1280, 1920), 1)  # 1900 px or more: kept
    picture(photos / "20240224-DSCF2814.jpg", (1920, 1280), 2)
    picture(photos / "small.jpg", (1899, 1000), 3)  # too small
    images = root / round24.PIF / "assets/images"
    picture(images / "fellows/2022/cen-liu-headshot.jpg", (3617, 3617), 4)
    picture(images / "projects/ciso-pif-evanta.jpg", (3355, 2516), 5)
    picture(images / "fellows/2022/emilia-ndely-ogundipe-headshot.jpg", (2988, 2988), 6)  # sheet
    picture(images / "banners/banner-apply-bw.jpeg", (6720, 2024), 7)  # by name
    picture(images / "banners/pif-application-2024.jpg", (2500, 1406), 8)  # by name
    picture(images / "fellows/2024/vishal-dubey.jpeg", (1940, 1940), 9)  # too small
    fossasia = root / round24.FOSSASIA / "img"
    picture(fossasia / "team/RohanAgarwal.jpg", (3024, 4032), 10)
    picture(fossasia / "summit.jpg", (2048, 1365), 11)
    breaks = root / round24.USDS / "public/image-breaks"
    picture(breaks / "jackson-place.jpg", (2600, 2281), 12)
    picture(breaks / "eop-center.jpg", (1400, 1400), 13)  # too small
    docs = root / round24.PICARD
    picture(docs / "getting_started/images/screen_main.png", (1222, 762), 14, "PNG")
    picture(docs / "config/images/options-metadata.PNG", (641, 703), 15, "PNG")
    picture(docs / "usage/images/browser_1.png", (1414, 443), 16, "PNG")  # on the sheet
    picture(docs / "usage/images/lookup_1.png", (599, 200), 17, "PNG")  # too small
    picture(docs / "_static/picard-icon.png", (1024, 1024), 18, "PNG")  # not in the glob
    return root


def test_the_rule_keeps_what_it_names_and_leaves_out_the_rest(tmp_path):
    snapshots = _snapshots(tmp_path)
    photos = capped_photos(snapshots, round24.ROUND24_SOURCES, round24.NOT_PHOTOS)
    kept = {(repo, path.name) for repo, path in photos}
    assert kept == {
        (round24.CAMBIUM, "20151231-DSF0401.jpg"),
        (round24.CAMBIUM, "20240224-DSCF2814.jpg"),
        (round24.PIF, "cen-liu-headshot.jpg"),
        (round24.PIF, "ciso-pif-evanta.jpg"),
        (round24.FOSSASIA, "RohanAgarwal.jpg"),
        (round24.FOSSASIA, "summit.jpg"),
        (round24.USDS, "jackson-place.jpg"),
    }
    # The sources in the rule's order: the photographer's first, the Digital Service's last.
    order = [repo for repo, _ in photos]
    assert order[0] == round24.CAMBIUM and order[-1] == round24.USDS
    shots = chosen_screenshots(
        snapshots,
        round24.SCREENSHOT_SOURCES,
        round24.MIN_SCREEN_SIDE,
        round24.SCREENSHOTS_PER_SOURCE,
        round24.NOT_SCREENSHOTS,
    )
    assert {(name, path.name) for name, path in shots} == {
        ("picard", "screen_main.png"),
        ("picard", "options-metadata.PNG"),
    }


def test_the_caps_are_the_rules(tmp_path):
    caps = {repo: cap for repo, *_, cap in round24.ROUND24_SOURCES}
    floors = {repo: side for repo, _, _, side, _ in round24.ROUND24_SOURCES}
    assert caps == {round24.CAMBIUM: 15, round24.PIF: 15, round24.FOSSASIA: 10, round24.USDS: 10}
    assert floors[round24.CAMBIUM] == 1900
    assert {floors[repo] for repo in (round24.PIF, round24.FOSSASIA, round24.USDS)} == {2000}
    images = tmp_path / round24.PIF / "assets/images/fellows"
    for shade in range(20):
        picture(images / f"fellow-{shade}.jpg", (2000, 2000), 40 + shade)
    photos = capped_photos(tmp_path, round24.ROUND24_SOURCES, round24.NOT_PHOTOS)
    assert len(photos) == 15


def test_the_part_is_empty_without_snapshots(tmp_path, monkeypatch):
    monkeypatch.delenv("IMAGE_SNAPSHOTS", raising=False)
    assert round24.build_round24(tmp_path, lambda img, seed: {}, lambda img, q: b"") == []
    assert not (tmp_path / "round24.json").exists()


def test_the_part_is_written_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("IMAGE_SNAPSHOTS", str(_snapshots(tmp_path / "snapshots")))
    seeds: list[int] = []

    def degrade(img: Image.Image, seed: int) -> dict[str, bytes]:
        seeds.append(seed)
        return {"blurred": b"stand-in"}

    cache = tmp_path / "cache"
    manifest = round24.build_round24(cache, degrade, lambda img, quality: b"stand-in")
    sharp = [entry for entry in manifest if entry["kind"] == "sharp"]
    assert len(sharp) == 7 and seeds == list(range(24000, 24007))
    assert "usds-newSite2026-public-image-breaks-jackson-place.jpg" in {e["file"] for e in sharp}
    shots = [entry["file"] for entry in manifest if entry["kind"] == "screenshot"]
    assert "screenshot-picard-screen_main.png" in shots
    assert "screenshot-picard-screen_main-q85.jpg" in shots
    assert (cache / "round24.json").exists()
    # Cached: a second build reads the manifest, whatever the snapshots hold now.
    monkeypatch.delenv("IMAGE_SNAPSHOTS")
    assert round24.build_round24(cache, degrade, lambda img, quality: b"") == manifest


def test_no_earlier_part_used_its_repositories():
    repositories = [
        *(repo for repo, *_ in round24.ROUND24_SOURCES),
        *(repo for repo, *_ in round24.SCREENSHOT_SOURCES),
    ]
    assert_no_earlier_part_used("round24", repositories, at_least=21)


def test_it_is_registered_as_the_others():
    assert_registered("round24")
