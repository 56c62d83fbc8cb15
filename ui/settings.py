"""UI state kept between runs (geometry, last audit and item), through one typed QSettings wrapper.

Audit data lives in the workspace; only what is about the window is kept here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)


def interface_language(preferred: str | None) -> str:
    """Return the language chosen in Preferences, else the system's."""
    from auditor.i18n import SUPPORTED_LANGUAGES, default_language

    return preferred if preferred in SUPPORTED_LANGUAGES else default_language()


class UiSettings:
    """Typed access to the window's remembered state."""

    def __init__(self, path: Path | None = None):
        # An explicit INI file in tests; the platform's per-user location otherwise.
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "audit-desk", "audit-desk"
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file(self) -> str:
        """Return where the settings are kept."""
        return self._qs.fileName()

    def _text(self, key: str) -> str:
        value = self._qs.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def geometry(self) -> QByteArray | None:
        """Return the saved window geometry, if any."""
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def last_audit(self) -> str:
        """Return the id of the audit open when the window closed ("" for the list)."""
        return self._text("session/last_audit")

    @last_audit.setter
    def last_audit(self, audit_id: str) -> None:
        self._qs.setValue("session/last_audit", audit_id)

    @property
    def interface_language(self) -> str:
        """Return the interface language of the last run ("" before the first)."""
        # The workspace profile holds the auditor's choice; this copy lets the window speak it
        # before the store is open, so the menus never change language under the auditor's eyes.
        return self._text("session/language")

    @interface_language.setter
    def interface_language(self, lang: str) -> None:
        self._qs.setValue("session/language", lang)

    def position(self, audit_id: str) -> tuple[str, str]:
        """Return the (visit id, item id) last shown in an audit, empty strings if unknown."""
        visit_id, _sep, item_id = self._text(f"positions/{audit_id}").partition("/")
        return visit_id, item_id

    def set_position(self, audit_id: str, visit_id: str, item_id: str) -> None:
        """Remember the visit and item shown in an audit."""
        self._qs.setValue(f"positions/{audit_id}", f"{visit_id}/{item_id}")

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qs.sync()
