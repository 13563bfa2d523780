"""chalice_app package."""
