"""Small models over lists a service returns whole (actors, sources, tags, hits, notes…)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt

from desktop_app.ui.html_delegate import meeting_line
from desktop_app.ui.i18n import format_date, format_datetime
from desktop_app.ui.labels import kind_label
from desktop_app.ui.models.base import AnyIndex, ColumnsModel
from desktop_app.ui.models.lazy import ID_ROLE, ROW_ROLE
from domain.views import (
    ActorView,
    AnnotationView,
    SearchHit,
    SourceSummary,
)

Row = TypeVar("Row")
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3


class RowListModel(ColumnsModel, Generic[Row]):
    """Rows in memory; subclasses name the columns and say how a row shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def row_id(self, row: Row) -> int:
        return int(getattr(row, "id", 0))

    def role_data(self, row: Row, column: int, role: int) -> Any:
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, position: int) -> Row | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        if role == ROW_ROLE:
            return row
        return self.role_data(row, index.column(), role)


class SearchResultsModel(RowListModel[SearchHit]):
    """Hits of every kind; SNIPPET_ROLE gives the snippet as HTML with the words in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""

    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Result"),)

    def display(self, row: SearchHit, column: int) -> str:
        plain = row.snippet.replace("<b>", "").replace("</b>", "")
        where = meeting_line(row)
        return (
            f"{kind_label(row.kind)} — {row.title}\n"
            + (f"{where}\n" if where else "")
            + _unescape(plain)
        )

    def role_data(self, row: SearchHit, column: int, role: int) -> Any:
        if role == SNIPPET_ROLE:
            return row.snippet
        return None

    def set_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        self.query = query
        self.set_rows(hits)


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )


class ActorListModel(RowListModel[ActorView]):
    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Country"), self.tr("Also known as"))

    def display(self, row: ActorView, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return {
                "state": self.tr("state"),
                "organisation": self.tr("organisation"),
                "person": self.tr("person"),
            }.get(row.kind, row.kind)
        if column == 2:
            return row.iso2 or (row.affiliation.iso2 or "" if row.affiliation else "")
        return ", ".join(row.aliases)


class SourceListModel(RowListModel[SourceSummary]):
    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Published"), self.tr("Publisher"), self.tr("Language"))

    def display(self, row: SourceSummary, column: int) -> str:
        if column == 0:
            return row.title
        if column == 1:
            return format_date(row.published_on)
        if column == 2:
            return row.publisher or ""
        return row.language


class TagListModel(RowListModel[tuple[str, int]]):
    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Tag"), self.tr("Notes"))

    def row_id(self, row: tuple[str, int]) -> int:
        return 0

    def display(self, row: tuple[str, int], column: int) -> str:
        return row[0] if column == 0 else str(row[1])


# A note's first line as the list shows it: about three wrapped lines of the notes pane; the
# whole note is in the row's tooltip and in the editor.
NOTE_SHOWN_CHARS = 160


class NoteListModel(RowListModel[AnnotationView]):
    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Note"), self.tr("Tags"), self.tr("Saved"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            row = self.row_at(index.row())
            return row.body if row is not None else None
        return super().data(index, role)

    def display(self, row: AnnotationView, column: int) -> str:
        if column == 0:
            first = row.body.split("\n", 1)[0]
            if len(first) > NOTE_SHOWN_CHARS:
                first = first[: NOTE_SHOWN_CHARS - 1].rstrip() + "…"
            return ("★ " if row.include_in_brief else "") + first
        if column == 1:
            return ", ".join(row.tags)
        return format_datetime(row.updated_at)


class TagNoteListModel(NoteListModel):
    """The notes carrying a tag, each with what it is on (they are on many items)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.targets: dict[tuple[str, int], str] = {}

    def set_notes(
        self, loaded: tuple[Sequence[AnnotationView], dict[tuple[str, int], str]]
    ) -> None:
        rows, self.targets = loaded
        self.set_rows(rows)

    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Note"), self.tr("On"), self.tr("Tags"), self.tr("Saved"))

    def display(self, row: AnnotationView, column: int) -> str:
        if column == 1:
            what = self.targets.get((row.target_kind, row.target_id))
            kind = kind_label(row.target_kind)
            return self.tr("{0}: {1}").format(kind, what) if what else f"{kind} {row.target_id}"
        return super().display(row, column - 1 if column > 1 else column)
