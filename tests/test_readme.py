"""The README's first two commands stay true: CI runs exactly the test command it gives."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", (ROOT / "README.md").read_text("utf-8"), re.S)
    install_and_start, run_tests = blocks[0].strip(), blocks[1].strip()
    assert install_and_start.endswith("auditor") and "pip install -e ." in install_and_start
    assert run_tests in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
