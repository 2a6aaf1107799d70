"""False actors (round 17), each a class seen on two or more publishers and removed by the
shape of the text around the name, with hand-made labels and invented text:

- a letter suffix after a person's name read as a name of its own ("QC" of "Dana Holt QC",
  even where a title before the name was read as its role; "Jr." of "Rosa Vance, Jr."):
  ``role_pieces.suffix_alone``;
- a body's name run into a post's title: the name's last word opens a title written on after
  it ("Korvel Chargé" + " d'Affaires", "Union Home" + " Minister"), or an acronym, one more word
  and a title with its holder's name ("UNDRA Country" + " Director Pavel Orsk"), or the name
  opens with a title's last word and the post's portfolio ("Secretary of " + "State for
  Transport, Housing"): ``role_pieces.runs_into_a_title``.

Every name is made up; the near misses are ordinary news sentences.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.junk import no_actor
from briefing_app.analysis.mentions import Mention


def _actors(text: str, labels: list[tuple[str, str]]):
    src, sa = labelled(text, labels)
    return {a.name: a for a in combine([src], [sa]).actors}


def test_a_post_nominal_read_with_a_role_is_no_actor():
    # the model's span of "Minister for Coastal Affairs Dana Holt QC" can leave "QC" alone with
    # the title and the name before it read as its role
    text = "Minister for Coastal Affairs Dana Holt QC and Harbour Minister Ivo Brandt today met."
    s = text.index("QC")
    role = "Minister for Coastal Affairs Dana Holt"
    qc = Mention(0, s, s + 2, "QC", "PERSON", role=role)
    assert no_actor(text, qc, gazetteer())
    # the person's name itself stays
    s = text.index("Ivo Brandt")
    brandt = Mention(0, s, s + 10, "Ivo Brandt", "PERSON", role="Harbour Minister")
    assert not no_actor(text, brandt, gazetteer())


def test_a_generational_suffix_after_a_comma_is_no_actor():
    text = (
        "On the anniversary of Rosa Vance, Jr.’s march on the capital, about 300 workers "
        "walked out in Tarnby. Organisers said Vance would have backed them."
    )
    actors = _actors(text, [("Rosa Vance", "PERSON"), ("Jr.", "PERSON"), ("Tarnby", "GPE")])
    assert "Jr." not in actors
    assert "Rosa Vance" in actors


def test_suffixes_near_misses_stay():
    # a member of parliament named by the letters at a sentence's start, a court's initials, a
    # name with its suffix taken in whole
    text = (
        "The MP said the vote would go ahead. The SC on Monday refused to hear the plea. "
        "Arlo Penn Jr. told reporters that Boeing and Amnesty had not called him."
    )
    actors = _actors(
        text,
        [
            ("SC", "ORG"),
            ("Arlo Penn Jr.", "PERSON"),
            ("Boeing", "ORG"),
            ("Amnesty", "ORG"),
        ],
    )
    assert "SC" in actors
    assert "Arlo Penn Jr." in actors
    assert "Boeing" in actors
    assert "Amnesty" in actors


def test_a_name_whose_last_word_opens_a_title_is_no_actor():
    text = (
        "To mark the day, the Embassy's Korvel Chargé d’Affaires Ana Pell visited the camp. "
        "Union Home Minister Ravi Tandel said the state would rebuild the bridges."
    )
    actors = _actors(
        text,
        [
            ("Korvel Chargé", "PERSON"),
            ("Ana Pell", "PERSON"),
            ("Union Home", "ORG"),
            ("Ravi Tandel", "PERSON"),
        ],
    )
    assert "Korvel Chargé" not in actors
    assert "Union Home" not in actors
    assert "Ana Pell" in actors
    assert "Ravi Tandel" in actors


def test_an_acronym_and_a_word_run_into_a_title_is_no_actor():
    text = (
        "The United Nations Disaster Relief Agency (UNDRA) opened a depot in Morvik. "
        "“We need roads,” said UNDRA Country Director Pavel Orsk on Monday."
    )
    actors = _actors(
        text,
        [
            ("United Nations Disaster Relief Agency", "ORG"),
            ("UNDRA", "ORG"),
            ("Morvik", "GPE"),
            ("UNDRA Country", "ORG"),
            ("Pavel Orsk", "PERSON"),
        ],
    )
    assert "UNDRA Country" not in actors
    assert "Pavel Orsk" in actors
    assert any("UNDRA" in a.name or "Disaster Relief" in a.name for a in actors.values())


def test_a_portfolio_after_a_titles_opening_is_no_actor():
    text = (
        "“The office will help trade,” stated the Secretary of State for Administration, Water "
        "and Forests of the Ministry of Works of Velora, Mina Adeyo."
    )
    labels = [
        ("State for Administration, Water", "ORG"),
        ("the Ministry of Works of Velora", "ORG"),
        ("Mina Adeyo", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert "State for Administration, Water" not in actors
    assert "Ministry of Works of Velora" in actors
    assert "Mina Adeyo" in actors


def test_bodies_before_a_title_stay():
    text = (
        "Goldman Sachs Chief Executive David Solomon said profits rose. Amnesty International "
        "Secretary General Agnes Callamard called for an inquiry. World Bank President David "
        "Malpass met Oxfam Executive Director Abby Maxman, and US Navy Admiral John Aquilino flew "
        "to Manila. The Office for National Statistics said prices rose, Kenya Airways Chairman "
        "Michael Joseph said. HSBC Holdings Chairman Mark Tucker spoke, and HSBC shares fell."
    )
    bodies = [
        "Goldman Sachs",
        "Amnesty International",
        "World Bank",
        "Oxfam",
        "US Navy",
        "Office for National Statistics",
        "Kenya Airways",
        "HSBC",
    ]
    labels = [(b, "ORG") for b in bodies] + [
        ("David Solomon", "PERSON"),
        ("Agnes Callamard", "PERSON"),
        ("David Malpass", "PERSON"),
        ("Abby Maxman", "PERSON"),
        ("John Aquilino", "PERSON"),
        ("Manila", "GPE"),
        ("Michael Joseph", "PERSON"),
        ("HSBC Holdings", "ORG"),
        ("Mark Tucker", "PERSON"),
    ]
    actors = _actors(text, labels)
    for body in bodies:
        assert any(body in name for name in actors), body
    assert "Abby Maxman" in actors


def test_demonyms_the_ending_rule_misses_are_no_actors():
    # "Nigerien" (of Niger) and "Bissau-Guinean" read as a place or as people: nationalities,
    # from the demonyms of UN member states (gazetteers/demonyms.txt)
    text = (
        "Three Nigerien officers joined the patrol near Tarvo. Bissau-Guineans living abroad "
        "sent money home, the Velorian Central Bank said."
    )
    actors = _actors(
        text,
        [
            ("Nigerien", "GPE"),
            ("Tarvo", "GPE"),
            ("Bissau-Guineans", "PERSON"),
            ("Velorian Central Bank", "ORG"),
        ],
    )
    assert "Nigerien" not in actors
    assert "Bissau-Guineans" not in actors
    assert "Tarvo" in actors
    assert "Velorian Central Bank" in actors


def test_countries_and_bodies_named_after_a_people_stay():
    text = (
        "Thai Airways cancelled flights to Greece and Portugal, and Swiss Re said the Dutch "
        "Safety Board would report on Niger and Guinea-Bissau next week."
    )
    names = ["Thai Airways", "Greece", "Portugal", "Swiss Re", "Dutch Safety Board", "Niger"]
    labels = [(n, "GPE" if n in ("Greece", "Portugal", "Niger") else "ORG") for n in names]
    actors = _actors(text, [*labels, ("Guinea-Bissau", "GPE")])
    for name in [*names, "Guinea-Bissau"]:
        assert name in actors, name
