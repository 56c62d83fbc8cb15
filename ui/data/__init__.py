"""Workspace-level data actions of the window: backups, restore, audit bundles, the report."""
