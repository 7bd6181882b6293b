"""A list's first screen (its first ids and the first page's rows) in one statement."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.services import browse
from desktop_app.services.store import Store
from domain.views import CommitmentFilter, MeetingFilter
from tests.sql_statements import statements_during

LIMIT, PAGE = 5, 3


@pytest.mark.parametrize(
    ("sort", "descending", "ranks"),
    [
        ("due", False, None),
        ("due", True, None),
        ("meeting", False, None),
        ("text", True, None),
        # a front end's own order of the words shown, None (no value) ranked too
        ("status", False, {"fulfilled": 0, "in_progress": 1, None: 2, "announced": 3}),
        ("id", True, None),
    ],
)
def test_the_first_commitments_and_their_rows_are_those_of_ids_then_rows(
    store: Store, sort: str, descending: bool, ranks: dict[Any, int] | None
) -> None:
    filt = CommitmentFilter(review_states=("confirmed", "pending"))
    ids = browse.commitment_ids(store, filt, sort=sort, descending=descending, ranks=ranks)
    assert len(ids) > LIMIT
    got: list[tuple[list[int], dict[int, Any]]] = []
    statements = statements_during(
        store,
        lambda: got.append(
            browse.commitment_first_page(
                store, filt, sort=sort, descending=descending, limit=LIMIT, page=PAGE, ranks=ranks
            )
        ),
    )
    first, rows = got[0]
    assert first == ids[:LIMIT]
    assert rows == browse.commitment_rows(store, ids[:PAGE])
    assert list(rows) and set(rows) == set(ids[:PAGE])
    assert len(statements) == 1


@pytest.mark.parametrize(
    ("sort", "descending"), [("date", True), ("date", False), ("title", False), ("city", True)]
)
def test_the_first_meetings_and_their_rows_are_those_of_ids_then_rows(
    store: Store, sort: str, descending: bool
) -> None:
    ids = browse.meeting_ids(store, MeetingFilter(), sort=sort, descending=descending)
    assert len(ids) > LIMIT
    got: list[tuple[list[int], dict[int, Any]]] = []
    statements = statements_during(
        store,
        lambda: got.append(
            browse.meeting_first_page(
                store, MeetingFilter(), sort=sort, descending=descending, limit=LIMIT, page=PAGE
            )
        ),
    )
    first, rows = got[0]
    assert first == ids[:LIMIT]
    assert rows == browse.meeting_rows(store, ids[:PAGE])
    assert set(rows) == set(ids[:PAGE])
    assert len(statements) == 1


def test_a_short_list_is_read_whole_and_an_empty_one_is_empty(store: Store) -> None:
    ids = browse.meeting_ids(store, MeetingFilter())
    first, rows = browse.meeting_first_page(store, limit=len(ids) + 5, page=len(ids) + 5)
    assert first == ids and set(rows) == set(ids)
    nothing = CommitmentFilter(status="no such status")
    assert browse.commitment_first_page(store, nothing, limit=5, page=5) == ([], {})
