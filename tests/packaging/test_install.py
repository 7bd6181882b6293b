"""What an install needs is declared: packages, shipped data, pinned versions, system list."""

from __future__ import annotations

import ast
import fnmatch
import re
import tomllib
from pathlib import Path

import pytest

from desktop_app import resources

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_package_of_the_tree_is_installed() -> None:
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for package in ("desktop_app", "db", "domain")
        for p in (ROOT / package).rglob("__init__.py")
    }
    assert set(SETUPTOOLS["packages"]) == found | {"desktop_app.data"}
    assert SETUPTOOLS["package-dir"] == {"desktop_app.data": "resources"}


def test_every_shipped_file_matches_a_package_data_pattern() -> None:
    """A file added to resources/ reaches the wheel (the .ts sources stay in the repo)."""
    patterns = SETUPTOOLS["package-data"]["desktop_app.data"]
    folder = ROOT / "resources"
    shipped = [
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix not in {".ts", ".py", ".pyc"}
    ]
    assert "demo/dossier.json" in shipped and "gazetteer.json" in shipped
    assert [f for f in shipped if not any(_matches(f, pattern) for pattern in patterns)] == []


def _matches(file: str, pattern: str) -> bool:
    """As setuptools reads a package-data glob: ``*`` stays in its folder, ``**`` does not."""
    if "**" in pattern:
        return file.startswith(pattern.split("**")[0])
    return file.count("/") == pattern.count("/") and fnmatch.fnmatch(file, pattern)


def test_resources_are_found_through_the_package() -> None:
    assert resources.resource_path("demo/dossier.json").is_file()
    assert resources.location("translations") == resources.RESOURCES / "translations"
    with pytest.raises(resources.ResourceMissing, match="no-such.json is missing from"):
        resources.resource_path("no-such.json")


def test_no_module_finds_the_resources_folder_by_itself() -> None:
    """Only desktop_app/resources.py knows where shipped files are."""
    offenders = []
    for path in [*(ROOT / "desktop_app").rglob("*.py"), *(ROOT / "db").rglob("*.py")]:
        if path.name == "resources.py" and path.parent.name == "desktop_app":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value == "resources":
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_every_dependency_is_pinned_by_the_lock() -> None:
    """`make lock` was run after the last change of a dependency."""
    pinned = {
        _name(line)
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith((" ", "#"))
    }
    declared = (
        PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["dev"]
    )
    assert {_name(r) for r in declared} - pinned == set()


def test_the_python_versions_are_bounded() -> None:
    assert PYPROJECT["project"]["requires-python"] == ">=3.11,<3.14"
    assert PYPROJECT["project"]["license"] == "LicenseRef-Proprietary"


def _system_packages() -> list[str]:
    text = (ROOT / "packaging" / "debian-packages.txt").read_text(encoding="utf-8")
    return [word for line in text.splitlines() for word in line.split("#")[0].split()]


def test_ci_installs_the_one_system_package_list() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/install-system-packages.sh" in ci
    assert "apt-get" not in ci  # no second list
    packages = _system_packages()
    for needed in ("python3-venv", "libglib2.0-0", "libcups2", "xvfb", "xauth", "make"):
        assert needed in packages


def test_the_readme_shows_the_same_list() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- system packages -->")[1]
    shown = block.split("```")[1].split()
    assert shown[1:] == _system_packages()  # after the language tag "text"
