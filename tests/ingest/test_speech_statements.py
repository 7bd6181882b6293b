"""Statements with their speaker in speeches, calls, asides and copies of real texts (issue 15)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ingest.pipeline import extract_document
from desktop_app.ingest.report import evaluate

SPEECH = Path(__file__).resolve().parent.parent / "corpus" / "speech"


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(st.speaker, st.text) for st in extract_document(text).statements]


def test_a_speech_document_gives_its_key_claims_to_the_speaker_of_its_heading() -> None:
    said = _said(
        "Opening remarks by Foreign Minister Lena Varga at the Danube Forum\n\n"
        "Budapest, 3 May 2026\n\n"
        "Dear colleagues, we meet again in Budapest, and I thank our hosts.\n\n"
        "We opened two new border crossings this year. Our top priority is the river's "
        "navigation in every season.\n\n"
        "I will report to the Council in June."
    )
    assert said == [("Lena Varga", "Our top priority is the river's navigation in every season")]


def test_a_speech_in_french_whose_heading_names_the_speaker() -> None:
    said = _said(
        "Allocution de Mme Awa Sissoko, ministre des Affaires étrangères du Mali, lors de la "
        "réunion de Bamako\n\n"
        "Chers collègues, je vous souhaite la bienvenue. Nous avons beaucoup travaillé.\n\n"
        "La seule voie possible est le dialogue entre nos trois pays."
    )
    assert said == [("Awa Sissoko", "La seule voie possible est le dialogue entre nos trois pays")]


def test_an_article_is_not_a_speech_and_its_sentences_are_not_statements() -> None:
    # The same key phrase in an article told in the third person: no heading names a speech,
    # so nobody is given the sentence.
    said = _said(
        "Ministers meet in Budapest\n\n"
        "Foreign Minister Lena Varga met her Austrian counterpart in Budapest on Monday. "
        "The top priority is the river's navigation, the two ministries said in a statement."
    )
    assert said == []


def test_an_escaped_quotation_mark_does_not_hide_the_speaker() -> None:
    said = _said(
        "Estonian Foreign Minister Kadri Tamm promised a common plan in Riga.\n"
        '"Our region is united in protecting the cables. We will present a plan.",\\" '
        "she wrote."
    )
    assert said == [
        ("Kadri Tamm", "Our region is united in protecting the cables. We will present a plan")
    ]


def test_reported_words_with_an_aside_after_que() -> None:
    said = _said(
        "Le président de la Commission, Dr Ibrahima Sangaré a déclaré lors de la session que, "
        "conformément au traité, la Commission a ouvert un bureau à Lomé."
    )
    assert said == [
        ("Ibrahima Sangaré", "conformément au traité, la Commission a ouvert un bureau à Lomé")
    ]


def test_a_call_to_others_is_said_by_the_name_before_its_description() -> None:
    said = _said(
        "Dans son discours, Kwame Ofori Mensah, président en exercice de la Conférence, a "
        "exhorté ses pairs à ouvrir un marché commun de l'électricité."
    )
    assert said == [("Kwame Ofori Mensah", "ses pairs à ouvrir un marché commun de l'électricité")]


def test_a_call_that_is_only_praise_is_not_a_call() -> None:
    # "a encouragé les efforts … qui a permis": the "a" is an auxiliary, not "à".
    said = _said(
        "Le ministre Kwame Ofori Mensah a encouragé les efforts de la Commission qui a permis "
        "la tenue du scrutin."
    )
    assert said == []


def test_a_topic_a_person_stressed_is_their_statement() -> None:
    # The convention of tests/corpus/real/README.md: what a speaker says matters is a position.
    said = _said(
        "Latvian Foreign Minister Janis Ozols opened the meeting in Riga. Ozols stressed the "
        "importance of the declaration adopted at last year's summit in Vilnius, which set up "
        "the network."
    )
    assert said == [
        (
            "Janis Ozols",
            "the importance of the declaration adopted at last year's summit in Vilnius, "
            "which set up the network",
        )
    ]


def test_a_topic_the_ministers_stressed_together_is_no_ones_statement() -> None:
    said = _said(
        "Latvian Foreign Minister Janis Ozols and Estonian Foreign Minister Kadri Tamm met in "
        "Riga. The ministers stressed the importance of the declaration adopted in Vilnius."
    )
    assert said == []


def test_the_speech_corpus_statements_score_fully() -> None:
    # Other fields of these documents are other rules' work; the statements are guarded here.
    s = evaluate(SPEECH)["statements"]
    assert (s.tp, s.fp, s.fn) == (50, 0, 0), s.misses


def test_a_quotation_alone_after_an_attributed_one_is_the_same_speaker() -> None:
    said = _said(
        "Foreign Minister Fatou Diallo met the press in Dakar on Monday. "
        '"We have agreed on the fishing zones," Diallo said. "What matters now is that the '
        'boats respect them."'
    )
    assert said == [
        ("Fatou Diallo", "We have agreed on the fishing zones"),
        ("Fatou Diallo", "What matters now is that the boats respect them"),
    ]


def test_a_quotation_paragraph_after_a_speaker_and_a_colon() -> None:
    said = _said(
        "Foreign Minister Fatou Diallo met her Gambian counterpart Lamin Jobe in Dakar.\n\n"
        "After the talks, Diallo told reporters:\n\n"
        '"The two countries will open the bridge to trucks before the rainy season."'
    )
    assert said == [
        ("Fatou Diallo", "The two countries will open the bridge to trucks before the rainy season")
    ]


def test_a_scare_quoted_phrase_is_not_words_said() -> None:
    said = _said(
        '"This is a good day," Diallo said. The talks were called "historic".\n\n'
        "Foreign Minister Fatou Diallo met the press in Dakar."
    )
    assert said == [("Fatou Diallo", "This is a good day")]


_MET = (
    "Senegalese Foreign Minister Fatou Diallo met Gambian Foreign Minister Lamin Jobe in Dakar "
    "on Monday. "
)
_RECU = (
    "La ministre sénégalaise des Affaires étrangères, Fatou Diallo, a reçu lundi à Dakar son "
    "homologue gambien Lamin Jobe. "
)


def test_words_told_to_reporters_and_a_hope_expressed() -> None:
    assert _said(_MET + "Diallo told reporters that the bridge would open before June.") == [
        ("Fatou Diallo", "the bridge would open before June")
    ]
    assert _said(_MET + "Jobe expressed hope that the trucks would cross by the summer.") == [
        ("Lamin Jobe", "the trucks would cross by the summer")
    ]


def test_a_view_given_as_pour_x_and_a_conviction_told() -> None:
    assert _said(_RECU + "Pour Mme Diallo, le pont doit ouvrir avant juin.") == [
        ("Fatou Diallo", "le pont doit ouvrir avant juin")
    ]
    assert _said(_RECU + "M. Jobe s'est dit convaincu que le pont ouvrira avant juin.") == [
        ("Lamin Jobe", "le pont ouvrira avant juin")
    ]


def test_pour_a_state_or_pour_sa_part_gives_no_speaker_of_its_own() -> None:
    assert _said(_RECU + "Pour la Gambie, ce pont est une voie vitale vers le sud.") == []


def test_remarks_by_two_speakers_give_no_one_the_claims() -> None:
    said = _said(
        "Joint press remarks\n\nRemarks by Foreign Minister Lena Varga and Minister Karl Huber "
        "after their meeting\n\nWe met in Vienna today. Our top priority is the river's "
        "navigation in every season. We thank our teams."
    )
    assert said == []


def test_a_call_made_by_telephone_is_not_a_call_to_act() -> None:
    said = _said(_RECU + "M. Jobe a appelé son homologue à l'issue de la rencontre.")
    assert said == []
    said = _said(_RECU + "M. Jobe a appelé à la retenue des deux côtés de la frontière.")
    assert said == [("Lamin Jobe", "à la retenue des deux côtés de la frontière")]


def test_a_t_elle_is_the_woman_just_named_not_the_man_named_after_her() -> None:
    assert _said(_RECU + "« Le pont est prêt », a-t-elle déclaré.") == [
        ("Fatou Diallo", "Le pont est prêt")
    ]
    assert _said(_RECU + "Le pont est prêt pour les camions, a-t-elle souligné.") == [
        ("Fatou Diallo", "Le pont est prêt pour les camions")
    ]
    # Without a title saying who is a woman, the subject of the sentence before (who
    # received whom) is the speaker, not the guest named after her.
    assert _said(
        "Fatou Diallo a reçu lundi à Dakar son homologue gambien Lamin Jobe. « Le pont est "
        "prêt », a-t-elle déclaré."
    ) == [("Fatou Diallo", "Le pont est prêt")]


def test_reported_words_holding_a_quoted_phrase_are_read_as_reported_speech() -> None:
    # The quoted phrase has no speaker of its own: the sentence around it is the statement.
    said = _said(
        "The foreign ministers of Estonia and Finland met in Tallinn on Monday.\n"
        "Estonian Foreign Minister Kadri Tamm pointed out that a common cable plan would "
        'protect the region as the situation at sea becomes "more tense than in any year '
        'before".'
    )
    assert said == [
        (
            "Kadri Tamm",
            "a common cable plan would protect the region as the situation at sea becomes "
            '"more tense than in any year before"',
        )
    ]


def test_words_told_to_someone_before_that_are_reported_speech() -> None:
    said = _said(
        "The foreign ministers of Estonia and Finland met in Tallinn on Monday.\n"
        "Finnish Foreign Minister Aino Lehto told the national broadcaster that the ferry "
        "line would reopen before the summer."
    )
    assert said == [("Aino Lehto", "the ferry line would reopen before the summer")]


def test_a_persons_words_quoted_in_a_ministrys_account_are_the_persons() -> None:
    said = _said(
        "The foreign ministers of Estonia and Finland met in Tallinn on Monday.\n"
        'Finnish Foreign Minister Aino Lehto told her counterpart that "the ferry line must '
        'reopen before the summer," the Finnish Foreign Ministry said.'
    )
    assert said == [("Aino Lehto", "the ferry line must reopen before the summer")]


def test_who_will_meet_when_is_the_meetings_news_not_a_statement() -> None:
    # A spokesperson announcing the talks: their date, chair and place are the meeting's facts.
    said = _said(
        "Foreign Ministry spokesperson Lina Berg said on Friday that the foreign ministers of "
        "Estonia and Finland will meet in Tallinn on Monday.\n"
        "Berg said the talks, scheduled for two days, will be chaired by Estonian Foreign "
        "Minister Kadri Tamm.\n"
        "Berg said the two countries want a common plan to protect the undersea cables."
    )
    assert said == [
        ("Lina Berg", "the two countries want a common plan to protect the undersea cables")
    ]


def test_what_the_ministers_agreed_after_the_talks_is_a_ministrys_news() -> None:
    said = _said(
        "The foreign ministers of Estonia and Finland met in Tallinn on Monday.\n"
        "In a statement, the Estonian Foreign Ministry said that after a two-hour meeting, the "
        "two ministers agreed to protect the undersea cables together.\n"
        "The Finnish Foreign Ministry said bilateral meetings would also take place on the "
        "sidelines of the event."
    )
    assert said == []


def test_a_readouts_list_item_telling_who_said_what_is_a_statement() -> None:
    said = _said(
        "The foreign ministers of Estonia and Finland met in Tallinn on 9 March 2026. "
        "Estonian Foreign Minister Kadri Tamm and Finnish Foreign Minister Aino Lehto discussed "
        "the following issues.\n\n"
        "  1. The two ministers reviewed the ferry line.\n"
        "  2. Minister Lehto said Finland would like to open a second cable to Estonia by 2028.\n"
    )
    assert said == [("Aino Lehto", "Finland would like to open a second cable to Estonia by 2028")]


def test_words_without_quotation_marks_after_said_colon_are_the_speakers() -> None:
    # A ministry's release: "X a déclaré :" then her words as a paragraph of their own.
    said = _said(
        "La ministre estonienne des Affaires étrangères Kadri Tamm se rend aujourd'hui à "
        "Helsinki.\n\n"
        "Avant son départ pour Helsinki, la ministre des Affaires étrangères Kadri Tamm a "
        "déclaré aujourd'hui (le 9 mars) :\n\n"
        "La sécurité de la mer Baltique est notre affaire commune. Nos deux pays doivent "
        "protéger ensemble les câbles qui relient nos côtes.\n\n"
        "La ministre rencontrera son homologue finlandaise dans l'après-midi."
    )
    assert said == [
        ("Kadri Tamm", "La sécurité de la mer Baltique est notre affaire commune"),
        ("Kadri Tamm", "Nos deux pays doivent protéger ensemble les câbles qui relient nos côtes"),
    ]


def test_a_quotation_after_reported_words_goes_on_with_their_speaker() -> None:
    # The text names him by his given name, as Ethiopian names are written.
    said = _said(
        "Deputy Prime Minister Tesfaye Alemu of Ethiopia opened the session in Addis Ababa.\n"
        'The government has reopened the roads to the north, Tesfaye stressed. "We are also '
        'working with the Commission to support the monitoring mechanism."'
    )
    assert said == [
        ("Tesfaye Alemu", "The government has reopened the roads to the north"),
        (
            "Tesfaye Alemu",
            "We are also working with the Commission to support the monitoring mechanism",
        ),
    ]


def test_thanks_told_are_a_statement() -> None:
    said = _said(
        "The foreign ministers of Estonia and Finland met in Tallinn on Monday.\n"
        "Estonian Foreign Minister Kadri Tamm thanked the Finnish navy for its help after the "
        "storm and stressed the importance of the cable plan."
    )
    assert said == [
        (
            "Kadri Tamm",
            "the Finnish navy for its help after the storm and stressed the importance of the "
            "cable plan",
        )
    ]


def test_satisfaction_told_for_her_part_is_the_ministers_statement() -> None:
    # "Pour sa part" says whose turn it is; the minister described after it is the speaker.
    said = _said(
        "Le ministre estonien des Affaires étrangères, Kadri Tamm, a reçu mardi à Tallinn la "
        "ministre finlandaise des Affaires étrangères, Aino Lehto.\n"
        "Pour sa part, la ministre finlandaise des Affaires étrangères s'est réjouie de cette "
        "visite qui ouvre une nouvelle étape de la coopération entre les deux pays."
    )
    assert said == [
        (
            "Aino Lehto",
            "de cette visite qui ouvre une nouvelle étape de la coopération entre les deux pays",
        )
    ]


def test_the_aim_a_ministry_gives_the_meeting_is_its_own_words() -> None:
    # tests/corpus/real/README.md: who met and what they agreed is news; the aim is a view.
    said = _said(
        "La ministre sénégalaise des Affaires étrangères, Awa Ndiaye, est arrivée lundi à "
        "Banjul.\n"
        "Selon le communiqué publié par le ministère sénégalais des Affaires étrangères, qui "
        "assure la présidence du comité, cette visite vise à relancer la coopération dans la "
        "pêche et à ouvrir une nouvelle ligne maritime."
    )
    assert said == [
        (
            "Senegal",
            "cette visite vise à relancer la coopération dans la pêche et à ouvrir une nouvelle "
            "ligne maritime",
        )
    ]


def test_a_quotation_in_single_curly_marks_is_quoted_words() -> None:
    said = _said(
        "Norwegian Foreign Minister Ola Dahl hosted his Nordic and Baltic colleagues in Oslo.\n\n"
        "‘The storms of this winter showed how fragile our cables are. Cooperation between our "
        "countries’ navies can protect them,’ Mr Dahl said."
    )
    assert said == [
        (
            "Ola Dahl",
            "The storms of this winter showed how fragile our cables are. Cooperation between "
            "our countries’ navies can protect them",
        )
    ]


def test_with_a_named_person_noting_that_the_quotation_is_theirs() -> None:
    said = _said(
        "The foreign ministers of the Nordic countries meet in Oslo next week, with Norwegian "
        "Foreign Minister Ola Dahl noting earlier this month that “the security of the cables "
        "is the first issue we intend to discuss”."
    )
    assert said == [
        ("Ola Dahl", "the security of the cables is the first issue we intend to discuss")
    ]


def test_what_a_participle_says_after_the_subjects_deed_is_the_subjects() -> None:
    said = _said(
        "The foreign ministers of Egypt and Sudan met in Cairo on Monday.\n"
        "During the meeting, Egyptian Foreign Minister Karim Fahmy briefed his counterpart on "
        "the talks held in Addis Ababa, affirming that Egypt is seeking a binding agreement on "
        "the river."
    )
    assert said == [("Karim Fahmy", "Egypt is seeking a binding agreement on the river")]


def test_il_a_affirme_after_a_name_given_with_its_description_is_that_person() -> None:
    # The name opens its sentence with who he is between commas; "il" is him.
    said = _said(
        "Lors de son discours d'ouverture, Ahmed Ould Sidi Brahim, directeur de la coopération "
        "au ministère mauritanien des Affaires étrangères, a salué les délégations. Il a affirmé "
        "que les recommandations de la session sont essentielles pour la pêche."
    )
    assert said == [
        (
            "Ahmed Ould Sidi Brahim",
            "les recommandations de la session sont essentielles pour la pêche",
        )
    ]


def test_a_topic_one_minister_stressed_in_french_is_her_statement() -> None:
    said = _said(
        "La ministre malienne des Affaires étrangères, Awa Sissoko, a reçu son homologue "
        "nigérien à Bamako.\n"
        "Mme Sissoko a souligné l'importance de la route du fleuve pour les deux pays."
    )
    assert said == [("Awa Sissoko", "l'importance de la route du fleuve pour les deux pays")]


def test_thanks_for_a_visit_or_a_welcome_are_a_courtesy() -> None:
    said = _said(
        "The foreign ministers of Estonia and Finland met in Tallinn on Monday.\n"
        "Estonian Foreign Minister Kadri Tamm thanked her guest for the visit."
    )
    assert said == []


def test_an_office_named_without_its_article_after_a_quotation_is_the_speaker_before() -> None:
    said = _said(
        "The foreign ministers of Poland and France met in Weimar on Friday.\n"
        'French Foreign Minister Paul Garnier said the forum "remains a chance for frank '
        'talks between the two countries".\n'
        '"Our countries can become a source of ideas for a stronger Europe," chief of French '
        "diplomacy added."
    )
    assert (
        "Paul Garnier",
        "Our countries can become a source of ideas for a stronger Europe",
    ) in said


def test_admitted_that_is_reported_speech() -> None:
    said = _said(
        "The foreign ministers of Poland and France met in Weimar on Friday.\n"
        "French Foreign Minister Paul Garnier admitted that the talks on the border had been "
        "harder than expected."
    )
    assert said == [("Paul Garnier", "the talks on the border had been harder than expected")]


def test_recalling_where_another_meeting_was_held_is_background_not_a_statement() -> None:
    text = (
        "La ministre béninoise des Affaires étrangères, Rose Agbo, et son homologue togolais, "
        "Kossi Amavi, se sont réunis mardi à Cotonou.\n"
        "Le ministre togolais a rappelé que la précédente session s'était tenue à Lomé en 2023.\n"
        "Rose Agbo a rappelé que la frontière restera ouverte aux commerçants pendant les travaux."
    )
    assert _said(text) == [
        ("Rose Agbo", "la frontière restera ouverte aux commerçants pendant les travaux")
    ]
