"""Modal dialogs: client, new audit, preferences, finding editor."""
