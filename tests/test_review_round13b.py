"""Review of the second wave's round-13 rules on ordinary prose and page shapes their authors
did not try: each test holds a near miss that a rule changed before it was tightened, and the
shapes the rule is for, which must still read as they did. Every name is made up."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.appearances import appearance
from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.dateline_outlet import dateline_outlet

# ---- appearances: a party's role must close the line's party, after a named counsel ------


def test_a_headline_with_a_role_word_after_for_is_no_appearance_line():
    for headline in (
        "Calls Grow for Crown Prince to Step Down",
        "Fresh Hope for Accused Nurse",
        "New Rules for Crown Dependencies",
        "Support Grows for Appeals Court Nominee",
        "Justice for the Accused",
    ):
        assert not appearance(headline), headline


def test_counsel_for_a_role_is_still_an_appearance_line():
    for line in (
        "P. Strand for the Respondent",
        "Ms Ilse Dallowe for the Crown",
        "Ann Roe QC and Ola Brenn for the Appellants",
        "Teodor Blaskinn for the Respondent, the Minister of Water",
    ):
        assert appearance(line), line


# ---- dateline_outlet: a named day in the brackets is no house -----------------------------


def test_a_named_day_in_a_dates_brackets_is_no_house():
    for opening in (
        "May 1 (Labour Day) - Workers marched through the capital of Kelvo.",
        "July 4 (Independence Day) – Offices across the county are closed.",
        "PORT AVEL, Nov 26 (Easter Sunday) - Officials met the governors.",
    ):
        assert dateline_outlet(opening) == "", opening


def test_a_wire_house_after_a_date_is_still_the_outlet():
    assert dateline_outlet("March 29 (KNA) – The board met.") == "KNA"
    assert dateline_outlet("Oct 3 (Kelvo News Agency) - The board met.") == "Kelvo News Agency"


# ---- sign_off: a press office's kind with no owner's name is a footer's link ---------------

_RELEASE = (
    "Avel Archive\n\n"
    "Government clarifies remarks on the water quotas\n\n"
    "The remarks attributed to the deputy minister were taken out of context at the meeting.\n\n"
    "The government thanks the farmers' unions and the river boards for their patience.\n\n"
)


def test_a_bare_press_office_kind_after_the_prose_names_no_outlet():
    for tail in (
        "Media Centre\n\nContact us\n\nPrivacy",
        "News Service\n\nSubscribe",
        "Public Relations\n\nThe board's public relations team answers farmers every Monday.",
    ):
        assert source_from_bytes((_RELEASE + tail).encode(), "page.txt").outlet == "", tail


def test_an_owned_press_office_still_signs_off():
    page = _RELEASE + "Kelvo Water Board Media Unit"
    assert source_from_bytes(page.encode(), "page.txt").outlet == "Kelvo Water Board Media Unit"


# ---- body_cues: people's trades and a person who set a firm up -----------------------------


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_a_person_listed_with_other_producers_stays_a_person():
    text = (
        "The film won three awards. Its makers, Halvek and two other producers, thanked the "
        "jury. Halvek said the prize would fund a school."
    )
    assert _actors(text, [("Halvek", "PERSON")])["Halvek"] == "person"


def test_a_person_who_set_up_the_firm_stays_a_person():
    text = "The firm Dallowe set up in 2019 now employs 40 people, Dallowe said in an interview."
    assert _actors(text, [("Dallowe", "PERSON")])["Dallowe"] == "person"


def test_a_firm_named_after_its_kind_is_still_a_body():
    text = "The survey was run by local firm Quillmark, officials said on Monday."
    assert _actors(text, [("Quillmark", "PERSON")])["Quillmark"] == "organization"


# ---- votes: a landform's word first, and a body named after the landform --------------------


def test_a_body_named_after_a_river_stays_a_body():
    text = "The River Tamsey Trust said on Monday that the water level had fallen."
    assert _actors(text, [("River Tamsey Trust", "ORG")])["River Tamsey Trust"] == "organization"


def test_a_body_named_after_a_lake_is_a_body_whatever_the_model_read():
    # the body's word keeps the landform's first word from voting for a place
    text = "Lake Orlu Commission officials said on Monday that the water level had fallen."
    assert _actors(text, [("Lake Orlu Commission", "GPE")])["Lake Orlu Commission"] == (
        "organization"
    )


def test_a_river_written_river_first_is_still_a_place():
    text = "Homes close to the River Tamsey were evacuated on Monday, officials said."
    assert _actors(text, [("River Tamsey", "ORG")])["River Tamsey"] == "place"


# ---- combine._owner: an acronym's organ with "of the" is no person ------------------------


def test_an_acronyms_organ_joined_by_of_the_is_no_person(tmp_path):
    # "the" is in lower case, so ``owned_organ`` does not take it; the joint alone keeps the
    # organ from being read as the body's official ("KTDA’s Ola Brenn")
    from test_furniture_round13 import _actors as actors
    from test_furniture_round13 import _analyse

    page = (
        "Tea growers meet\n\nKTDA’s Board of the Estates met the growers in Tallport on Monday, "
        "the agency said in a statement.\n\nThe growers asked for higher prices.\n"
    )
    labels = [("KTDA’s Board of the Estates", "ORG"), ("Tallport", "GPE")]
    assert actors(_analyse(tmp_path, page, labels))["Board of the Estates"] == "organization"


def test_an_acronyms_post_with_of_is_no_organ(tmp_path):
    # a post opening the owned name ("Director of Communications") is the body's official's,
    # as "KTDA’s Ola Brenn" is: not an organ of the body
    from test_furniture_round13 import _actors as actors
    from test_furniture_round13 import _analyse

    for unit in ("Director of Communications Ann Roe", "Minister for Trade and Industry Ann Roe"):
        page = (
            f"Tea growers meet\n\nKTDA’s {unit} met the growers in Tallport on Monday, the "
            "agency said in a statement.\n\nThe growers asked for higher prices.\n"
        )
        labels = [(f"KTDA’s {unit}", "ORG"), ("Tallport", "GPE")]
        assert actors(_analyse(tmp_path, page, labels))[unit] == "person", unit


# ---- extract: the model's run of a place across lines reaches the analysis as its pieces ----


def test_analyze_sources_keeps_the_pieces_of_a_place_run_across_lines(monkeypatch):
    # the model's reading stubbed: one place over "Kelvo\n\nMarisport" (a heading's place and
    # the next line's stamp), as the small model reads some listings; not a unit test of
    # ``_line_pieces`` alone, so that the rule is checked where analyze_sources calls it
    import spacy
    from spacy.tokens import Span

    from briefing_app.analysis import extract
    from briefing_app.model import Source

    text = "Court President to visit Kelvo\n\nMarisport, 29 March 2031\n\nThe visit starts today."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def pipe(texts, batch_size=8):
        for t in texts:
            doc = nlp(t)
            start = t.index("Kelvo")
            span = doc.char_span(start, start + len("Kelvo\n\nMarisport"), label="GPE")
            doc.ents = [Span(doc, span.start, span.end, label="GPE")]
            yield doc

    monkeypatch.setattr(extract, "load_nlp", lambda: type("Nlp", (), {"pipe": staticmethod(pipe)}))
    src = Source(id="s1", path="p.txt", format="txt", sha256="", text=text)
    (sa,) = extract.analyze_sources([src])
    assert [(text[a:b], label) for a, b, label in sa.entities] == [
        ("Kelvo", "GPE"),
        ("Marisport", "GPE"),
    ]


# ---- build._dateline: a date widget's day does not overrule a story's dateline ---------------

_STORY = (
    "The ministry cut the water quotas of the four southern provinces for the spring, officials "
    "said. The governors will meet the minister again next month to agree the summer quotas."
)


def test_a_date_widget_months_after_the_dateline_does_not_date_the_page():
    # the header's day may be the day the page was seen; the story's wire dateline is its own
    for widget in ("Today: 14 December 2031", "Monday, 14 December 2031"):
        page = (
            widget + "\n\nMinistry cuts water quotas\n\n"
            "PORT KELVO, March 3, 2031 (KNA) – " + _STORY + "\n\n" + _STORY
        )
        assert source_from_bytes(page.encode(), "story.txt").published == "2031-03-03", widget


def test_a_past_day_opening_still_yields_to_the_addresss_date():
    page = (
        "URL: https://news.example.org/2031/03/05/remembering-the-flood\n\n"
        "Thirty-six years after the flood\n\n"
        "Kelvo, 11 July 1995. Thousands of families lost their homes in one night. " + _STORY
    )
    assert source_from_bytes(page.encode(), "story.txt").published == "2031-03-05"


# ---- topic._struck_in: where a body sits is not where the blow struck -----------------------


def test_a_regional_office_every_source_names_is_not_where_the_floods_struck():
    from test_briefing_topic import _sources

    from briefing_app.analysis.combine import analyze

    floods = [
        "Floods hit Chad\n\nFloods killed 40 people in Chad on Monday, the UN regional office "
        "in Senegal said.\n\nRoads were closed.",
        "Chad floods\n\nFloods have killed 40 people in Chad, according to the UN office in "
        "Senegal that covers the region.\n\nThe minister said more aid would follow.",
    ]
    assert analyze(_sources(*floods)).topic == "Floods in Chad"


# ---- hazards.acts_beyond: a closing ", the ministry announced." is no act -------------------


def test_a_point_closed_by_an_announcement_is_still_the_blow():
    from test_cited_round13 import _BLOW, _sentences

    from briefing_app.analysis.gazetteer import gazetteer
    from briefing_app.analysis.hazards import same_blow

    events = gazetteer().event_words
    blow, point = _sentences(
        _BLOW,
        "The cyclone struck Port Selen in Veloria on Wednesday, destroying hundreds of homes, "
        "the ministry announced.\n",
    )
    assert same_blow(blow, point, events)
    # near miss: a declaration the sentence tells is an act besides the blow
    blow, act = _sentences(
        _BLOW,
        "The government declared a state of emergency in Port Selen on Wednesday after the "
        "cyclone struck Veloria.\n",
    )
    assert not same_blow(blow, act, events)
