"""Importing Chancery changes nothing in the process: no hook, no thread, no registry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The modules whose process-wide state has an owner (the open store, the application): they
# hold none of it until that owner takes some.
OWNED_STATE = (
    "db.crypto",
    "desktop_app.services.store_lock",
    "desktop_app.services.encryption",
    "desktop_app.services.offload",
    "desktop_app.services.autobackup",
    "desktop_app.ui.gc_policy",
    "desktop_app.ui.i18n",
)

PROBE = r"""
import atexit, gc, importlib, json, multiprocessing.process, pkgutil, subprocess, sys
import threading, types

import sqlalchemy.event

calls = []
ours = ("domain", "db", "desktop_app")
def mine(fn):  # SQLAlchemy's declarative mapping listens to its own events: not ours
    return getattr(fn, "__module__", "").split(".")[0] in ours
real_register = atexit.register
def register(fn, *a, **k):  # libraries (ReportLab, PySide6) register their own: not ours
    if mine(fn):
        calls.append(f"atexit.register({fn.__qualname__})")
    return real_register(fn, *a, **k)
atexit.register = register
real_listen = sqlalchemy.event.listen
def listen(target, name, fn, *a, **k):
    if mine(fn):
        calls.append(f"event.listen({name}, {fn.__qualname__})")
    return real_listen(target, name, fn, *a, **k)
sqlalchemy.event.listen = listen
real_listens_for = sqlalchemy.event.listens_for
def listens_for(target, name, *a, **k):
    decorate = real_listens_for(target, name, *a, **k)
    def record(fn):
        if mine(fn):
            calls.append(f"event.listens_for({name}, {fn.__qualname__})")
        return decorate(fn)
    return record
sqlalchemy.event.listens_for = listens_for
real_start = threading.Thread.start
def start(self):
    calls.append(f"Thread.start({self.name})")
    return real_start(self)
threading.Thread.start = start
real_process_start = multiprocessing.process.BaseProcess.start
def process_start(self):
    calls.append("Process.start")
    return real_process_start(self)
multiprocessing.process.BaseProcess.start = process_start
real_popen = subprocess.Popen.__init__
def popen(self, *a, **k):
    calls.append(f"Popen({a[:1]})")
    return real_popen(self, *a, **k)
subprocess.Popen.__init__ = popen

gc_before = (gc.isenabled(), len(gc.callbacks), sys.getswitchinterval(), gc.get_threshold())
names = []
for package in ours:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        # Alembic's env.py and revisions run only inside a migration; __main__ runs the app.
        if ".migrations." in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
for name in names:
    importlib.import_module(name)
gc_after = (gc.isenabled(), len(gc.callbacks), sys.getswitchinterval(), gc.get_threshold())

held = {}
for name in OWNED:
    module = sys.modules[name]
    for key, value in vars(module).items():
        if key.startswith("__") or key.isupper():
            continue  # constants
        if isinstance(value, (type, types.FunctionType, types.ModuleType)) or callable(value):
            continue
        kind = type(value)
        container = isinstance(value, (dict, list, set))
        own = kind.__module__ == name or kind.__module__.startswith("PySide6")
        if container or own:
            held[f"{name}.{key}"] = f"{kind.__name__}: {value!r}"[:80]
print(json.dumps({"calls": calls, "gc": [gc_before, gc_after], "held": held,
                  "imported": len(names)}))
"""


def _probe() -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", f"OWNED = {OWNED_STATE!r}\n{PROBE}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_importing_every_module_hooks_nothing_and_holds_nothing() -> None:
    found = _probe()
    imported = found["imported"]
    assert isinstance(imported, int) and imported > 100  # every module, not a few
    assert found["calls"] == []  # no atexit hook, no event listener, no thread, no process
    gc_state = found["gc"]
    assert isinstance(gc_state, list) and len(gc_state) == 2
    before, after = gc_state
    assert before == after  # collection on, no gc callback, same switch interval
    # No registry of keys, locks, providers, pools, collector state or translators exists
    # before the store or application that owns it is opened.
    assert found["held"] == {}
