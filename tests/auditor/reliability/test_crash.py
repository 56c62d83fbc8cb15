"""SIGKILL a process writing through the Store: acknowledged writes survive, none half-saved."""

from __future__ import annotations

from tests.auditor.reliability.crash import run


def test_no_acknowledged_write_is_lost_across_random_kills(tmp_path):
    totals = run(tmp_path, 20, seed=11)
    figures = totals.as_dict()
    assert figures["acknowledged"] > 200  # the child really wrote between the kills
    assert {k: v for k, v in figures.items() if k != "acknowledged"} == {
        "kills": 20,
        "lost": 0,
        "integrity_failures": 0,
        "half_saved": 0,
    }, totals.details


def test_the_harness_catches_damage_when_the_safety_settings_are_off(tmp_path):
    # Positive control: journal_mode=OFF and synchronous=OFF in the child only; the same checks must
    # then find torn transactions or a corrupt file, or the harness above proves nothing. A kill tears
    # a write only when it lands inside one (about one kill in four here), so kill until it does.
    totals = run(tmp_path, 150, seed=5, unsafe=True, stop_on_damage=True)
    assert totals.lost + totals.integrity_failures + totals.half_saved >= 1, totals.as_dict()
