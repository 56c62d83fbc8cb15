"""The twenty-fifth held-out image part's rule, as its module writes it.

Only the selection is tested here, on pictures drawn for the test in a snapshot folder made for it:
never the part's own pictures, and no check is run."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from benchmarks import image_round25 as round25
from benchmarks.image_parts import capped_photos, chosen_screenshots
from tests.image_part_support import assert_no_earlier_part_used, assert_registered, picture


def _snapshots(root: Path) -> Path:
    """A snapshot folder holding, for each of the rule's repositories, pictures it keeps or not."""
    parks = root / round25.BCPARKS / "src"
    picture(parks / "cms/media_uploads/carousel-2.jpg", (2560, 1705), 1)
    picture(parks / "cms/media_uploads/haida-trail-marker-installation-1.jpg", (1080, 864), 2)
    picture(parks / "gatsby/src/images/small.jpg", (999, 600), 3)  # too small
    chdk = root / round25.PIXLS / "src/articles/interview-chdk"
    picture(chdk / "ramiro-priegue-palacio.jpg", (2486, 1865), 4)
    picture(chdk / "reyalp-chdk-md-fireworks-20180704-9082-c2.jpg", (2000, 1500), 5)
    picture(chdk / "reyalp-moon-saturn-stack-1-median-c2.jpg", (2400, 2200), 6)  # by name
    picture(chdk / "th_Peter.Laudanski.Der.Dortmunder.Norden.jpg", (2048, 1536), 7)  # by name
    picture(chdk / "Garry.George.2.jpg", (5472, 3648), 8)  # on the sheet
    picture(chdk / "Peter.Laudanski.Kite.Mount.jpg", (1024, 768), 9)  # too small
    lede = root / round25.PIXLS / "src/images/main-lede"
    picture(lede / "Kirkjufell_Andreas_Schneider.jpg", (1623, 1080), 10)  # 1600 px or more
    picture(lede / "2015-09-30_soderasens_2.jpg", (7824, 1152), 11)  # by name: a panorama
    picture(lede / "Birch_houz.jpg", (1920, 894), 12)  # on the sheet
    picture(root / round25.PIXLS / "src/articles/basic-color-curves/tranquil.jpg", (2048, 1536), 13)
    redox = root / round25.REDOX / "img"
    picture(redox / "pcb-w-assembly5.jpg", (4000, 3000), 14)
    picture(redox / "receiver-assembly-2.jpg", (1233, 1730), 15)  # too small
    dactyl = root / round25.DACTYL
    picture(dactyl / "guide/wiring_create_rows.jpg", (3264, 2448), 16)
    picture(dactyl / "qmk-guide/trrs-diagram.jpg", (1476, 2406), 17)  # by name
    sofle = root / round25.SOFLE
    picture(sofle / "Images/chocclear.jpg", (2016, 1512), 18)
    picture(sofle / "Images/SofleKeyboard2_render1.jpg", (1918, 926), 19)  # by name
    picture(sofle / "docs/images/sofle_keyboard.jpg", (1900, 1068), 20)  # 1900 px or more
    home = root / round25.HOME_ASSISTANT
    picture(home / "gallery/public/images/office.jpg", (1242, 699), 21)
    picture(home / "demo/public/assets/jimpower/background-15.jpg", (1920, 1080), 22)  # sheet
    reform = root / round25.REFORM
    picture(reform / "historic-reform1/pics/reform03-laptop.jpg", (2462, 1696), 23)
    picture(reform / "reform2-handbook/photo.jpg", (3000, 2000), 24)  # not in the glob
    picture(root / round25.PLOOPY / "hardware/img/example-v4.jpg", (2000, 1500), 25)
    docs = root / round25.LOGSEQ
    picture(docs / "assets/add-a-graph_1641561436690_0.png", (1590, 996), 26, "PNG")
    picture(docs / "assets/copy-block-ref_1642512411639_0.PNG", (840, 542), 27, "PNG")
    picture(docs / "assets/BooleanLogic-1463x732_1642527212344_0.png", (1463, 732), 28, "PNG")
    picture(docs / "assets/child-d-path_1641572255030_0.png", (599, 194), 29, "PNG")  # too small
    picture(docs / "screenshots/1.png", (1920, 1080), 30, "PNG")  # not in the glob
    return root


def test_the_rule_keeps_what_it_names_and_leaves_out_the_rest(tmp_path):
    snapshots = _snapshots(tmp_path)
    photos = capped_photos(snapshots, round25.ROUND25_SOURCES, round25.NOT_PHOTOS)
    kept = {(repo, path.name) for repo, path in photos}
    assert kept == {
        (round25.BCPARKS, "carousel-2.jpg"),
        (round25.BCPARKS, "haida-trail-marker-installation-1.jpg"),
        (round25.PIXLS, "ramiro-priegue-palacio.jpg"),
        (round25.PIXLS, "reyalp-chdk-md-fireworks-20180704-9082-c2.jpg"),
        (round25.PIXLS, "Kirkjufell_Andreas_Schneider.jpg"),
        (round25.REDOX, "pcb-w-assembly5.jpg"),
        (round25.DACTYL, "wiring_create_rows.jpg"),
        (round25.SOFLE, "chocclear.jpg"),
        (round25.SOFLE, "sofle_keyboard.jpg"),
        (round25.HOME_ASSISTANT, "office.jpg"),
        (round25.REFORM, "reform03-laptop.jpg"),
        (round25.PLOOPY, "example-v4.jpg"),
    }
    # The sources in the rule's order: the park service's first, the trackball's last.
    order = [repo for repo, _ in photos]
    assert order[0] == round25.BCPARKS and order[-1] == round25.PLOOPY
    shots = chosen_screenshots(
        snapshots,
        round25.SCREENSHOT_SOURCES,
        round25.MIN_SCREEN_SIDE,
        round25.SCREENSHOTS_PER_SOURCE,
        round25.NOT_SCREENSHOTS,
    )
    assert {(name, path.name) for name, path in shots} == {
        ("logseq", "add-a-graph_1641561436690_0.png"),
        ("logseq", "copy-block-ref_1642512411639_0.PNG"),
    }


