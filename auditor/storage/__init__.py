"""All SQL of the application lives in this package."""

import sys

if "numpy" not in sys.modules:
    # sqlite-utils imports numpy (about 80 ms, most of the app's start-up) only to map numpy scalars,
    # which we never store; hide it during that one import so the window appears sooner.
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]

from auditor.storage.store import Store

__all__ = ["Store"]
