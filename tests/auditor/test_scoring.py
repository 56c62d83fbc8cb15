"""Scoring rules worked out by hand on the mini checklist (see conftest.MINI_TEMPLATE)."""

from __future__ import annotations

import pytest

from auditor.model import NA
from auditor.scoring import ScopeScore, earned, failed, score_audit, score_visit

VISIT_A = {"answered": "yes", "tone": 4, "greeting": "company", "wait": 20, "remarks": "ok"}
VISIT_B = {"answered": "no", "tone": NA, "wait": 10}


def test_item_rules(mini_template):
    item = mini_template.item
    assert [earned(item("answered"), v) for v in ("yes", "no", NA, None)] == [1.0, 0.0, None, None]
    assert [earned(item("tone"), v) for v in (1, 3, 5, 6, 0)] == [0.0, 0.5, 1.0, None, None]
    assert [earned(item("greeting"), v) for v in ("full", "company", "none", "other")] == [
        1.0,
        0.5,
        0.0,
        None,
    ]
    assert [earned(item("wait"), v) for v in (15, 15.1, 0)] == [1.0, 0.0, 1.0]
    assert earned(item("remarks"), "anything") is None
    assert failed(item("tone"), 2) and not failed(item("tone"), 3)


def test_one_visit_by_hand(mini_template):
    # earned 3*1 + 2*0.75 + 1*0.5 + 1*0 = 5 of 7 possible
    result = score_visit("a", mini_template, VISIT_A)
    assert result.score == pytest.approx(500 / 7)
    assert result.completion == 100.0
    assert not result.critical_failure
    assert result.dimensions == {
        "functional": ScopeScore(75.0, 100.0, False),
        "emotional": ScopeScore(pytest.approx(200 / 3), 100.0, False),
    }
    assert result.phases == {
        "consideration": ScopeScore(50.0, 100.0, False),
        "activation": ScopeScore(75.0, 100.0, False),
        "loyalty": ScopeScore(None, 100.0, False),
    }


def test_na_unanswered_and_critical(mini_template):
    # "no" on the critical item (0 of 3), N/A tone excluded, greeting unanswered, wait met (1 of 1)
    result = score_visit("b", mini_template, VISIT_B, weight=2)
    assert result.score == 25.0
    # 3 of 4 answered: N/A counts as answered, the empty remarks box (optional text) not at all
    assert result.completion == 75.0
    assert result.critical_failure and result.critical_items == ("answered",)


def test_audit_overall_is_weighted_mean_of_touchpoints(mini_template):
    result = score_audit([("a", mini_template, VISIT_A, 1.0), ("b", mini_template, VISIT_B, 2.0)])
    assert result.overall == pytest.approx((500 / 7 + 25 * 2) / 3)
    assert result.completion == pytest.approx(800 / 9)  # 5 of 5 and 3 of 4
    assert result.critical_failure
    assert result.dimensions["functional"].score == 50.0  # (3 + 0 + 0 + 1) of 8
    assert result.dimensions["emotional"].score == pytest.approx(200 / 3)


def test_nothing_scorable_is_none(mini_template):
    result = score_audit([("a", mini_template, {"remarks": "x", "tone": NA}, 1.0)])
    assert result.overall is None
    assert result.visits[0].score is None
    assert result.completion == 40.0  # remarks and N/A of 5: filled-in remarks do count
    assert score_audit([]).overall is None
