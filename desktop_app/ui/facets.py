"""Facet filters beside the search box: actor or country, theme, status, date range, tag."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop_app.ui.labels import STATUSES, THEMES, status_label, theme_label
from domain.views import ActorView

NO_DATE = QDate(1900, 1, 1)


@dataclass(frozen=True)
class Facets:
    actor_id: int | None = None
    theme: str | None = None
    status: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    tag: str | None = None

    def is_empty(self) -> bool:
        return self == Facets()


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # the minimum date shows as blank: no bound
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") + 40)
    return edit


class FacetBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.actor = QComboBox(self)
        self.actor.setAccessibleName(self.tr("Actor or country"))
        self.actor.setToolTip(self.tr("Actor or country"))
        self.actor.setMinimumContentsLength(12)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.date_from = _date_edit(self, self.tr("From date"))
        self.date_to = _date_edit(self, self.tr("To date"))
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setMinimumContentsLength(8)
        self.theme.addItem(self.tr("All themes"), None)
        for key in THEMES:
            self.theme.addItem(theme_label(key), key)
        self.status.addItem(self.tr("All statuses"), None)
        for key in STATUSES:
            self.status.addItem(status_label(key), key)
        self.set_actors([])
        self.set_tags([])
        for combo in (self.actor, self.theme, self.status, self.tag):
            # sized by a few characters, not by the longest actor: the bar must fit 1280 px
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12 if combo is self.actor else 9)
        for widget in (self.actor, self.theme, self.status):
            layout.addWidget(widget, 1)
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.date_to)
        layout.addWidget(self.tag, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for combo in (self.actor, self.theme, self.status, self.tag):
            combo.currentIndexChanged.connect(self._on_facet_changed)
        self.date_from.dateChanged.connect(self._on_facet_changed)
        self.date_to.dateChanged.connect(self._on_facet_changed)

    @Slot()
    def _on_facet_changed(self) -> None:
        self.changed.emit()

    def set_actors(self, actors: list[ActorView]) -> None:
        current = self.actor.currentData()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem(self.tr("All actors"), None)
        for actor in actors:
            if actor.kind != "person":
                label = f"{actor.name} ({actor.iso2})" if actor.iso2 else actor.name
                self.actor.addItem(label, actor.id)
        self.actor.setCurrentIndex(max(0, self.actor.findData(current)))
        self.actor.blockSignals(False)

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name, count in tags:
            self.tag.addItem(f"#{name} ({count})", name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)

    def select_actor(self, actor_id: int | None) -> None:
        self.actor.setCurrentIndex(max(0, self.actor.findData(actor_id)))

    def facets(self) -> Facets:
        def day(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

        return Facets(
            actor_id=self.actor.currentData(),
            theme=self.theme.currentData(),
            status=self.status.currentData(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            tag=self.tag.currentData(),
        )
