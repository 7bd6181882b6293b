"""The few SQL forms SQLite and PostgreSQL write differently, behind one name each."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, FunctionElement
from sqlalchemy.sql.functions import GenericFunction


class json_int(GenericFunction[int]):  # noqa: N801 (an SQL function's name)
    """``json_int(column, "meeting_id")``: the integer member of a JSON text column."""

    type = Integer()
    inherit_cache = True


@compiles(json_int, "sqlite")
def _json_int_sqlite(element: FunctionElement[Any], compiler: Any, **kw: Any) -> str:
    column, key = list(element.clauses)
    return f"json_extract({compiler.process(column, **kw)}, {compiler.process(_path(key), **kw)})"


def _path(key: ColumnElement[Any]) -> ColumnElement[Any]:
    from sqlalchemy import literal

    return literal("$." + str(key.value))


@compiles(json_int, "postgresql")
def _json_int_pg(element: FunctionElement[Any], compiler: Any, **kw: Any) -> str:
    column, key = list(element.clauses)
    # jsonb -> on a scalar or a missing member is NULL, never an error.
    return (
        f"CAST((CAST({compiler.process(column, **kw)} AS jsonb) ->> "
        f"{compiler.process(key, **kw)}) AS integer)"
    )


def defer_foreign_keys(session: Session | Connection) -> None:
    """Check the foreign keys at commit, not at each statement, for this transaction (rows
    put back by an undo come in any order). PostgreSQL's keys are DEFERRABLE for this
    (revision 0008)."""
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name == "postgresql":
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    else:
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
