"""Search as you type: queries run off the GUI thread; a newer keystroke cancels older ones."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.services import searching
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.workers import Task
from domain.views import SearchHit

# Private-use sentinels survive HTML escaping, then become the bold tags.
_OPEN, _CLOSE = "\ue000", "\ue001"
DEBOUNCE_MS = 120
LIMIT = 100


def html_hits(store: Store, query: str, limit: int = LIMIT) -> list[SearchHit]:
    """Hits whose snippet and title are safe HTML with the matched words in <b>…</b>."""
    hits = searching.search(store, query, limit=limit, mark=(_OPEN, _CLOSE))
    out = []
    for hit in hits:
        snippet = html.escape(hit.snippet).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")
        title = hit.title.replace(_OPEN, "").replace(_CLOSE, "")
        out.append(dataclasses.replace(hit, title=title, snippet=snippet))
    return out


class SearchController(QObject):
    """Owns the running query; only the answer to the latest text is delivered."""

    results = Signal(str, list)  # query, hits
    cleared = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._text = ""
        self._generation = 0
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)

    @Slot(str)
    def set_text(self, text: str) -> None:
        self._text = text.strip()
        self._generation += 1
        if self._task is not None:
            self.ctx.runner.cancel(self._task)
            self._task = None
        if not self._text:
            self._timer.stop()
            self.cleared.emit()
            return
        self._timer.start()

    def run_now(self) -> None:
        """Start the pending query at once (Enter, tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    @Slot()
    def _on_timer_timeout(self) -> None:
        query, generation = self._text, self._generation

        def deliver(hits: list[SearchHit]) -> None:
            if generation == self._generation:  # a newer keystroke made this one stale
                self._task = None
                self.results.emit(query, hits)

        self._task = self.ctx.read(lambda store: html_hits(store, query), deliver)
