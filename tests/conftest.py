"""Shared fixtures: offscreen Qt, a fresh workspace, a small checklist written for the tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AUDITOR_LANG", "en")
