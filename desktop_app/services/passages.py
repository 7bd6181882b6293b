"""Passages of a source that a reader selects, kept as anchors so notes can point at them."""

from __future__ import annotations

from sqlalchemy import select

from db import models as m
from desktop_app.services import convert
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.browse import NotFound
from desktop_app.services.store import Store
from domain.views import AnchorView


def anchor_passage(store: Store, source_id: int, start: int, end: int) -> AnchorView:
    """The anchor on ``text[start:end]`` of a source; an existing one is reused."""
    with store.write() as session:
        source = session.get(m.Source, source_id)
        if source is None:
            raise NotFound(f"There is no source {source_id} in this store.")
        if not 0 <= start < end <= len(source.text) or not source.text[start:end].strip():
            raise InvalidInput("Select some text of the source first, then add the note.")
        existing = session.scalar(
            select(m.Anchor).where(
                m.Anchor.source_id == source_id, m.Anchor.start == start, m.Anchor.end == end
            )
        )
        if existing is not None:
            return convert.anchor_view(existing)  # type: ignore[return-value]
        anchor = m.Anchor.on(source, start, end)
        session.add(anchor)
        session.flush()
        return convert.anchor_view(anchor)  # type: ignore[return-value]


def get_anchor(store: Store, anchor_id: int) -> AnchorView:
    with store.read() as session:
        anchor = session.get(m.Anchor, anchor_id)
        if anchor is None:
            raise NotFound(f"There is no passage {anchor_id} in this store.")
        return convert.anchor_view(anchor)  # type: ignore[return-value]
