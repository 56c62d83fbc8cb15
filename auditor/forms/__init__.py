"""Questionnaires in and out: XLSForm workbooks (ODK, KoboToolbox) and the project's TOML format."""

from __future__ import annotations

from auditor.forms.toml_writer import dump_toml
from auditor.forms.xlsform import CellProblem, read_xlsform, write_xlsform

__all__ = ["CellProblem", "dump_toml", "read_xlsform", "write_xlsform"]
