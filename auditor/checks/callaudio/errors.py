"""The one error the call analysis raises: a recording it cannot use, said in one line."""

from __future__ import annotations

from auditor.errors import ValidationError


class CallAudioError(ValidationError):
    """A recording that cannot be analysed (damaged, empty, silent, too long, not audio, ...)."""
