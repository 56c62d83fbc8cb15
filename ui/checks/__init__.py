"""The Checks tab: every automated detail check where the auditor works."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
