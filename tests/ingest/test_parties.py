"""Which states and organisations are a meeting's parties on the structures of real texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.ingest.parties import is_topic
from desktop_app.ingest.pipeline import extract_document

PARTIES = Path(__file__).resolve().parent.parent / "corpus" / "parties"


def _parties(text: str) -> list[str]:
    x = extract_document(text)
    assert x.meeting is not None
    return sorted(p.entity.key for p in x.meeting.parties)


@pytest.mark.parametrize("name", sorted(p.stem for p in PARTIES.glob("*.txt")))
def test_our_parties_corpus(name: str) -> None:
    text = (PARTIES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((PARTIES / f"{name}.json").read_text(encoding="utf-8"))
    x = extract_document(text)
    assert x.meeting is not None
    assert sorted(p.entity.key for p in x.meeting.parties) == sorted(expected["parties"])
    if "participants" in expected:
        found = sorted((p.name, p.iso2) for p in x.participants)
        assert found == sorted((name, iso2) for name, iso2 in expected["participants"])


def test_an_organisation_facing_an_outside_state_speaks_for_its_members() -> None:
    parties = _parties(
        "Moscow, 3 April 2026 - The foreign ministers of Mali, Burkina Faso and Niger, members "
        "of the Alliance of Sahel States, held consultations with Russian Foreign Minister "
        "Pavel Orlov."
    )
    assert parties == ["AES", "RU"]


def test_the_states_an_attendance_phrase_names_are_parties() -> None:
    parties = _parties(
        "The foreign ministers of the G7 and Ukraine met on Monday.\n\nThe meeting was also "
        "attended by ministers from India and Mexico."
    )
    assert parties == ["G7", "IN", "MX", "UA"]


def test_a_state_named_as_a_topic_is_no_party() -> None:
    parties = _parties(
        "Dublin, 3 March 2026 - The foreign ministers of Ireland and Portugal discussed the war "
        "in Ukraine, the situations in Haiti, Sudan and Yemen and relations with the EU."
    )
    assert parties == ["IE", "PT"]


def test_one_person_in_other_spellings_and_no_person_from_a_single_word() -> None:
    x = extract_document(
        "Abuja, 10 décembre 2026 - Le 72e sommet de la CEDEAO s'est tenu sous la présidence du "
        "chef d'État nigérian, Ahmed Musa Bello.\n\n"
        "Dans son discours d'ouverture, Musa Ahmed Bello, président en exercice, a salué les "
        "progrès de la monnaie commune.\n\n"
        "Ont pris part au sommet : S.E. Mme Awa JALLOW –NDIAYE, Vice-Présidente de la République "
        "de Gambie.\n\n"
        "« Nous attendons la prochaine session avec impatience », a déclaré M. Petrov.\n\n"
        "Golikro accueille une foire agricole ce week-end."
    )
    found = sorted((p.name, p.iso2) for p in x.participants)
    assert found == [("Ahmed Musa Bello", "NG"), ("Awa JALLOW –NDIAYE", "GM")]


def test_an_event_named_after_a_body_and_a_long_sidelines_phrase_name_no_party() -> None:
    parties = _parties(
        "Lisbon, 5 June 2026 - Portuguese Foreign Minister Rui Almeida met Chinese Foreign "
        "Minister Li Wenbo on the sidelines of a meeting of foreign ministers of the G20 top "
        "economies.\n\nThey looked forward to the Third UN Ocean Conference and to the G20 "
        "Lisbon Summit."
    )
    assert parties == ["CN", "PT"]


def test_guests_of_an_attendance_list_and_a_head_sharing_a_minister_s_surname() -> None:
    x = extract_document(
        "Final communiqué of the 73rd ordinary session of the ECOWAS Authority\n\n"
        "1. The session was held in Abuja on 14 June 2027.\n\n"
        "2. The following attended: H.E. Kofi Mensah Boateng, President of the Republic of "
        "Ghana\nH.E. Amadou Diallo, President of the Republic of Senegal\n"
        "H.E. Edmond Zinsou, President of the Republic of Benin\n"
        "H.E. Musa Danjuma (GCFR), Former President of the Federal Republic of Nigeria\n"
        "H.E. Amb. Teresa Mabote, African Union Commissioner for Political Affairs\n"
        "H.E. Paulo Neves, Special Representative of the United Nations Secretary-General.\n\n"
        "3. The Authority heard Foreign Minister Awa Diallo of Senegal, in accordance with the "
        "vision shared by President of Senegal Moussa Diallo."
    )
    found = sorted((p.name, p.iso2) for p in x.participants)
    assert found == [
        ("Amadou Diallo", "SN"), ("Awa Diallo", "SN"), ("Edmond Zinsou", "BJ"),
        ("Kofi Mensah Boateng", "GH"), ("Musa Danjuma", "NG"), ("Paulo Neves", None),
        ("Teresa Mabote", None),
    ]  # fmt: skip


def test_a_head_named_once_who_acts_at_the_meeting_is_a_participant() -> None:
    x = extract_document(
        "Niamey, 4 mai 2026 - La conférence régionale sur la sécurité alimentaire s'est ouverte "
        "lundi à Niamey. Le président nigérien Issa Moumouni a ouvert les travaux devant les "
        "délégations de douze pays, sans évoquer les positions du président français Marc "
        "Delorme."
    )
    assert sorted((p.name, p.iso2) for p in x.participants) == [("Issa Moumouni", "NE")]


def test_the_heads_an_organisation_s_own_summit_lists_are_parties() -> None:
    parties = _parties(
        "Niamey, 6 juillet 2026 – Les présidents du Burkina Faso, du Mali et du Niger se sont "
        "retrouvés à Niamey pour le troisième sommet de la Confédération des États du Sahel."
    )
    assert parties == ["AES", "BF", "ML", "NE"]


def test_a_body_s_officer_at_a_meeting_in_a_city_is_not_of_the_host_state() -> None:
    x = extract_document(
        "Valletta, 14 October 2026 - The foreign ministers of the European Union and of the "
        "League of Arab States met in Valletta, co-chaired by the EU High Representative, Sara "
        "Lind, and the Secretary-General of the League of Arab States, Omar Haddad."
    )
    assert sorted((p.name, p.iso2) for p in x.participants) == [
        ("Omar Haddad", None), ("Sara Lind", None),
    ]  # fmt: skip


def test_an_office_naming_relations_does_not_make_its_state_a_topic() -> None:
    office = "the Minister of Foreign Affairs and International Relations of Mozambique met"
    topic = "the ministers reviewed relations with Mozambique"
    for text, expected in ((office, False), (topic, True)):
        start = text.index("Mozambique")
        assert is_topic(text, start, start + len("Mozambique"), 0) is expected, text


def test_a_state_that_signs_at_the_meeting_is_a_party_though_named_late() -> None:
    parties = _parties(
        "Sochi, 9 November 2026 - Russian Foreign Minister Pavel Orlov opened the ministerial "
        "conference of the partnership forum.\n\n"
        "Russia and Chad signed an agreement on visa-free travel for diplomats. Egypt had hosted "
        "the preparatory meeting."
    )
    assert parties == ["RU", "TD"]
