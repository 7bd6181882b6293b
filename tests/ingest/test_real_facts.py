"""Participants, parties, commitments and statements on the structures of real texts (issue 15)."""

from __future__ import annotations

from desktop_app.ingest.gazetteer import load_gazetteer


def test_an_organisation_acronym_never_hides_a_state() -> None:
    gaz = load_gazetteer()
    ukraine = gaz.entity("UA")
    assert ukraine is not None and ukraine.kind == "state" and ukraine.english == "Ukraine"
    african_union = gaz.find_name("African Union")
    assert african_union is not None and african_union.key == "AU"
    assert gaz.find_name("UA") is not None  # the French acronym still names the AU


def test_regional_organisations_and_their_states_are_known() -> None:
    gaz = load_gazetteer()
    text = (
        "The League of Arab States, the Shanghai Cooperation Organisation, the OSCE and the "
        "G7 met Kazakhstan, Uzbekistan, Portugal and Uganda in Tashkent."
    )
    keys = [m.entity.key for m in gaz.mentions(text)]
    assert keys == ["LAS", "SCO", "OSCE", "G7", "KZ", "UZ", "PT", "UG"]
    tashkent = gaz.city("Tachkent")
    assert tashkent is not None and tashkent.iso2 == "UZ"
