"""Migration m007: a schema-6 workspace gains locations and waves, and its visits typed details."""

from __future__ import annotations

import json

from auditor.model import CallLogEvent
from auditor.storage import Store, connection, schema

STAMP = "2025-03-01T10:00:00+00:00"
CALL = {
    "version": 1,
    "events": [
        {"kind": "dial", "at": 0.0},
        {"kind": "answered", "at": 12.5},
        {"kind": "hold", "at": 30.0},
        {"kind": "resume", "at": 75.0},
        {"kind": "end", "at": 140.0},
    ],
}


def _schema_6(path, template) -> None:
    db = connection.connect(path, create=True)
    schema.migrations.apply(db, stop_before="m007_programmes")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 6
    db["clients"].insert({"id": "c1", "name": "Ottica", "created_at": STAMP, "updated_at": STAMP})
    db["templates"].insert(
        {"id": template.id, "version": template.version, "touchpoint": "phone",
         "source": template.source}
    )  # fmt: skip
    db["audits"].insert(
        {"id": "a1", "client_id": "c1", "title": "Q1", "status": "in_progress",
         "created_at": STAMP, "updated_at": STAMP}
    )  # fmt: skip
    visits = {
        "v-phone": {"phone": "+39 045 620 1234", "call_log": CALL, "note": "second line"},
        "v-shop": {"address": "Via Roma 1, Verona", "url": "https://ottica.example"},
        "v-odd": {"call_log": {"events": [{"kind": "resume", "at": 3}]}, "flag": True},
        "v-empty": {},
    }
    for position, (visit_id, channel) in enumerate(visits.items()):
        db["visits"].insert(
            {"id": visit_id, "audit_id": "a1", "kind": "phone", "template_id": template.id,
             "template_version": template.version, "position": position,
             "visited_at": "2025-03-01T09:30:00+01:00", "channel": json.dumps(channel)}
        )  # fmt: skip
    db.close()


def test_a_schema_6_workspace_gets_typed_visit_details_and_its_call_log(
    workspace_path, mini_template
):
    _schema_6(workspace_path, mini_template)
    with Store.open(workspace_path, check=True) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert "m007_programmes" in {m.name for m in schema.migrations.applied(store.db)}
        phone = store.audits.visit("v-phone")
        assert phone.contact == "+39 045 620 1234"
        assert phone.place == ""
        assert phone.channel == {"note": "second line"}  # unknown keys stay, nothing lost
        assert store.calls.events("v-phone") == [
            CallLogEvent("dial", 0.0),
            CallLogEvent("answered", 12.5),
            CallLogEvent("hold", 30.0),
            CallLogEvent("resume", 75.0),
            CallLogEvent("end", 140.0),
        ]
        shop = store.audits.visit("v-shop")
        assert (shop.place, shop.contact, shop.channel) == (
            "Via Roma 1, Verona",
            "https://ottica.example",
            {},
        )
        assert store.calls.events("v-shop") == []
        odd = store.audits.visit("v-odd")  # an unreadable log is kept where it was, not dropped
        assert odd.channel == {"call_log": {"events": [{"kind": "resume", "at": 3}]}, "flag": True}
        assert store.calls.events("v-odd") == []
        assert store.audits.visit("v-empty").channel == {}
        audit = store.audits.get("a1")
        assert (audit.location_id, audit.wave_id, audit.nickname) == (None, None, "")
        assert store.locations.for_client("c1") == []
        assert store.waves.for_client("c1") == []
        assert store.programmes.questionnaire("c1") == []
        assert connection.integrity_check(store.db) == []
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        # The visit's call log goes with it.
        store.db.execute("DELETE FROM visits WHERE id = 'v-phone'")
        assert store.calls.events("v-phone") == []
