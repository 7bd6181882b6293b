"""Speakers of reported and quoted words as real press writes them (issue 15): spokespeople,
pronouns, surnames, offices alone, quotations over paragraphs, speaker after the words."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db import models as m
from desktop_app.ingest.pipeline import extract_document
from desktop_app.services import importing
from desktop_app.services.store import Store

SPEECH = Path(__file__).resolve().parent.parent / "corpus" / "speech"


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(st.speaker, st.text) for st in extract_document(text).statements]


def test_a_spokesperson_named_after_the_words_with_an_apposition_and_a_day() -> None:
    said = _said(
        "Valletta talks\n\n"
        "Maltese Foreign Minister Paul Vella met his Tunisian counterpart Hedi Gharbi in "
        "Valletta. The two ministers agreed to open a ferry line to Sfax, Rita Camilleri, the "
        "spokesperson for the Maltese Foreign Ministry, said on Monday."
    )
    assert said == [
        ("Rita Camilleri", "The two ministers agreed to open a ferry line to Sfax"),
    ]


def test_a_spokesperson_is_a_source_not_a_participant() -> None:
    x = extract_document(
        "Maltese Foreign Minister Paul Vella met his Tunisian counterpart Hedi Gharbi in "
        "Valletta. The two ministers agreed to open a ferry line to Sfax, Rita Camilleri, the "
        "spokesperson for the Maltese Foreign Ministry, said on Monday."
    )
    assert [st.speaker for st in x.statements] == ["Rita Camilleri"]
    assert "Rita Camilleri" not in {p.name for p in x.participants}


def test_the_verb_before_the_speaker_in_english() -> None:
    said = _said(
        "Maltese Foreign Minister Paul Vella met his Tunisian counterpart Hedi Gharbi in "
        "Valletta. The ministers did not discuss the fishing zones, said Sami Trabelsi, "
        "spokesman for the Tunisian minister."
    )
    assert said == [("Sami Trabelsi", "The ministers did not discuss the fishing zones")]


def test_a_name_shared_by_two_people_is_the_one_named_last() -> None:
    # Korean names: the family name first, shared by the minister and his spokesman.
    said = _said(
        "DPRK Foreign Minister Pak Chol Su met his Mongolian counterpart Bat Erdene in Hanoi. "
        "The ministers talked about rail links, said Pak Yong Nam, spokesman for the minister.\n\n"
        "The question of the border was not raised at the meeting, Pak told reporters."
    )
    assert ("Pak Yong Nam", "The question of the border was not raised at the meeting") in said


def test_a_surname_alone_is_the_full_name_the_text_gives() -> None:
    said = _said(
        "Foreign ministers of Georgia and Armenia Levan Beridze and Aram Sargsyan held a press "
        "conference in Tbilisi.\n\n"
        "Both countries want the railway through the gorge reopened by the spring, Beridze said."
    )
    assert said == [
        (
            "Levan Beridze",
            "Both countries want the railway through the gorge reopened by the spring",
        )
    ]


def test_he_added_that_is_the_speaker_named_before_not_a_name_in_his_words() -> None:
    said = _said(
        "Croatian Foreign Minister Tomislav Babić met his Slovenian counterpart Mojca Kranjc in "
        "Zagreb.\n\n"
        "In the press conference, Babić, by referring to the new rail line, said that President "
        "Ivo Perić will open it in the autumn.\n\n"
        "He added that the two countries would hold a joint cabinet session this year."
    )
    assert said == [
        ("Tomislav Babić", "President Ivo Perić will open it in the autumn"),
        ("Tomislav Babić", "the two countries would hold a joint cabinet session this year"),
    ]


def test_he_is_not_named_in_the_opening_clause_of_his_sentence() -> None:
    said = _said(
        "Croatian Foreign Minister Tomislav Babić met his Slovenian counterpart Mojca Kranjc in "
        "Zagreb.\n\n"
        "Referring to the talks between Prime Minister Ante Horvat and the Slovenian "
        "delegation, he said that the border crossings would stay open all night."
    )
    assert said == [("Tomislav Babić", "the border crossings would stay open all night")]


def test_he_said_after_the_words_goes_to_the_last_speaker() -> None:
    said = _said(
        "Croatian Foreign Minister Tomislav Babić met his Slovenian counterpart Mojca Kranjc in "
        "Zagreb. The Croatian minister said that the border crossings would stay open all night "
        "in the summer. Many agreements have been signed between the two countries since 1992, "
        "he said."
    )
    assert (
        "Tomislav Babić",
        "Many agreements have been signed between the two countries since 1992",
    ) in said


def test_the_minister_alone_is_whom_the_text_was_speaking_of() -> None:
    said = _said(
        "Croatian Foreign Minister Tomislav Babić met his Slovenian counterpart Mojca Kranjc in "
        "Zagreb.\n\n"
        "Kranjc said that Slovenia would send experts to the flood areas.\n\n"
        'The minister said: "We have waited thirty years for this line, and we will not wait '
        'for another thirty."'
    )
    assert said[-1] == (
        "Mojca Kranjc",
        "We have waited thirty years for this line, and we will not wait for another thirty",
    )


def test_le_ministre_seul_est_celui_dont_parle_le_texte() -> None:
    said = _said(
        "Le ministre marocain Karim Bennani a reçu son homologue portugaise Inês Gouveia à "
        "Rabat.\n\n"
        "« Nos deux rives ne sont séparées que par quelques heures de mer », a déclaré "
        "M. Bennani.\n\n"
        "Le ministre a indiqué qu'une commission mixte se réunirait à Lisbonne en juin."
    )
    assert said[-1] == ("Karim Bennani", "une commission mixte se réunirait à Lisbonne en juin")


def test_a_quotation_over_two_paragraphs_then_its_speaker() -> None:
    said = _said(
        "Estonian Foreign Minister Liis Saar hosted her Finnish counterpart Aino Virtanen in "
        "Tallinn.\n\n"
        '"The lunch was short and the talks were long.\n\n'
        'Both ministers went through the whole list of cables and ports," Virtanen told '
        "reporters after the talks."
    )
    assert said == [
        (
            "Aino Virtanen",
            "The lunch was short and the talks were long.\n\n"
            "Both ministers went through the whole list of cables and ports",
        )
    ]


def test_a_short_quoted_phrase_does_not_hide_reported_words() -> None:
    said = _said(
        "Croatian Foreign Minister Tomislav Babić met his Slovenian counterpart Mojca Kranjc in "
        'Zagreb. Kranjc noted that the two sides should not "wait" but settle the case within '
        "a year."
    )
    assert said == [
        ("Mojca Kranjc", 'the two sides should not "wait" but settle the case within a year')
    ]


def test_une_fonction_en_tete_de_phrase_puis_le_nom() -> None:
    said = _said(
        "Le ministre des Affaires étrangères Karim Bennani a reçu à Rabat son homologue "
        "portugaise Inês Gouveia.\n\n"
        "Le ministre des Affaires étrangères Karim Bennani a noté que les échanges "
        "entre les deux pays avaient doublé en cinq ans."
    )
    assert said == [
        ("Karim Bennani", "les échanges entre les deux pays avaient doublé en cinq ans")
    ]


def test_un_titre_colle_au_nom_et_un_participe_sans_virgule() -> None:
    said = _said(
        "Le ministre marocain Karim Bennani a reçu son homologue portugaise Inês Gouveia.\n\n"
        "« Nos deux rives ne sont séparées que par quelques heures de mer », a lancé M.Bennani "
        "ajoutant que « la jeunesse des deux pays doit pouvoir étudier de l'autre côté »."
    )
    assert said == [
        ("Karim Bennani", "Nos deux rives ne sont séparées que par quelques heures de mer"),
        ("Karim Bennani", "la jeunesse des deux pays doit pouvoir étudier de l'autre côté"),
    ]


def test_a_lead_repeated_after_a_dateline_is_one_statement() -> None:
    lead = (
        "The ministers of Estonia and Finland agreed to share radar data, Mart Kivi, the "
        "spokesperson for the Estonian Foreign Ministry, said on Thursday"
    )
    said = _said(f"{lead}\n\nTALLINN, 12 March 2026 (Baltic Wire) - {lead}.")
    assert said == [
        ("Mart Kivi", "The ministers of Estonia and Finland agreed to share radar data")
    ]


def test_what_is_called_for_is_what_was_said() -> None:
    said = _said(
        "Maltese Foreign Minister Paul Vella met his Tunisian counterpart Hedi Gharbi in "
        "Valletta. Vella called for a joint patrol of the strait before the summer."
    )
    assert said == [("Paul Vella", "a joint patrol of the strait before the summer")]


def test_ce_pour_quoi_il_a_plaide_est_ce_qu_il_a_dit() -> None:
    said = _said(
        "Le ministre malien Moussa Keïta a reçu son homologue sénégalais Ousmane Diop à Bamako. "
        "Moussa Keïta a plaidé pour un corridor commun vers le port de Dakar."
    )
    assert said == [("Moussa Keïta", "un corridor commun vers le port de Dakar")]


def test_a_quoted_spokesperson_is_a_source_not_a_participant() -> None:
    x = extract_document(
        "Maltese Foreign Minister Paul Vella met his Tunisian counterpart Hedi Gharbi in "
        'Valletta.\n\n"The talks were long and useful," said Rita Camilleri, the spokesperson '
        "for the Maltese Foreign Ministry."
    )
    assert [(st.speaker, st.text) for st in x.statements] == [
        ("Rita Camilleri", "The talks were long and useful")
    ]
    assert "Rita Camilleri" not in {p.name for p in x.participants}


def test_a_quotation_over_paragraphs_each_opened_again() -> None:
    # The press's way: each paragraph of the quotation opens with a mark, only the last closes.
    said = _said(
        "Foreign Minister Fatou Diallo met the press in Dakar on Monday.\n\n"
        '"We have agreed on the fishing zones for the whole year.\n\n'
        '"What matters now is that the boats respect them," Diallo said.'
    )
    assert said == [
        ("Fatou Diallo", "We have agreed on the fishing zones for the whole year"),
        ("Fatou Diallo", "What matters now is that the boats respect them"),
    ]


def test_selon_le_porte_parole_puis_son_nom() -> None:
    x = extract_document(
        "Le ministre sénégalais Cheikh Niang a reçu son homologue gambien Lamin Jobe à Dakar.\n\n"
        "Selon le porte-parole du ministère, Jean Diouf, les deux pays ouvriront un poste "
        "frontière commun en mai."
    )
    assert [(st.speaker, st.text) for st in x.statements] == [
        ("Jean Diouf", "les deux pays ouvriront un poste frontière commun en mai")
    ]
    assert "Jean Diouf" not in {p.name for p in x.participants}


def test_the_minister_after_a_visit_is_its_subject_not_the_guest() -> None:
    # Who received whom: the subject of the sentence is whom "the minister" and "he" mean.
    said = _said(
        "Japanese Foreign Minister Taro Sato met his Korean counterpart Kim Min-ho in Seoul.\n\n"
        '"We agreed to meet again before the end of the year," the minister said.\n\n'
        '"The fishing dispute must not harm the talks," he told reporters.'
    )
    assert said == [
        ("Taro Sato", "We agreed to meet again before the end of the year"),
        ("Taro Sato", "The fishing dispute must not harm the talks"),
    ]


def test_le_ministre_apres_une_audience_est_celui_qui_recoit() -> None:
    said = _said(
        "Le ministre malien Moussa Keïta a reçu son homologue sénégalais Ousmane Diop à "
        "Bamako.\n\n"
        "« Le corridor doit rouvrir avant la saison des pluies », a souligné le ministre."
    )
    assert said == [("Moussa Keïta", "Le corridor doit rouvrir avant la saison des pluies")]


def test_un_nom_dans_une_proposition_d_ouverture_n_est_pas_il() -> None:
    said = _said(
        "Le ministre Elmar Aliyev a reçu à Bakou le président en exercice de l'OSCE.\n\n"
        "En commentant les déclarations de Karen Petrosyan, chef du Conseil de sécurité, le "
        "ministre a souligné que ces déclarations nuisaient à la négociation.\n\n"
        "« Nous voulons une solution négociée au conflit », a-t-il dit."
    )
    assert [speaker for speaker, _ in said] == ["Elmar Aliyev", "Elmar Aliyev"]


def test_where_the_words_come_from_is_not_part_of_them() -> None:
    said = _said(
        "Japanese Foreign Minister Taro Sato met his Korean counterpart Kim Min-ho in Seoul on "
        "Monday. Sato warned that the fishing dispute could harm the talks, according to a "
        "statement from the ministry."
    )
    assert said == [("Taro Sato", "the fishing dispute could harm the talks")]


def test_a_judgement_told_is_a_statement() -> None:
    """ "X called Y an example of Z", "X described Y as Z", "X a qualifié Y de Z": what the
    speaker called it is what was said."""
    opening = (
        "Baku talks\n\nAzerbaijani Foreign Minister Rustam Aliyev received his Georgian "
        "counterpart Nino Beridze in Baku on Monday. "
    )
    assert _said(
        opening + "In response, Rustam Aliyev called the ties with Georgia an example of good "
        "neighbourliness between the two nations."
    ) == [
        (
            "Rustam Aliyev",
            "the ties with Georgia an example of good neighbourliness between the two nations",
        )
    ]
    assert _said(opening + "Beridze described the visit as a turning point for the corridor.") == [
        ("Nino Beridze", "the visit as a turning point for the corridor")
    ]
    assert _said(
        "Entretiens à Dakar\n\nLe ministre sénégalais des Affaires étrangères, Moussa Diop, a "
        "reçu son homologue malienne Awa Traoré à Dakar lundi. Moussa Diop a qualifié la "
        "rencontre de tournant pour la coopération entre les deux pays."
    ) == [("Moussa Diop", "la rencontre de tournant pour la coopération entre les deux pays")]


def test_calling_someone_is_not_a_judgement() -> None:
    opening = (
        "Baku talks\n\nAzerbaijani Foreign Minister Rustam Aliyev received his Georgian "
        "counterpart Nino Beridze in Baku on Monday. "
    )
    assert _said(opening + "Aliyev called Beridze on the eve of the talks.") == []
    assert _said(opening + "Aliyev called Beridze to discuss the state of the corridor.") == []


def test_an_office_owned_by_a_state_then_a_name_is_the_speaker() -> None:
    """ "Kenya's Transport Minister Daniel Otieno said …": named once, with his office, in his
    own sentence; the words are his, and so is the "he added" after them."""
    said = _said(
        "Nairobi talks\n\nKenyan Foreign Minister Peter Kamau received his Ugandan counterpart "
        "Grace Okello in Nairobi on Monday. The two ministers signed a memorandum on the "
        "northern corridor. Speaking after the signing, Kenya's Transport Minister Daniel "
        "Otieno said the railway section to Malaba would be finished by 2027. He added that "
        "the funding had already been secured."
    )
    assert said == [
        ("Daniel Otieno", "the railway section to Malaba would be finished by 2027"),
        ("Daniel Otieno", "the funding had already been secured"),
    ]


def test_a_ministry_speaks_for_its_state() -> None:
    """ "Ghana's Foreign Ministry said in a statement", then "the ministry said": its own words
    are the state's; what it tells of the meeting (the ministers agreed …) is the news it is
    the source of, not a statement; no person is made of the office."""
    x = extract_document(
        "Accra talks\n\nGhanaian Foreign Minister Kofi Asante received his Togolese "
        "counterpart Edem Kodjo in Accra on Tuesday. The two ministers agreed to reopen the "
        "border post at Aflao, Ghana's Foreign Ministry said in a statement. \"Ghana is ready "
        'to pay for half of the new customs building," the ministry said.'
    )
    assert [(st.speaker, st.speaker_entity, st.text) for st in x.statements] == [
        ("Ghana", "GH", "Ghana is ready to pay for half of the new customs building"),
    ]
    assert {p.name for p in x.participants} == {"Kofi Asante", "Edem Kodjo"}
    assert any("reopen the border post" in c.text for c in x.items)


def test_a_french_ministry_communique_speaks_for_its_state() -> None:
    x = extract_document(
        "Entretiens à Bamako\n\nLe ministre malien des Affaires étrangères, Moussa Keita, a "
        "reçu mardi à Bamako son homologue nigérien, Ali Mahaman. Le ministère malien des "
        "Affaires étrangères a indiqué dans un communiqué que le Mali financerait la moitié "
        "des travaux de la route de Niamey."
    )
    assert [(st.speaker_entity, st.text) for st in x.statements] == [
        ("ML", "le Mali financerait la moitié des travaux de la route de Niamey")
    ]


def test_a_ministry_named_without_its_state_is_nobody_yet() -> None:
    """ "A statement from the ministry said …" with no ministry named before: whose ministry
    the text does not say, so no speaker is made up."""
    assert (
        _said(
            "Accra talks\n\nGhanaian Foreign Minister Kofi Asante received his Togolese "
            "counterpart Edem Kodjo in Accra on Tuesday. A statement from the ministry said the "
            "two ministers had agreed to reopen the border post at Aflao."
        )
        == []
    )


def test_an_imported_ministry_statement_is_the_state_actors(empty_store: Store) -> None:
    [outcome] = importing.import_files(empty_store, [SPEECH / "en-s11-ministry.txt"])
    assert outcome.status == "imported"
    with empty_store.read() as session:
        kinds = {
            (st.speaker.name, st.speaker.kind)
            for st in session.scalars(select(m.Statement))
            if st.speaker is not None
        }
        people = set(session.scalars(select(m.Actor.name).where(m.Actor.kind == "person")))
    assert ("Ghana", "state") in kinds and ("Kofi Asante", "person") in kinds
    assert not any("ministry" in name.lower() or name == "Ghana" for name in people)
