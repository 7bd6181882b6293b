"""Turning documents into Chancery records: readers, normalisation and extraction (no store)."""
