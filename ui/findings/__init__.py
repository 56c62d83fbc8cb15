"""The audit's findings, most serious first."""