def test_the_caps_are_the_rules(tmp_path):
    caps = [(repo, pattern, cap) for repo, pattern, *_, cap in round25.ROUND25_SOURCES]
    assert caps == [
        (round25.BCPARKS, "src/**/*", 10),
        (round25.PIXLS, "src/articles/interview-chdk/*", 7),
        (round25.PIXLS, "src/images/main-lede/*", 7),
        (round25.REDOX, "img/*", 6),
        (round25.DACTYL, "**/*", 4),
        (round25.SOFLE, "**/*", 4),
        (round25.HOME_ASSISTANT, "**/*", 4),
        (round25.REFORM, "historic-reform1/**/*", 2),
        (round25.PLOOPY, "hardware/**/*", 2),
    ]
    floors = [side for _, _, _, side, _ in round25.ROUND25_SOURCES]
    assert floors == [1000, 2000, 1600, 2000, 2000, 1900, 1000, 2000, 2000]
    # No source gives more than ten, and the keyboards together no more than 14.
    boards = tmp_path / round25.REDOX / "img"
    for shade in range(12):
        picture(boards / f"pcb-{shade}.jpg", (4000, 3000), 40 + shade)
    parks = tmp_path / round25.BCPARKS / "src/cms/media_uploads"
    for shade in range(12):
        picture(parks / f"park-{shade}.jpg", (6000, 4000), 60 + shade)
    photos = capped_photos(tmp_path, round25.ROUND25_SOURCES, round25.NOT_PHOTOS)
    assert [repo for repo, _ in photos].count(round25.REDOX) == 6
    assert [repo for repo, _ in photos].count(round25.BCPARKS) == 10


def test_each_pixls_folder_has_its_own_cap(tmp_path):
    pixls = tmp_path / round25.PIXLS / "src"
    for shade in range(9):
        picture(pixls / f"articles/interview-chdk/photo-{shade}.jpg", (2048, 1536), 80 + shade)
        picture(pixls / f"images/main-lede/lede-{shade}.jpg", (2048, 1365), 100 + shade)
    photos = capped_photos(tmp_path, round25.ROUND25_SOURCES, round25.NOT_PHOTOS)
    folders = [path.parent.name for _, path in photos]
    assert folders.count("interview-chdk") == 7 and folders.count("main-lede") == 7


def test_the_part_is_empty_without_snapshots(tmp_path, monkeypatch):
    monkeypatch.delenv("IMAGE_SNAPSHOTS", raising=False)
    assert round25.build_round25(tmp_path, lambda img, seed: {}, lambda img, q: b"") == []
    assert not (tmp_path / "round25.json").exists()


def test_the_part_is_written_and_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("IMAGE_SNAPSHOTS", str(_snapshots(tmp_path / "snapshots")))
    seeds: list[int] = []

    def degrade(img: Image.Image, seed: int) -> dict[str, bytes]:
        seeds.append(seed)
        return {"blurred": b"stand-in"}

    cache = tmp_path / "cache"
    manifest = round25.build_round25(cache, degrade, lambda img, quality: b"stand-in")
    sharp = [entry for entry in manifest if entry["kind"] == "sharp"]
    assert len(sharp) == 12 and seeds == list(range(25000, 25012))
    files = {entry["file"] for entry in sharp}
    assert "bcgov-bcparks.ca-src-cms-media_uploads-carousel-2.jpg" in files
    assert "pixlsus-website-src-images-main-lede-Kirkjufell_Andreas_Schneider.jpg" in files
    shots = [entry["file"] for entry in manifest if entry["kind"] == "screenshot"]
    assert "screenshot-logseq-add-a-graph_1641561436690_0.png" in shots
    assert "screenshot-logseq-add-a-graph_1641561436690_0-q85.jpg" in shots
    assert (cache / "round25.json").exists()
    # Cached: a second build reads the manifest, whatever the snapshots hold now.
    monkeypatch.delenv("IMAGE_SNAPSHOTS")
    assert round25.build_round25(cache, degrade, lambda img, quality: b"") == manifest


def test_no_earlier_part_used_its_repositories():
    repositories = [
        *(repo for repo, *_ in round25.ROUND25_SOURCES),
        *(repo for repo, *_ in round25.SCREENSHOT_SOURCES),
    ]
    assert_no_earlier_part_used("round25", repositories, at_least=22)


def test_it_is_registered_as_the_others():
    assert_registered("round25")
