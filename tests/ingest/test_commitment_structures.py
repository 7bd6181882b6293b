"""Commitments and their deadlines in the structures of real texts (issue 15): deadlines told
from the meeting's day, one sentence holding several agreements, list items that go on with
their intro, meetings announced without a future tense, warnings and background."""

from __future__ import annotations

import datetime as dt

from desktop_app.ingest.gazetteer import flatten
from desktop_app.ingest.items import clauses, due_of, relative_due
from desktop_app.ingest.pipeline import extract_document

HEAD = "Valletta, 14 October 2026 - The ministers of Malta and Greece met in Valletta.\n\n"


def _items(body: str) -> list[tuple[str, str, str | None]]:
    x = extract_document(HEAD + body)
    return [
        (
            i.kind,
            i.text,
            i.due_on.isoformat()[: {"year": 4, "month": 7}.get(i.due_precision or "", 10)]
            if i.due_on
            else None,
        )
        for i in x.items
    ]


def test_a_month_without_year_is_the_next_such_month_and_within_the_year_is_its_year() -> None:
    day = dt.date(2026, 10, 14)

    def due(text: str) -> tuple[dt.date, str] | None:
        flat = flatten(text)
        hit = relative_due(flat, 0, len(flat), day)
        return (hit.day, hit.precision) if hit else None

    assert due("les experts visiteront la région au mois d’octobre") == (
        dt.date(2026, 10, 1),
        "month",
    )
    assert due("a forum in November") == (dt.date(2026, 11, 1), "month")
    assert due("due to take place at the end of February") == (dt.date(2027, 2, 1), "month")
    assert due("a summit within the year") == (dt.date(2026, 1, 1), "year")
    assert due("au dernier trimestre") == (dt.date(2026, 1, 1), "year")
    assert due("les experts se réuniront en mai") == (dt.date(2027, 5, 1), "month")
    assert due("they may meet again") is None  # "may" is the verb
    assert due("in June 2027") is None  # a written year is the dates' business


def test_one_sentence_with_several_agreements_gives_each() -> None:
    text = (
        "The academy will be opened in Valletta, the training centre will be established in "
        "Piraeus, and a fisheries observatory will be set up in Paphos, at the premises of "
        "the port authority."
    )
    flat = flatten(text)
    parts = [flat[s:e] for s, e in clauses(flat, 0, len(flat) - 1)]
    assert parts == [
        "The academy will be opened in Valletta",
        "the training centre will be established in Piraeus",
        "a fisheries observatory will be set up in Paphos, at the premises of the port authority",
    ]
    flat = flatten("The ministers agreed to share data and committed to implement the plan.")
    assert len(clauses(flat, 0, len(flat) - 1)) == 2
    # A relative clause or a second verb without its own subject stays with its sentence.
    flat = flatten("They agreed to hold the conference, which will take place in Nice in June.")
    assert len(clauses(flat, 0, len(flat) - 1)) == 1


def test_deadlines_told_from_the_meeting_day_reach_the_commitment() -> None:
    found = _items(
        "The ministers agreed to hold a leaders' meeting within the year.\n\n"
        "The next meeting of the ministers is due to take place in Nicosia in March.\n"
    )
    assert found == [
        ("commitment", "The ministers agreed to hold a leaders' meeting within the year", "2026"),
        (
            "next_step",
            "The next meeting of the ministers is due to take place in Nicosia in March",
            "2027-03",
        ),
    ]


def test_list_items_in_lower_case_go_on_with_their_committing_intro() -> None:
    found = _items(
        "Greece stated its readiness to provide support in two areas:\n\n"
        "- training of coast guard crews;\n- the repair of patrol boats.\n"
    )
    intro = "Greece stated its readiness to provide support in two areas"
    assert [t for _, t, _ in found] == [
        f"{intro}: training of coast guard crews",
        f"{intro}: the repair of patrol boats",
    ]


def test_an_agreement_told_in_a_quote_is_a_commitment_when_the_sides_say_it() -> None:
    x = extract_document(
        "VALLETTA, Oct. 15 - The foreign ministers of Malta and Greece met on Wednesday in "
        'Valletta.\n\nOn migration, the ministers said an "early deal is needed," noting '
        'that they "agreed that the rescue plan should be revised."\n',
        published=dt.date(2026, 10, 15),
    )
    assert [i.kind for i in x.items] == ["commitment"]
    assert "rescue plan should be revised" in x.items[0].text


