"""Anchoring a passage a reader selected: reused when the same, refused when empty or outside."""

from __future__ import annotations

import pytest

from desktop_app.services import browse, passages
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.browse import NotFound
from desktop_app.services.store import Store


def test_anchor_passage(store: Store) -> None:
    source = browse.list_sources(store)[0]
    text = browse.get_source(store, source.id).text
    anchor = passages.anchor_passage(store, source.id, 5, 30)
    assert anchor.exact == text[5:30]
    assert anchor.suffix == text[30:70]
    assert passages.anchor_passage(store, source.id, 5, 30).id == anchor.id
    assert passages.get_anchor(store, anchor.id) == anchor


def test_bad_passages_are_refused(store: Store) -> None:
    source = browse.list_sources(store)[0]
    size = len(browse.get_source(store, source.id).text)
    for start, end in ((10, 10), (20, 10), (-1, 5), (0, size + 1)):
        with pytest.raises(InvalidInput, match="Select some text"):
            passages.anchor_passage(store, source.id, start, end)
    with pytest.raises(NotFound):
        passages.anchor_passage(store, 99_999, 0, 5)
