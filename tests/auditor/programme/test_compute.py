"""The programme's arithmetic over a real workspace built with the core's commands."""

from __future__ import annotations

import pytest

from auditor import service
from auditor.commands import CompleteVisit, SetStatus
from auditor.model import Audit, AuditStatus
from auditor.programme import build, programme_document
from auditor.programme.ranking import change, competition_ranks, shown
from auditor.service import PlannedVisit, create_audit
from tests.auditor.programme.chain import GOOD, MID, POOR


def test_competition_ranks_share_ties_and_skip():
    assert competition_ranks([80.0, 90.0, 90.0, None, 70.0]) == [3, 1, 1, None, 4]
    # Compared as shown: 83.34 and 83.26 both read 83.3 and share a rank.
    assert competition_ranks([83.34, 83.26, 90.0]) == [2, 2, 1]
    assert competition_ranks([]) == []
    assert change(83.34, 80.0) == 3.3 and change(None, 80.0) is None and shown(None) is None


def test_results_ranks_changes_and_averages(chain):
    w1 = chain.audits(0, ["Alba", "Bari", "Como", "Dora"])
    chain.answer(w1["Alba"], "shop", GOOD)
    chain.answer(w1["Bari"], "shop", POOR)
    chain.answer(w1["Como"], "shop", MID)
    chain.answer(w1["Dora"], "shop", MID)  # a tie with Como
    chain.answer(w1["Dora"], "phone", {"answered": "yes", "name_given": "no"})
    w2 = chain.audits(1, ["Alba", "Como", "Dora"])  # Bari skipped in W2
    chain.answer(w2["Alba"], "shop", MID)
    chain.answer(w2["Como"], "shop", GOOD)
    # Dora's W2 audit stays empty: no score, no rank, listed last
    w3 = chain.audits(2, ["Alba", "Bari", "Como", "Dora"])
    chain.answer(w3["Bari"], "shop", GOOD)
    chain.answer(w3["Dora"], "shop", {"greeted": "na", "clean": "yes", "price_right": "no"})

    programme = build(chain.store, chain.client.id)
    # Every result is the audit's own score, as `auditor score` gives it.
    for result in programme.results.values():
        scores = service.score(chain.store, result.audit_id)
        assert result.overall == scores.overall
        assert result.completion == scores.completion
        assert result.critical == scores.critical_failure
        assert result.dimensions == {k: s.score for k, s in scores.dimensions.items()}
        assert result.nickname == "Volpe"

    shop = {"GOOD": 100.0, "POOR": (1 * 1 + 2 * 0.25) / 8 * 100, "MID": (2 + 3 + 2 * 0.5) / 8 * 100}
    first = programme.league(chain.waves[0].id)
    assert [r.location.name for r in first] == ["Alba", "Como", "Dora", "Bari"]
    dora_overall = (shop["MID"] + 2 / 3 * 100) / 2  # two touchpoints, equal weights
    assert first[2].value == pytest.approx(dora_overall)
    assert [r.rank for r in first] == [1, 2, 3, 4]
    by_tp = programme.league(chain.waves[0].id, "touchpoint:shop")
    assert [(r.location.name, r.rank) for r in by_tp] == [
        ("Alba", 1),
        ("Como", 2),
        ("Dora", 2),  # tied, then by name
        ("Bari", 4),
    ]
    assert all(r.change is None for r in first)  # no earlier wave
    assert programme.chain_average[chain.waves[0].id] == pytest.approx(
        (100 + shop["POOR"] + shop["MID"] + dora_overall) / 4
    )

    second = programme.league(chain.waves[1].id)
    assert [(r.location.name, r.rank) for r in second] == [
        ("Como", 1),
        ("Alba", 2),
        ("Bari", None),  # no audit in W2
        ("Dora", None),  # an audit with nothing scored
    ]
    assert second[0].change == round(100 - shown(shop["MID"]), 1)
    assert second[1].change == round(shown(shop["MID"]) - 100, 1)
    assert second[2].result is None and second[3].result is not None
    assert programme.chain_average[chain.waves[1].id] == pytest.approx((shop["MID"] + 100) / 2)

    third = {r.location.name: r for r in programme.league(chain.waves[2].id)}
    # Bari's previous scored wave is W1 (it was skipped in W2); Dora's W2 scored nothing.
    assert third["Bari"].change == round(100 - shown(shop["POOR"]), 1)
    dora_w3 = (1 * 1 + 3 * 0) / 4 * 100
    assert third["Dora"].change == round(shown(dora_w3) - shown(dora_overall), 1)
    assert third["Dora"].critical and not third["Bari"].critical
    assert third["Alba"].rank is None and third["Alba"].change is None
    result = programme.results[(chain.locations["Bari"].id, chain.waves[2].id)]
    assert result.rank == 1 and result.change == third["Bari"].change

    doc = programme_document(programme, "w3")
    assert [w["label"] for w in doc["waves"]] == ["W3"]
    assert doc["waves"][0]["locations"][0]["location"] == "Bari"
    assert doc["waves"][0]["chain_average"] == round((100 + dora_w3) / 2, 1)