def test_warnings_and_what_was_done_before_the_meeting_are_not_commitments() -> None:
    assert not _items(
        "If the neighbours do not share their data, there will be more delays, they warned.\n\n"
        "Ahead of this meeting, Greece signed a fisheries agreement with Italy.\n"
    )


def test_a_meeting_due_to_take_place_is_a_step_unless_it_is_this_meetings_purpose() -> None:
    found = _items(
        "The talks prepared the first summit of the two states due to take place in Rhodes "
        "at the end of February.\n\n"
        "As part of the preparations for the summit due to be held in Rhodes, the ministers "
        "discussed fisheries.\n"
    )
    assert [(k, d) for k, _, d in found] == [("next_step", "2027-02")]


def test_a_gloss_a_relative_future_and_a_shared_view_are_read_for_what_they_are() -> None:
    found = _items(
        "The ministers agreed to implement the consensus reached [at the summit held last "
        "year] in Athens.\n\n"
        "They paid attention to the coming summit, which will take place in the autumn.\n\n"
        "They agreed on the importance of fair trade.\n\n"
        "La réunion s'est soldée par l'adoption de la Déclaration de La Valette.\n"
    )
    # A shared view is the sides' stance, a principle, not an undertaking
    # (tests/corpus/real/README.md, "Commitments and positions").
    assert [(k, t) for k, t, _ in found] == [
        (
            "commitment",
            "The ministers agreed to implement the consensus reached [at the summit held last "
            "year] in Athens",
        ),
        ("principle", "They agreed on the importance of fair trade"),
        ("commitment", "La réunion s'est soldée par l'adoption de la Déclaration de La Valette"),
    ]


def test_one_persons_quoted_words_stay_a_statement() -> None:
    x = extract_document(
        HEAD + 'The Greek minister, Nikos Petrou, stressed "the need to share data quickly".\n'
    )
    assert not x.items


def test_a_plan_the_speaking_side_tells_in_the_present_is_a_commitment() -> None:
    found = _items(
        "We are expecting this week, also, to adopt a new package of measures.\n\n"
        "We are expecting a lot of rain this week.\n"
    )
    assert [t for _, t, _ in found] == [
        "We are expecting this week, also, to adopt a new package of measures"
    ]


def test_a_call_with_two_objects_gives_two_commitments() -> None:
    flat = flatten(
        "The ministers called for the opening of the rescue office, as the plan foresees, "
        "and for the repair of the patrol boats."
    )
    assert [flat[s:e] for s, e in clauses(flat, 0, len(flat) - 1)] == [
        "The ministers called for the opening of the rescue office, as the plan foresees",
        "for the repair of the patrol boats",
    ]


def test_a_quoted_pledge_a_state_owns_is_a_commitment_whoever_tells_it() -> None:
    x = extract_document(
        HEAD + "The ministry's statement read: \"Nikos Petrou confirmed Greece's readiness to "
        'support the rescue office in Valletta," the ministry said.\n'
    )
    assert [i.kind for i in x.items] == ["commitment"]
    # The person's own readiness is not a state's pledge.
    x = extract_document(
        HEAD + "The ministry's statement read: \"Nikos Petrou confirmed Petrou's readiness to "
        'support the rescue office in Valletta," the ministry said.\n'
    )
    assert not x.items


def test_a_month_gone_by_is_no_deadline_of_a_commitment() -> None:
    found = _items(
        "The ministers agreed to implement the rescue plan adopted in March.\n\n"
        "The ministers agreed to finish the rescue plan by November.\n"
    )
    assert [d for _, _, d in found] == [None, "2026-11"]


def test_what_the_sides_agreed_on_the_meetings_own_day_is_kept() -> None:
    x = extract_document(
        HEAD + "On 14 October, the ministers decided to create a joint rescue office.\n\n"
        "The ministers will meet again in Valletta on 14 October.\n",
        published=dt.date(2026, 10, 15),
    )
    assert [i.text for i in x.items] == [
        "On 14 October, the ministers decided to create a joint rescue office"
    ]


