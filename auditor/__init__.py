"""The mystery-shopper audit desk: the Qt-free core."""

from __future__ import annotations

__version__ = "0.1.0"
