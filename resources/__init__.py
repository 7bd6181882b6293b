"""Chancery's shipped data, installed as desktop_app.data (read via desktop_app.resources)."""
