"""False actors and wrong types of the eleventh round, on invented texts with hand-made labels:
the first word of a post written in title case ("State Secretary", "Executive Secretary"), the
common noun "State" after a determiner or a title's "of", and a palace named in another
language ("Palais des Nations") typed as a place.

Each class has near misses that must stay actors (and keep their type). Every name is made up.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name: a.type for a in combine([src], [sa]).actors}


def test_the_first_word_of_a_post_in_title_case_is_no_body():
    text = (
        "Orlan Vesk, State Secretary of the Veldrian foreign ministry, met donors in Tarn. "
        "The Executive Secretary of the Orvane Commission, Ms. Lira Tamsen, joined him."
    )
    actors = _actors(
        text,
        [
            ("Orlan Vesk", "PERSON"),
            ("State", "ORG"),
            ("Tarn", "GPE"),
            ("Executive", "ORG"),
            ("Orvane Commission", "ORG"),
            ("Lira Tamsen", "PERSON"),
        ],
    )
    assert "State" not in actors and "Executive" not in actors
    assert actors["Orvane Commission"] == "organization" and actors["Lira Tamsen"] == "person"


def test_a_body_or_place_before_a_title_word_stays():
    # near misses: an acronym's body ("ORVA Secretary"), a place the gazetteer knows ("Kenya
    # President"), and a word the text names on its own too ("the Treasury said"); Kenya is
    # named as a noun too ("aid to Kenya"): a country that only qualifies titles and names is
    # no actor (qualifiers.py, round 12)
    text = (
        "ORVA Secretary Dan Pell spoke after Kenya President Ruto arrived with aid to Kenya. "
        "Treasury Secretary Ann Vale agreed, and the Treasury said the plan would hold."
    )
    actors = _actors(
        text,
        [
            ("ORVA", "ORG"),
            ("Dan Pell", "PERSON"),
            ("Kenya", "GPE"),
            ("Ruto", "PERSON"),
            ("Treasury", "ORG"),
            ("Ann Vale", "PERSON"),
        ],
    )
    assert actors.get("ORVA") == "organization"
    assert actors.get("Kenya") == "place"
    assert actors.get("Treasury") == "organization"


def test_the_state_after_a_determiner_or_a_titles_of_is_no_actor():
    text = (
        "Nurses are among the hardest working professionals in this State. "
        "The Minister of State for Veldria, Orla Brenn, said the plan covers the State. "
        "The agency supports its member States in Tarn."
    )
    actors = _actors(
        text,
        [
            ("State", "ORG"),
            ("States", "GPE"),
            ("Veldria", "GPE"),
            ("Orla Brenn", "PERSON"),
            ("Tarn", "GPE"),
        ],
    )
    assert "State" not in actors and "States" not in actors
    assert actors["Orla Brenn"] == "person" and actors["Tarn"] == "place"


def test_state_as_a_departments_short_name_stays():
    # near miss: "State" alone as the subject a report defines ("the Department of State (State)")
    text = (
        "The Department of State (State) reports on aid. In 2018, State submitted its report "
        "late, and State and the Orvane Agency disagreed on the figures."
    )
    actors = _actors(
        text,
        [("Department of State", "ORG"), ("State", "ORG"), ("Orvane Agency", "ORG")],
    )
    forms = {a for a in actors}
    assert any("State" in name for name in forms)
    assert actors.get("Orvane Agency") == "organization"


def test_a_palace_named_in_another_language_is_a_place():
    text = (
        "The board meets at the Palais des Nations in Geneva. Envoys later gathered at the "
        "Palazzo Verdano in Tarn."
    )
    actors = _actors(
        text,
        [
            ("Palais des Nations", "ORG"),
            ("Geneva", "GPE"),
            ("Palazzo Verdano", "ORG"),
            ("Tarn", "GPE"),
        ],
    )
    assert actors["Palais des Nations"] == "place"
    assert actors["Palazzo Verdano"] == "place"


def test_a_body_named_after_a_palace_word_stays_a_body():
    # near miss: a body's word ends the name ("Palais Verdano Foundation")
    text = "The Palais Verdano Foundation funds the museum in Tarn."
    actors = _actors(text, [("Palais Verdano Foundation", "ORG"), ("Tarn", "GPE")])
    assert actors["Palais Verdano Foundation"] == "organization"


def test_a_budget_goals_or_a_crisis_named_is_no_actor():
    text = (
        "The Veldrian Budget 2026 adds funds for schools in Tarn. Ministers said the Budget "
        "would also serve the Coastal Development Goals agreed after the Great Harbour Crisis."
    )
    actors = _actors(
        text,
        [
            ("Veldrian Budget 2026", "ORG"),
            ("Tarn", "GPE"),
            ("Budget", "ORG"),
            ("Coastal Development Goals", "ORG"),
            ("Great Harbour Crisis", "ORG"),
        ],
    )
    assert not {"Veldrian Budget 2026", "Budget", "Coastal Development Goals"} & set(actors)
    assert "Great Harbour Crisis" not in actors
    assert actors["Tarn"] == "place"


def test_a_body_whose_name_ends_in_budget_or_crisis_stays():
    # near misses: a body's word heads the name ("Office of Management and Budget") or ends
    # it ("Orvane Crisis Group")
    text = (
        "The Office of Management and Budget reviewed the request, and the Orvane Crisis Group "
        "warned of delays in Tarn."
    )
    actors = _actors(
        text,
        [
            ("Office of Management and Budget", "ORG"),
            ("Orvane Crisis Group", "ORG"),
            ("Tarn", "GPE"),
        ],
    )
    assert actors.get("Office of Management and Budget") == "organization"
    assert actors.get("Orvane Crisis Group") == "organization"


def test_a_pronoun_and_a_particles_name_in_a_line_of_another_language_are_cut():
    text = (
        "Speaking notes of the Secretary General to the ministers in Tarn.\n\n"
        "Mardi dernier, j’ai participé à la réunion annuelle de la Commission européenne, où "
        "les délégués ont présenté les résultats de la stratégie régionale.\n\n"
        "Je suis convaincue que notre coopération avec le Conseil de Veldrie sur les droits de "
        "l’enfant se renforcera dans le cadre de la stratégie 2027.\n"
    )
    actors = _actors(
        text,
        [
            ("Tarn", "GPE"),
            ("de la Commission", "ORG"),
            ("Je", "PERSON"),
            ("Conseil de Veldrie sur", "ORG"),
        ],
    )
    assert "Je" not in actors and "de la Commission" not in actors
    assert "Conseil de Veldrie" in actors and "Conseil de Veldrie sur" not in actors
    assert actors["Tarn"] == "place"


def test_names_in_english_lines_with_few_function_words_or_maori_words_stay():
    # near misses: a list of names (few function words, no accented lower-case word) and an
    # English sentence with te reo Maori words in it (whanau, hapu): one-word persons stay
    text = (
        "Present: Ms Lira Tamsen; Mr Orlan Vesk; Dr Ana Kovač; Pell; Brenn; Tarn delegation.\n\n"
        "The whānau and hapū of Tarn welcomed the minister to the marae, and Rangi said the "
        "day had been a long time coming for the mātauranga of the region.\n"
    )
    actors = _actors(
        text,
        [
            ("Lira Tamsen", "PERSON"),
            ("Orlan Vesk", "PERSON"),
            ("Ana Kovač", "PERSON"),
            ("Pell", "PERSON"),
            ("Brenn", "PERSON"),
            ("Tarn", "GPE"),
            ("Rangi", "PERSON"),
        ],
    )
    assert actors.get("Pell") == "person" and actors.get("Brenn") == "person"
    assert actors.get("Rangi") == "person"


def test_a_body_or_a_state_named_in_another_language_takes_its_heads_type():
    text = (
        "Funding was agreed for An Foras Oileáin and the Chilean Guardia Nacional, and "
        "Cyngor Tarnwy joined.\nTá sé cinnte go bhfágfaidh an Ríocht Veldrach an chomhaontú "
        "roimh an gcéad chruinniú eile den Chomhairle Veldrach.\n"
    )
    actors = _actors(
        text,
        [
            ("An Foras Oileáin", "PERSON"),
            ("Chilean Guardia Nacional", "GPE"),
            ("Cyngor Tarnwy", "PERSON"),
            ("Ríocht Veldrach", "ORG"),
            ("Chomhairle Veldrach", "PERSON"),
        ],
    )
    assert actors["An Foras Oileáin"] == "organization"
    assert actors["Chilean Guardia Nacional"] == "organization"
    assert actors["Cyngor Tarnwy"] == "organization"
    assert actors["Chomhairle Veldrach"] == "organization"
    assert actors["Ríocht Veldrach"] == "place"


def test_an_article_and_one_word_or_a_persons_name_keep_their_type():
    # near misses: an article and one word ("La Orvana", a town) and a person whose surname
    # follows a given name ("Ana Banco")
    text = "Ana Banco, the mayor of La Orvana, said the road to La Orvana was open."
    actors = _actors(text, [("Ana Banco", "PERSON"), ("La Orvana", "GPE")])
    assert actors["Ana Banco"] == "person"
    assert actors["La Orvana"] == "place"


def test_a_law_reports_citation_and_a_link_bar_name_no_actor():
    text = (
        "[New search] [Context] [Printable PDF version] [Help]\n\n"
        "Cite as: [2019] ORLR 211, [2019] 2 TWLR 88, [2020] EWVC 77 (TC)\n\n"
        "The appeal of Ms Lira Tamsen against the Orvane Agency is dismissed.\n"
    )
    actors = _actors(
        text,
        [
            ("PDF", "ORG"),
            ("ORLR", "ORG"),
            ("TWLR", "ORG"),
            ("EWVC 77", "ORG"),
            ("TC", "GPE"),
            ("Lira Tamsen", "PERSON"),
            ("Orvane Agency", "ORG"),
        ],
    )
    assert not {"PDF", "ORLR", "TWLR", "EWVC 77", "TC"} & set(actors)
    assert actors["Lira Tamsen"] == "person" and actors["Orvane Agency"] == "organization"


def test_a_bracketed_name_in_prose_and_a_name_after_a_year_stay():
    # near misses: one bracketed insertion in a quotation, and a body after a year in prose
    text = (
        'She said that "[the Orvane Agency] will answer for it" before the vote.\n\n'
        "In 2019 ORVA (Tarn) opened an office in Tarn.\n"
    )
    actors = _actors(text, [("Orvane Agency", "ORG"), ("ORVA", "ORG"), ("Tarn", "GPE")])
    assert actors.get("Orvane Agency") == "organization"
    assert actors.get("ORVA") == "organization" and actors.get("Tarn") == "place"


def test_a_short_line_opening_with_the_copyright_sign_is_a_credit():
    text = (
        "Prices rose again across the region this spring.\n\n"
        "© Lira Tamsen photo Mexico/Orvane Images.\n\n"
        "The Veldrian Trade Board met in Tarn on Monday.\n"
    )
    actors = _actors(
        text,
        [
            ("Lira Tamsen", "PERSON"),
            ("Mexico", "GPE"),
            ("Orvane Images", "ORG"),
            ("Veldrian Trade Board", "ORG"),
            ("Tarn", "GPE"),
        ],
    )
    assert not {"Lira Tamsen", "Mexico", "Orvane Images"} & set(actors)
    assert actors["Veldrian Trade Board"] == "organization" and actors["Tarn"] == "place"


def test_names_on_a_line_with_the_copyright_sign_inside_stay():
    # near miss: the sign inside a sentence of prose, not opening a credit line
    text = (
        "The emblem © is owned by the Orvane Agency, which told Lira Tamsen in Mexico that "
        "the licence would be renewed for another five years from next spring.\n"
    )
    actors = _actors(text, [("Orvane Agency", "ORG"), ("Lira Tamsen", "PERSON"), ("Mexico", "GPE")])
    assert actors.get("Orvane Agency") == "organization"
    assert actors.get("Lira Tamsen") == "person" and actors.get("Mexico") == "place"