def test_the_agenda_of_talks_is_not_a_commitment_in_english_or_french() -> None:
    assert not _items(
        "The talks will focus on energy links and the security of undersea cables.\n\n"
        "The ministers are expected to sign a memorandum on cable protection.\n\n"
        "The key topic of the meeting will be the joint purchase of coastal radars.\n\n"
        "Les discussions porteront sur l'énergie solaire et le commerce.\n\n"
        "Les deux ministres devraient signer un accord sur la pêche.\n\n"
        "The Greek minister said they would also seek fresh ideas on port fees.\n\n"
        "Les deux ministres signeront un accord sur la pêche, au programme de la visite.\n\n"
        "The ministers will also put a fisheries deal on the table.\n"
    )
    # A topic told of a meeting held ("was a key topic, with … committing to") stays.
    found = _items(
        "Fisheries were a key topic, with Malta and Greece committing to share their catch data.\n"
    )
    assert [k for k, _, _ in found] == ["commitment"]
    # A meeting expected to take place is still a step to come; the day's press conference is
    # not.
    found = _items(
        "The next summit is expected to take place in Rhodes in March.\n\n"
        "La conférence de presse ministérielle est prévue le lendemain midi.\n"
    )
    assert [k for k, _, _ in found] == ["next_step"]


def test_background_and_a_journalists_guess_are_not_this_meetings_commitments() -> None:
    assert not _items(
        "Greece has pledged in the past to share its coast guard data with Malta.\n\n"
        "The two countries had agreed to build a second power cable.\n\n"
        "This follows a renewed pledge to protect the bay, made in Athens eight weeks ago.\n\n"
        "Les deux pays avaient convenu il y a deux ans de créer un fonds commun.\n\n"
        "Par le passé, la Grèce s'est engagée à former des officiers de port maltais.\n\n"
        "The decision is likely to be welcomed by the fishing industry.\n"
    )


def test_an_agreement_told_at_the_end_of_its_sentence_is_a_commitment() -> None:
    found = _items(
        "The two states should open a joint ferry office in Gozo, the ministers agreed at their "
        "meeting in the old town.\n\n"
        "Regarding trade, the ministers agreed on the importance of fair rules.\n\n"
        "Les deux pays devraient rouvrir la ligne de ferry, ont convenu les deux ministres.\n"
    )
    assert [t for k, t, _ in found if k == "commitment"] == [
        "The two states should open a joint ferry office in Gozo, the ministers agreed at their "
        "meeting in the old town",
        "Les deux pays devraient rouvrir la ligne de ferry, ont convenu les deux ministres",
    ]


def test_a_span_counted_from_the_meeting_day_is_a_deadline() -> None:
    found = _items(
        "The ministers decided to adopt a common plan for the harbour within six months.\n\n"
        "Ils sont convenus que leurs experts remettront un rapport dans un délai de trois mois.\n\n"
        "Les deux ministres se sont engagés à ouvrir une ligne maritime d'ici deux ans.\n"
    )
    assert [(k, d) for k, _, d in found] == [
        ("commitment", "2027-04"),
        ("commitment", "2027-01"),
        ("commitment", "2028-10"),
    ]


def test_a_pledge_of_resolve_and_the_meetings_quoted_declaration_are_commitments() -> None:
    found = _items(
        'The joint statement said: "We are determined to clear the sea mines off both coasts."\n\n'
        "Les deux pays sont déterminés à protéger la baie.\n"
    )
    assert [k for k, _, _ in found] == ["commitment", "commitment"]


def test_an_announcement_written_before_the_meeting_holds_no_commitment_yet() -> None:
    body = (
        "Athens, 13 October 2026 - The foreign ministers of Malta and Greece will meet in "
        "Valletta on 14 October.\n\n"
        "The two ministers will adopt a joint plan for the ferry routes.\n\n"
        "The two ministers have already agreed to open a rescue office in Gozo.\n"
    )
    before = extract_document(body, published=dt.date(2026, 10, 13))
    assert [i.text for i in before.items] == [
        "The two ministers have already agreed to open a rescue office in Gozo"
    ]
    # A "meeting date" months after the posting is rather a date of something else: the
    # text is not taken for an announcement.
    late = extract_document(body, published=dt.date(2026, 7, 1))
    assert len(late.items) == 2
    # Told after the meeting, the same future is what the sides undertook.
    after = extract_document(
        HEAD + "The two ministers will adopt a joint plan for the ferry routes.\n",
        published=dt.date(2026, 10, 15),
    )
    assert [i.kind for i in after.items] == ["commitment"]


