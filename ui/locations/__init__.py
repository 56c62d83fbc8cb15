"""A client's locations (branches, sites, numbers): add, edit, import from CSV or XLSX."""
