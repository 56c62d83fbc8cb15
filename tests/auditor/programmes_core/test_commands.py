"""The programme's commands against a real workspace file: run, refuse, undo, redo."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from auditor.commands import (
    AddClient,
    AddLocation,
    AddWave,
    CreateAudit,
    CreateWaveAudits,
    DeleteLocation,
    DeleteWave,
    DuplicateAudit,
    EditAudit,
    EditLocation,
    EditVisit,
    EditWave,
    ImportLocations,
    SetCallLog,
    SetQuestionnaire,
    SetStatus,
)
from auditor.errors import ValidationError
from auditor.model import Audit, AuditStatus, CallLogEvent, Client, Location, Wave
from auditor.service import PlannedVisit

QUESTIONNAIRE = [("phone", "1.0.2"), ("shop", "1.0.1")]


def _locations(store, client_id):
    return [
        (loc.name, loc.code, loc.city, loc.region, loc.channel.value, loc.active)
        for loc in store.locations.for_client(client_id)
    ]


def _add(prog, name, **fields):
    return prog.editor.run(AddLocation(Location(prog.client.id, name, **fields))).result


def test_a_location_is_added_edited_deleted_and_each_step_undone(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    loc = _add(prog, "  Milano   Centro ", code="MI01", city="Milano", region="Lombardia")
    assert _locations(store, cid) == [
        ("Milano Centro", "MI01", "Milano", "Lombardia", "store", True)
    ]
    editor.run(EditLocation(loc.id, {"channel": "web", "active": False, "city": "Milano 2"}))
    assert _locations(store, cid) == [
        ("Milano Centro", "MI01", "Milano 2", "Lombardia", "web", False)
    ]
    editor.undo()
    assert _locations(store, cid)[0][2:] == ("Milano", "Lombardia", "store", True)
    editor.redo()
    assert _locations(store, cid)[0][4] == "web"
    editor.run(DeleteLocation(loc.id))
    assert store.locations.for_client(cid) == []
    editor.undo()
    assert store.locations.get(loc.id).name == "Milano Centro"  # the same id back
    editor.undo()
    editor.undo()
    assert store.locations.for_client(cid) == []
    editor.redo()
    assert store.locations.get(loc.id).code == "MI01"


def test_bad_locations_are_refused_naming_the_value(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    _add(prog, "Verona", code="VR01")
    with pytest.raises(ValidationError, match="channel \u201cshop\u201d is not one of store, web"):
        editor.run(AddLocation(Location(cid, "Padova", channel="shop")))
    with pytest.raises(ValidationError, match="already has a location \u201cVerona\u201d"):
        editor.run(AddLocation(Location(cid, "VERONA")))
    with pytest.raises(ValidationError, match="code \u201cVR01\u201d is already location"):
        editor.run(AddLocation(Location(cid, "Vicenza", code="VR01")))
    with pytest.raises(ValidationError, match="needs a name"):
        editor.run(AddLocation(Location(cid, "   ")))
    with pytest.raises(ValidationError, match="has no field colour"):
        editor.run(EditLocation(store.locations.find(cid, "VR01").id, {"colour": "red"}))
    assert _locations(store, cid) == [("Verona", "VR01", "", "", "store", True)]
    # Another client may use the same name and code.
    other = editor.run(AddClient(Client(name="Altro"))).result
    editor.run(AddLocation(Location(other.id, "Verona", code="VR01")))
    assert store.locations.find(other.id, "verona").client_id == other.id


def test_importing_locations_adds_and_updates_all_or_nothing_and_undoes(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    old = _add(prog, "Verona", code="VR01", city="Verona")
    rows = [
        Location(cid, "Verona Centro", code="VR01", city="Verona", region="Veneto"),
        Location(cid, "Padova", code="PD01", region="Veneto", channel="store"),
        Location(cid, "Numero verde", channel="phone"),
    ]
    editor.run(ImportLocations(cid, rows))
    assert _locations(store, cid) == [
        ("Numero verde", "", "", "", "phone", True),
        ("Padova", "PD01", "", "Veneto", "store", True),
        ("Verona Centro", "VR01", "Verona", "Veneto", "store", True),
    ]
    assert store.locations.find(cid, "VR01").id == old.id  # matched by code, updated in place
    editor.undo()
    assert _locations(store, cid) == [("Verona", "VR01", "Verona", "", "store", True)]
    editor.redo()
    assert len(store.locations.for_client(cid)) == 3
    assert store.locations.find(cid, "VR01").id == old.id
    # One bad row: nothing of the file is written.
    with pytest.raises(ValidationError, match="channel \u201cfax\u201d"):
        editor.run(
            ImportLocations(cid, [Location(cid, "Treviso"), Location(cid, "Rovigo", channel="fax")])
        )
    with pytest.raises(ValidationError, match="same name or code"):
        editor.run(ImportLocations(cid, [Location(cid, "Treviso"), Location(cid, "treviso")]))
    assert store.locations.find(cid, "Treviso") is None


def test_waves_keep_programme_order_and_refuse_bad_dates(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    q1 = editor.run(AddWave(Wave(cid, "Q1 2025", date(2025, 1, 1), date(2025, 3, 31)))).result
    q2 = editor.run(AddWave(Wave(cid, "Q2 2025"))).result
    assert [w.label for w in store.waves.for_client(cid)] == ["Q1 2025", "Q2 2025"]
    assert store.waves.get(q2.id).position > store.waves.get(q1.id).position
    editor.run(EditWave(q2.id, {"starts_on": "2025-04-01", "ends_on": "2025-06-30"}))
    assert store.waves.get(q2.id).ends_on == date(2025, 6, 30)
    editor.undo()
    assert store.waves.get(q2.id).starts_on is None
    with pytest.raises(ValidationError, match="ends \\(2025-01-01\\) before it starts"):
        editor.run(EditWave(q1.id, {"ends_on": date(2025, 1, 1), "starts_on": "2025-02-01"}))
    with pytest.raises(ValidationError, match="\u201c31/03/2025\u201d is not a date"):
        editor.run(EditWave(q1.id, {"ends_on": "31/03/2025"}))
    with pytest.raises(ValidationError, match="already has a wave \u201cQ1 2025\u201d"):
        editor.run(AddWave(Wave(cid, "q1  2025")))
    editor.run(DeleteWave(q1.id))
    assert [w.label for w in store.waves.for_client(cid)] == ["Q2 2025"]
    editor.undo()  # back in first place, not appended
    assert [w.label for w in store.waves.for_client(cid)] == ["Q1 2025", "Q2 2025"]
    assert store.waves.get(q1.id).starts_on == date(2025, 1, 1)


def test_the_questionnaire_is_checked_against_the_catalogue(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    editor.run(SetQuestionnaire(cid, QUESTIONNAIRE))
    assert store.programmes.questionnaire(cid) == QUESTIONNAIRE
    with pytest.raises(ValidationError, match=r"no checklist phone@9\.9 in the catalogue"):
        editor.run(SetQuestionnaire(cid, [("phone", "9.9")]))
    with pytest.raises(ValidationError, match="listed twice"):
        editor.run(SetQuestionnaire(cid, [("phone", "1.0.2"), ("phone", "1.0.2")]))
    editor.run(SetQuestionnaire(cid, [("shop", "1.0.1")]))
    editor.undo()
    assert store.programmes.questionnaire(cid) == QUESTIONNAIRE
    editor.undo()
    assert store.programmes.questionnaire(cid) == []


def _wave_setup(prog):
    cid = prog.client.id
    prog.editor.run(SetQuestionnaire(cid, QUESTIONNAIRE))
    locs = [_add(prog, name, code=code) for name, code in (("Verona", "VR"), ("Padova", "PD"))]
    closed = _add(prog, "Chiusa", active=False)
    wave = prog.editor.run(AddWave(Wave(cid, "Q1", starts_on=date(2025, 1, 10)))).result
    return locs, closed, wave


def _wave_audits(store, wave_id):
    rows = store.db.execute(
        "SELECT a.id, a.title, l.name, a.nickname, a.planned_date FROM audits a "
        "JOIN locations l ON l.id = a.location_id WHERE a.wave_id = ? ORDER BY l.name",
        (wave_id,),
    ).fetchall()
    return [tuple(r) for r in rows]


def test_a_wave_s_audits_are_created_in_one_step_and_undone_in_one(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    (verona, _padova), closed, wave = _wave_setup(prog)
    made = editor.run(CreateWaveAudits(cid, wave.id, auditor="Marta", nickname="M7")).result
    audits = _wave_audits(store, wave.id)
    assert [(t, n, nick, d) for _, t, n, nick, d in audits] == [
        ("Padova - Q1", "Padova", "M7", "2025-01-10"),
        ("Verona - Q1", "Verona", "M7", "2025-01-10"),
    ]
    assert sorted(made) == sorted(a[0] for a in audits)
    for audit_id in made:
        visits = store.audits.visits(audit_id)
        assert [(v.template_id, v.template_version) for v in visits] == QUESTIONNAIRE
        assert store.history.for_audit(audit_id)[0].action == "create_audit"
    editor.undo()
    assert _wave_audits(store, wave.id) == []
    editor.redo()
    assert [a[0] for a in _wave_audits(store, wave.id)] == [a[0] for a in audits]  # same ids
    # A second run finds nothing left to create; the inactive location is created when chosen.
    with pytest.raises(ValidationError, match="every chosen location already has its audit"):
        editor.run(CreateWaveAudits(cid, wave.id))
    editor.run(CreateWaveAudits(cid, wave.id, [closed.id, verona.id]))
    assert [a[2] for a in _wave_audits(store, wave.id)] == ["Chiusa", "Padova", "Verona"]


def test_wave_audits_need_a_questionnaire_and_one_audit_per_location_and_wave(prog):
    editor, cid = prog.editor, prog.client.id
    loc = _add(prog, "Verona")
    wave = editor.run(AddWave(Wave(cid, "Q1"))).result
    with pytest.raises(ValidationError, match="has no questionnaire yet"):
        editor.run(CreateWaveAudits(cid, wave.id))
    plan = [PlannedVisit("shop")]
    editor.run(CreateAudit(Audit(cid, "First", location_id=loc.id, wave_id=wave.id), plan))
    with pytest.raises(ValidationError, match="already has an audit in wave \u201cQ1\u201d"):
        editor.run(CreateAudit(Audit(cid, "Second", location_id=loc.id, wave_id=wave.id), plan))
    other = editor.run(AddClient(Client(name="Altro"))).result
    with pytest.raises(ValidationError, match="location \u201cVerona\u201d is another client's"):
        editor.run(CreateAudit(Audit(other.id, "Third", location_id=loc.id), plan))
    with pytest.raises(ValidationError, match="Verona\u201d has 1 audits"):
        editor.run(DeleteLocation(loc.id))
    with pytest.raises(ValidationError, match="wave \u201cQ1\u201d has 1 audits"):
        editor.run(DeleteWave(wave.id))


def test_an_audit_carries_location_wave_and_nickname_and_edits_them(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    loc = _add(prog, "Verona")
    q1 = editor.run(AddWave(Wave(cid, "Q1"))).result
    q2 = editor.run(AddWave(Wave(cid, "Q2"))).result
    audit = Audit(cid, "Visit", location_id=loc.id, wave_id=q1.id, nickname="Gatto")
    editor.run(CreateAudit(audit, [PlannedVisit("shop")]))
    stored = store.audits.get(audit.id)
    assert (stored.location_id, stored.wave_id, stored.nickname) == (loc.id, q1.id, "Gatto")
    stored.wave_id = q2.id
    editor.run(EditAudit(stored))
    assert store.audits.get(audit.id).wave_id == q2.id
    entry = store.history.for_audit(audit.id)[-1]
    assert entry.action == "edit_audit" and entry.new == {"wave_id": q2.id}
    editor.undo()
    assert store.audits.get(audit.id).wave_id == q1.id


def test_duplicating_an_audit_copies_its_checklists_not_its_answers(prog):
    from auditor.commands import SetAnswer

    store, editor, cid = prog.store, prog.editor, prog.client.id
    (verona, padova), _closed, wave = _wave_setup(prog)
    editor.run(CreateWaveAudits(cid, wave.id, [verona.id]))
    source_id = _wave_audits(store, wave.id)[0][0]
    source_visits = store.audits.visits(source_id)
    editor.run(EditVisit(source_visits[0].id, {"title": "Reception", "weight": 2.0}))
    editor.run(SetAnswer(source_visits[1].id, "window_tidy", "yes"))
    q2 = editor.run(AddWave(Wave(cid, "Q2"))).result
    editor.run(DuplicateAudit(source_id, location_id=padova.id, wave_id=q2.id))
    copy_id = _wave_audits(store, q2.id)[0][0]
    copy = store.audits.get(copy_id)
    assert (copy.title, copy.status, copy.location_id) == (
        "Verona - Q1 (copy)",
        AuditStatus.DRAFT,
        padova.id,
    )
    visits = store.audits.visits(copy_id)
    assert [(v.template_id, v.template_version, v.title, v.weight) for v in visits] == [
        ("phone", "1.0.2", "Reception", 2.0),
        ("shop", "1.0.1", "", 1.0),
    ]
    assert store.answers.for_audit(source_id) != {}
    assert not any(store.answers.for_audit(copy_id).values())
    editor.undo()
    assert _wave_audits(store, q2.id) == []
    editor.redo()
    assert _wave_audits(store, q2.id)[0][0] == copy_id


def test_visit_details_are_typed_checked_and_undone(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    audit = Audit(cid, "Visit")
    editor.run(CreateAudit(audit, [PlannedVisit("shop")]))
    visit = store.audits.visits(audit.id)[0]
    start = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    end = datetime(2025, 3, 1, 10, 5, tzinfo=UTC)
    values = {
        "visited_at": start,
        "ended_at": end,
        "place": " Via Roma 1,  Verona ",
        "contact": "045 620 1234",
        "staff": "Giulia (cassa)",
    }
    editor.run(EditVisit(visit.id, values, "Visit details"))
    saved = store.audits.visit(visit.id)
    assert (saved.visited_at, saved.ended_at, saved.place, saved.contact, saved.staff) == (
        start,
        end,
        "Via Roma 1, Verona",
        "045 620 1234",
        "Giulia (cassa)",
    )
    entry = store.history.for_audit(audit.id)[-1]
    assert entry.action == "edit_visit" and entry.new["ended_at"] == end.isoformat()
    with pytest.raises(ValidationError, match="the visit ends \\(2025-03-01 08:00\\) before"):
        editor.run(EditVisit(visit.id, {"ended_at": datetime(2025, 3, 1, 8, 0, tzinfo=UTC)}))
    with pytest.raises(ValidationError, match="is not a date and time"):
        editor.run(EditVisit(visit.id, {"ended_at": "tomorrow"}))
    editor.undo()
    saved = store.audits.visit(visit.id)
    assert (saved.ended_at, saved.place, saved.staff) == (None, "", "")


CALL = [
    CallLogEvent("dial", 0.0),
    CallLogEvent("answered", 12.5),
    CallLogEvent("hold", 30.0),
    CallLogEvent("resume", 75.0),
    CallLogEvent("end", 140.0),
]


def test_the_call_log_is_saved_in_its_table_one_undo_step_per_call(prog):
    store, editor, cid = prog.store, prog.editor, prog.client.id
    audit = Audit(cid, "Call")
    editor.run(CreateAudit(audit, [PlannedVisit("phone")]))
    visit = store.audits.visits(audit.id)[0]
    for n in range(1, len(CALL) + 1):  # the panel saves after every tap
        editor.run(SetCallLog(visit.id, CALL[:n]))
    assert store.calls.events(visit.id) == CALL
    assert store.audits.visit(visit.id).channel == {}
    entries = [e for e in store.history.for_audit(audit.id) if e.action == "call_log"]
    assert len(entries) == len(CALL) and entries[-1].new[-1] == ["end", 140.0]
    editor.undo()  # the whole call, in one step
    assert store.calls.events(visit.id) == []
    editor.redo()
    assert store.calls.events(visit.id) == CALL
    with pytest.raises(ValidationError, match="cannot record 'resume' while the call is ringing"):
        editor.run(SetCallLog(visit.id, [CallLogEvent("dial", 0), CallLogEvent("resume", 3)]))
    with pytest.raises(ValidationError, match="before the previous event"):
        editor.run(SetCallLog(visit.id, [CallLogEvent("dial", 5), CallLogEvent("answered", 1)]))
    assert store.calls.events(visit.id) == CALL
    editor.run(SetStatus(audit.id, AuditStatus.IN_PROGRESS))
    store.audits.set_status(audit.id, AuditStatus.DELIVERED)
    with pytest.raises(ValidationError, match="delivered and is read-only"):
        editor.run(SetCallLog(visit.id, []))