def test_heatmap_weakest_items_and_best_locations(chain):
    w1 = chain.audits(0, ["Alba", "Bari", "Como"])
    chain.answer(w1["Alba"], "shop", GOOD)
    chain.answer(w1["Bari"], "shop", POOR)
    chain.answer(w1["Como"], "shop", {**MID, "advice": "na"})
    chain.answer(w1["Como"], "phone", {"answered": "no", "name_given": "yes"})
    programme = build(chain.store, chain.client.id)
    wave = chain.waves[0].id
    heat = programme.heatmap(wave)
    assert [loc.name for loc in heat.locations] == ["Alba", "Como", "Bari"]  # league order
    keys = [item.key for item in heat.items]
    assert keys[:4] == [("chain_shop", i) for i in ("greeted", "clean", "price_right", "advice")]
    bari = chain.locations["Bari"].id
    assert heat.rate(("chain_shop", "greeted"), bari) == 100.0
    assert heat.rate(("chain_shop", "advice"), bari) == 100.0  # 2 of 5 earns 0.25: failed
    assert heat.rate(("chain_shop", "advice"), chain.locations["Como"].id) is None  # N/A
    assert heat.rate(("chain_phone", "answered"), bari) is None  # not answered there
    chain_cell = heat.chain[("chain_shop", "price_right")]
    assert (chain_cell.failed, chain_cell.scored) == (1, 3)
    weakest = programme.weakest_items(wave)
    assert [(w.item.item_id, round(w.rate, 1)) for w in weakest] == [
        ("answered", 100.0),  # failed at the one location that answered it
        ("advice", 50.0),
        ("greeted", 33.3),
        ("clean", 33.3),
        ("price_right", 33.3),
    ]
    assert weakest[0].locations_failed == 1
    assert [r.location.name for r in programme.best_locations(wave, 2)] == ["Alba", "Como"]
    assert [r.location.name for r in programme.critical_locations(wave)] == ["Bari"]


def test_filters_rank_and_average_among_the_locations_kept(chain):
    w1 = chain.audits(0, ["Alba", "Bari", "Como", "Dora"])
    for name, values in (("Alba", POOR), ("Bari", GOOD), ("Como", MID), ("Dora", GOOD)):
        chain.answer(w1[name], "shop", values)
    wave = chain.waves[0].id
    north = build(chain.store, chain.client.id, regions=["nord "])
    assert [(r.location.name, r.rank) for r in north.league(wave)] == [
        ("Dora", 1),
        ("Como", 2),
        ("Alba", 3),
    ]
    stores = build(chain.store, chain.client.id, regions=["Nord"], channels=["store"])
    assert [r.location.name for r in stores.league(wave)] == ["Como", "Alba"]
    everyone = build(chain.store, chain.client.id)
    assert stores.chain_average[wave] != everyone.chain_average[wave]
    assert stores.results[(chain.locations["Como"].id, wave)].rank == 1


def test_two_audits_in_one_wave_the_one_furthest_along_counts(chain):
    w1 = chain.audits(0, ["Alba"])
    original = w1["Alba"]
    chain.answer(original, "shop", POOR)
    # The commands refuse a second audit of a location in a wave; a workspace may still hold
    # one (merged from an older laptop's bundle, say): written here through the repository.
    copy = Audit(
        client_id=chain.client.id,
        title="Alba - W1 (second)",
        location_id=chain.locations["Alba"].id,
        wave_id=chain.waves[0].id,
    )
    create_audit(chain.store, copy, [PlannedVisit("chain_shop"), PlannedVisit("chain_phone")])
    copy_id = copy.id
    chain.answer(copy_id, "shop", GOOD)
    key = (chain.locations["Alba"].id, chain.waves[0].id)
    # Both in progress: the one changed last counts.
    assert build(chain.store, chain.client.id).results[key].audit_id == copy_id
    chain.answer(original, "phone", {"answered": "yes", "name_given": "yes"})
    assert build(chain.store, chain.client.id).results[key].audit_id == original
    # Further along the flow wins over changed later.
    chain.answer(copy_id, "phone", {"answered": "yes", "name_given": "yes"})
    for visit in chain.store.audits.visits(copy_id):
        chain.editor.run(CompleteVisit(visit.id))
    chain.editor.run(SetStatus(copy_id, AuditStatus.COMPLETED))
    chain.answer(original, "shop", {"advice": 4})
    result = build(chain.store, chain.client.id).results[key]
    assert result.audit_id == copy_id and result.overall == 100.0 and result.status == "completed"
