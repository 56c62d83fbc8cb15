"""Errors the core raises for the user to read (the CLI prints them on one line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self

from auditor.i18n import translator


class AuditorError(Exception):
    """Return a message meant for the user; base of every error the core expects.

    Most are raised already in the user's language, by code that was given it. Code that is not
    (where a report or a bundle is written, the user's profile) raises with `said`: the English
    text is the message, and the source text and its fields travel with it, so the window and
    the command line show it in their own language (`error_text`). The window's language is not
    the report's: a report in English built from an Italian window fails in Italian.
    """

    msgid: str | None = None  # set with `fields` by `said` only
    fields: dict[str, Any]

    @classmethod
    def said(cls, msgid: str, **fields: Any) -> Self:
        """Return the error with `msgid` (marked `N_`) filled with `fields`, translatable later."""
        error = cls(msgid.format(**fields))
        error.msgid, error.fields = msgid, fields
        return error


class WorkspaceError(AuditorError):
    """The workspace file cannot be opened, is damaged, or is too new."""


class NotFoundError(AuditorError):
    """An id does not name anything in the workspace."""


class ValidationError(AuditorError):
    """Input from the user or a file does not fit; the message says where and why."""


class EvidenceError(ValidationError):
    """An image cannot be accepted as evidence (not an image, truncated, too large...)."""


def file_reason(exc: OSError, _: Callable[[str], str]) -> str:
    """Return why a file could not be read, in the user's language for the common cases (the
    system's own words otherwise: they are in the system's language already)."""
    if isinstance(exc, FileNotFoundError):
        return _("no such file")
    if isinstance(exc, IsADirectoryError):
        return _("it is a folder, not a file")
    if isinstance(exc, PermissionError):
        return _("permission denied")
    return exc.strerror or str(exc)


def error_text(exc: BaseException, lang: str) -> str:
    """Return an error's message for the user, in `lang` when it was raised with `said`."""
    if isinstance(exc, AuditorError) and exc.msgid is not None:
        return translator(lang)(exc.msgid).format(**exc.fields)
    return str(exc)
