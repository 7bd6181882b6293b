"""The undo command of every recorded change made from the window (edits, merges, decisions)."""

from __future__ import annotations

from typing import Any

from desktop_app.services.store import Store
from desktop_app.ui.editing.errors import in_window_language
from desktop_app.ui.undo_commands import ChangeSetCommand


class RecordedCommand(ChangeSetCommand):
    """A ChangeSetCommand whose refusals (a bad value, an undo that would overwrite a later
    change) reach the window in its language."""

    def _redo(self, store: Store) -> Any:
        return in_window_language(super()._redo)(store)

    def _undo(self, store: Store) -> Any:
        return in_window_language(super()._undo)(store)
