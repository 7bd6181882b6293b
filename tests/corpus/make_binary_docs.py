"""Write the corpus's PDF and Word documents from the texts below (run from anywhere).

.venv/bin/python tests/corpus/make_binary_docs.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

PDF_NAME = "fr-07-communique.pdf"
PDF_TITLE = "Communiqué final — Commission mixte Côte d'Ivoire–Guinée"
PDF_PARAGRAPHS = [
    "Abidjan, du 3 au 5 février 2025 – La Côte d'Ivoire et la Guinée ont tenu à Abidjan la "
    "deuxième session de leur grande commission mixte de coopération, coprésidée par Marcel "
    "Kouassi, ministre des Affaires étrangères de la Côte d'Ivoire, et Mamadou Camara, ministre "
    "des Affaires étrangères de la Guinée.",
    "Au terme des travaux, les deux parties ont arrêté les engagements suivants :",
]
PDF_ITEMS = [
    "Construction d'un barrage hydroélectrique sur le fleuve Cavally",
    "Ouverture d'une liaison aérienne directe entre Abidjan et Conakry",
    "Octroi de bourses d'études aux étudiants guinéens",
]
PDF_AFTER = [
    "Suites prévues :",
]
PDF_STEPS = [
    "Réunion du comité de suivi en septembre 2025",
    "Troisième session à Conakry en 2027",
]
PDF_CLOSING = [
    "« Nos deux peuples partagent plus qu'une frontière : ils partagent un avenir », a déclaré "
    "Marcel Kouassi.",
]

DOCX_NAME = "en-08-statement.docx"
DOCX_TITLE = "Joint statement of the AES and Türkiye"
DOCX_PARAGRAPHS = [
    "Ankara, 18 June 2025 – Ministers of the Alliance of Sahel States and Türkiye held a "
    "ministerial meeting in Ankara, chaired by Can Yıldız, Minister of Foreign Affairs of "
    "Türkiye.",
    "The ministers agreed on the following:",
]
DOCX_ITEMS = [
    "Training of Sahelian officers in Turkish military academies",
    "Investment in solar power plants in the three Sahel states",
    "Support for vaccination campaigns in rural areas",
]
DOCX_AFTER = ["The ministers reaffirmed the principles below:"]
DOCX_PRINCIPLES = [
    "Respect for the sovereignty of states",
    "Non-interference in internal affairs",
]
DOCX_CLOSING = [
    "The next ministerial meeting will take place in Bamako in 2026.",
    "“We stand with the Sahel in its fight for security and development,” said Can Yıldız.",
]


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    font = "Helvetica"
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(dejavu)))
        font = "DejaVu"
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontName = font
    title = styles["Title"]
    title.fontName = font
    story = [Paragraph(PDF_TITLE, title)]
    story += [Paragraph(p, body) for p in PDF_PARAGRAPHS]
    story += [Paragraph(f"- {item}", body) for item in PDF_ITEMS]
    story += [Paragraph(p, body) for p in PDF_AFTER]
    story += [Paragraph(f"- {item}", body) for item in PDF_STEPS]
    story += [Paragraph(p, body) for p in PDF_CLOSING]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=PDF_TITLE, invariant=1)
    doc.build(story)


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = DOCX_TITLE
    document.add_heading(DOCX_TITLE, level=1)
    for text in DOCX_PARAGRAPHS:
        document.add_paragraph(text)
    for item in DOCX_ITEMS:
        document.add_paragraph(item, style="List Bullet")
    for text in DOCX_AFTER:
        document.add_paragraph(text)
    for item in DOCX_PRINCIPLES:
        document.add_paragraph(item, style="List Number")
    for text in DOCX_CLOSING:
        document.add_paragraph(text)
    document.save(str(path))


if __name__ == "__main__":
    make_pdf(HERE / PDF_NAME)
    make_docx(HERE / DOCX_NAME)
    print(f"wrote {PDF_NAME} and {DOCX_NAME} in {HERE}")
