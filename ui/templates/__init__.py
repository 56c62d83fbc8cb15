"""The agency's own checklist templates in the window: the catalogue list and the editor."""
