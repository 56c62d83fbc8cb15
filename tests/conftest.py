"""Shared fixtures: offscreen Qt, a fresh workspace, a small checklist written for the tests."""

from __future__ import annotations

import os
import tempfile

import pytest

from auditor.i18n import set_user_language

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AUDITOR_LANG", "en")
# Module-wide fixtures start before the per-test folder below: they get a folder of the session.
os.environ.setdefault("AUDIT_DESK_CONFIG_DIR", tempfile.mkdtemp(prefix="audit-desk-config-"))


@pytest.fixture(autouse=True)
def _system_language_for_the_core():
    """A window a test opened in Italian leaves the core's messages in Italian: undo that."""
    yield
    set_user_language(None)


@pytest.fixture(autouse=True)
def _user_config_folder(tmp_path_factory, monkeypatch):
    """Give each test its own user config folder: the auditor's name never comes from the tester."""
    monkeypatch.setenv("AUDIT_DESK_CONFIG_DIR", str(tmp_path_factory.mktemp("user-config")))
