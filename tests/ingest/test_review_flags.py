"""Low-confidence fields of an imported meeting are flagged in the review queue."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ingest.pipeline import FLAG_PARTY_ONCE, FLAG_WEEKDAY, extract_document
from desktop_app.services import importing, review
from desktop_app.services.store import Store

WEEKDAY_ONLY = (
    "Dakar et Accra se retrouvent\nPublié le mercredi 2 avril 2025\n\n"
    "Les ministres des Affaires étrangères du Sénégal et du Ghana se réuniront jeudi à Dakar. "
    "Les deux pays entendent signer un accord sur la pêche artisanale.\n"
)


def test_a_weekday_date_and_a_party_named_once_are_flagged(
    empty_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "annonce.txt"
    path.write_text(WEEKDAY_ONLY, encoding="utf-8")
    [outcome] = importing.import_files(empty_store, [path])
    assert outcome.meeting_id is not None
    [meeting] = [c for c in review.list_candidates(empty_store) if c.kind == "meeting"]
    assert meeting.flags == (FLAG_WEEKDAY, f"{FLAG_PARTY_ONCE}: Ghana")
    assert "to check: " + FLAG_WEEKDAY in meeting.detail


def test_a_stated_date_and_parties_named_twice_are_not_flagged(corpus: Path) -> None:
    x = extract_document((corpus / "en-04-prose.txt").read_text(encoding="utf-8"))
    assert x.meeting is not None and x.meeting.flags == ()
