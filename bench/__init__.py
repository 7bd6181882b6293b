"""Chancery's benchmarks against the raw engines it sits on (`make bench`, README)."""
