"""Helpers for the encryption tests: dumps of every row, byte searches, stores with a secret."""

from __future__ import annotations

from pathlib import Path

from db import crypto
from desktop_app.services import annotations as notes
from desktop_app.services.demo import load_demo
from desktop_app.services.store import Store

PASSPHRASE = "correct horse battery staple"
# Words that exist nowhere but in the note the tests add: found in a file, they leaked.
SECRET = "Zanzibar-watermelon protocol for the Niamey liaison"
# "watermelon" alone also catches the FTS index's lower-cased terms.
SECRET_WORDS = (b"Zanzibar-watermelon", b"watermelon", b"Niamey liaison", b"confidential-tag")


def dump(path: Path, passphrase: str | None) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the FTS index's own tables included), in a stable order."""
    conn = crypto.connect(path, passphrase, readonly=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return {
            name: sorted((tuple(row) for row in conn.execute(f'SELECT * FROM "{name}"')), key=repr)
            for name in names
        }
    finally:
        conn.close()


def leaks(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [word for word in SECRET_WORDS if word in data]


def add_secret_note(store: Store) -> int:
    view = notes.add_annotation(store, "meeting", 1, SECRET, tags=["confidential-tag"])
    return view.id


def make_plain_store(path: Path) -> Path:
    """A plain store with the demo dossier and the secret note, closed."""
    with Store.open(path) as store:
        load_demo(store)
        add_secret_note(store)
    return path
