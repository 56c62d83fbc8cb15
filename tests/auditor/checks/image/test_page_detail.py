"""A soft picture that still holds a page's worth of detail is a minor finding, not an alarm."""

from __future__ import annotations

from auditor.checks.image import check_image
from tests.auditor.checks.image.enlarging import enlarged as _enlarged


def test_soft_at_full_size_with_a_page_of_detail_is_minor():
    # 1600 px of detail stored at 3200 px: what a 12 MP phone photo often holds.
    result = check_image(_enlarged("shallow_seeding.jpg", 1600, 2), target="phone-like.jpg")
    blurry = [f for f in result.findings if f.rule == "blurry"]
    assert [f.severity.value for f in blurry] == ["minor"]
    assert "enough for a printed page" in blurry[0].message
    assert max(result.metrics["detail_width"], result.metrics["detail_height"]) >= 1600


def test_soft_with_little_detail_stays_major():
    # 700 px of detail stored at 2100 px: soft for any use.
    result = check_image(_enlarged("landscape_aitzgorri.jpg", 700, 3), target="enlarged.jpg")
    blurry = [f for f in result.findings if f.rule == "blurry"]
    assert [f.severity.value for f in blurry] == ["major"]
    assert "Nothing in the frame is in focus" in blurry[0].message
