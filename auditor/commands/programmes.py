"""A client's programme: locations, waves, the questionnaire, a wave's audits, the call log.

The commands live by responsibility in `locations`, `waves`, `programme_audits` and `calls`
(with `programme_records`, what location and wave commands share); this module names them all
in one place, so `from auditor.commands.programmes import ...` keeps working.
"""

from auditor.commands.calls import SetCallLog
from auditor.commands.locations import (
    LOCATION_FIELDS,
    AddLocation,
    DeleteLocation,
    EditLocation,
    ImportLocations,
    PutLocations,
    clean_location,
)
from auditor.commands.programme_audits import (
    CreateWaveAudits,
    DuplicateAudit,
    check_programme_place,
    wave_audit_title,
)
from auditor.commands.waves import (
    WAVE_FIELDS,
    AddWave,
    DeleteWave,
    EditWave,
    SetQuestionnaire,
    clean_wave,
)

__all__ = [
    "LOCATION_FIELDS",
    "WAVE_FIELDS",
    "AddLocation",
    "AddWave",
    "CreateWaveAudits",
    "DeleteLocation",
    "DeleteWave",
    "DuplicateAudit",
    "EditLocation",
    "EditWave",
    "ImportLocations",
    "PutLocations",
    "SetCallLog",
    "SetQuestionnaire",
    "check_programme_place",
    "clean_location",
    "clean_wave",
    "wave_audit_title",
]
