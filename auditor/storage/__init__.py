"""All SQL of the application lives in this package."""

from auditor.storage.store import Store

__all__ = ["Store"]
