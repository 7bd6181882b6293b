"""Fixtures for the briefing tests: export a note on the demo store and open the PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from briefpdf import AES_RUSSIA, TODAY

from desktop_app.services import briefs
from desktop_app.services.store import Store


@pytest.fixture
def make_note(store: Store, tmp_path: Path) -> Callable[..., pypdf.PdfReader]:
    """Export a note on the demo store and return its PDF, opened."""
    counter = iter(range(1000))

    def make(**fields: Any) -> pypdf.PdfReader:
        fields.setdefault("meeting_ids", (AES_RUSSIA,))
        fields.setdefault("today", TODAY)
        path = tmp_path / f"note{next(counter)}.pdf"
        briefs.export_brief(store, briefs.BriefRequest(**fields), path)
        return pypdf.PdfReader(path)

    return make
