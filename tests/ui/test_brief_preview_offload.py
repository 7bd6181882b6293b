"""The composer's preview laid out by the helper process: same pages, errors said, stale dropped."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services import briefs, offload
from desktop_app.services.store import Store
from desktop_app.ui.briefs import worker
from desktop_app.ui.briefs.composer import BriefComposer
from desktop_app.ui.briefs.render import page_count

AES_RUSSIA = 5


@pytest.fixture(scope="module")
def pool() -> Iterator[offload.HelperPool]:
    """One helper for the module: starting an interpreter costs about half a second."""
    helper = offload.HelperPool(idle_seconds=0)
    yield helper
    helper.shutdown()


@pytest.fixture
def helper(pool: offload.HelperPool, monkeypatch: pytest.MonkeyPatch) -> offload.HelperPool:
    monkeypatch.setattr(offload, "shared_pool", lambda: pool)
    return pool


def test_the_helper_lays_out_the_same_note(store: Store, helper: offload.HelperPool) -> None:
    request = briefs.BriefRequest(meeting_ids=(AES_RUSSIA,), title="Sahel", language="en")
    data = worker.preview_pdf(store, request)
    assert helper.running()
    assert data is not None and data.startswith(b"%PDF")
    assert page_count(data) == page_count(briefs.preview_pdf(store, request)) == 2


def test_a_note_the_helper_cannot_build_is_one_sentence(
    store: Store, helper: offload.HelperPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    collect = briefs.collect

    def in_german(store: Store, request: briefs.BriefRequest, **kwargs: Any) -> Any:
        return dataclasses.replace(collect(store, request, **kwargs), language="de")

    monkeypatch.setattr(briefs, "collect", in_german)
    with pytest.raises(briefs.BriefError, match="French \\(fr\\) or English \\(en\\), not 'de'"):
        worker.preview_pdf(store, briefs.BriefRequest(meeting_ids=(AES_RUSSIA,)))


def test_a_preview_no_longer_wanted_is_dropped(store: Store, helper: offload.HelperPool) -> None:
    request = briefs.BriefRequest(meeting_ids=(AES_RUSSIA,))
    assert worker.preview_pdf(store, request, should_stop=lambda: True) is None


def test_the_composer_shows_pages_laid_out_by_the_helper(
    qtbot: QtBot, store: Store, helper: offload.HelperPool
) -> None:
    dialog = BriefComposer(store, [AES_RUSSIA])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() == 2, timeout=30000)
    assert helper.running()
    assert dialog.save_button.isEnabled()
