"""Thin Qt item models over ids with a lazily filled row cache, and small list models."""
