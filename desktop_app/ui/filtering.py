"""Facets to service filters, run on a worker: the database filters, the lists then show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.services import annotations as notes_api
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.facets import Facets
from desktop_app.ui.models.commitments import commitment_ids_for
from desktop_app.ui.models.meetings import meeting_ids_for
from domain.views import CommitmentFilter, MeetingFilter, SearchHit

if TYPE_CHECKING:
    from desktop_app.ui.pages import Pages


def meeting_filter(f: Facets) -> MeetingFilter:
    return MeetingFilter(date_from=f.date_from, date_to=f.date_to, actor_id=f.actor_id)


def commitment_filter(f: Facets) -> CommitmentFilter:
    return CommitmentFilter(
        theme=f.theme,
        status=f.status,
        actor_id=f.actor_id,
        due_after=f.due_from,
        due_before=f.due_to + dt.timedelta(days=1) if f.due_to else None,  # "to": inclusive
    )


def tagged_targets(store: Store, tag: str) -> dict[str, set[int]]:
    """Ids of the items carrying a note with ``tag``, by kind."""
    out: dict[str, set[int]] = {}
    for note in notes_api.list_annotations(store, tag=tag):
        out.setdefault(note.target_kind, set()).add(note.target_id)
        out.setdefault("annotation", set()).add(note.id)
    return out


@dataclass(frozen=True)
class Filtered:
    facets: Facets
    tagged: dict[str, set[int]] | None
    meeting_ids: list[int]
    commitment_ids: list[int]


class FacetApplier:
    """Computes the lists' ids for the facets off the GUI thread; only the latest applies."""

    def __init__(self, ctx: AppContext, pages: Pages) -> None:
        self.ctx = ctx
        self.pages = pages
        self.tagged: dict[str, set[int]] | None = None
        self._generation = 0

    def apply(self, facets: Facets, done: Callable[[], None] | None = None) -> None:
        self._generation += 1
        generation = self._generation
        meetings, commitments = self.pages.meeting_model, self.pages.tracker.model
        m_filter, c_filter = meeting_filter(facets), commitment_filter(facets)
        m_sort, c_sort = meetings.sort_state(), commitments.sort_state()

        def compute(store: Store) -> Filtered:
            tagged = tagged_targets(store, facets.tag) if facets.tag else None
            m_only = None if tagged is None else tagged.get("meeting", set())
            c_only = None if tagged is None else tagged.get("commitment", set())
            return Filtered(
                facets,
                tagged,
                meeting_ids_for(store, m_filter, m_only, *m_sort),
                commitment_ids_for(store, c_filter, c_only, *c_sort),
            )

        def show(result: Filtered) -> None:
            if generation != self._generation:
                return  # the facets changed again meanwhile
            self.tagged = result.tagged
            meetings.filter, commitments.filter = m_filter, c_filter
            meetings.only_ids = (
                None if result.tagged is None else result.tagged.get("meeting", set())
            )
            commitments.only_ids = (
                None if result.tagged is None else result.tagged.get("commitment", set())
            )
            if meetings.sort_state() == m_sort:
                meetings.set_ids(result.meeting_ids)
            else:  # the user sorted meanwhile
                meetings.reload()
            if commitments.sort_state() == c_sort:
                commitments.set_ids(result.commitment_ids)
            else:
                commitments.reload()
            if done is not None:
                done()

        def failed(message: str) -> None:
            self.ctx.error.emit(message)  # said as every failed read is
            if generation == self._generation and done is not None:
                done()  # what follows the lists (the other lists, the store check) still runs

        self.ctx.read(compute, show, failed)

    def keep_hit(self, hit: SearchHit, facets: Facets) -> bool:
        """Whether a search hit passes the facets (meeting hits by the meeting list's ids…)."""
        if facets.is_empty():
            return True
        if self.tagged is not None:
            return hit.id in self.tagged.get(hit.kind, set())
        meeting_facets = facets.actor_id or facets.date_from or facets.date_to
        commitment_facets = facets.theme or facets.status or facets.due_from or facets.due_to
        if hit.kind == "commitment" and (commitment_facets or meeting_facets):
            return hit.id in set(self.pages.tracker.model.ids())
        if commitment_facets:
            return False  # theme and status only say something about commitments
        if meeting_facets and hit.meeting_id is not None:
            return hit.meeting_id in set(self.pages.meeting_model.ids())
        return not meeting_facets