def test_a_date_of_background_or_a_year_naming_a_text_is_no_deadline() -> None:
    found = _items(
        "The ministers agreed to implement the roadmap adopted at the 2019 summit.\n\n"
        "Les ministres ont décidé de relancer l'accord signé en 2015.\n\n"
        "The ministers committed to the 2030 Agenda for Sustainable Development.\n\n"
        "The ministers agreed to fully implement the 2018 action plan by 2027.\n\n"
        "The Ministers agreed to hold a joint meeting on the margins of the December 2026 "
        "Ministerial Council in Vienna.\n"
    )
    assert [d for _, _, d in found] == [None, None, None, "2027", "2026-12"]


def test_agreements_told_as_news_are_commitments() -> None:
    found = _items(
        "Les deux pays vont créer un fonds commun pour l'entretien du port.\n\n"
        "The two countries are to set up a joint committee on fisheries.\n\n"
        "Both sides vowed to step up cooperation against smuggling.\n\n"
        "Ils ont annoncé la création d'un comité mixte.\n\n"
        "The ministers reached an agreement to open a consulate in Gozo.\n\n"
        "Les ministres se sont mis d'accord pour ouvrir un consulat à Gozo.\n\n"
        "The ministers endorsed a plan to fight smuggling at sea.\n"
    )
    assert [k for k, _, _ in found] == ["commitment"] * 7


def test_an_agreement_placed_at_another_meeting_or_before_this_one_is_background() -> None:
    assert not _items(
        "In 2019, the two countries agreed to open a consulate in Patras.\n\n"
        "At the Athens summit in June 2022, the leaders agreed to raise defence spending.\n\n"
        "Lors de leur précédente rencontre, les ministres ont décidé de créer un fonds.\n"
    )
    # This meeting's own day is no background.
    found = _items("On 14 October, the ministers decided to create a joint rescue office.\n")
    assert [k for k, _, _ in found] == ["commitment"]


def test_a_day_and_month_without_a_year_is_the_next_such_day_from_the_meeting() -> None:
    day = dt.date(2026, 10, 14)

    def due(text: str) -> tuple[dt.date, str] | None:
        flat = flatten(text)
        hit = due_of(flat, 0, len(flat), day)
        return (hit.day, hit.precision) if hit else None

    assert due("the next round will be held in Riga on November 8") == (
        dt.date(2026, 11, 8),
        "day",
    )
    assert due("la visite du ministre à Paris le 19 avril") == (dt.date(2027, 4, 19), "day")
    assert due("la session s'ouvrira le 1er février") == (dt.date(2027, 2, 1), "day")
    assert due("the talks resume on 20 October") == (dt.date(2026, 10, 20), "day")
    assert due("they may 8 times") is None  # "may" is the verb
    assert due("the forum on 31 February") is None  # no such day


def test_deadlines_told_from_the_meeting_day_are_read_in_accented_words() -> None:
    day = dt.date(2026, 10, 14)

    def due(text: str) -> tuple[dt.date, str] | None:
        flat = flatten(text)
        hit = relative_due(flat, 0, len(flat), day)
        return (hit.day, hit.precision) if hit else None

    assert due("les experts se réuniront au mois de février") == (dt.date(2027, 2, 1), "month")
    assert due("un sommet dans l’année") == (dt.date(2026, 1, 1), "year")
    assert due("signer l’accord d’ici la fin de l’année") == (dt.date(2026, 1, 1), "year")
    assert due("open the centre before the end of the year") == (dt.date(2026, 1, 1), "year")
    assert due("avant la fin de l’année prochaine") is None  # next year: the dates' business


def test_the_next_meeting_a_minister_announces_with_its_day_is_one_next_step() -> None:
    found = _items(
        "The next round of talks on the fisheries zone will be held in Athens on November 20, "
        "the Greek minister said after the talks.\n\n"
        '"We agreed that the next round of talks will be held in Athens on November 20," '
        "he added.\n"
    )
    steps = [(kind, due) for kind, _, due in found if kind == "next_step"]
    assert steps == [("next_step", "2026-11-20")]


