"""Opening a store at the head reads its revision without Alembic; Alembic agrees with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext

from db import migrate
from desktop_app.services.store import Store


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    scripts = migrate._scripts()
    assert migrate.head_revision() == scripts.get_current_head()
    for script in scripts.walk_revisions():
        assert migrate.is_known(script.revision)
    assert not migrate.is_known("not-a-revision")


def test_the_current_revision_is_alembics(empty_store: Store) -> None:
    with empty_store.engine.connect() as connection:
        expected = MigrationContext.configure(connection).get_current_revision()
    assert migrate.current_revision(empty_store.engine) == expected == migrate.head_revision()


def test_opening_a_store_at_the_head_does_not_load_alembic(tmp_path: Path) -> None:
    Store.open(tmp_path / "a.db").close()  # created (and migrated) here
    code = (
        "import sys; from desktop_app.services.store import Store; "
        f"Store.open({str(tmp_path / 'a.db')!r}).close(); print('alembic' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.strip() == "False"
