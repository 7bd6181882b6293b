"""A status change says "from → to" and may carry its reason; undo takes both back."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from desktop_app.cli import main
from desktop_app.services import browse, history, tracking
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.store import Store


def test_history_says_from_to_and_why(store: Store) -> None:
    item = next(c for c in browse.list_commitments(store) if c.status == "announced")
    tracking.set_commitment_tracking(
        store, item.id, status="in_progress", reason="Premières livraisons  constatées"
    )
    tracking.set_commitment_tracking(store, item.id, compliance_score=1)
    tracking.set_commitment_tracking(store, item.id, status="fulfilled", reason="Livré")
    changes = tracking.status_history(store, item.id)
    assert [(c.previous_status, c.status, c.reason) for c in changes] == [
        ("announced", "in_progress", "Premières livraisons constatées"),
        ("in_progress", "in_progress", ""),
        ("in_progress", "fulfilled", "Livré"),
    ]
    # The edit history has it too, and undoing it takes the status and its record back.
    last = history.last_change_set(store)
    assert last is not None and last.label == "Livré"
    history.undo(store, last.id)
    assert browse.get_commitment(store, item.id).status == "in_progress"
    assert [c.status for c in tracking.status_history(store, item.id)] == [
        "in_progress",
        "in_progress",
    ]


def test_a_reason_too_long_is_refused_and_nothing_changes(store: Store) -> None:
    item = browse.list_commitments(store)[0]
    with pytest.raises(InvalidInput, match="at most 500"):
        tracking.set_commitment_tracking(store, item.id, status="lapsed", reason="x" * 501)
    assert browse.get_commitment(store, item.id) == item
    assert tracking.status_history(store, item.id) == []


def test_the_cli_changes_a_status_with_its_reason(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    item = next(c for c in browse.list_commitments(store) if c.status == "announced")
    db = store.display_name  # its file, or (a team store) its URL
    store.close()
    run: Callable[..., int] = lambda *a: main([*a, "--db", db])  # noqa: E731
    assert run("track", str(item.id), "--status", "lapsed", "--reason", "Abandonné") == 0
    out = capsys.readouterr().out
    assert "announced → lapsed" in out and "(reason: Abandonné)" in out
    assert run("track", str(item.id), "--json") == 0
    [change] = json.loads(capsys.readouterr().out)
    assert (change["previous_status"], change["status"], change["reason"]) == (
        "announced",
        "lapsed",
        "Abandonné",
    )
    assert run("track", str(item.id), "--reason", "sans changement") == 1
    assert "--reason goes with a change" in capsys.readouterr().err
