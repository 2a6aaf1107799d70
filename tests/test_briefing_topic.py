"""A note on several sources whose headlines share nothing is titled by the disaster most of them
tell and where it struck ("Earthquake in Nepal"), not by a list of its first actors.

The sources are invented, in the shapes of a UN news story, a donor's release and a wire item;
the near-misses tell no disaster (a political storm), or only one source tells it.
"""

from __future__ import annotations

import pytest
from docx import Document

from briefing_app.analysis.combine import analyze
from briefing_app.briefing import autofill, get_template
from briefing_app.export import export_docx
from briefing_app.ingest.load import source_from_bytes


@pytest.fixture(autouse=True)
def no_user_templates(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_TEMPLATES_DIR", str(tmp_path / "no-user-templates"))


def _sources(*texts: str):
    return [source_from_bytes(t.encode(), f"s{i}.txt") for i, t in enumerate(texts, 1)]


UN_STORY = (
    "Rescue teams dig through rubble in the hills\n\n"
    "A magnitude 6.9 earthquake struck western Nepal on Friday night, killing at least 120 "
    "people and destroying hundreds of homes, the UN humanitarian office said.\n\n"
    "Nepal has asked for tents and medical supplies, said spokesperson Anna Berglund."
)
DONOR = (
    "Japan provides emergency relief goods\n\n"
    "The Government of Japan decided to provide tents and blankets to Nepal, where the "
    "earthquake of 3 November killed more than 150 people in Jajarkot district.\n\n"
    "Japan will continue to stand by the people of Nepal, Foreign Minister Kenji Mori said."
)
WIRE = (
    "Aftershocks rattle survivors\n\n"
    "KATHMANDU (Wire) - Aftershocks shook Nepal on Sunday, two days after the quake that "
    "flattened villages and left thousands homeless.\n\n"
    "India sent two aircraft with relief material, its embassy in Kathmandu said."
)


def test_three_sources_on_one_earthquake_are_titled_by_it_and_its_place() -> None:
    analysis = analyze(_sources(UN_STORY, DONOR, WIRE))
    assert analysis.topic == "Earthquake in Nepal"
    briefing = autofill(analysis, get_template("analyst_brief"))
    assert briefing.title == "Earthquake in Nepal"


def test_the_title_reaches_the_exported_docx(tmp_path) -> None:
    analysis = analyze(_sources(UN_STORY, DONOR, WIRE))
    briefing = autofill(analysis, get_template("analyst_brief"))
    out = tmp_path / "note.docx"
    export_docx(briefing, out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Earthquake in Nepal" in text
    assert "Briefing: " not in text


def test_a_named_storm_names_its_event_wherever_it_struck() -> None:
    a = (
        "Relief flights resume\n\n"
        "Cyclone Ilsa struck the coast of Fiji on Tuesday, destroying crops and damaging "
        "roads. The United States announced $2 million in assistance."
    )
    b = (
        "Statement on the storm\n\n"
        "Australia stands with Fiji after Cyclone Ilsa hit its northern islands and killed "
        "two people, the minister said."
    )
    assert analyze(_sources(a, b)).topic == "Cyclone Ilsa"


def test_a_figure_of_speech_or_one_source_alone_gives_no_topic() -> None:
    politics = (
        "Coalition in trouble\n\n"
        "A political storm hit the coalition in Canberra on Monday after the budget leak, "
        "the opposition said."
    )
    politics_2 = (
        "Leak fallout\n\n"
        "The diplomatic storm that hit Canberra this week damaged trust, said Senator Jane Reid."
    )
    assert analyze(_sources(politics, politics_2)).topic == ""
    unrelated = (
        "Trade talks open\n\nMinisters from Japan and India opened trade talks in Tokyo on Monday."
    )
    other = "Budget approved\n\nThe parliament of India approved the budget on Tuesday."
    assert analyze(_sources(UN_STORY, unrelated, other)).topic == ""


def test_one_source_keeps_its_own_headline_as_the_title() -> None:
    analysis = analyze(_sources(UN_STORY))
    assert analysis.topic == ""
    briefing = autofill(analysis, get_template("analyst_brief"))
    assert briefing.title == "Rescue teams dig through rubble in the hills"


def test_with_no_disaster_the_event_most_sources_tell_names_the_note() -> None:
    treasury = (
        "Treasury acts against officials\n\n"
        "The Treasury today imposed sanctions on eight officials of Belarus over the violent "
        "crackdown on protesters after the August election.\n\n"
        "The designated officials include the head of the police in Minsk."
    )
    ottawa = (
        "Canada announces measures\n\n"
        "Canada announced sanctions against 11 officials of Belarus, in coordination with "
        "the United Kingdom.\n\nThe measures freeze their assets in Canada."
    )
    council = (
        "Council adopts restrictive measures\n\n"
        "The Council sanctioned 40 individuals in Belarus responsible for repression and "
        "intimidation of peaceful demonstrators."
    )
    analysis = analyze(_sources(treasury, ottawa, council))
    assert analysis.topic == "Belarus: sanctions"
    assert autofill(analysis, get_template("analyst_brief")).title == "Belarus: sanctions"


def test_sources_on_different_events_get_no_event_title() -> None:
    a = "Ministers meet\n\nThe ministers of Japan and India met in Tokyo on Monday for talks."
    b = "Arrests in Lagos\n\nPolice in Nigeria arrested 12 people in Lagos on Friday."
    c = "Budget approved\n\nThe parliament of Chile approved the budget on Tuesday."
    assert analyze(_sources(a, b, c)).topic == ""


# Biological hazards (EM-DAT's biological group: an epidemic, an insect infestation) are
# disasters as earthquakes are; the sources are invented.
LOCUST_AGENCY = (
    "Swarms reach the south\n\n"
    "Desert locusts have infested farmland across Chad, destroying crops and pasture in six "
    "provinces, the agriculture ministry said.\n\n"
    "Ground teams sprayed 20,000 hectares last week."
)
LOCUST_DONOR = (
    "Emergency grant approved\n\n"
    "The fund approved $5 million for Chad, where the locust upsurge has damaged harvests "
    "and affected 300,000 farmers.\n\n"
    "Aircraft will survey the breeding areas."
)
LOCUST_FLASH = (
    "Daily flash\n\n"
    "The infestation spread in Chad this week; new swarms of locusts destroyed sorghum fields "
    "near the border.\n\n"
    "Further breeding is expected if rains continue."
)


def test_an_insect_infestation_is_titled_by_the_insect_and_its_place() -> None:
    analysis = analyze(_sources(LOCUST_AGENCY, LOCUST_DONOR, LOCUST_FLASH))
    assert analysis.topic == "Locust infestation in Chad"


def test_an_epidemic_most_sources_tell_titles_the_note() -> None:
    analysis = analyze(
        _sources(
            "Cases rise\n\nA cholera epidemic has killed 40 people in Zambia since January, "
            "the health ministry said.\n\nClinics have opened treatment tents.",
            "Vaccines arrive\n\nThe epidemic in Zambia has affected 3,000 people; a first "
            "shipment of vaccine landed in Lusaka on Monday.\n\nMore doses are due.",
            "Schools closed\n\nZambia closed schools to slow the epidemic, which has caused "
            "deaths in four provinces.\n\nTeachers will be paid.",
        )
    )
    assert analysis.topic == "Epidemic in Zambia"


def test_an_epidemic_of_a_disease_is_a_disaster_not_a_figure() -> None:
    # (review13) what an epidemic is made of ("of viral infection", "of disease"): the
    # hazard's matter, no figure of speech (with the matter line gone every test passed)
    analysis = analyze(
        _sources(
            "Cases rise\n\nAn epidemic of viral infection has killed 40 people in Zambia since "
            "January, the health ministry said.\n\nClinics have opened treatment tents.",
            "Vaccines arrive\n\nThe epidemic of disease in Zambia has affected 3,000 people, "
            "officials said.\n\nMore doses are due.",
        )
    )
    assert analysis.topic == "Epidemic in Zambia"


def test_an_epidemic_or_a_plague_of_a_figure_of_speech_is_no_disaster() -> None:
    texts = [
        "Campaign row\n\nAn epidemic of misinformation hit the campaign in Zambia, the "
        "party said.\n\nIts leader spoke on radio.",
        "Rumours spread\n\nThe epidemic of rumours struck voters in Zambia this week.\n\n"
        "The commission answered them.",
        "Fact checkers busy\n\nFact checkers in Zambia said an epidemic of fake posts "
        "damaged trust.\n\nThey published a guide.",
    ]
    assert "pidemic" not in analyze(_sources(*texts)).topic


def test_a_disaster_every_source_tells_in_two_countries_names_both() -> None:
    quake = [
        "Rescuers search ruins\n\nA magnitude 7.1 earthquake struck Chile and Argentina on "
        "Tuesday, killing 30 people in Chile and 12 in Argentina.\n\nAid is on its way.",
        "Border towns hit\n\nThe quake damaged towns in Argentina and Chile along the "
        "border, officials said.\n\nRoads were closed.",
        "Relief flights\n\nThe earthquake killed dozens in Chile and destroyed homes in "
        "Argentina, the Red Cross said.\n\nTents were sent.",
    ]
    assert analyze(_sources(*quake)).topic == "Earthquake in Chile and Argentina"
    # where one source names only the first country, the title names it alone
    quake[1] = quake[1].replace("Argentina and Chile", "Chile")
    assert analyze(_sources(*quake)).topic == "Earthquake in Chile"


def test_a_donor_every_source_names_beside_the_blow_is_not_where_it_struck() -> None:
    # near miss (review13): both sources name the donor in the paragraphs telling the floods,
    # never as where they struck ("pledged aid", "will send tents to")
    floods = [
        "Floods hit Kenya\n\nFloods killed 40 people in Kenya on Monday. The United Kingdom "
        "pledged aid for the flood victims.\n\nRoads were closed.",
        "UK aid for floods\n\nThe United Kingdom will send tents to Kenya, where floods have "
        "killed 40 people.\n\nThe minister said more would follow.",
    ]
    assert analyze(_sources(*floods)).topic == "Floods in Kenya"


def test_a_tie_between_a_state_and_a_place_inside_it_names_the_narrower_place() -> None:
    # both sources tell the fires in Lihue and in Hawaii as often: the note is titled by the
    # town, not left to the event-kind title ("Hawaii: aid")
    fires = [
        "Fires on the island\n\nWildfires destroyed homes in Lihue on Tuesday, and the "
        "governor of Hawaii asked for federal aid.\n\nShelters opened.",
        "Federal aid for the fires\n\nThe agency sent aid to Hawaii, where wildfires "
        "destroyed hundreds of homes in Lihue.\n\nMore staff will follow.",
    ]
    assert analyze(_sources(*fires)).topic == "Wildfires in Lihue"
    # near miss: a tie between two states names neither
    two_states = [f.replace("Lihue", "Oregon") for f in fires]
    assert analyze(_sources(*two_states)).topic == ""
