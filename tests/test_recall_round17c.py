"""Round 17c (recall17c): names raw spaCy finds that the app's own steps lost.

Each rule is about the shape of the text, never a list of names: a country owning a body written
"<head noun> of <business>" ("Tessaly’s Federal Ministry of Education") names two actors, the
country and its ministry. Every name is made up; each rule has a near miss that must stay as
it was.
"""

from __future__ import annotations

from labelled import analyse_labelled

_analyse = analyse_labelled


def _names(analysis) -> set[str]:
    return {a.name for a in analysis.actors}


# --- a country's body written "<Ministry> of <business>" after its possessive -------------

_OWNED = """Commission signs education grants

The Commission signed a grant of 110 million with Tessaly on Tuesday to support primary
schools. Together with Ola Brenn, Permanent Secretary of {owned}, the Commissioner also signed
a second agreement on teacher training.
"""


def test_a_countrys_ministry_of_a_business_is_a_body_of_its_own(tmp_path):
    owned = "Tessaly’s Federal Ministry of Education"
    analysis = _analyse(
        tmp_path,
        _OWNED.format(owned=owned),
        [("Tessaly", "GPE"), (owned, "ORG"), ("Ola Brenn", "PERSON")],
    )
    names = _names(analysis)
    assert "Federal Ministry of Education" in names
    assert "Tessaly" in names


def test_a_countrys_post_of_a_business_is_no_body(tmp_path):
    owned = "Tessaly’s Director of Education"
    analysis = _analyse(
        tmp_path,
        _OWNED.format(owned=owned),
        [("Tessaly", "GPE"), (owned, "ORG"), ("Ola Brenn", "PERSON")],
    )
    names = _names(analysis)
    assert "Director of Education" not in names
    assert "Tessaly" in names


# --- the headline of an item further down a page: a roundup's or a news list's story -------

_ROUNDUP = """Two Reporters Held After Complaint by Transport Minister

Two reporters of the daily Kelvo Matin were held on Tuesday after a complaint of defamation
from the transport minister, their colleagues said on social media.

{heading}

The weekly Tarn Post interviewed Ola Brenn, a professor of law, who said that citizens have
little trust in the courts and that personal connections decide too much.
"""


def test_a_known_place_in_an_item_headline_over_its_story_is_an_actor(tmp_path):
    heading = "Law Professor Says Transparency Unaccepted in Politics in Portugal"
    analysis = _analyse(
        tmp_path,
        _ROUNDUP.format(heading=heading),
        [("Portugal", "GPE"), ("Ola Brenn", "PERSON"), ("Tarn Post", "ORG")],
    )
    assert ("Portugal", "place") in {(a.name, a.type) for a in analysis.actors}


def test_a_known_place_in_a_link_over_another_link_stays_furniture(tmp_path):
    page = _ROUNDUP.format(heading="Related stories") + (
        "\nLaw Professor Says Transparency Unaccepted in Politics in Portugal\n"
        "Floods Leave Thousands Homeless Along the Coast\n"
        "Fishermen Protest New Quotas in the Harbour Town\n"
    )
    analysis = _analyse(
        tmp_path, page, [("Portugal", "GPE"), ("Ola Brenn", "PERSON"), ("Tarn Post", "ORG")]
    )
    assert "Portugal" not in _names(analysis)


def test_a_known_place_qualifying_a_title_in_an_item_headline_stays_out(tmp_path):
    heading = "Portugal Police Chief Says Transparency Unaccepted in Politics"
    analysis = _analyse(
        tmp_path,
        _ROUNDUP.format(heading=heading),
        [("Portugal", "GPE"), ("Ola Brenn", "PERSON"), ("Tarn Post", "ORG")],
    )
    assert "Portugal" not in _names(analysis)


# --- a list a sentence announces goes on while its lines open with the same bullet ---------

_LONG_ITEM = (
    "- Tomas Brel becomes Minister of Transport and Minister responsible for the Harbour"
    " Development Agency of the Northern Coast"
)
_CABINET = """Premier announces changes to the Cabinet

The Premier, Ann Roe, today announced changes to the Cabinet. The changes are as follows:

{long_item}
- Ola Brenn becomes Minister of Employment, Workforce Development and Labour
- Ines Varn becomes Minister of Democratic Institutions and Public Safety

{after}
"""

