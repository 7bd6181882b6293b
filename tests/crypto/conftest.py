"""Fixtures for the encryption tests: no passphrase in the environment; sample stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptohelp import PASSPHRASE, add_secret_note, make_plain_store

from desktop_app.services.demo import load_demo
from desktop_app.services.store import Store


@pytest.fixture(autouse=True)
def _no_passphrase_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHANCERY_PASSPHRASE", raising=False)
    monkeypatch.delenv("CHANCERY_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def plain_path(tmp_path: Path) -> Path:
    return make_plain_store(tmp_path / "dossier.db")


@pytest.fixture
def encrypted_store(tmp_path: Path) -> Iterator[Store]:
    """A new encrypted store with the demo and the secret note, open."""
    store = Store.open(tmp_path / "secret.db", passphrase=PASSPHRASE)
    load_demo(store)
    add_secret_note(store)
    yield store
    store.close()
