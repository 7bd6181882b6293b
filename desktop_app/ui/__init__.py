"""Chancery's window (PySide6): the only Qt code; it calls services, never the database."""
