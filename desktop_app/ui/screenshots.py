"""`make screenshots`: PNGs of the main views in French and English, from a demo store."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.services import browse
from desktop_app.services.demo import load_demo
from desktop_app.services.store import Store
from desktop_app.ui.app import qt_app
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

SIZE = (1280, 800)
# A short communiqué of our own, imported so the review queue has something to show.
SAMPLE = (
    "Niamey, 12 mars 2026 — Les ministres de l'Énergie du Burkina Faso, du Mali et du Niger "
    "se sont réunis à Niamey. Les trois pays se sont engagés à interconnecter leurs réseaux "
    "électriques d'ici à 2028 et à lancer une étude commune sur l'énergie solaire avant la "
    "fin de l'année. Le ministre nigérien a souligné que l'accès à l'électricité restait "
    "la priorité de la Confédération.\n"
)


def _aes_russia(store: Store) -> int:
    meetings = browse.list_meetings(store)
    return next(
        (m.id for m in meetings if "Russie" in m.title and "AES" in m.title), meetings[0].id
    )


def _import_sample(store: Store, folder: Path) -> None:
    from desktop_app.services import importing

    path = folder / "communique-niamey.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    importing.import_files(store, [path])


def shoot(window: MainWindow, path: Path) -> None:
    window.ctx.runner.drain()
    window.repaint()
    window.grab().save(str(path))
    print(path)


def take_all(out: Path, language: str, work: Path) -> list[Path]:
    app = qt_app()
    install_language(app, language)
    store = Store.open(work / f"screens-{language}.db")
    load_demo(store)
    _import_sample(store, work)
    settings = AppSettings(QSettings(str(work / f"{language}.ini"), QSettings.Format.IniFormat))
    settings.language = language
    window = MainWindow(AppContext(store, settings))
    window.resize(*SIZE)
    window.show()
    window.resize(*SIZE)  # offscreen, show() may shrink the window to its 800×600 screen
    window.reset_splitter()
    run = window.ctx.runner.drain
    run()
    paths = []

    meeting_id = _aes_russia(store)
    window.show_section("meetings")
    window.pages.meetings.select_id(meeting_id)
    run()
    detail = window.detail.meeting
    if detail is not None and detail.commitments:
        window.detail.show_passage(f"commitment:{detail.commitments[0].id}")
    paths.append(out / f"meeting-detail-{language}.png")
    shoot(window, paths[-1])

    window.show_section("commitments")
    run()
    window.pages.tracker.table.selectRow(0)
    paths.append(out / f"commitments-{language}.png")
    shoot(window, paths[-1])

    window.show_section("timeline")
    russia = next((a.id for a in browse.list_actors(store) if a.iso2 == "RU"), None)
    window.pages.timeline.select_actor(russia)
    run()
    window.open_item("meeting", meeting_id)
    sidebar = window.splitter.sizes()[0]
    window.splitter.setSizes([sidebar, 720, SIZE[0] - sidebar - 720])  # a wide time axis
    paths.append(out / f"timeline-{language}.png")
    shoot(window, paths[-1])

    window.reset_splitter()
    window.show_section("review")
    run()
    window.pages.review.table.selectRow(1)
    run()
    paths.append(out / f"review-queue-{language}.png")
    shoot(window, paths[-1])

    window.show_section("meetings")
    run()
    window.search_box.setText("energetique" if language == "fr" else "cooperation")
    window.search.run_now()
    run()
    window.pages.search.setCurrentIndex(window.pages.search_model.index(0, 0))
    paths.append(out / f"search-{language}.png")
    shoot(window, paths[-1])

    window.close()
    run()
    store.close()
    return paths


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("en", "fr"):
            take_all(out, language, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
