"""Round 11 rules for actors dropped or left apart, on invented pages loaded through ingest (so
the page lines are what the app makes of them) with hand-made labels:

- a list a sentence announces with a colon ("Membership of the Committee is as follows:", "...
  comprises the following Member States:") holds items, not page furniture, in the middle of a
  page and at its end;
- a family name written first in capitals ("KORIBA Tadashi") is the person the text also names
  given name first ("Tadashi Koriba") or by the family name alone.

Each class has a near miss that must stay as it was. Every name is made up.
"""

from __future__ import annotations

from labelled import analyse_labelled

from briefing_app.model.text import announces_list

_analyse = analyse_labelled


def _actors(analysis) -> dict[str, str]:
    return {a.name: a.type for a in analysis.actors}


_MEMBERS = """Kelvo Regional Assembly

PRESS RELEASE

Water committee opens its inquiry into the northern reservoirs

The Water and Rivers Committee met today to examine the written submissions it received over
the summer, and agreed a list of the bodies it will call to give oral evidence next month.

Speaking after the meeting, the Chairperson of the Committee, Ms Orla Vantreece, said the
Committee expects to report to the Assembly before the end of the year.

Membership of the Committee is as follows:

Chairperson:

Ms Orla Vantreece

Committee Members:

Mr Teodor Blaskinn

Mrs Ilse Marrowby

Mr Quentin Dallowe
"""


def test_members_a_sentence_announces_at_the_end_of_a_page_are_listed(tmp_path):
    analysis = _analyse(
        tmp_path, _MEMBERS, [("Orla Vantreece", "PERSON"), ("Water and Rivers Committee", "ORG")]
    )
    actors = _actors(analysis)
    for name in ("Teodor Blaskinn", "Ilse Marrowby", "Quentin Dallowe"):
        assert actors.get(name) == "person", actors
    assert "Orla Vantreece" in actors


_CONTACT = (
    _MEMBERS.split("Membership")[0]
    + """For further information, please contact:

Mr Teodor Blaskinn

Press Office
"""
)


def test_near_miss_a_press_contact_under_a_please_contact_line_is_no_actor(tmp_path):
    analysis = _analyse(tmp_path, _CONTACT, [("Orla Vantreece", "PERSON")])
    assert "Teodor Blaskinn" not in _actors(analysis)


_LINKS_AT_END = (
    _MEMBERS.split("Membership")[0]
    + """Latest news

Mr Teodor Blaskinn opens the new pumping station

Mrs Ilse Marrowby visits the river school

Mr Quentin Dallowe hands over the flood report
"""
)


def test_near_miss_short_lines_no_sentence_announces_stay_furniture(tmp_path):
    analysis = _analyse(tmp_path, _LINKS_AT_END, [("Orla Vantreece", "PERSON")])
    actors = _actors(analysis)
    for name in ("Teodor Blaskinn", "Ilse Marrowby", "Quentin Dallowe"):
        assert name not in actors, actors


_STATES = """Kelvo joins the river basin task force

Deputy Minister Anders Pellovic will travel to Tallport next week for the first meeting of the
River Basin Task Force, which was set up last year.

The task force comprises the following member states:

• Kelvo and Darsany (Upper Basin

• Morvania, Estrel and Quillon of the Lower Basin

• Tarsk and the Delta

The task force will report to the basin council in the spring, the ministry said.
"""
_STATE_LABELS = [
    ("Anders Pellovic", "PERSON"),
    ("Tallport", "GPE"),
    ("River Basin Task Force", "ORG"),
    ("Kelvo", "GPE"),
    ("Darsany", "GPE"),
    ("Morvania", "GPE"),
    ("Estrel", "GPE"),
    ("Quillon", "GPE"),
    ("Tarsk", "GPE"),
]


def test_countries_a_sentence_announces_in_a_bulleted_list_are_listed(tmp_path):
    actors = _actors(_analyse(tmp_path, _STATES, _STATE_LABELS))
    for name in ("Darsany", "Morvania", "Estrel", "Quillon", "Tarsk"):
        assert actors.get(name) == "place", actors


