"""Errors the core raises for the user to read (the CLI prints them on one line)."""

from __future__ import annotations

import errno
from collections.abc import Callable


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


def file_reason(exc: OSError, _: Callable[[str], str]) -> str:
    """Return why a file could not be read or written, in the user's language for the common
    cases (the system's own words otherwise: they are in the system's language already)."""
    if isinstance(exc, FileNotFoundError):
        return _("no such file")
    if isinstance(exc, IsADirectoryError):
        return _("it is a folder, not a file")
    if isinstance(exc, FileExistsError):
        return _("a file of that name is in the way")
    if isinstance(exc, PermissionError):
        return _("permission denied")
    if exc.errno == errno.ENOSPC:
        return _("the disk is full; free some space and try again")
    if exc.errno == errno.EROFS:
        return _("the disk is read-only")
    if exc.errno == errno.EDQUOT:
        return _("the disk quota is used up; free some space and try again")
    if exc.errno == errno.EIO:
        # a failing drive or a USB stick pulled out mid-write
        return _("the drive could not be read or written (input/output error)")
    if exc.errno == errno.ENAMETOOLONG:
        return _("the name is too long for the disk")
    if isinstance(exc, NotADirectoryError):
        return _("a part of the path is a file, not a folder")
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return _("another program is using it")
    return exc.strerror or str(exc)
