"""Facet filters beside the search box: actor or country, theme, status, date range, tag."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.ui.date_field import END, START, DateField
from desktop_app.ui.labels import STATUSES, THEMES, status_label, theme_label
from domain.views import ActorView


@dataclass(frozen=True)
class Facets:
    actor_id: int | None = None
    theme: str | None = None
    status: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    tag: str | None = None
    due_from: dt.date | None = None  # the tracker's due-date range
    due_to: dt.date | None = None

    def is_empty(self) -> bool:
        return self == Facets()


class FacetBar(QWidget):
    changed = Signal()
    invalid = Signal(str)  # a date that cannot be read: the sentence to show

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
        self.date_from = DateField(self.tr("Meetings from date"), START, self)
        self.date_to = DateField(self.tr("Meetings to date"), END, self)
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setMinimumContentsLength(8)
        self.theme.addItem(self.tr("All themes"), None)
        for key in THEMES:
            self.theme.addItem(theme_label(key), key)
        self.status.addItem(self.tr("All statuses"), None)
        for key in STATUSES:
            self.status.addItem(status_label(key), key)
        # An actor or tag asked for before its list is loaded (set_facets), chosen once it is.
        self._wanted_actor: int | None = None
        self._wanted_tag: str | None = None
        self.set_actors([])
        self.set_tags([])
        for combo in (self.actor, self.theme, self.status, self.tag):
            # sized by a few characters, not by the longest actor: the bar must fit 1280 px
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12 if combo is self.actor else 9)
        # …but never narrower than its "All …" entry ("Toutes les étiquettes" was cut short).
        metrics = self.tag.fontMetrics()
        wide = -(-metrics.horizontalAdvance(self.tag.itemText(0)) // metrics.horizontalAdvance("x"))
        self.tag.setMinimumContentsLength(max(9, wide))
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
        for field in (self.date_from, self.date_to):
            field.changed.connect(self._on_facet_changed)
            field.invalid.connect(self.invalid)

    @Slot()
    def _on_facet_changed(self) -> None:
        if self.sender() is self.actor:
            self._wanted_actor = None  # the user chose: what was asked before no longer holds
        elif self.sender() is self.tag:
            self._wanted_tag = None
        self.changed.emit()

    def set_facets(self, facets: Facets) -> None:
        """Show ``facets`` (the window rebuilt in another language), without ``changed``:
        the caller applies them."""
        widgets = (self.actor, self.theme, self.status, self.tag)
        for widget in widgets:
            widget.blockSignals(True)
        self._wanted_actor, self._wanted_tag = facets.actor_id, facets.tag
        self.actor.setCurrentIndex(max(0, self.actor.findData(facets.actor_id)))
        self.tag.setCurrentIndex(max(0, self.tag.findData(facets.tag)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(facets.theme)))
        self.status.setCurrentIndex(max(0, self.status.findData(facets.status)))
        self.date_from.set_date(facets.date_from)
        self.date_to.set_date(facets.date_to)
        for widget in widgets:
            widget.blockSignals(False)

    def set_actors(self, actors: list[ActorView]) -> None:
        current = self.actor.currentData()
        if self._wanted_actor is not None and actors:
            current, self._wanted_actor = self._wanted_actor, None
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
        if self._wanted_tag is not None and tags:
            current, self._wanted_tag = self._wanted_tag, None
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
        wanted_tag = self._wanted_tag
        return Facets(
            actor_id=(
                self._wanted_actor if self._wanted_actor is not None else self.actor.currentData()
            ),
            theme=self.theme.currentData(),
            status=self.status.currentData(),
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
            tag=wanted_tag if wanted_tag is not None else self.tag.currentData(),
        )