def test_near_miss_the_same_lines_under_a_label_stay_furniture(tmp_path):
    page = _STATES.replace("The task force comprises the following member states:", "Members:")
    actors = _actors(_analyse(tmp_path, page, _STATE_LABELS))
    for name in ("Darsany", "Morvania", "Estrel", "Quillon", "Tarsk"):
        assert name not in actors, actors


def test_announces_list_reads_sentences_not_labels():
    assert announces_list("Membership of the Committee is as follows:")
    assert announces_list("The Council comprises the following Member States:")
    assert not announces_list("Committee Members:")
    assert not announces_list("List of the Members of the Board:")
    assert not announces_list("For more information, please contact:")
    assert not announces_list("The Committee met today to examine the submissions.")


_FAMILY_FIRST = """Kelvo and Tarsk hold talks on fisheries

Press Conference by Deputy Press Secretary KORIBA Tadashi

Deputy Press Secretary Tadashi Koriba told reporters that the two governments had agreed to
meet again in the spring to settle the fishing quotas.

Mr. Koriba said the talks in Tallport had been frank and useful.
"""


def test_a_family_name_written_first_in_capitals_is_the_same_person(tmp_path):
    analysis = _analyse(
        tmp_path,
        _FAMILY_FIRST,
        [("KORIBA Tadashi", "PERSON"), ("Tadashi Koriba", "PERSON"), ("Koriba", "PERSON")],
    )
    people = [a for a in analysis.actors if a.type == "person"]
    assert len(people) == 1, [(a.name, a.aliases) for a in people]
    assert {"KORIBA Tadashi", "Tadashi Koriba"} <= {people[0].name, *people[0].aliases}


def test_near_miss_a_capitals_family_name_of_someone_else_stays_apart(tmp_path):
    page = _FAMILY_FIRST.replace("KORIBA Tadashi", "SONODA Tadashi")
    analysis = _analyse(
        tmp_path,
        page,
        [("SONODA Tadashi", "PERSON"), ("Tadashi Koriba", "PERSON"), ("Koriba", "PERSON")],
    )
    people = sorted(a.name for a in analysis.actors if a.type == "person")
    assert len(people) == 2, people


_NEWS_LIST = """News

Tribunal delivers its judgement in the harbour case

Tallport, 8 April 2031

The Appeals Chamber of the Kelvo Residual Court today delivered its judgement in the harbour
case and confirmed the sentences of the trial chamber on all counts.

Court President visits the regional branch

Darsany, 29 March 2031

The President of the Kelvo Residual Court, Judge Irma Feldhoven, met the staff of the regional
branch and the authorities of the host country during a two-day visit.

Prosecutor addresses the assembly

Tallport, 20 March 2031

The Prosecutor of the Kelvo Residual Court addressed the assembly of states on the work of
his office in the past year and on the cases still open.
"""
_NEWS_LABELS = [
    ("Tallport", "GPE"),
    ("Darsany", "GPE"),
    ("Kelvo Residual Court", "ORG"),
    ("Irma Feldhoven", "PERSON"),
]


def test_the_place_of_a_place_and_date_line_over_a_news_item_is_listed(tmp_path):
    actors = _actors(_analyse(tmp_path, _NEWS_LIST, _NEWS_LABELS))
    assert actors.get("Tallport") == "place", actors
    assert actors.get("Darsany") == "place", actors


def test_near_miss_a_place_on_a_title_case_line_without_a_date_stays_furniture(tmp_path):
    page = _NEWS_LIST.replace("Tallport, 8 April 2031", "Tallport and Darsany Harbours")
    page = page.replace("Darsany, 29 March 2031", "Visit")
    page = page.replace("Tallport, 20 March 2031", "Talk")
    actors = _actors(_analyse(tmp_path, page, _NEWS_LABELS))
    assert "Tallport" not in actors and "Darsany" not in actors, actors


