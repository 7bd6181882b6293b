"""Chancery: an offline briefing tool for diplomats."""

__version__ = "0.1.0"
