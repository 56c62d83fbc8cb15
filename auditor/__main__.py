"""Run the command line with `python -m auditor` (no desktop app: the core never imports Qt)."""

from __future__ import annotations

import sys

from auditor.cli import main

sys.exit(main())
