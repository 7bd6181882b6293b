"""Smoke test of an installed (not editable) Chancery: run by packaging/wheel-test.sh."""

# Run with the venv's python, from an empty folder, with -I: only the installed package can
# be imported. Each step prints one line; the first failure ends the run with exit 1.

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

HERE = Path.cwd()
os.environ.update(
    QT_QPA_PLATFORM="offscreen",
    CHANCERY_AUTO_BACKUP="0",
    HOME=str(HERE / "home"),
    XDG_DATA_HOME=str(HERE / "data"),
    XDG_CONFIG_HOME=str(HERE / "config"),
)
CHANCERY = Path(sys.executable).with_name("chancery")
STORE = HERE / "smoke.db"
DOCUMENT = """Communiqué conjoint

Niamey, 12 mars 2026 – Le ministre des Affaires étrangères du Niger a reçu son homologue
tchadien. Les deux pays se sont engagés à renforcer la coopération hydrographique sur le
bassin du lac Tchad.
"""


def fail(message: str) -> None:
    print(f"FAILED: {message}", flush=True)
    sys.exit(1)


def chancery(*args: str) -> str:
    result = subprocess.run(
        [str(CHANCERY), *args, "--db", str(STORE)], capture_output=True, text=True
    )
    if result.returncode != 0:
        fail(f"chancery {' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def installed_not_editable() -> None:
    import desktop_app.data

    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    for module in (desktop_app, desktop_app.data):
        where = Path(str(module.__file__)).resolve()
        if site not in where.parents:
            fail(f"{module.__name__} was imported from {where}, not from {site}")
    if not CHANCERY.exists():
        fail(f"the chancery command is not in {CHANCERY.parent}")
    print(f"ok  installed in {site}", flush=True)


def demo_and_search() -> None:
    added = json.loads(chancery("demo", "--json"))["meetings_added"]
    if added < 1:
        fail(f"the demo dossier added {added} meetings")
    accented = json.loads(chancery("search", "énergétique", "--json"))
    plain = json.loads(chancery("search", "energetique", "--json"))
    if not accented or [hit["id"] for hit in accented] != [hit["id"] for hit in plain]:
        fail(f"search énergétique gave {accented}, energetique {plain}")
    print(f"ok  demo store ({added} meetings); énergétique = energetique", flush=True)


def import_documents() -> None:
    text = HERE / "communique.txt"
    text.write_text(DOCUMENT, encoding="utf-8")
    # A web page goes through trafilatura and lxml's HTML cleaner, which a wheel must bring.
    page = HERE / "article.html"
    paragraphs = "".join(
        f"<p>{line}</p>" for line in DOCUMENT.replace("Niger", "Mali").split("\n\n")
    )
    page.write_text(f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    chancery("import", str(text), str(page), "--confirm")
    hits = json.loads(chancery("search", "hydrographique", "--json"))
    if len([hit for hit in hits if "hydrographique" in hit["title"]]) < 1:
        fail(f"the imported commitment is not found: {hits}")
    mali = json.loads(chancery("search", "hydrographique", "Mali", "--json"))
    if not mali:
        fail("the web page's text was not imported")
    print("ok  import of a text file and a web page, found by search", flush=True)


def french_brief() -> None:
    from pypdf import PdfReader

    meeting = json.loads(chancery("search", "énergétique", "--json"))[0]["meeting_id"]
    pdf = HERE / "note.pdf"
    chancery("export", str(meeting), "--lang", "fr", "--out", str(pdf))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    if "Page 1 sur" not in text:
        fail(f"the brief is not in French: {text[:300]!r}")
    print(f"ok  French brief of meeting {meeting} ({pdf.stat().st_size} bytes)", flush=True)


def french_window() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.startup import open_user_store
    from desktop_app.ui.app import WindowHost, qt_app
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.settings import AppSettings

    app = qt_app()
    settings = AppSettings()
    settings.language = "fr"
    if not install_language(app, "fr"):
        fail("the French translation (chancery_fr.qm) is not in the installed package")
    store = open_user_store(str(STORE))
    try:
        window = WindowHost(app, store, settings).open()
        window.show()
        QApplication.processEvents()
        menus = [a.text() for a in window.menuBar().actions()]
        if "&Fichier" not in menus:
            fail(f"the window's menus are not in French: {menus}")
        window.ctx.runner.drain()
        window.close()
    finally:
        store.close()
    print(f"ok  the window offscreen in French (menus {', '.join(menus)})", flush=True)


if __name__ == "__main__":
    installed_not_editable()
    demo_and_search()
    import_documents()
    french_brief()
    french_window()
    print("wheel smoke test passed", flush=True)