def test_the_event_an_agreement_goes_on_with_is_a_step_of_its_own() -> None:
    found = _items(
        "The ministers agreed to deepen their dialogue on migration, which will be followed by "
        "a visit of the Greek minister to Valletta on 12 December.\n\n"
        "They agreed to hold the conference, which will take place in Nice in June.\n"
    )
    assert found == [
        (
            "commitment",
            "The ministers agreed to deepen their dialogue on migration, which will be followed "
            "by a visit of the Greek minister to Valletta on 12 December",
            None,
        ),
        (
            "next_step",
            "will be followed by a visit of the Greek minister to Valletta on 12 December",
            "2026-12-12",
        ),
        (
            "commitment",
            "They agreed to hold the conference, which will take place in Nice in June",
            "2027-06",
        ),
    ]


def test_two_capitals_as_the_subject_of_a_future_act_stand_for_their_states() -> None:
    found = _items(
        "Athens and Valletta will set up a joint maritime rescue centre in Gozo.\n\n"
        "Athènes et La Valette vont créer un registre commun des navires.\n\n"
        "In the field of energy, Athens and Valletta will link their power grids by 2030.\n"
    )
    assert found == [
        (
            "commitment",
            "Athens and Valletta will set up a joint maritime rescue centre in Gozo",
            None,
        ),
        ("commitment", "Athènes et La Valette vont créer un registre commun des navires", None),
        (
            "commitment",
            "In the field of energy, Athens and Valletta will link their power grids by 2030",
            "2030",
        ),
    ]


def test_a_session_crowned_by_signatures_and_calls_of_the_final_text_are_commitments() -> None:
    found = _items(
        "La session a été couronnée par la signature de quatre accords de coopération.\n\n"
        "Le communiqué final a appelé à une meilleure coordination contre la pêche illégale.\n\n"
        "Les deux ministres ont en outre appelé, à la fin des travaux, à accélérer les travaux "
        "du pont.\n\n"
        "The ministers asserted the necessity of carrying out the projects agreed upon.\n\n"
        "The ministers reiterated their states' solidarity with Cyprus.\n\n"
        "Le ministre a appelé à la prudence.\n"
    )
    assert [(kind, text[:40]) for kind, text, _ in found] == [
        ("commitment", "La session a été couronnée par la signat"),
        ("commitment", "Le communiqué final a appelé à une meill"),
        ("commitment", "Les deux ministres ont en outre appelé, "),
        ("commitment", "The ministers asserted the necessity of "),
        ("position", "The ministers reiterated their states' s"),
    ]


def test_a_sentence_told_on_one_person_s_word_is_his_not_the_meeting_s() -> None:
    found = _items(
        "Le ministre grec a salué le climat des échanges.\n\n"
        "Selon lui, la Grèce est prête à financer une partie du port.\n\n"
        "According to her, Malta is ready to train the pilots.\n\n"
        "Selon lui, les deux pays sont convenus de rouvrir la ligne maritime.\n"
    )
    # What the sides agreed stays an item, without who told it ("Selon lui,").
    assert [text for kind, text, _ in found if kind == "commitment"] == [
        "les deux pays sont convenus de rouvrir la ligne maritime",
    ]


def test_a_courtesy_is_no_item_unless_the_sentence_also_undertakes_or_condemns() -> None:
    # tests/corpus/real/README.md, "Commitments and positions": approval of something done
    # binds nobody; an undertaking or a condemnation in the same sentence is kept.
    found = _items(
        "The ministers welcomed the signing of the fisheries agreement last spring.\n\n"
        "Les deux ministres ont salué la qualité de leurs relations.\n\n"
        "Ils se sont félicités de la reprise des vols entre les deux capitales.\n\n"
        "The minister was welcomed at the airport by his counterpart.\n\n"
        "The ministers welcomed the ceasefire and agreed to send a joint medical team.\n\n"
        "Ils ont salué la médiation et condamné les attaques contre les pêcheurs.\n"
    )
    assert [(kind, text[:40]) for kind, text, _ in found] == [
        ("commitment", "The ministers welcomed the ceasefire and"),
        ("position", "Ils ont salué la médiation et condamné l"),
    ]


def test_a_courtesy_in_a_list_is_no_item() -> None:
    found = _items(
        "The ministers:\n\n"
        "- welcomed the opening of the new consulate in Rhodes;\n"
        "- agreed to train the coast guards of both countries together;\n"
        "- condemned the attacks on merchant ships.\n"
    )
    assert [kind for kind, _, _ in found] == ["commitment", "position"]


