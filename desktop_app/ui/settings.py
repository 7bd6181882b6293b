"""The one typed settings object over QSettings: window layout, last view, language."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings

ORGANIZATION = "Chancery"
APPLICATION = "Chancery"
LANGUAGES = ("en", "fr")
RECENT_STORES = 8


def system_language() -> str:
    """'fr' when the system speaks French, else 'en' (the two languages Chancery ships)."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


class AppSettings:
    """Grouped keys (window/, view/, ui/); nothing else in the UI calls QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings or QSettings(ORGANIZATION, APPLICATION)

    def sync(self) -> None:
        self._qs.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # window/
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def splitter_sizes(self) -> list[int]:
        raw = self._qs.value("window/splitter_sizes", [])
        values = raw if isinstance(raw, list) else [raw] if raw else []
        try:
            return [int(str(v)) for v in values]
        except (TypeError, ValueError):
            return []

    @splitter_sizes.setter
    def splitter_sizes(self, sizes: list[int]) -> None:
        self._qs.setValue("window/splitter_sizes", [int(s) for s in sizes])

    # view/
    @property
    def last_view(self) -> str:
        return str(self._qs.value("view/last", "meetings"))

    @last_view.setter
    def last_view(self, key: str) -> None:
        self._qs.setValue("view/last", key)

    @property
    def last_meeting_id(self) -> int | None:
        value = self._qs.value("view/meeting_id")
        try:
            return int(str(value)) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_meeting_id.setter
    def last_meeting_id(self, value: int | None) -> None:
        self._qs.setValue("view/meeting_id", "" if value is None else int(value))

    @property
    def recent_stores(self) -> list[str]:
        """Stores opened lately, newest first (File ▸ Recent stores)."""
        raw = self._qs.value("view/recent_stores", [])
        values = raw if isinstance(raw, list) else [raw] if raw else []
        return [str(v) for v in values if str(v)]

    def add_recent_store(self, path: str) -> None:
        kept = [p for p in self.recent_stores if p != path]
        self._qs.setValue("view/recent_stores", [path, *kept][:RECENT_STORES])

    # ui/
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", ""))
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"Chancery speaks {', '.join(LANGUAGES)}, not {value!r}.")
        self._qs.setValue("ui/language", value)
