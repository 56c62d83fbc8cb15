"""The main window: composes the panes and routes their requests."""
