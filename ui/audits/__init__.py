"""The workspace's audits: list model, list pane and the welcome view."""
