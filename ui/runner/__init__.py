"""The guided checklist runner: one item at a time, keyboard first."""