_COMMANDERS = """Task force commanders visit the flooded valley

Rear Adm. Piet Varnholt, commander of Joint Task Force-Malawi, and Col. Ines Marrow, commander
of Orvel Special Operations Command South, flew over the flooded valley on Monday.

Joint Task Force-Malawi was set up by the regional command after the floods hit Malawi, and
JTF-Malawi now runs the relief flights from Tallport.
"""
_COMMANDER_LABELS = [
    ("Piet Varnholt", "PERSON"),
    ("Ines Marrow", "PERSON"),
    ("Joint Task Force-Malawi", "ORG"),
    ("Orvel Special Operations Command South", "ORG"),
    ("JTF-Malawi", "GPE"),
    ("Malawi", "GPE"),
    ("Tallport", "GPE"),
]


def test_a_command_a_commander_is_of_is_listed(tmp_path):
    actors = _actors(_analyse(tmp_path, _COMMANDERS, _COMMANDER_LABELS))
    assert actors.get("Orvel Special Operations Command South") == "organization", actors


def test_a_task_force_named_by_acronym_and_country_is_not_the_country(tmp_path):
    analysis = _analyse(tmp_path, _COMMANDERS, _COMMANDER_LABELS)
    force = next(a for a in analysis.actors if a.name == "Joint Task Force-Malawi")
    assert "JTF-Malawi" in force.aliases
    assert _actors(analysis).get("Malawi") == "place"


def test_near_miss_a_portfolio_a_commissioner_is_for_stays_no_actor(tmp_path):
    page = "Kelvo names a new commissioner\n\nThe High Commissioner for Water Operations, "
    page += "Ana Brelk, visited Tallport on Monday to open the new pumping station.\n"
    actors = _actors(
        _analyse(tmp_path, page, [("Water Operations", "ORG"), ("Ana Brelk", "PERSON")])
    )
    assert "Water Operations" not in actors, actors


_TWO_OFFICES = """Two offices sign a water pact

The UN Office of Water Audits (UNOWA) and the United Nations Office for the Delta Region
(UNODR) signed a pact on Monday to share their flood data.

UNOWA will audit the dams of the delta, and UNODR will run the warning system, the two
offices said in Tallport.
"""


def test_two_bodies_cut_to_one_spelling_stay_two_actors(tmp_path):
    analysis = _analyse(
        tmp_path,
        _TWO_OFFICES,
        [("UN Office", "ORG"), ("United Nations Office", "ORG"), ("Tallport", "GPE")],
    )
    owner = {}
    for actor in analysis.actors:
        for form in (actor.name, *actor.aliases):
            owner[form] = actor.name
    assert "UNOWA" in owner and "UNODR" in owner, owner
    assert owner["UNOWA"] != owner["UNODR"], owner


def test_near_miss_a_body_cut_to_a_short_spelling_still_joins_its_one_body(tmp_path):
    page = _TWO_OFFICES.replace("United Nations Office for the Delta Region", "Delta Council")
    page = page.replace("UNODR", "DC")
    analysis = _analyse(tmp_path, page, [("UN Office", "ORG"), ("Tallport", "GPE")])
    names = {a.name: a.aliases for a in analysis.actors}
    assert "UN Office" not in names, names


_NICKNAME = """Kelvo president meets the mayors

President Joaquim Benedito Tavo da Rocha met the mayors of the river towns in Tallport on
Monday to discuss the new flood defences.

Tavo said the state would pay for half of the works. The mayors thanked President Tavo.
"""


def test_a_lone_middle_word_of_a_long_name_is_that_person(tmp_path):
    analysis = _analyse(
        tmp_path,
        _NICKNAME,
        [("Joaquim Benedito Tavo da Rocha", "PERSON"), ("Tavo", "PERSON"), ("Tallport", "GPE")],
    )
    people = [a for a in analysis.actors if a.type == "person"]
    assert len(people) == 1, [(a.name, a.aliases) for a in people]
    assert "Tavo" in people[0].aliases


