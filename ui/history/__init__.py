"""The audit's History tab: its change history as a table (auditor.audit_history)."""
