"""Bundles of format 4 carry an audit's place in the programme; two laptops fill one workspace."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from auditor.bundle import export_bundle
from auditor.bundle.format import BundleError
from auditor.bundle.importer import import_bundle
from auditor.commands import (
    AddClient,
    AddLocation,
    AddWave,
    CreateAudit,
    CreateWaveAudits,
    Editor,
    EditVisit,
    ImportLocations,
    SetCallLog,
    SetQuestionnaire,
    UpdateProfile,
)
from auditor.model import Audit, CallLogEvent, Client, Location, Wave
from auditor.service import PlannedVisit
from auditor.storage import Store
from tests.auditor.bundle.support import edited

CALL = [CallLogEvent("dial", 0.0), CallLogEvent("answered", 7.0), CallLogEvent("end", 61.0)]


def _agency(path):
    """Return the agency's workspace: client, three locations, wave Q1, the questionnaire."""
    store = Store.open(path)
    editor = Editor(store, actor="Agency", device="agency-pc")
    client = editor.run(AddClient(Client(name="Ottica Bellavista"))).result
    editor.run(
        ImportLocations(
            client.id,
            [
                Location(client.id, "Verona", code="VR"),
                Location(client.id, "Padova", code="PD"),
                Location(client.id, "Vicenza", code="VI"),
            ],
        )
    )
    editor.run(SetQuestionnaire(client.id, [("phone", "1.0.2")]))
    wave = editor.run(AddWave(Wave(client.id, "Q1 2025"))).result
    return store, editor, client, wave


def _fill(store, audit_id, device):
    editor = Editor(store, actor=device, device=device)
    visit = store.audits.visits(audit_id)[0]
    start = datetime(2025, 2, 3, 10, 0, tzinfo=UTC)
    editor.run(
        EditVisit(
            visit.id,
            {"visited_at": start, "ended_at": start.replace(minute=9), "contact": "045 123",
             "staff": "Giulia"},
        )
    )  # fmt: skip
    editor.run(SetCallLog(visit.id, CALL))
    return visit.id


def test_two_laptops_bundles_fill_one_programme_without_duplicates(tmp_path):
    agency, agency_editor, client, wave = _agency(tmp_path / "agency.auditdesk")
    verona = agency.locations.find(client.id, "VR")
    agency_editor.run(CreateWaveAudits(client.id, wave.id, [verona.id], nickname="Gufo"))
    out = export_bundle(agency, agency.audits.all()[0].id, tmp_path / "to-laptop-1.auditbundle")

    # Laptop 1 receives the agency's draft audit, fills it and sends it back.
    with Store.open(tmp_path / "laptop1.auditdesk") as laptop:
        result = import_bundle(laptop, out)
        assert laptop.locations.for_client(client.id)[0].name == "Verona"
        assert laptop.programmes.questionnaire(client.id) == [("phone", "1.0.2")]
        visit_1 = _fill(laptop, result.audit_id, "laptop-1")
        back_1 = export_bundle(laptop, result.audit_id, tmp_path / "from-1.auditbundle")

    # Laptop 2 knew the client only: its own Padova (another id, the same code), its own wave
    # "q1 2025" and a location the agency does not have yet.
    with Store.open(tmp_path / "laptop2.auditdesk") as laptop:
        editor = Editor(laptop, actor="laptop-2", device="laptop-2")
        editor.run(AddClient(Client(name=client.name, id=client.id)))
        padova = editor.run(AddLocation(Location(client.id, "Padova centro", code="PD"))).result
        treviso = editor.run(AddLocation(Location(client.id, "Treviso"))).result
        own_wave = editor.run(AddWave(Wave(client.id, "q1 2025"))).result
        audits = []
        for location in (padova, treviso):
            audit = Audit(client.id, location.name, location_id=location.id, wave_id=own_wave.id)
            editor.run(CreateAudit(audit, [PlannedVisit("phone", template_version="1.0.2")]))
            audits.append(audit.id)
        _fill(laptop, audits[0], "laptop-2")
        back_2 = [
            export_bundle(laptop, a, tmp_path / f"from-2-{n}.auditbundle")
            for n, a in enumerate(audits)
        ]
        assert padova.id != agency.locations.find(client.id, "PD").id

    for bundle in (back_1, *back_2):
        import_bundle(agency, bundle)
    locations = agency.locations.for_client(client.id)
    assert [(x.name, x.code) for x in locations] == [
        ("Padova", "PD"),  # the agency's own row wins over the laptop's name
        ("Treviso", ""),
        ("Verona", "VR"),
        ("Vicenza", "VI"),
    ]
    assert [w.label for w in agency.waves.for_client(client.id)] == ["Q1 2025"]
    by_location = {
        agency.locations.get(a.location_id).name: a for a in agency.audits.all() if a.location_id
    }
    assert sorted(by_location) == ["Padova", "Treviso", "Verona"]
    assert {a.wave_id for a in by_location.values()} == {wave.id}
    assert by_location["Verona"].nickname == "Gufo"
    assert agency.calls.events(visit_1) == CALL
    visit = agency.audits.visits(by_location["Padova"].id)[0]
    assert (visit.contact, visit.staff) == ("045 123", "Giulia")
    assert agency.calls.events(visit.id) == CALL
    # Importing the bundles again adds nothing; the last one finds its very copy.
    for bundle in (back_1, *back_2):
        again = import_bundle(agency, bundle)
    assert again.unchanged
    assert len(agency.locations.for_client(client.id)) == 4
    assert len(agency.waves.for_client(client.id)) == 1
    assert len(agency.audits.all()) == 3
    agency.close()


