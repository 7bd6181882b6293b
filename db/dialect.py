"""The few SQL forms SQLite and PostgreSQL write differently, behind one name each."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Integer, String, text
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


class json_rows(GenericFunction[str]):  # noqa: N801 (an SQL function's name)
    """``json_rows(a, b, …)``: an aggregate, the JSON text of a list holding one list
    ``[a, b, …]`` per row (None, or "[]", for no row): a row's own little table in one column,
    so that a list page's parties or sources come in the page's one statement.

    In no particular order (SQLite before 3.44 orders no aggregate): put a sort key in."""

    type = String()
    inherit_cache = True


@compiles(json_rows, "sqlite")
def _json_rows_sqlite(element: FunctionElement[Any], compiler: Any, **kw: Any) -> str:
    return f"json_group_array(json_array({compiler.process(element.clauses, **kw)}))"


@compiles(json_rows, "postgresql")
def _json_rows_pg(element: FunctionElement[Any], compiler: Any, **kw: Any) -> str:
    return f"json_agg(json_build_array({compiler.process(element.clauses, **kw)}))"


def rows_of(value: str | list[Any] | None) -> list[list[Any]]:
    """The rows of a json_rows column (psycopg hands a json value over parsed already)."""
    if value is None:
        return []
    return list(json.loads(value)) if isinstance(value, str) else list(value)
