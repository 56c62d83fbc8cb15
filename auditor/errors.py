"""Errors the core raises for the user to read (the CLI prints them on one line)."""

from __future__ import annotations


class AuditorError(Exception):
    """Return a message meant for the user; base of every error the core expects."""


class WorkspaceError(AuditorError):
    """The workspace file cannot be opened, is damaged, or is too new."""


class NotFoundError(AuditorError):
    """An id does not name anything in the workspace."""


class ValidationError(AuditorError):
    """Input from the user or a file does not fit; the message says where and why."""


class EvidenceError(ValidationError):
    """An image cannot be accepted as evidence (not an image, truncated, too large...)."""
