"""Several analysts at once on a team store: 8 client processes × 50 operations."""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

import pytest
from sqlalchemy import func, select

from db import models as m
from desktop_app.services import annotations as notes_api
from desktop_app.services import editing, searching
from desktop_app.services.store import EditConflict, Store

CLIENTS = 8
OPERATIONS = 50
SHARED_TAG = "Énergie partagée"


def _client(url: str, number: int, commitment_id: int) -> dict[str, Any]:
    """One analyst's session: notes, edits of one shared commitment, one shared tag, search.

    Each edit is a read-modify-write from the version read (append a token to the evidence);
    a conflict is reloaded and made again, as the window asks the user to.
    """
    os.environ["CHANCERY_AUTO_BACKUP"] = "0"
    store = Store.open(url)
    notes: list[str] = []
    tokens: list[str] = []
    failures: list[str] = []
    conflicts = 0
    try:
        for op in range(OPERATIONS):
            try:
                kind = op % 4
                if kind == 0:
                    body = f"note {number}-{op}"
                    notes_api.add_annotation(store, "commitment", commitment_id, body)
                    notes.append(body)
                elif kind == 1:
                    token = f"[{number}-{op}]"
                    for _attempt in range(200):
                        version = editing.current_version(store, "commitment", commitment_id)
                        evidence = editing.current_values(store, "commitment", commitment_id)[
                            "evidence"
                        ]
                        try:
                            editing.edit(
                                store,
                                "commitment",
                                commitment_id,
                                {"evidence": f"{evidence} {token}".strip()},
                                expected_version=version,
                            )
                        except EditConflict:
                            conflicts += 1
                            continue
                        tokens.append(token)
                        break
                    else:
                        failures.append(f"{token}: 200 conflicts in a row")
                elif kind == 2:
                    body = f"tagged {number}-{op}"
                    notes_api.add_annotation(
                        store, "commitment", commitment_id, body, tags=[SHARED_TAG, f"t{op}"]
                    )
                    notes.append(body)
                else:
                    searching.search(store, "coop")
            except Exception as exc:  # noqa: BLE001 -- every failed write is counted, with its reason
                failures.append(f"op {op}: {type(exc).__name__}: {exc}")
    finally:
        store.close()
    return {"notes": notes, "tokens": tokens, "failures": failures, "conflicts": conflicts}


def test_eight_analysts_lose_nothing_and_overwrite_nothing(store: Store) -> None:
    if not store.on_server:
        pytest.skip("several client processes at once: a team store (PostgreSQL) only")
    with store.read() as session:
        commitment_id = session.scalars(select(m.Commitment.id).order_by(m.Commitment.id)).first()
    assert commitment_id is not None
    url = store.engine.url.render_as_string(hide_password=False)
    before = editing.current_values(store, "commitment", commitment_id)["evidence"]
    context = multiprocessing.get_context("spawn")
    with context.Pool(CLIENTS) as pool:
        results = pool.starmap(_client, [(url, n, commitment_id) for n in range(CLIENTS)])

    failures = [f for r in results for f in r["failures"]]
    assert failures == [], failures[:5]
    with store.read() as session:
        bodies = list(session.scalars(select(m.Annotation.body)))
        shared = session.scalar(select(func.count()).where(m.Tag.name == SHARED_TAG))
        evidence = session.scalar(
            select(m.Commitment.evidence).where(m.Commitment.id == commitment_id)
        )
    acknowledged = [n for r in results for n in r["notes"]]
    assert len(acknowledged) == CLIENTS * OPERATIONS // 2
    assert sorted(set(acknowledged) - set(bodies)) == []  # every acknowledged note is there
    assert shared == 1  # created at once by eight analysts: one tag
    tokens = [t for r in results for t in r["tokens"]]
    assert len(tokens) == CLIENTS * (OPERATIONS // 4 + (1 if OPERATIONS % 4 > 1 else 0))
    assert evidence is not None and evidence.startswith(before.strip())
    # No silent overwrite: each acknowledged edit, made from the version it read, is still
    # there, once; an edit made from a stale copy was refused and made again.
    assert sorted(evidence.split()[len(before.split()) :]) == sorted(tokens)
    assert sum(r["conflicts"] for r in results) > 0, "the clients never raced: not a test"


pytestmark = pytest.mark.both_engines
