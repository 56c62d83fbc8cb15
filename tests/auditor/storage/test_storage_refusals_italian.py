"""The storage layer's own refusals, reached through a bundle's import or a call log, speak the
user's language: an Italian window never shows them in English."""

from __future__ import annotations

import pytest

from auditor.errors import ValidationError
from auditor.i18n import set_user_language
from auditor.model import CallLogEvent
from auditor.storage import bulk
from auditor.storage.calls import check_events


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("it", "un evento della chiamata non può avvenire prima di 0 s (-1.5 s)"),
        ("en", "a call event cannot happen before 0 s (-1.5 s)"),
    ],
)
def test_a_call_event_before_the_start_is_refused_in_the_users_language(lang, said):
    set_user_language(lang)
    with pytest.raises(ValidationError) as refused:
        check_events([CallLogEvent("dial", -1.5)])
    assert str(refused.value) == said


def test_what_a_workspace_lacks_is_said_in_italian(store):
    set_user_language("it")
    with pytest.raises(ValidationError) as refused:
        bulk.evidence_bytes(store.db, "e-missing")
    assert str(refused.value) == "manca l'immagine della prova e-missing"
    with pytest.raises(ValidationError) as refused:
        bulk.recording_bytes(store.db, "r-missing")
    assert str(refused.value) == "manca l'audio della registrazione r-missing"
    with pytest.raises(ValidationError) as refused:
        bulk.audit_rows(store.db, "a-missing")
    assert str(refused.value) == "nessun audit con id a-missing"
