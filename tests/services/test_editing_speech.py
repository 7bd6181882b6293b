"""Reported speech is not a quotation: extraction, the demo dossier and stores made before."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select

from db import migrate
from db import models as m
from desktop_app.ingest.pipeline import extract_document
from desktop_app.services import importing
from desktop_app.services.demo import load_demo
from desktop_app.services.store import Store

ARTICLE = """Moscou, 3 avril 2025 – Les ministres des Affaires étrangères de la Confédération \
des États du Sahel (AES) et de la Fédération de Russie se sont réunis à Moscou.
La session était coprésidée par Sergueï Lavrov et Abdoulaye Diop, ministre malien des \
Affaires étrangères.
M. Lavrov a assuré que la Russie apporterait toute l'assistance nécessaire à la force unifiée.
Selon le ministre malien, ce partenariat ouvre une nouvelle ère pour les peuples du Sahel.
Les parties ont souligné que la coopération doit rester pragmatique et solidaire.
« Nous sommes prêts à avancer ensemble », a déclaré M. Diop.
"""


def test_extraction_tells_reported_speech_from_quotations() -> None:
    found = {s.text: s for s in extract_document(ARTICLE, title="t", known_people=[]).statements}
    lavrov = found["la Russie apporterait toute l'assistance nécessaire à la force unifiée"]
    assert (lavrov.speech, lavrov.speaker, lavrov.verb) == (
        "reported",
        "Sergueï Lavrov",
        "a assuré",
    )
    selon = found["ce partenariat ouvre une nouvelle ère pour les peuples du Sahel"]
    assert (selon.speech, selon.speaker) == ("reported", "Abdoulaye Diop")
    quoted = found["Nous sommes prêts à avancer ensemble"]
    assert (quoted.speech, quoted.speaker) == ("quote", "Abdoulaye Diop")
    # "Les parties ont souligné que …" names no one: it is not a statement of anybody.
    assert not any("pragmatique" in text for text in found)


def test_an_import_stores_whether_words_are_quoted(empty_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    importing.import_files(empty_store, [path])
    with empty_store.read() as session:
        speech = dict(session.execute(select(m.Statement.text, m.Statement.speech)).all())
    assert speech["Nous sommes prêts à avancer ensemble"] == "quote"
    assert speech["la Russie apporterait toute l'assistance nécessaire à la force unifiée"] == (
        "reported"
    )


def test_the_demo_dossier_statements_are_reported_speech(store: Store) -> None:
    with store.read() as session:
        assert set(session.scalars(select(m.Statement.speech))) == {"reported"}


def test_a_store_made_before_marks_its_unquoted_statements_reported(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        load_demo(store)
        with store.write() as session:  # one quoted statement beside the demo's reported ones
            meeting = session.scalars(select(m.Meeting)).first()
            assert meeting is not None
            source = m.Source(title="q", text="Il a dit : « Nous avancerons ensemble. »",
                              sha256="q" * 64)  # fmt: skip
            start = source.text.index("Nous")
            meeting.statements.append(
                m.Statement(text="Nous avancerons ensemble.",
                            anchor=m.Anchor.on(source, start, start + 25))
            )  # fmt: skip
        cfg = migrate.config()
        with store.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "0003")
    with Store.open(path) as store, store.read() as session:  # opening upgrades it
        speech = dict(session.execute(select(m.Statement.text, m.Statement.speech)).all())
    assert speech.pop("Nous avancerons ensemble.") == "quote"
    assert set(speech.values()) == {"reported"}


def test_the_brief_prints_reported_speech_as_reported(store: Store, tmp_path: Path) -> None:
    import datetime as dt
    import re

    import pypdf

    from desktop_app.services import briefs, browse

    moscow = next(mt.id for mt in browse.list_meetings(store) if mt.city == "Moscou")
    path = tmp_path / "note.pdf"
    request = briefs.BriefRequest(meeting_ids=(moscow,), today=dt.date(2026, 11, 29))
    briefs.export_brief(store, request, path)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
    assert "Selon " in text
    assert "Sergueï Lavrov a assuré que la Russie appuierait la mise sur pied" in text
    assert "« la Russie appuierait" not in text and "«\u00a0la Russie" not in text