def test_near_miss_a_lone_word_inside_two_long_names_stays_apart(tmp_path):
    page = _NICKNAME.replace(
        "met the mayors", "and Governor Irene Tavo Marques da Costa met the mayors"
    )
    analysis = _analyse(
        tmp_path,
        page,
        [
            ("Joaquim Benedito Tavo da Rocha", "PERSON"),
            ("Irene Tavo Marques da Costa", "PERSON"),
            ("Tavo", "PERSON"),
            ("Tallport", "GPE"),
        ],
    )
    people = {a.name: a.aliases for a in analysis.actors if a.type == "person"}
    assert "Tavo" not in people.get("Joaquim Benedito Tavo da Rocha", []), people
    assert "Tavo" not in people.get("Irene Tavo Marques da Costa", []), people


_MISSIONS = """Peacekeepers patrol the northern roads

The United Nations Multidimensional Support Mission in Kelvo (MINUSKE) sent a patrol along
the northern roads on Monday, and the United Nations Integrated Office in Darsany (BINUD)
opened a new field office in Tallport.

MINUSKE said the roads were open again. BINUD will train the local police.
"""
_MISSION_LABELS = [
    ("United Nations Multidimensional Support Mission", "ORG"),
    ("United Nations Integrated Office", "ORG"),
    ("Kelvo", "GPE"),
    ("Darsany", "GPE"),
    ("Tallport", "GPE"),
]


def test_an_acronym_of_another_language_after_a_body_in_a_place_names_the_whole(tmp_path):
    analysis = _analyse(tmp_path, _MISSIONS, _MISSION_LABELS)
    forms = {a.name: a.aliases for a in analysis.actors}
    mission = "United Nations Multidimensional Support Mission in Kelvo"
    office = "United Nations Integrated Office in Darsany"
    assert "MINUSKE" in forms.get(mission, []), forms
    assert "BINUD" in forms.get(office, []), forms


def test_near_miss_a_bracket_spelling_other_letters_defines_nothing(tmp_path):
    page = _MISSIONS.replace("BINUD", "FEPAC")
    analysis = _analyse(tmp_path, page, _MISSION_LABELS)
    for actor in analysis.actors:
        if "FEPAC" in actor.aliases or actor.name == "FEPAC":
            assert "Integrated Office" not in actor.name, (actor.name, actor.aliases)


_HEAD = "Transcript of Press Stakeout by Mr. Anders Pellovic Kelvo Special Envoy for the Delta"
_STAKEOUT = (
    _HEAD
    + """, following his Briefing to the Council

Good afternoon. I have just briefed the Council on the talks in Tallport, and I can tell you
that the two delegations agreed to meet again next month to settle the water quotas.
"""
)


def test_a_speaker_a_headline_names_with_a_form_of_address_is_listed(tmp_path):
    actors = _actors(
        _analyse(tmp_path, _STAKEOUT, [("Anders Pellovic", "PERSON"), ("Tallport", "GPE")])
    )
    assert actors.get("Anders Pellovic") == "person", actors


def test_near_miss_a_headline_name_without_address_or_close_stays_out(tmp_path):
    page = _STAKEOUT.replace("by Mr. Anders Pellovic", "of Anders Pellovic")
    actors = _actors(_analyse(tmp_path, page, [("Anders Pellovic", "PERSON"), ("Tallport", "GPE")]))
    assert "Anders Pellovic" not in actors, actors


def test_a_name_cut_from_two_bodies_is_no_actor_of_its_own(tmp_path):
    analysis = _analyse(
        tmp_path,
        _TWO_OFFICES,
        [("UN Office", "ORG"), ("United Nations Office", "ORG"), ("Tallport", "GPE")],
    )
    names = [a.name for a in analysis.actors]
    assert "UN Office" not in names and "United Nations Office" not in names, names