_LABELS = [
    ("Ann Roe", "PERSON"),
    ("Tomas Brel", "PERSON"),
    ("Ola Brenn", "PERSON"),
    ("Ines Varn", "PERSON"),
]


def test_a_long_bulleted_item_does_not_end_the_list(tmp_path):
    analysis = _analyse(
        tmp_path,
        _CABINET.format(long_item=_LONG_ITEM, after="The new ministers take office today."),
        _LABELS,
    )
    names = _names(analysis)
    assert {"Tomas Brel", "Ola Brenn", "Ines Varn"} <= names


def test_short_lines_after_a_long_unbulleted_line_are_still_links(tmp_path):
    page = (
        "Premier announces changes to the Cabinet\n\n"
        "The Premier, Ann Roe, today announced changes to the Cabinet."
        " The changes are as follows:\n\n"
        "Tomas Brel takes the transport portfolio and the harbour agency of the northern coast from"
        " next month.\n\n"
        "Most Read Stories Today\n"
        "Ola Brenn Says Goodbye To Harbour\n"
        "Ines Varn Wins Cycling Race Again\n"
    )
    analysis = _analyse(tmp_path, page, _LABELS)
    names = _names(analysis)
    assert "Tomas Brel" in names
    assert not {"Ola Brenn", "Ines Varn"} & names


# --- "With" and "By" written in title case still cue a full name in a headline ------------

_INTERVIEW = """{headline}

QUESTION: Joining me now from the capital is the foreign minister. Minister, thank you so much
for joining me. I want to start with the talks on the river lands. MINISTER: Thank you. The
talks resume next week and we expect an agreement before the rains.
"""


def test_a_full_name_after_a_title_case_with_in_a_headline_is_an_actor(tmp_path):
    headline = "Foreign Minister Ann Roe With Tomas Brel of Harbour Radio Morning Show"
    analysis = _analyse(
        tmp_path,
        _INTERVIEW.format(headline=headline),
        [("Ann Roe", "PERSON"), ("Tomas Brel", "PERSON"), ("Harbour Radio", "ORG")],
    )
    assert "Tomas Brel" in _names(analysis)


def test_title_case_words_after_a_title_case_with_stay_out(tmp_path):
    headline = "Foreign Minister Ann Roe Meets With Harbour Pilots Over Coastal Shipping"
    analysis = _analyse(
        tmp_path,
        _INTERVIEW.format(headline=headline),
        [("Ann Roe", "PERSON"), ("Harbour Pilots", "PERSON")],
    )
    assert "Harbour Pilots" not in _names(analysis)


# --- a bulleted item's head names a person when the post follows ---------------------------

_APPOINTED = """Premier announces new ministers

The Premier, Ann Roe, today welcomed new members to the Cabinet, who will drive regional
development and the coastal works programme:

- Tomas Brel becomes Minister of Transport and Internal Trade

- Ines J. Varn becomes Minister of Seniors

- Ola Brenn, Minister of National Defence

- Regional Development, Minister of Transport

- Coastal Works, Ports and Harbours
"""


def test_a_bulleted_name_before_its_post_is_a_person(tmp_path):
    analysis = _analyse(tmp_path, _APPOINTED, [("Ann Roe", "PERSON")])
    people = {a.name for a in analysis.actors if a.type == "person"}
    assert {"Tomas Brel", "Ines J. Varn", "Ola Brenn"} <= people


def test_a_bulleted_phrase_the_text_writes_in_lower_case_is_no_person(tmp_path):
    analysis = _analyse(tmp_path, _APPOINTED, [("Ann Roe", "PERSON")])
    names = _names(analysis)
    assert "Regional Development" not in names
    assert "Coastal Works" not in names


_HONOURABLE = """The President reassigned ten ministers on Monday, with immediate effect, in a
reshuffle announced late in the evening by his office in the capital.

Hon. O.M. Varn, Minister of Home Affairs

Hon. T. Brel, Minister of Public Service, Labour and Social Welfare

Dr Harbour Works, Ports and Coastal Shipping
"""


