"""Entry point of the frozen application: the same `auditor` command as the pip install's."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen Windows or macOS build re-executes itself for any child process: let it act as one.
    multiprocessing.freeze_support()
    from ui.launcher import main

    sys.exit(main())