def test_near_miss_a_known_body_at_the_start_of_longer_names_stays_an_actor(tmp_path):
    analysis = _analyse(tmp_path, _TWO_OFFICES, [("UN", "ORG"), ("United Nations", "ORG")])
    assert "United Nations" in [a.name for a in analysis.actors]


_JUSTICE = """Kelvo committee calls its witnesses

The Justice Committee met in Tallport today and agreed a list of witnesses.

"Amongst those to be called will be the Lord Chief Justice for Queensland, the Secretary of
State, the Minister for the Middle East and the Queensland Court Service."
"""


def test_a_state_a_title_is_for_is_an_actor_not_a_portfolio(tmp_path):
    actors = _actors(
        _analyse(
            tmp_path,
            _JUSTICE,
            [("Queensland", "GPE"), ("Middle East", "LOC")],
        )
    )
    assert actors.get("Queensland") == "place", actors


def test_near_miss_a_region_or_a_state_named_once_a_minister_is_for_stays_a_portfolio(
    tmp_path,
):
    page = _JUSTICE.replace("the Queensland Court Service", "the Harbour Court Service")
    actors = _actors(_analyse(tmp_path, page, [("Queensland", "GPE"), ("Middle East", "LOC")]))
    assert "Queensland" not in actors, actors


def test_near_miss_a_region_a_minister_is_for_stays_a_portfolio(tmp_path):
    actors = _actors(
        _analyse(
            tmp_path,
            _JUSTICE,
            [("Queensland", "GPE"), ("Middle East", "LOC")],
        )
    )
    assert "Middle East" not in actors, actors


def test_a_second_language_name_in_a_headline_in_capitals_still_joins_its_country():
    # review: one mention in capitals must not read as an acronym head ("JTF-Malawi")
    from test_actor_splits_round10 import _analyse as _analyse_labelled
    from test_actor_splits_round10 import actor_named

    text = (
        "KAIWHENUA CHILE AND PERU SIGN FISHERIES PACT\n\n"
        "Minister Ola Brenn visited Kaiwhenua Chile on Tuesday. The ministers said Kaiwhenua "
        "Chile and Peru would work together, and Chile would host the next round."
    )
    labels = [
        ("KAIWHENUA CHILE", "ORG"),
        ("Ola Brenn", "PERSON"),
        ("Kaiwhenua Chile", "ORG"),
        ("Peru", "GPE"),
        ("Chile", "GPE"),
    ]
    chile = actor_named(_analyse_labelled(text, labels), "Chile")
    assert "Kaiwhenua Chile" in chile.aliases and chile.type == "place"


def test_near_miss_an_agency_acronym_before_a_country_with_a_space_is_no_country():
    from test_actor_splits_round10 import _analyse as _analyse_labelled
    from test_actor_splits_round10 import actor_named

    text = (
        "KWDP Chile said on Tuesday that the fishing fleet of Chile would be cut by a third. "
        "KWDP Chile will fund new boats."
    )
    analysis = _analyse_labelled(text, [("KWDP Chile", "ORG"), ("Chile", "GPE")])
    assert "KWDP Chile" not in actor_named(analysis, "Chile").aliases


def test_a_place_and_its_assembly_stay_two_actors(tmp_path):
    # review: a place the gazetteer does not know, and the body named after it
    page = (
        "Kelvo Bay Assembly votes on the harbour plan\n\n"
        "The Kelvo Bay Assembly voted on Monday to rebuild the harbour. Storms flooded Kelvo "
        "Bay in March, and members of the Kelvo Bay Assembly visited the harbour on Tuesday.\n"
    )
    labels = [("Kelvo Bay Assembly", "ORG"), ("Kelvo Bay", "GPE")]
    actors = _actors(_analyse(tmp_path, page, labels))
    assert actors.get("Kelvo Bay") == "place", actors
    assert actors.get("Kelvo Bay Assembly") == "organization", actors