def test_an_older_bundle_s_channel_becomes_typed_details(tmp_path):
    with Store.open(tmp_path / "source.auditdesk") as store:
        editor = Editor(store, actor="M", device="d")
        client = editor.run(AddClient(Client(name="Hotel"))).result
        audit = Audit(client.id, "Old visit")
        editor.run(CreateAudit(audit, [PlannedVisit("phone", template_version="1.0.2")]))
        path = export_bundle(store, audit.id, tmp_path / "new.auditbundle")
    log = {"version": 1, "events": [{"kind": "dial", "at": 0}, {"kind": "end", "at": 30}]}

    def to_version_3(doc):
        for key in ("location_id", "wave_id", "nickname"):
            del doc["audit"][key]
        for visit in doc["visits"]:
            for key in ("ended_at", "place", "contact", "staff"):
                del visit[key]
            visit["channel"] = json.dumps({"number": "+39 06 1234", "call_log": log, "x": 1})
        for section in ("call_events", "locations", "waves", "programmes"):
            del doc[section]

    old = edited(path.read_bytes(), to_version_3, manifest=lambda m: m.update(format_version=3))
    (tmp_path / "old.auditbundle").write_bytes(old)
    with Store.open(tmp_path / "target.auditdesk") as target:
        import_bundle(target, tmp_path / "old.auditbundle")
        visit = target.audits.visits(audit.id)[0]
        assert (visit.contact, visit.channel) == ("+39 06 1234", {"x": 1})
        assert target.calls.events(visit.id) == [CallLogEvent("dial", 0), CallLogEvent("end", 30)]


def test_a_bundle_with_an_impossible_call_log_or_a_stray_location_is_refused(tmp_path):
    agency, editor, client, wave = _agency(tmp_path / "agency.auditdesk")
    editor.run(CreateWaveAudits(client.id, wave.id))
    audit_id = agency.audits.all()[0].id
    _fill(agency, audit_id, "agency")
    path = export_bundle(agency, audit_id, tmp_path / "a.auditbundle")
    agency.close()

    def resume_first(doc):
        doc["call_events"][0]["kind"] = "resume"

    def another_location(doc):
        doc["locations"][0]["id"] = "someone-else"

    for change, reason in (
        (resume_first, "is impossible"),
        (another_location, "does not carry exactly the audit's location_id"),
    ):
        (tmp_path / "bad.auditbundle").write_bytes(edited(path.read_bytes(), change))
        with Store.open(tmp_path / "target.auditdesk") as target:
            with pytest.raises(BundleError, match=reason):
                import_bundle(target, tmp_path / "bad.auditbundle")
            assert target.locations.for_client(client.id) == []


def test_a_client_copy_leaves_the_staff_out_unless_the_agency_allows_them(tmp_path):
    agency, editor, client, wave = _agency(tmp_path / "agency.auditdesk")
    editor.run(CreateWaveAudits(client.id, wave.id))
    audit_id = agency.audits.all()[0].id
    _fill(agency, audit_id, "agency")
    for allowed, expected in (("0", ""), ("1", "Giulia")):
        editor.run(UpdateProfile({"report_staff_names": allowed}))
        path = export_bundle(
            agency, audit_id, tmp_path / f"c{allowed}.auditbundle", client_copy=True
        )
        with Store.open(tmp_path / f"client{allowed}.auditdesk") as target:
            import_bundle(target, path)
            assert target.audits.visits(audit_id)[0].staff == expected
    agency.close()
