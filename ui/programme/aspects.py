"""Which changes concern the programme's views: clients, locations, waves and audits."""

from __future__ import annotations

from auditor.commands import AUDITS, CLIENTS, LOCATIONS, PROGRAMME, WAVES, Change

# What a command that adds or edits a client, a location, a wave or a questionnaire reports.
LOCATION_ASPECTS: tuple[str, ...] = (CLIENTS, AUDITS, LOCATIONS, WAVES, PROGRAMME)


def concerns_locations(change: Change) -> bool:
    """Return True when a change may alter a client's locations or waves."""
    return change.concerns(*LOCATION_ASPECTS)