def test_a_stance_the_sides_state_is_a_principle_or_a_position_and_one_persons_is_not() -> None:
    found = _items(
        "The ministers stressed the importance of a shared fisheries register.\n\n"
        "Les deux parties ont réaffirmé leur attachement à la paix dans la région.\n\n"
        "The ministers agreed on the importance of a stable relation with Italy.\n\n"
        "The two sides firmly opposed any change of the maritime border by force.\n\n"
        "The Council reaffirmed the firm position of its members against piracy.\n\n"
        "Minister Karalis stressed the importance of the festival for Greek audiences.\n\n"
        "Ils ont condamné les attaques et réaffirmé leur attachement à la paix.\n"
    )
    assert [(kind, text[:36]) for kind, text, _ in found] == [
        ("principle", "The ministers stressed the importanc"),
        ("principle", "Les deux parties ont réaffirmé leur "),
        ("principle", "The ministers agreed on the importan"),
        ("position", "The two sides firmly opposed any cha"),
        ("position", "The Council reaffirmed the firm posi"),
        ("position", "Ils ont condamné les attaques et réa"),
    ]


def test_a_pledge_told_as_our_goal_intention_or_shared_willingness_is_a_commitment() -> None:
    found = _items(
        "It is our goal to open a joint consulate in Rhodes.\n\n"
        "The two ministers expressed their intention to hold a joint naval exercise.\n\n"
        "We reaffirm our readiness to strengthen the coast guards of both countries.\n\n"
        "The ministers shared willingness of furthering the cooperation of their ports.\n"
    )
    assert [kind for kind, _, _ in found] == ["commitment"] * 4


def test_the_announced_meetings_programme_and_attendance_are_no_items() -> None:
    found = _items(
        "The ministers will deliberate on the items of their agenda, including the report.\n\n"
        "Les ministres se pencheront également sur la sécurité des ports.\n\n"
        "Les délégations se focaliseront sur la pêche illégale.\n\n"
        "The Italian and Cypriot ministers will participate in the meetings.\n\n"
        "The Cypriot minister will also be present on the second day.\n\n"
        "The programme on Friday will end early afternoon.\n\n"
        'The Council will convene the next summit under the theme "Seas that connect".\n\n'
        "The two ministers agreed to open a joint consulate in Rhodes.\n"
    )
    assert [text for _, text, _ in found] == [
        "The two ministers agreed to open a joint consulate in Rhodes",
    ]


def test_what_was_agreed_before_the_meeting_is_background() -> None:
    found = _items(
        "We look back on twenty years of cooperation that the two countries have built.\n\n"
        "Malta and Greece have agreed to hold yearly consultations since 2011.\n\n"
        "In September, senior officials of the two countries agreed to open talks on ports.\n\n"
        "In November, the two countries will open talks on ports.\n"
    )
    assert [text for _, text, _ in found] == [
        "In November, the two countries will open talks on ports",
    ]


def test_decisions_joined_by_semicolons_are_one_item_each() -> None:
    found = _items(
        "The ministers approved a budget for the port of Gozo; established a committee for "
        "tourism in both countries; and approved the resumption of talks on fisheries.\n"
    )
    assert [text for _, text, _ in found] == [
        "The ministers approved a budget for the port of Gozo",
        "established a committee for tourism in both countries",
        "approved the resumption of talks on fisheries",
    ]


def test_a_text_to_be_signed_and_a_meeting_later_in_the_year_are_items() -> None:
    found = _items(
        "At the end of the talks, a plan for consultations will be signed by the two ministers.\n\n"
        "The ministers reconfirmed the leaders' summit in Athens later this year.\n\n"
        "The 4th and 5th Mediterranean Summits will take place in Malta from November 8-11.\n\n"
        "Malta will host a trade forum for Greek companies later this year.\n"
    )
    assert [(kind, text[:40], due) for kind, text, due in found] == [
        ("commitment", "a plan for consultations will be signed ", None),  # when: cut
        ("next_step", "The ministers reconfirmed the leaders' s", "2026"),
        ("next_step", "The 4th and 5th Mediterranean Summits wi", "2026-11-08"),
        ("commitment", "Malta will host a trade forum for Greek ", "2026"),
    ]


