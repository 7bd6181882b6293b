"""The tracker sorted by due date lists the commitments that have one first, either way."""

from __future__ import annotations

from desktop_app.services import browse
from desktop_app.services.store import Store


def test_commitments_without_a_due_date_come_last_in_both_directions(store: Store) -> None:
    for descending in (False, True):
        ids = browse.commitment_ids(store, sort="due", descending=descending)
        dues = [browse.get_commitment(store, i).due_on for i in ids]
        dated = [d for d in dues if d is not None]
        assert dated and None in dues
        assert dues[: len(dated)] == sorted(dated, reverse=descending), descending
