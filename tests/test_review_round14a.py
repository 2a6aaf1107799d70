"""Review of the fourteenth round's rules (first half): near misses the rules' authors did not
think of, each seen as a new error on a fresh page no helper had fixed against, written here as
invented sentences.

- A holder run into the portfolio (``holder_after_portfolio``, removed in review: it changed
  nothing on the corpus, ``portfolio_holders`` finds those holders): the two words after
  "for", "of" or "and" are the portfolio's own ("Minister of State for Relief Coordination"),
  and a comma inside them ("Housing and Water, Hon.") ends the portfolio, no name.
- A people's word after a title (``titled_people_word``): after a comma the word is the
  list's next item ("the Auditor General, Korvastat"), no holder of the title.
- A people named before a kin word (``named_peoples``): a body's name ("the Kelvo Foundation
  tribal liaison"), a surname the text also writes after a given name ("Varnak and Osk ethnic
  rivalries" beside "Ana Varnak") and a party's "traditional strongholds" are no people;
  "traditional" makes a people only before its leaders, rulers, chiefs, elders or council.
- Bodies listed after a known place and "in" ("Officials in Nairobi, Kelvo Aid and ...") stay
  bodies (``coordination._a_sure_place``, removed in review).
- A US state's AP abbreviation joins the state's full name (``state_forms``) only when that
  name is no country's or capital's: "Savannah, Ga." beside "Tbilisi, Georgia" and "Everett,
  Wash." beside "officials in Washington" are two places.
- A climate state's name has two words or more (``climate_states``): "the Kelvo weather", "a
  Varnex and a bus", "a Center for ..." before "(KRC)" stay actors.
- A person opening a list item before "of" (``people_of_bodies``): after "<title> and" it is
  a second post ("Managing Director and Chief Editor of X"), no one, now that a sentence
  dense with names is no title-case heading.

Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    src, sa = labelled(text, labels)
    return {a.name: (a.type, a.roles) for a in combine([src], [sa]).actors}


def test_the_words_after_a_portfolios_for_or_and_are_no_holder():
    # the model runs the portfolio into one body: no person may come out of its last words
    for text, span in [
        (
            "Deputy Minister of State for Relief Coordination, Ana Varn, visited Kelvo. "
            "Coordination of the aid was slow.",
            "State for Relief Coordination",
        ),
        (
            "The Secretary of State for Foreign, Trade and Harbour Affairs Lord Brenn left. "
            "Affairs of the port were discussed.",
            "State for Foreign, Trade and Harbour Affairs",
        ),
        (
            "Minister of Housing and Water, Hon. Tarra Quell visited Kelvo. Hon. Quell spoke.",
            "Housing and Water, Hon",
        ),
    ]:
        actors = _actors(text, [(span, "ORG"), ("Kelvo", "GPE")])
        people = {n for n, (kind, _) in actors.items() if kind == "person"}
        assert not people & {"Relief Coordination", "Harbour Affairs", "Water, Hon"}, span


def test_a_holder_run_into_a_portfolio_is_still_found():
    # the near miss: the word before the name is the portfolio's last ("State")
    text = "The Secretary of State Ana Varnak met envoys. Varnak said the talks went well."
    actors = _actors(text, [("State Ana Varnak", "ORG"), ("Varnak", "PERSON")])
    assert actors["Ana Varnak"][0] == "person"


def test_a_word_after_a_titles_comma_is_no_holder():
    text = (
        "The funds support two bodies of the Office of the Auditor General, Korvastat and "
        "Velbank, in the coming year."
    )
    labels = [("Korvastat", "NORP"), ("Velbank", "ORG")]
    actors = _actors(text, labels)
    assert actors.get("Korvastat", ("", []))[0] != "person"
    # near miss: the title right before the word still makes its holder
    text = "Auditor General Korvastat said the books were sound. Korvastat left."
    actors = _actors(text, [("Korvastat", "NORP")])
    assert actors["Korvastat"][0] == "person"


def test_a_second_post_after_a_title_and_is_no_person():
    text = (
        "Information Secretary Ana Varnak and Managing Director and Chief Editor of Kelvo News "
        "Agency Piet Osk signed the deal and exchanged the documents."
    )
    labels = [("Ana Varnak", "PERSON"), ("Kelvo News Agency", "ORG"), ("Piet Osk", "PERSON")]
    actors = _actors(text, labels)
    assert "Chief Editor" not in actors
    # near miss: a person's name after "and" before "of" is still found
    text = (
        "The plan was signed by Ana Varnak and Tomas Brell of the Kelvo Relief Agency, who "
        "thanked the donors."
    )
    actors = _actors(text, [("Ana Varnak", "PERSON"), ("Kelvo Relief Agency", "ORG")])
    assert actors["Tomas Brell"][0] == "person"
    # near miss: after "<title> and", a person with no holder's name after the body is found
    text = (
        "The plan was signed by the Director and Tomas Brell of the Kelvo Relief Agency, who "
        "thanked the donors."
    )
    actors = _actors(text, [("Kelvo Relief Agency", "ORG")])
    assert actors["Tomas Brell"][0] == "person"


def test_bodies_listed_after_a_known_place_and_in_stay_bodies():
    # "in" stands before the place only: the bodies listed after it are the officials' own
    # (a rule giving them the place's kind changed nothing on the corpus and was removed)
    for text, labels in [
        (
            "Officials in Nairobi, Kelvo Aid and Marla Relief said the camps were full.",
            [("Nairobi", "GPE"), ("Kelvo Aid", "ORG"), ("Marla Relief", "ORG")],
        ),
        (
            "He has worked in Kenya, Vastro Holdings and Quellan Trading.",
            [("Kenya", "GPE"), ("Vastro Holdings", "ORG"), ("Quellan Trading", "ORG")],
        ),
    ]:
        actors = _actors(text, labels)
        bodies = [name for name, label in labels if label == "ORG"]
        assert [actors[n][0] for n in bodies] == ["organization"] * 2, text
    # near miss: one-word names after "in" before each of them are still towns
    text = "Relief centres will open in Dorrit, Kelvane, Ostrel and Toronto this week."
    labels = [("Dorrit", "ORG"), ("Kelvane", "ORG"), ("Ostrel", "ORG"), ("Toronto", "GPE")]
    actors = _actors(text, labels)
    assert [actors[n][0] for n in ("Dorrit", "Kelvane", "Ostrel")] == ["place"] * 3


def test_a_body_a_surname_or_a_partys_stronghold_before_a_kin_word_is_no_people():
    text = (
        "Analysts said Varnak and Osk ethnic rivalries shaped the vote. Ana Varnak later met "
        "Piet Osk in Kelvo. The Harlan Foundation tribal liaison met elders there, and the "
        "Harlan Foundation paid for a school. The Unity and Renewal traditional strongholds "
        "voted early."
    )
    labels = [
        ("Varnak", "PERSON"),
        ("Osk", "PERSON"),
        ("Ana Varnak", "PERSON"),
        ("Piet Osk", "PERSON"),
        ("Kelvo", "GPE"),
        ("Harlan Foundation", "ORG"),
        ("Unity", "ORG"),
        ("Renewal", "ORG"),
    ]
    src, sa = labelled(text, labels)
    analysis = combine([src], [sa])
    actors = {a.name: a for a in analysis.actors}
    assert not {"Varnak", "Osk", "Harlan Foundation", "Unity"} & set(analysis.groups)
    assert "Harlan Foundation" in actors
    assert actors["Ana Varnak"].mentions == 2  # the surname stays with its person
    # near miss: a people before its traditional leaders, and after "The", is still a group
    text = "The Tarvani traditional and community leaders met. The Tarvani elders agreed."
    src, sa = labelled(text, [("Tarvani", "GPE")])
    analysis = combine([src], [sa])
    assert "Tarvani" in analysis.groups


def test_one_word_before_a_state_noun_or_after_an_article_is_no_climate_state():
    # a climate state's name has two words or more ("El Niño"): one word is a town's, a
    # product's or a body's word
    text = (
        "Farmers in Kelvo said the Kelvo weather had turned dry by June. Police said a Varnex "
        "and a bus collided on the road, and Varnex said its cars were safe."
    )
    actors = _actors(text, [("Kelvo", "ORG"), ("Varnex", "ORG")])
    assert "Kelvo" in actors and "Varnex" in actors
    text = (
        "The ship was seized on a Center for Harbour Studies mission after a call from the "
        "Kelvo Rescue Center (KRC). The KRC said the crew was safe."
    )
    src, sa = labelled(text, [("Kelvo Rescue Center", "ORG"), ("KRC", "ORG")])
    names = {n for a in combine([src], [sa]).actors for n in (a.name, *a.aliases)}
    assert "KRC" in names
    # near miss: a two-word climate state is still none
    text = "Forecasters said an Ostra Nera was likely, and Ostra Nera conditions would follow."
    assert "Ostra Nera" not in _actors(text, [("Ostra Nera", "ORG")])


def test_a_state_abbreviation_beside_a_country_or_a_capital_of_its_name_stays_apart():
    text = (
        "Doctors from Savannah, Ga., flew to Tbilisi, Georgia, on Monday. The government of "
        "Georgia thanked them. A team from Everett, Wash., went too, officials in Washington "
        "said."
    )
    labels = [
        ("Savannah", "GPE"),
        ("Ga.", "GPE"),
        ("Tbilisi", "GPE"),
        ("Georgia", "GPE"),
        ("Everett", "GPE"),
        ("Wash.", "GPE"),
        ("Washington", "GPE"),
    ]
    src, sa = labelled(text, labels)
    actors = {a.name: a for a in combine([src], [sa]).actors}
    assert "Ga." not in actors["Georgia"].aliases and actors["Georgia"].mentions == 2
    assert actors["Washington"].mentions == 1
    # near miss: a state named in full and nothing else is still one actor with its abbreviation
    text = "Crews from Joplin, Mo., helped. Missouri officials thanked them."
    src, sa = labelled(text, [("Joplin", "GPE"), ("Mo.", "GPE"), ("Missouri", "GPE")])
    actors = {a.name: a for a in combine([src], [sa]).actors}
    assert actors["Missouri"].mentions == 2


def test_a_form_of_address_before_a_name_the_model_calls_a_town_makes_a_person():
    # both halves of the rule: the form of address votes for a person, and a town's name in
    # the gazetteer gives no place's vote to a name so addressed (the round's own test had
    # the model's PERSON label, which passed with either half off)
    text = "Ms. Kisumu said the plan was sound. Later Ms. Kisumu left for talks."
    actors = _actors(text, [("Kisumu", "GPE")])
    assert actors["Kisumu"][0] == "person"
    near = "Aid trucks reached Kisumu on Monday, and Kisumu hospitals took the injured."
    assert _actors(near, [("Kisumu", "GPE")])["Kisumu"][0] == "place"