def test_a_pages_navigation_copied_as_a_list_is_no_item() -> None:
    found = _items(
        "1. Skip to content\n2. Skip to main menu\n3. Aller au contenu principal\n\n"
        "The two ministers agreed to open a joint consulate in Rhodes.\n"
    )
    assert [text for _, text, _ in found] == [
        "The two ministers agreed to open a joint consulate in Rhodes",
    ]


def test_what_the_texts_signed_hold_told_as_news_is_a_commitment() -> None:
    found = _items(
        "Les accords portent sur la pêche, le transport maritime et la santé.\n\n"
        "Le premier de ces accords a trait à la création d'un registre commun des navires.\n\n"
        "Le communiqué final parle aussi de la création d'un comité de suivi.\n\n"
        "Le communiqué parle de la visite du ministre grec.\n"
    )
    assert [text[:30] for _, text, _ in found] == [
        "Les accords portent sur la pêc",
        "Le premier de ces accords a tr",
        "Le communiqué final parle auss",
    ]


def test_who_tells_an_agreement_is_cut_from_it() -> None:
    # After the words: the teller with who they are and when, or in the French order.
    assert _items(
        "Malta and Greece agreed to pool their patrol boats by June, Petra Galea, the "
        "spokeswoman for the Maltese Foreign Ministry, said on Friday."
    ) == [("commitment", "Malta and Greece agreed to pool their patrol boats by June", "2027-06")]
    assert _items(
        "Les deux ministres sont convenus de créer un fonds pour les pêcheurs, a précisé le "
        "ministère grec des Affaires étrangères dans un communiqué."
    ) == [
        ("commitment", "Les deux ministres sont convenus de créer un fonds pour les pêcheurs", None)
    ]
    assert _items(
        "The two ministers agreed to open a consulate in Rhodes, according to the Greek "
        "Foreign Ministry."
    ) == [("commitment", "The two ministers agreed to open a consulate in Rhodes", None)]
    # Before the words: the teller, then when it was agreed.
    assert _items(
        "In a statement, the Greek Foreign Ministry said that after three hours of talks, the "
        "two ministers agreed to hold joint rescue drills."
    ) == [("commitment", "the two ministers agreed to hold joint rescue drills", None)]
    assert _items(
        "Selon le ministère maltais, les deux pays sont convenus de relier leurs réseaux "
        "électriques."
    ) == [("commitment", "les deux pays sont convenus de relier leurs réseaux électriques", None)]
    assert _items(
        "Following a working lunch in Valletta, Greek Foreign Minister Nikos Pappas promised a "
        "joint plan for the ferries."
    ) == [
        (
            "commitment",
            "Greek Foreign Minister Nikos Pappas promised a joint plan for the ferries",
            None,
        )
    ]


def test_the_sides_saying_what_they_will_do_keep_their_words() -> None:
    # The sides are the subject of the saying: what they said is theirs, not a teller's.
    assert _items("The ministers said that they would open a joint office in Valletta.") == [
        ("commitment", "The ministers said that they would open a joint office in Valletta", None)
    ]


def test_one_sides_wish_told_by_its_minister_and_a_topic_put_off_are_no_commitments() -> None:
    # A wish reported (a statement's business), in prose or in a readout's numbered list, and
    # a topic the speaker will come back to: nothing is undertaken.
    found = _items(
        "The two ministers discussed the following issues.\n\n"
        "  1. The two ministers agreed to open a ferry line between Valletta and Piraeus.\n"
        "  2. Minister Galea said Malta would like to buy more Greek olive oil.\n\n"
        "We also spoke about Libya, and we will come back to this in the autumn.\n"
    )
    assert [(kind, text) for kind, text, _ in found] == [
        (
            "commitment",
            "The two ministers agreed to open a ferry line between Valletta and Piraeus",
        ),
    ]


def test_one_ministers_words_after_a_participle_are_his_but_the_sides_keep_theirs() -> None:
    found = _items(
        "During a call on Friday, Greek Foreign Minister Nikos Pappas briefed Mr Galea on the "
        "storm damage, affirming that Greece is ready to send engineers to Gozo.\n\n"
        "The two ministers reviewed the ferry timetable, affirming that both countries are "
        "ready to add a night crossing.\n"
    )
    assert [text[:40] for kind, text, _ in found if kind == "commitment"] == [
        "The two ministers reviewed the ferry tim",
    ]
