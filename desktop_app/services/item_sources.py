"""The sources reporting items, read for the views (one query for a whole list of items)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from domain.views import CommitmentView, ItemSourceRef, StatementView

View = TypeVar("View", CommitmentView, StatementView)


def column_of(kind: str) -> str:
    """The column of item_source that names an item of ``kind``."""
    return f"{kind}_id"


def sources_of(session: Session, kind: str, ids: Sequence[int]) -> dict[int, list[ItemSourceRef]]:
    """The sources reporting each item, oldest link first, by item id."""
    if not ids:
        return {}
    column = getattr(m.ItemSource, column_of(kind))
    rows = session.execute(
        select(
            column,
            m.Source.id,
            m.Source.title,
            m.Source.publisher,
            m.Source.published_on,
            m.ItemSource.anchor_id,
        )  # fmt: skip
        .join(m.Source, m.Source.id == m.ItemSource.source_id)
        .where(column.in_(list(ids)))
        .order_by(m.ItemSource.id)
    )
    out: dict[int, list[ItemSourceRef]] = {}
    for item_id, source_id, title, publisher, published_on, anchor_id in rows:
        out.setdefault(item_id, []).append(
            ItemSourceRef(source_id, title, publisher, published_on, anchor_id)
        )
    return out


def with_sources(session: Session, kind: str, views: Sequence[View]) -> list[View]:
    """The views with their sources filled in; an item no link names (added by hand, or by a
    writer that sets only the passage) is reported by the source of its own passage."""
    found = sources_of(session, kind, [v.id for v in views])
    unlinked = {v.anchor.source_id for v in views if v.id not in found and v.anchor is not None}
    passage_sources = (
        {
            row.id: row
            for row in session.execute(
                select(
                    m.Source.id, m.Source.title, m.Source.publisher, m.Source.published_on
                ).where(m.Source.id.in_(unlinked))
            )
        }
        if unlinked
        else {}
    )
    out = []
    for view in views:
        refs = found.get(view.id, [])
        if not refs and view.anchor is not None and view.anchor.source_id in passage_sources:
            src = passage_sources[view.anchor.source_id]
            refs = [
                ItemSourceRef(src.id, src.title, src.publisher, src.published_on, view.anchor.id)
            ]
        out.append(dataclasses.replace(view, sources=tuple(refs)))
    return out
