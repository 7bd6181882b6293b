"""The detail pane's HTML: a meeting with all it holds, a commitment, an actor (all escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.i18n import format_date, format_datetime
from domain.views import (
    ActorView,
    AnchorView,
    CommitmentView,
    ItemSourceRef,
    MeetingDetail,
    SourceView,
    StatementView,
)

if TYPE_CHECKING:  # the window's first screen loads no service module (test_cold_start)
    from desktop_app.services.tracking import StatusChangeView
from desktop_app.ui.labels import (
    candidate_detail,
    country_label,
    due_label,
    format_label,
    kind_label,
    office_label,
    party_names,
    place_label,
    role_label,
    score_label,
    status_label,
    theme_label,
)

CSS = """
h2 { margin: 0 0 4px 0; }
h3 { margin: 12px 0 4px 0; color: #1f3a5f; }
h4 { margin: 8px 0 2px 0; color: #444; }
.meta { color: #444; }
.due-overdue { color: #a40000; font-weight: bold; }
.due-due_soon { color: #8a5a00; font-weight: bold; }
.links a { color: #1a5fb4; }
td { padding: 1px 6px 1px 0; vertical-align: top; }
"""


def _words() -> dict[str, str]:
    """Words used inside f-strings, translated (written out so Qt Linguist finds them)."""
    return {
        "Meeting:": QCoreApplication.translate("Detail", "Meeting:"),
        "because": QCoreApplication.translate("Detail", "reason: {0}"),
        "Themes:": QCoreApplication.translate("Detail", "Themes:"),
        "note": QCoreApplication.translate("Detail", "note"),
        "passage": QCoreApplication.translate("Detail", "passage"),
        "edit": QCoreApplication.translate("Detail", "edit"),
        "timeline": QCoreApplication.translate("Detail", "timeline"),
        "Commitments": QCoreApplication.translate("Detail", "Commitments"),
        "Evidence:": QCoreApplication.translate("Detail", "Evidence:"),
        "Participants": QCoreApplication.translate("Detail", "Participants"),
        "Sources": QCoreApplication.translate("Detail", "Sources"),
        "Statements": QCoreApplication.translate("Detail", "Statements"),
        "Status history": QCoreApplication.translate("Detail", "Status history"),
    }


def _links(kind: str, item_id: int, anchor: AnchorView | None) -> str:
    parts = []
    if anchor is not None:
        parts.append(f'<a href="passage:{kind}:{item_id}">{escape(_words()["passage"])}</a>')
    parts.append(f'<a href="note:{kind}:{item_id}">{escape(_words()["note"])}</a>')
    parts.append(f'<a href="edit:{kind}:{item_id}">{escape(_words()["edit"])}</a>')
    return ' <span class="links">[' + " · ".join(parts) + "]</span>"


def _commitment_line(item: CommitmentView) -> str:
    bits = [escape(item.text)]
    meta = []
    if item.parties:
        meta.append(escape(party_names(item.parties)))
    if item.due_on is not None:
        due = escape(
            QCoreApplication.translate("Detail", "due {0}").format(
                format_date(item.due_on, item.due_precision)
            )
        )
        state = item.due_state()
        if state:
            due = f'<span class="due-{state}">{due} — {escape(due_label(state))}</span>'
        meta.append(due)
    meta.append(escape(status_label(item.status)))
    if item.compliance_score is not None:
        meta.append(escape(score_label(item.compliance_score)))
    bits.append(f' <span class="meta">({"; ".join(meta)})</span>')
    bits.append(_sources_note(item.sources))
    if item.evidence:
        bits.append(f"<br/><i>{escape(_words()['Evidence:'])} {escape(item.evidence)}</i>")
    return "".join(bits) + _links("commitment", item.id, item.anchor)


def _statement_line(item: StatementView) -> str:
    who = (
        item.speaker.name
        if item.speaker
        else (item.speaker_as_written or QCoreApplication.translate("Detail", "Unknown"))
    )
    if item.speech == "reported":  # the source's words, not the speaker's: no « »
        return escape(item.as_reported(item.language)) + _links("statement", item.id, item.anchor)
    verb = f" {escape(item.verb)}" if item.verb else ""
    return (
        f"<b>{escape(who)}</b>{verb} « {escape(item.text)} »"
        + _sources_note(item.sources)
        + _links("statement", item.id, item.anchor)
    )


def _sources_note(sources: tuple[ItemSourceRef, ...]) -> str:
    """ "· 3 sources: …" after an item more than one source reports (corroboration)."""
    if len(sources) < 2:
        return ""
    count = QCoreApplication.translate("Detail", "{0} sources").format(len(sources))
    names = "; ".join(s.title + (f" ({s.publisher})" if s.publisher else "") for s in sources)
    return f' <span class="meta">· <b>{escape(count)}</b>: {escape(names)}</span>'


def meeting_html(detail: MeetingDetail) -> str:
    s = detail.summary
    rows = [
        (
            QCoreApplication.translate("Detail", "Date"),
            format_date(s.starts_on, s.date_precision)
            + (f" – {format_date(s.ends_on, s.date_precision)}" if s.ends_on else ""),
        ),
        (
            QCoreApplication.translate("Detail", "Place"),
            place_label(s.city, s.country_iso2),
        ),
        (QCoreApplication.translate("Detail", "Format"), format_label(s.format)),
        (
            QCoreApplication.translate("Detail", "Session"),
            str(s.session_number) if s.session_number else "",
        ),
        (QCoreApplication.translate("Detail", "Recurrence"), detail.recurrence or ""),
        (
            QCoreApplication.translate("Detail", "Parties"),
            party_names(detail.parties),
        ),
    ]
    out = [f"<style>{CSS}</style>", f"<h2>{escape(s.title)}</h2>"]
    out.append(f"<p>{_links('meeting', s.id, None)}</p>")
    out.append("<table>")
    for label, value in rows:
        if value:
            out.append(f'<tr><td class="meta">{escape(label)}</td><td>{escape(value)}</td></tr>')
    out.append("</table>")
    if detail.description:
        out.append(f"<p>{escape(detail.description)}</p>")
    if detail.participants:
        out.append(f"<h3>{escape(_words()['Participants'])}</h3><ul>")
        for p in detail.participants:
            extra = ", ".join(
                filter(None, [office_label(p.title), country_label(p.country_iso2), p.note])
            )
            out.append(
                f"<li><b>{escape(p.actor.name)}</b> — {escape(role_label(p.role))}"
                + (f' <span class="meta">({escape(extra)})</span>' if extra else "")
                + _links_participant(p.anchor)
                + (
                    f' <span class="links">[<a href="edit:participation:{p.id}">'
                    f"{escape(_words()['edit'])}</a>]</span>"
                    if p.id is not None
                    else ""
                )
                + "</li>"
            )
        out.append("</ul>")
    if detail.commitments:
        out.append(f"<h3>{escape(_words()['Commitments'])}</h3>")
        for theme, items in detail.commitments_by_theme().items():
            out.append(f"<h4>{escape(theme_label(theme).capitalize())}</h4><ul>")
            for entry in items:
                tag = "" if entry.kind == "commitment" else f"[{escape(kind_label(entry.kind))}] "
                out.append(f"<li>{tag}{_commitment_line(entry)}</li>")
            out.append("</ul>")
    for title, listed in (
        (QCoreApplication.translate("Detail", "Principles"), detail.principles),
        (QCoreApplication.translate("Detail", "Next steps"), detail.next_steps),
    ):
        if listed:
            out.append(f"<h3>{escape(title)}</h3><ul>")
            out.extend(f"<li>{_commitment_line(item)}</li>" for item in listed)
            out.append("</ul>")
    if detail.statements:
        out.append(f"<h3>{escape(_words()['Statements'])}</h3><ul>")
        out.extend(f"<li>{_statement_line(item)}</li>" for item in detail.statements)
        out.append("</ul>")
    if detail.sources:
        out.append(f"<h3>{escape(_words()['Sources'])}</h3><ul>")
        for src in detail.sources:
            when = format_date(src.published_on)
            out.append(
                f'<li><a href="source:{src.id}">{escape(src.title)}</a>'
                f' <span class="meta">{escape(", ".join(filter(None, [src.publisher, when])))}'
                f'</span> <span class="links">[<a href="edit:source:{src.id}">'
                f"{escape(_words()['edit'])}</a>]</span></li>"
            )
        out.append("</ul>")
    return "".join(out)


def _links_participant(anchor: AnchorView | None) -> str:
    if anchor is None:
        return ""
    link = f'<a href="passage:anchor:{anchor.id}">{escape(_words()["passage"])}</a>'
    return f' <span class="links">[{link}]</span>'


def commitment_html(item: CommitmentView, history: Sequence[StatusChangeView]) -> str:
    out = [f"<style>{CSS}</style>", f"<h2>{escape(kind_label(item.kind).capitalize())}</h2>"]
    out.append(f"<p>{_commitment_line(item)}</p>")
    out.append(
        f'<p class="meta">{escape(_words()["Meeting:"])} <a href="meeting:{item.meeting_id}">'
        f"{escape(item.meeting_title)}</a> — {escape(format_date(item.meeting_date))}</p>"
    )
    # dict.fromkeys: once each, in order (a theme corrected to one of the also-themes).
    themes = ", ".join(theme_label(t) for t in dict.fromkeys((item.theme, *item.also_themes)) if t)
    if themes:
        out.append(f'<p class="meta">{escape(_words()["Themes:"])} {escape(themes)}</p>')
    if history:
        out.append(f"<h3>{escape(_words()['Status history'])}</h3><ul>")
        for change in history:
            extra = f" — {escape(change.evidence)}" if change.evidence else ""
            said = status_label(change.status)
            if change.previous_status is not None and change.previous_status != change.status:
                said = f"{status_label(change.previous_status)} → {said}"
            why = (
                f' <span class="meta">({escape(_words()["because"].format(change.reason))})</span>'
                if change.reason
                else ""
            )
            out.append(
                f"<li>{escape(format_datetime(change.changed_at))}: {escape(said)}, "
                f"{escape(score_label(change.compliance_score))}{extra}{why}</li>"
            )
        out.append("</ul>")
    return "".join(out)


def actor_html(actor: ActorView) -> str:
    out = [f"<style>{CSS}</style>", f"<h2>{escape(actor.name)}</h2>"]
    out.append(f"<p>{_links('actor', actor.id, None)}</p><table>")
    rows = [
        (QCoreApplication.translate("Detail", "Title"), actor.title or ""),
        (
            QCoreApplication.translate("Detail", "Belongs to"),
            actor.affiliation.name if actor.affiliation else "",
        ),
        (QCoreApplication.translate("Detail", "Country code"), actor.iso2 or ""),
        (QCoreApplication.translate("Detail", "Also known as"), ", ".join(actor.aliases)),
    ]
    for label, value in rows:
        if value:
            out.append(f'<tr><td class="meta">{escape(label)}</td><td>{escape(value)}</td></tr>')
    out.append("</table>")
    out.append(
        f'<p class="links"><a href="note:actor:{actor.id}">{escape(_words()["note"])}</a> · '
    )
    out.append(f'<a href="timeline:actor:{actor.id}">{escape(_words()["timeline"])}</a></p>')
    return "".join(out)


def source_html(source: SourceView) -> str:
    """A source in view: its title, where and when it was published, the meetings it tells of."""
    s = source.summary
    out = [f"<style>{CSS}</style>", f"<h2>{escape(s.title)}</h2><table>"]
    rows = [
        (QCoreApplication.translate("Detail", "Published by"), s.publisher or ""),
        (QCoreApplication.translate("Detail", "Published on"), format_date(s.published_on)),
        (QCoreApplication.translate("Detail", "File"), s.file_name or ""),
    ]
    for label, value in rows:
        if value:
            out.append(f'<tr><td class="meta">{escape(label)}</td><td>{escape(value)}</td></tr>')
    out.append("</table>")
    if source.meeting_ids:
        # Each meeting by its title (an id alone, "Meeting: 7", told the reader nothing).
        titles = source.meeting_titles or tuple(str(i) for i in source.meeting_ids)
        links = "<br>".join(
            f'{escape(_words()["Meeting:"])} <a href="meeting:{meeting_id}">{escape(title)}</a>'
            for meeting_id, title in zip(source.meeting_ids, titles, strict=False)
        )
        out.append(f'<p class="links">{links}</p>')
    out.append(f'<p class="links"><a href="note:source:{s.id}">{escape(_words()["note"])}</a></p>')
    return "".join(out)


def candidate_html(candidate: Any) -> str:
    """A candidate from an import (see services.review.Candidate), before it is accepted."""
    heading = QCoreApplication.translate("Detail", "To review: {0}").format(
        kind_label(candidate.kind)
    )
    hint = QCoreApplication.translate(
        "Detail", "A accepts, E edits, R rejects; the passage it came from is shown below."
    )
    # A meeting's own title is its text: "Meeting: " and the same title again says nothing.
    meeting = (
        ""
        if candidate.kind == "meeting"
        else f'<p class="meta">{escape(_words()["Meeting:"])} {escape(candidate.meeting_title)}</p>'
    )
    return (
        f"<style>{CSS}</style><h2>{escape(heading)}</h2>"
        f"<p>{escape(candidate.text)}</p>"
        f'<p class="meta">{escape(candidate_detail(candidate))}</p>'
        f"{meeting}"
        f"<p><i>{escape(hint)}</i></p>"
    )
