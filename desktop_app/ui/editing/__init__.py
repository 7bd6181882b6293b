"""Correcting the record in the window: edit, delete, merge, history, add from a passage."""
