"""Automated detail checks: the auditor's second pair of eyes. They suggest; the auditor decides."""
