"""A document's address (where it was found): what the import and the source's editing take."""

from __future__ import annotations

from urllib.parse import urlsplit

MAX_LENGTH = 2000  # Source.address's column


def is_address(text: str) -> bool:
    """Whether ``text`` is a whole web address (http or https, with a host, no space)."""
    text = text.strip()
    if not text or len(text) > MAX_LENGTH or any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # "http://[::1" and the like
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)
