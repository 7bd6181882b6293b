"""Where the shipped resources (demo dossier, gazetteer, translations, fonts) are found."""

# The repository keeps them in its top-level resources/ folder; pyproject.toml installs that
# folder as the package ``desktop_app.data`` (package-dir mapping), so a wheel, an editable
# install (setuptools' import finder maps the name to the folder) and a PyInstaller bundle
# built from an installed wheel all find them through importlib.resources, never through a
# path computed from __file__. Every lookup of a shipped file goes through this module.

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "desktop_app.data"


class ResourceMissing(FileNotFoundError):
    """A file Chancery ships is not where it was installed: the installation is incomplete."""


def location(relative: str = "") -> Path:
    """Where the resource ``relative`` (a '/'-separated path, '' for the folder itself) lies
    on disk, whether or not it is there."""
    root = files(PACKAGE)
    # Qt and ReportLab open files by name, so the resources must be plain files: true of a
    # wheel, an editable install and a PyInstaller folder; not of a zip, which is refused.
    if not isinstance(root, Path):
        raise ResourceMissing(
            f"Chancery's resources are inside {root}, not in a folder: install Chancery "
            "from its wheel (pip install), not as a zipped package."
        )
    return root.joinpath(*relative.split("/")) if relative else root


def resource_path(relative: str) -> Path:
    """The shipped file or folder ``relative``; ResourceMissing if the install lacks it."""
    path = location(relative)
    if not path.exists():
        raise ResourceMissing(
            f"Chancery's resource {relative} is missing from {location()}: reinstall "
            "Chancery (from a checkout, `make setup` builds the translations)."
        )
    return path


RESOURCES = location()
