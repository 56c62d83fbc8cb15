"""The Qt (PySide6) desktop front end: a face on the auditor core."""
