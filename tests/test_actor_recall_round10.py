"""Round 10 rules for actors a filter dropped although the model found them, on invented pages
loaded through ingest (so headlines and page lines are what the app makes of them) with
hand-made labels: a speech's speaker named on a "remarks by" or "Delivered by" line, cut by the
model or read as a body; a body named on a headline or a listing's item line ("House ...
Committee", "... Court", "Organization for Migration").

Each class has a near miss that must stay as it was. Every name is made up.
"""

from __future__ import annotations

from labelled import analyse_labelled

from briefing_app.analysis import combine
from briefing_app.ingest import load_source

_analyse = analyse_labelled


def _actors(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


_SPEECH = """Speeches of the Director

Water for every village

Opening remarks by Marta Vellini-Okafor

Director of the Kelvo Water Agency

Good morning to all of you here in Tallport, and thank you for coming. The agency has opened
three treatment plants this year and will open four more before the rains. Our engineers
have worked with the district councils on every one of them.
"""


def test_a_speaker_the_model_cut_on_a_remarks_by_line_is_the_whole_name(tmp_path):
    analysis = _analyse(
        tmp_path,
        _SPEECH,
        [("Vellini-Okafor", "PERSON"), ("Kelvo Water Agency", "ORG"), ("Tallport", "GPE")],
    )
    actors = _actors(analysis)
    assert actors.get("Marta Vellini-Okafor") == "person", actors
    assert "Vellini-Okafor" not in actors


def test_a_speaker_read_as_a_body_on_a_delivered_by_line_is_a_person(tmp_path):
    page = _SPEECH.replace("Opening remarks by Marta Vellini-Okafor", "Delivered by Ilse Marnow")
    analysis = _analyse(tmp_path, page, [("Ilse Marnow", "ORG"), ("Kelvo Water Agency", "ORG")])
    assert _actors(analysis).get("Ilse Marnow") == "person", _actors(analysis)


def test_a_body_on_a_remarks_by_line_or_aid_delivered_by_a_body_stays_a_body(tmp_path):
    # near misses: the speaker is a body, and "delivered by" inside a line names no speaker
    page = _SPEECH.replace(
        "Opening remarks by Marta Vellini-Okafor", "Opening remarks by the Kelvo Water Agency"
    ).replace(
        "Good morning", "Aid delivered by Harlow Relief Trust reached the coast. Good morning"
    )
    analysis = _analyse(
        tmp_path, page, [("Kelvo Water Agency", "ORG"), ("Harlow Relief Trust", "ORG")]
    )
    actors = _actors(analysis)
    assert actors.get("Kelvo Water Agency") == "organization", actors
    assert actors.get("Harlow Relief Trust") == "organization", actors
    assert "person" not in actors.values()


_LISTING = """Press releases

No 41/2031 : 3 May 2031

Entry into office of new judges at the Kelvo Appeals Court

Three judges took their oath on Monday before the full bench in Tallport, the court said in a
statement. They will sit for six years and hear the cases the lower courts send up.

No 40/2031 : 2 May 2031

Tallport Sanctions Harlow Interior Ministry and Police Officials

The measures freeze the assets of eleven officials and bar them from travel for two years,
the government said. They take effect at midnight.
"""


def test_a_body_named_on_a_listing_item_line_is_an_actor(tmp_path):
    analysis = _analyse(
        tmp_path,
        _LISTING,
        [
            ("the Kelvo Appeals Court", "ORG"),
            ("Harlow Interior Ministry", "ORG"),
            ("Tallport", "GPE"),
        ],
    )
    actors = _actors(analysis)
    assert actors.get("Kelvo Appeals Court") == "organization", actors
    assert actors.get("Harlow Interior Ministry") == "organization", actors


def test_a_headline_body_named_of_its_head_noun_is_kept_a_report_or_a_lone_word_is_not(tmp_path):
    page = """Kelvo Organization for Migration to Open Council Session

Tallport – The agency's member states meet this week in Tallport to elect a new council and
agree on the budget for the next two years, the secretariat said on Monday.
"""
    analysis = _analyse(
        tmp_path,
        page,
        [("Kelvo Organization for Migration to Open Council Session", "ORG"), ("Tallport", "GPE")],
    )
    # the model ran the name on into the headline's verb: the body's own name is recalled
    assert _actors(analysis).get("Kelvo Organization for Migration") == "organization"
    near = """The Water Crisis in Harlow (KRS Report for Congress)

Tallport – The report for the members of the assembly describes the water crisis in Harlow
and the help the agencies have sent since the floods of last spring.
"""
    analysis = _analyse(
        tmp_path, near, [("Report for Congress", "ORG"), ("Senate", "ORG"), ("Tallport", "GPE")]
    )
    # near miss: a report's name ends in a body's word but is no body
    assert "Report for Congress" not in _actors(analysis)


# ---- a post before a name, a date glued to a name, an acronym after a recalled long form -------


def test_a_civil_post_the_model_read_as_a_body_before_a_name_is_the_persons_role(tmp_path):
    page = """Funds released for the Kelvo bridge

Tallport – "We will rebuild the bridge," said Federal Roads Administrator Amal Dervishi on
Monday. Federal Councillor Ines Maurer of Harlow promised help from her government too.
"""
    analysis = _analyse(
        tmp_path,
        page,
        [
            ("Federal Roads Administrator", "ORG"),
            ("Amal Dervishi", "PERSON"),
            ("Federal Councillor", "ORG"),
            ("Ines Maurer", "PERSON"),
            ("Harlow", "GPE"),
            ("Tallport", "GPE"),
        ],
    )
    actors = _actors(analysis)
    assert actors.get("Amal Dervishi") == "person" and actors.get("Ines Maurer") == "person"
    assert "Federal Roads Administrator" not in actors and "Federal Councillor" not in actors


def test_a_body_ending_in_a_post_word_stays_a_body():
    # near miss: "the Office of the Administrator" and a council are bodies, not posts
    from test_analysis_rules import labelled

    text = (
        "The Office of the Federal Roads Administrator said the Kelvo City Council would "
        "meet on Monday."
    )
    labels = [("The Office of the Federal Roads Administrator", "ORG")]
    src, sa = labelled(text, [*labels, ("Kelvo City Council", "ORG")])
    actors = _actors(combine([src], [sa]))
    assert actors.get("Kelvo City Council") == "organization", actors
    assert actors.get("Office of the Federal Roads Administrator") == "organization", actors


def test_a_date_the_model_ran_into_a_name_is_cut_off():
    from test_analysis_rules import labelled

    text = (
        "Divers cleared the Kelvo Federal Channel in May. A survey of the Federal Channel "
        "June 10 found it safe, and patrols left the Harlow Sea 2031-12 for the winter. The "
        "Harlow Sea stays closed."
    )
    src, sa = labelled(
        text,
        [
            ("Kelvo Federal Channel", "FAC"),
            ("the Federal Channel June 10", "FAC"),
            ("the Harlow Sea 2031-12", "LOC"),
            ("Harlow Sea", "LOC"),
        ],
    )
    names = set(_actors(combine([src], [sa])))
    assert "Federal Channel June 10" not in names and "Harlow Sea 2031-12" not in names
    assert "Harlow Sea" in names


def test_a_name_holding_a_month_or_a_day_stays_whole():
    # near miss: a movement named after its day, a person named May
    from test_analysis_rules import labelled

    text = "The March 23 Movement met Ana May in Tallport. The Movement of 14 June marched."
    src, sa = labelled(
        text,
        [("The March 23 Movement", "ORG"), ("Ana May", "PERSON"), ("Tallport", "GPE")],
    )
    names = set(_actors(combine([src], [sa])))
    assert {"March 23 Movement", "Ana May"} <= names


def test_an_acronym_in_brackets_after_a_recalled_mission_name_and_its_place_is_that_body():
    from test_analysis_rules import labelled

    text = (
        "The United Nations Integrated Peace Mission in the Republic of Harlow (MIPRAH) "
        "opened an office in Tallport. MIPRAH said patrols would start on Monday."
    )
    # the model tags the acronym but not the mission's name (the shape rules find it)
    src, sa = labelled(
        text, [("the Republic of Harlow", "GPE"), ("Tallport", "GPE"), ("MIPRAH", "ORG")]
    )
    analysis = combine([src], [sa])
    mission = [a for a in analysis.actors if "MIPRAH" in a.aliases]
    assert len(mission) == 1 and len(mission[0].aliases) >= 2, [
        (a.name, a.aliases) for a in analysis.actors
    ]
    assert mission[0].name == "United Nations Integrated Peace Mission"


def test_a_bracketed_acronym_of_other_letters_after_a_body_stays_apart():
    # near miss: an agency's credit in brackets after a body's name, its letters none of the
    # name's initials
    from test_analysis_rules import labelled

    text = (
        "The Harlow Water Agency in the Republic of Harlow (TASS) opened an office in "
        "Tallport. TASS said more offices would follow."
    )
    src, sa = labelled(
        text,
        [
            ("Harlow Water Agency", "ORG"),
            ("the Republic of Harlow", "GPE"),
            ("Tallport", "GPE"),
            ("TASS", "ORG"),
        ],
    )
    agency = _actors(combine([src], [sa]))
    assert agency.get("TASS") == "organization" and "Harlow Water Agency" in agency, agency


# ---- the header line saying where a release was issued ----------------------------------------


_ISSUED = """12 May 2031

Tallport, Norway

Harbour board signs new ferry deal

Tallport, 12 May 2031 (KWB)--The harbour board signed a ferry deal with three towns today, its
chair said after the vote. The ferries will run from June and carry freight as well.
"""


def test_a_place_and_country_line_over_the_headline_stays_and_names_the_country(tmp_path):
    analysis = _analyse(tmp_path, _ISSUED, [("Tallport", "GPE"), ("Norway", "GPE")])
    src = load_source(str(tmp_path / "page.txt"))
    first = src.paragraphs[0]
    assert src.text[first.start : first.end] == "Tallport, Norway" and first.kind == "heading"
    assert src.title == "Harbour board signs new ferry deal" and src.published == "2031-05-12"
    assert _actors(analysis).get("Norway") == "place", _actors(analysis)


def test_a_line_of_links_or_a_name_and_post_over_the_headline_is_not_put_back(tmp_path):
    # near misses: two menu words, and a name and a post, written "A, B" over the headline
    page = _ISSUED.replace("Tallport, Norway", "Home, About\n\nLady Marnow, President")
    path = tmp_path / "menu.txt"
    path.write_text(page, encoding="utf-8")
    text = load_source(str(path)).text
    assert "Home, About" not in text and "Lady Marnow" not in text


def test_a_release_headers_issuer_after_its_day_and_place_is_a_body(tmp_path):
    page = """May 18, 2031 - Tallport, Finnmark - Ocean Affairs Norway

The Minister of Fisheries today announced new quotas for the northern coast. They take effect
in June and will be reviewed after one season, the ministry said in a statement.
"""
    analysis = _analyse(
        tmp_path, page, [("Finnmark - Ocean Affairs Norway", "ORG"), ("Tallport", "GPE")]
    )
    actors = _actors(analysis)
    assert actors.get("Ocean Affairs Norway") == "organization", actors


def test_a_place_run_on_into_a_dash_and_a_verb_keeps_the_place_alone():
    # near miss: "New Kelvo - Responding to ...": the words after the dash are no name
    from test_analysis_rules import labelled

    text = "NEW TALLPORT, Kelvo City - Responding to the floods, the agency sent tents."
    src, sa = labelled(text, [("Kelvo City - Responding", "GPE")])
    names = set(_actors(combine([src], [sa])))
    assert "Responding" not in names and "Kelvo City - Responding" not in names


# ---- names with letters outside ASCII ---------------------------------------------------------


def test_a_given_name_with_an_accent_alone_joins_the_full_name_whatever_the_models_label():
    from test_analysis_rules import labelled

    text = (
        "Ms Sigrún Hallgrímsdóttir, Prime Minister of Kelvo, visited the residency. "
        "Sigrún said the talks went well."
    )
    src, sa = labelled(
        text, [("Sigrún Hallgrímsdóttir", "PERSON"), ("Sigrún", "GPE"), ("Kelvo", "GPE")]
    )
    actors = _actors(combine([src], [sa]))
    assert actors.get("Sigrún Hallgrímsdóttir") == "person", actors
    assert "Sigrún" not in actors and "Ms Sigrún Hallgrímsdóttir" not in actors


def test_a_one_word_place_that_opens_no_name_stays_a_place():
    # near miss: a town written alone that is no one's given name
    from test_analysis_rules import labelled

    text = (
        "Ms Sigrún Hallgrímsdóttir, Prime Minister of Kelvo, visited Ísafjörður. "
        "Ísafjörður welcomed her."
    )
    src, sa = labelled(
        text, [("Sigrún Hallgrímsdóttir", "PERSON"), ("Ísafjörður", "GPE"), ("Kelvo", "GPE")]
    )
    actors = _actors(combine([src], [sa]))
    assert actors.get("Ísafjörður") == "place" and actors.get("Sigrún Hallgrímsdóttir") == "person"


def test_a_peers_form_of_address_before_a_surname_alone_stays_in_the_name():
    # near miss: "Lady Marnow, President" names the peer "Lady Marnow", no "Ms" glued to a
    # full name
    from test_analysis_rules import labelled

    text = "The panel sat with Lady Marnow, President of the Court, in the chair. Marnow spoke."
    src, sa = labelled(text, [("Marnow", "PERSON")])
    actors = _actors(combine([src], [sa]))
    assert actors.get("Lady Marnow") == "person", actors


# ---- Māori names joined by "ki" or "o" -----------------------------------------------------


def test_a_maori_body_named_with_ki_or_o_is_one_body_apart_from_the_iwi_it_names():
    from test_analysis_rules import labelled

    text = (
        "The partnership brings together Ōrewa ki Tāhuna, the district council and Te "
        "Kotahitanga o Te Awaroa. Te Awaroa people will run the centre."
    )
    src, sa = labelled(
        text,
        [("Ōrewa", "GPE"), ("Tāhuna", "ORG"), ("Te Kotahitanga", "PERSON"), ("Te Awaroa", "ORG")],
    )
    actors = _actors(combine([src], [sa]))
    assert actors.get("Ōrewa ki Tāhuna") == "organization", actors
    assert actors.get("Te Kotahitanga o Te Awaroa") == "organization", actors
    assert "Te Awaroa" in actors and "Ōrewa" not in actors and "Tāhuna" not in actors


def test_two_places_joined_by_a_spanish_o_stay_two_places():
    # near miss: "o" is "or" in Spanish; no macron, no Māori article
    from test_analysis_rules import labelled

    text = "Los envíos saldrán de Valparaíso o Callao la próxima semana, dijo el ministerio."
    src, sa = labelled(text, [("Valparaíso", "GPE"), ("Callao", "GPE")])
    names = set(_actors(combine([src], [sa])))
    assert {"Valparaíso", "Callao"} <= names and "Valparaíso o Callao" not in names


# ---- a port named after its city ----------------------------------------------------------


def test_the_port_of_a_city_is_an_actor_beside_the_city():
    from test_analysis_rules import labelled

    text = (
        "Ships may again use the Port of Tallport, the harbour master said. Tallport's "
        "mayor thanked the divers, and the port of Harlow stays shut."
    )
    src, sa = labelled(text, [("Tallport", "GPE"), ("Harlow", "GPE")])
    actors = _actors(combine([src], [sa]))
    assert actors.get("Port of Tallport") == "place" and actors.get("Tallport") == "place"
    # near miss: "the port of Harlow" in lower case is the city's port, no name
    assert "port of Harlow" not in actors and actors.get("Harlow") == "place", actors
