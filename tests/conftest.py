"""Shared fixtures: offscreen Qt, a fresh workspace, a small checklist written for the tests."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AUDITOR_LANG", "en")
# Module-wide fixtures start before the per-test folder below: they get a folder of the session.
os.environ.setdefault("AUDIT_DESK_CONFIG_DIR", tempfile.mkdtemp(prefix="audit-desk-config-"))


@pytest.fixture(autouse=True)
def _user_config_folder(tmp_path_factory, monkeypatch):
    """Give each test its own user config folder: the auditor's name never comes from the tester."""
    monkeypatch.setenv("AUDIT_DESK_CONFIG_DIR", str(tmp_path_factory.mktemp("user-config")))
