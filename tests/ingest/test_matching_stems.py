"""Matching stems each word once, however many items a new item is compared with."""

from __future__ import annotations

from desktop_app.ingest import matching


def test_items_compared_again_stem_no_word_again() -> None:
    new = "Les parties s'engagent à renforcer la coopération sécuritaire avant 2026."
    stored = [
        f"Les deux pays renforceront leur coopération en matière de sécurité (point {n})."
        for n in range(5)
    ]
    for text in stored:
        matching.compare(new, text)
    french, english = matching._fr_stem.cache_info(), matching._en_stem.cache_info()
    for text in stored:  # the same words, compared again: all stems remembered
        matching.compare(new, text)
    assert matching._fr_stem.cache_info().misses == french.misses
    assert matching._en_stem.cache_info().misses == english.misses
    assert matching._fr_stem.cache_info().hits > french.hits
