"""The meetings list: ids from browse.meeting_ids, rows from browse.meeting_rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.i18n import format_short_date
from desktop_app.ui.labels import format_label, place_label
from desktop_app.ui.models.lazy import LazyIdModel
from domain.views import MeetingFilter, MeetingSummary


def meeting_ids_for(
    store: Store, filt: MeetingFilter, only: set[int] | None, sort: str, descending: bool
) -> list[int]:
    """The ids the list shows (safe to call on a worker thread)."""
    ids = browse.meeting_ids(store, filt, sort=sort, descending=descending)
    return ids if only is None else [i for i in ids if i in only]


class MeetingListModel(LazyIdModel[MeetingSummary]):
    sort_keys = ("date", "title", "format", "city", None, None)
    # No first screen alone (first_page): the window's brief export and detail pane read
    # every meeting id shown (ids()) as soon as the list is reloaded.

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        self.store = store
        self.filter = MeetingFilter()
        self.only_ids: set[int] | None = None  # a tag facet narrows to these
        self.demo_ids: set[int] = set()  # meetings of the demo dossier, labelled as such
        super().__init__(self._ids_for, lambda ids: browse.meeting_rows(store, ids), parent)

    def _ids_for(self, sort: str, descending: bool) -> list[int]:
        return meeting_ids_for(self.store, self.filter, self.only_ids, sort, descending)

    def default_sort(self) -> str:
        return "date"

    def default_descending(self) -> bool:
        return True

    def set_demo_ids(self, ids: set[int]) -> None:
        if ids != self.demo_ids:
            self.demo_ids = ids
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))

    def set_filter(self, filt: MeetingFilter, only_ids: set[int] | None = None) -> None:
        self.filter = filt
        self.only_ids = only_ids
        self.reload()

    def column_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Meeting"),
            self.tr("Format"),
            self.tr("Place"),
            self.tr("Parties"),
            self.tr("Items"),
        )

    def display(self, row: MeetingSummary, column: int) -> str:
        if column == 0:
            return format_short_date(row.starts_on, row.date_precision)
        if column == 1:
            if row.id in self.demo_ids:
                return self.tr("demo · {0}").format(row.title)  # in front: long titles elide
            return row.title
        if column == 2:
            return format_label(row.format)
        if column == 3:
            return place_label(row.city, row.country_iso2)
        if column == 4:
            return ", ".join(row.parties)
        return str(row.commitment_count)

    def role_data(self, row: MeetingSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, column)
        return None
