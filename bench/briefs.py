"""Brief export (2 and 100 pages) against plain ReportLab laying out the same text."""

from __future__ import annotations

import math
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from sqlalchemy import select

from bench.timing import Figure, repeat
from db import models as m
from desktop_app.services import briefs, browse
from desktop_app.services.store import Store


def _meeting_ids(store: Store, count: int) -> list[int]:
    with store.read() as session:
        query = select(m.Meeting.id).where(m.Meeting.review_state == "confirmed")
        return list(session.scalars(query.order_by(m.Meeting.id).limit(count)))


def _chancery(store: Store, ids: Sequence[int], out: Path) -> int:
    return briefs.build_note_for_meetings(store, ids, out)


def _plain(store: Store, ids: Sequence[int], out: Path) -> int:
    """The same meetings' words (titles, commitments, statements) in plain ReportLab."""
    styles = getSampleStyleSheet()
    story: list = []
    for meeting_id in ids:
        detail = browse.get_meeting(store, meeting_id)
        story.append(Paragraph(escape(detail.summary.title), styles["Heading2"]))
        if detail.description:
            story.append(Paragraph(escape(detail.description), styles["BodyText"]))
        for item in (*detail.commitments, *detail.principles, *detail.next_steps):
            story.append(Paragraph("• " + escape(item.text), styles["BodyText"]))
        for said in detail.statements:
            who = said.speaker.name if said.speaker else said.speaker_as_written or ""
            story.append(Paragraph(escape(f"{who} : « {said.text} »"), styles["BodyText"]))
        story.append(Spacer(1, 12))
    pages = {"n": 0}

    def count(_canvas: object, doc: SimpleDocTemplate) -> None:
        pages["n"] = doc.page

    SimpleDocTemplate(str(out), pagesize=A4).build(story, onFirstPage=count, onLaterPages=count)
    return pages["n"]


def _meetings_for(store: Store, pages: int, folder: Path) -> list[int]:
    """Enough meetings for about ``pages`` pages of brief (measured, then scaled once)."""
    probe = _meeting_ids(store, 5)
    per_meeting = max(0.05, _chancery(store, probe, folder / "probe.pdf") / len(probe))
    count = max(1, math.floor(pages / per_meeting))
    ids = _meeting_ids(store, count)
    made = _chancery(store, ids, folder / "probe.pdf")
    if made and abs(made - pages) > pages * 0.1:
        ids = _meeting_ids(store, max(1, round(count * pages / made)))
    return ids


def measure(store: Store, runs: int) -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory(prefix="chancery-bench-brief-") as tmp:
        folder = Path(tmp)
        for pages, target, seconds in ((2, "—", None), (100, "≤ 3 s and ≤ 1.5× ReportLab", 3.0)):
            ids = _meetings_for(store, pages, folder)
            made = _chancery(store, ids, folder / "chancery.pdf")
            plain_pages = _plain(store, ids, folder / "plain.pdf")
            n = runs if pages <= 2 else max(2, runs // 2)
            figure = Figure(
                f"brief export, {made} pages ({len(ids)} meetings)",
                repeat(partial(_chancery, store, ids, folder / "chancery.pdf"), n),
                baseline_name=f"plain ReportLab, same text ({plain_pages} pages)",
                baseline=repeat(partial(_plain, store, ids, folder / "plain.pdf"), n),
                target=target,
            )
            if seconds is not None:
                figure.met = figure.p95 <= seconds and (figure.ratio or 0) <= 1.5
            figures.append(figure)
    return figures