def test_an_honourable_name_before_its_post_on_a_title_case_line_is_a_person(tmp_path):
    analysis = _analyse(tmp_path, _HONOURABLE, [("O.M. Varn", "PERSON"), ("T. Brel", "PERSON")])
    people = {a.name for a in analysis.actors if a.type == "person"}
    assert {"O.M. Varn", "T. Brel"} <= people


def test_an_honorific_line_without_a_post_gives_no_person(tmp_path):
    analysis = _analyse(tmp_path, _HONOURABLE, [("O.M. Varn", "PERSON"), ("T. Brel", "PERSON")])
    assert not any("Harbour" in a.name for a in analysis.actors)


# --- a body the model ran across a line break keeps the name that ends its first line ------


def _stubbed_entities(monkeypatch, text: str, surface: str, label: str):
    """What ``analyze_sources`` keeps of one entity the model is made to read over ``surface``."""
    import spacy
    from spacy.tokens import Span

    from briefing_app.analysis import extract
    from briefing_app.model import Source

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def pipe(texts, batch_size=8):
        for t in texts:
            doc = nlp(t)
            start = t.index(surface)
            span = doc.char_span(start, start + len(surface), label=label)
            doc.ents = [Span(doc, span.start, span.end, label=label)]
            yield doc

    monkeypatch.setattr(extract, "load_nlp", lambda: type("Nlp", (), {"pipe": staticmethod(pipe)}))
    src = Source(id="s1", path="p.txt", format="txt", sha256="", text=text)
    (sa,) = extract.analyze_sources([src])
    return [(text[a:b], lab) for a, b, lab in sa.entities]


def test_a_body_run_into_the_next_paragraph_keeps_its_first_line(monkeypatch):
    text = (
        "Ola Brenn – Speech at Kelvo Institute of Marine Engineers Annual Dinner\n\n"
        "Below is the text of the speech made by Ola Brenn on 4 May."
    )
    surface = "Kelvo Institute of Marine Engineers Annual Dinner\n\nBelow"
    assert _stubbed_entities(monkeypatch, text, surface, "ORG") == [
        ("Kelvo Institute of Marine Engineers Annual Dinner", "ORG")
    ]


def test_a_body_run_across_lines_from_a_line_start_or_without_a_body_word_is_dropped(
    monkeypatch,
):
    text = "Latest News\n\nKelvo Institute of Marine Engineers\n\nThe dinner was held on 4 May."
    assert _stubbed_entities(monkeypatch, text, "Latest News\n\nKelvo Institute", "ORG") == []
    text = "Read the Noon Briefing\n\nHighlights of the day follow below."
    assert _stubbed_entities(monkeypatch, text, "Noon Briefing\n\nHighlights", "ORG") == []


def test_a_state_in_an_item_headline_over_a_cut_paragraph_is_an_actor(tmp_path):
    # the copy stops inside the item's paragraph: a long line under the heading is its story
    page = _ROUNDUP.format(heading="Courts Under Pressure").rstrip() + (
        "\n\nRisk of renewed clashes in Oromia\n\n"
        "Three months after fighting broke out between the regular army and the militias"
        " in the north of the region, aid groups warned that"
    )
    analysis = _analyse(
        tmp_path, page, [("Oromia", "GPE"), ("Ola Brenn", "PERSON"), ("Tarn Post", "ORG")]
    )
    assert "Oromia" in _names(analysis)


def test_a_state_in_a_heading_over_a_short_line_stays_furniture(tmp_path):
    page = _ROUNDUP.format(heading="Related stories") + (
        "\nRisk Of Renewed Clashes In Oromia\nFloods Leave Thousands Homeless\n"
        "Fishermen Protest New Quotas in the Harbour Town\n"
    )
    analysis = _analyse(
        tmp_path, page, [("Oromia", "GPE"), ("Ola Brenn", "PERSON"), ("Tarn Post", "ORG")]
    )
    assert "Oromia" not in _names(analysis)
