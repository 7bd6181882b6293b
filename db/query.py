"""Reading long id lists fast: a compiled SELECT run straight on the driver's cursor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


def fetch_ids(session: Session, query: Select[Any]) -> list[int]:
    """The ids ``query`` selects, in order, read from SQLite's own cursor.

    A list screen reads every id of its (200,000-row) list; SQLAlchemy's result machinery
    costs several times SQLite's own work for that many rows. Other dialects (and an
    unconnected driver) go through ``session.scalars``.
    """
    connection = session.connection()
    driver = connection.connection.driver_connection
    if connection.dialect.name != "sqlite" or driver is None:
        return list(session.scalars(query))
    compiled = query.compile(connection, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    values = [
        params[name].isoformat() if isinstance(params[name], dt.date) else params[name]
        for name in (compiled.positiontup or ())
    ]
    return [row[0] for row in driver.execute(str(compiled), values)]
