"""Chancery's store: models, engine and pragmas, migrations, search index (no Qt here)."""
