"""Audit bundles: one file carrying an audit with its client, checklists, findings and photos."""

from __future__ import annotations

from auditor.bundle.export import export_bundle
from auditor.bundle.format import BundleError, NewerCopyError
from auditor.bundle.importer import ImportResult, import_bundle

__all__ = ["BundleError", "ImportResult", "NewerCopyError", "export_bundle", "import_bundle"]
