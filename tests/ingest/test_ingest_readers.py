"""Readers: encodings, formats, and one clear sentence for every bad file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.ingest.normalize import clean, fold
from desktop_app.ingest.readers import UnreadableFile, read_document

TEXT = "Bamako, 3 avril 2025 – Les ministres se sont réunis à l’hôtel de l’Amitié. Été, œuvre.\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
)
def test_text_files_are_decoded_whatever_their_encoding(tmp_path: Path, encoding: str) -> None:
    text = TEXT if encoding not in ("latin-1",) else TEXT.replace("’", "'").replace("–", "-")
    text = text.replace("œ", "oe") if encoding == "latin-1" else text
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text.lstrip("\ufeff") == text


def test_cleaning_is_nfc_and_folding_keeps_offsets() -> None:
    decomposed = "Le ministre malien a de\u0301clare\u0301 « oui » l’an dernier"
    stored = clean(decomposed).text
    assert "déclaré" in stored
    folded = fold(stored)
    assert len(folded) == len(stored)
    assert "l'an" in folded and '"' in folded
    assert folded.index("l'an") == stored.index("l’an")


def test_markdown_is_unwrapped(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Titre\n\n**Dakar, 3 mai 2024** – Texte [lien](http://x).\n* un\n")
    text = read_document(path).text
    assert text.splitlines()[0] == "Titre"
    assert "Dakar, 3 mai 2024 – Texte lien." in text and "- un" in text


def test_html_keeps_the_article_and_drops_menus_ads_and_scripts(tmp_path: Path) -> None:
    body = " ".join(["Les deux ministres ont signé un accord de coopération à Dakar."] * 4)
    page = (
        "<html><head><title>Accord</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav>"
        "<div class='ad-banner'>Promotion exceptionnelle sur les voyages</div>"
        f"<article><h1>Accord signé</h1><p>{body}</p>"
        "<p>LA SUITE APRÈS LA PUBLICITÉ</p><p>Les parties conviennent de se revoir.</p></article>"
        "<footer>Mentions légales</footer><script>track();</script></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    cleaned = clean(raw.text)
    assert "accord de coopération" in cleaned.text
    assert "se revoir" in cleaned.text
    for noise in ("Accueil", "Promotion", "var x", "track()", "Mentions légales", "LA SUITE"):
        assert noise not in cleaned.text, noise
    assert cleaned.noise_removed == ("LA SUITE APRÈS LA PUBLICITÉ",)


def test_pdf_and_docx_of_the_corpus_are_read(corpus: Path) -> None:
    pdf = read_document(corpus / "fr-07-communique.pdf")
    assert "coprésidée par Marcel Kouassi" in pdf.text  # a wrapped line joined back
    assert "- Octroi de bourses d'études aux étudiants guinéens\nSuites prévues :" in pdf.text
    docx = read_document(corpus / "en-08-statement.docx")
    assert "- Training of Sahelian officers" in docx.text  # Word bullets become list items
    assert docx.title == "Joint statement of the AES and Türkiye"


@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "binary",
        "image renamed .pdf",
        "pdf without text layer",
        "encrypted pdf",
        "truncated docx",
        "50 MB text",
        "invalid utf-8",
        "html of scripts only",
    ],
)
def test_each_bad_file_gets_one_clear_sentence(
    bad_files: dict[str, tuple[Path, str]], kind: str
) -> None:
    path, words = bad_files[kind]
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    message = str(caught.value)
    assert words in message
    assert message.startswith(path.name)
    assert "\n" not in message and message.endswith(".")


def test_an_unknown_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.odt"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(UnreadableFile, match="not '.odt'"):
        read_document(path)


def test_a_docx_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("just text")
    with pytest.raises(UnreadableFile, match="not a Word document"):
        read_document(path)
    assert zipfile.is_zipfile(Path(__file__).parent.parent / "corpus" / "en-08-statement.docx")
