"""Round 5 merging rules, on invented paragraphs: a short form a bracket defines, a name the
model cut short where the text goes on into a longer name of the same source, a surname of
several words, and the portfolio before a minister's title.

Entities are labelled by hand, as the small model would (its mistakes included), so only the
rules can join the forms.
"""

from __future__ import annotations

from test_analysis_generalise import actor_named
from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _analyse(text: str, labels: list[tuple[str, str]], cut: list[tuple[str, str, int]] = ()):
    """``cut``: (surface, label, n): the model's short span over the n-th occurrence (from 0)
    of ``surface``, where the longer name it begins is labelled elsewhere."""
    src, sa = labelled(text, labels)
    for surface, label, n in cut:
        start = -1
        for _ in range(n + 1):
            start = text.index(surface, start + 1)
        end = start + len(surface)
        sa.entities = sorted(
            [e for e in sa.entities if not (e[0] < end and start < e[1])] + [(start, end, label)]
        )
    return combine([src], [sa])


# ---- a short form defined in brackets: "the Department of Fisheries (Fisheries)" -----------


def test_a_word_of_a_name_defined_in_brackets_is_that_body():
    text = (
        "The Department of Fisheries (Fisheries) reviewed the quotas. "
        "Fisheries said the review would end soon. Officials at Fisheries agreed."
    )
    analysis = _analyse(text, [("Department of Fisheries", "ORG"), ("Fisheries", "ORG")])
    body = actor_named(analysis, "Department of Fisheries")
    assert "Fisheries" in body.aliases
    assert len(analysis.actors) == 1


def test_a_bracket_naming_a_place_or_an_agency_is_no_short_form():
    text = (
        "The Ministry of Water (Tarvenia) opened wells. Tarvenia thanked donors. "
        "The rains came late, officials at the Ministry of Water said (Reuters)."
    )
    analysis = _analyse(
        text, [("Ministry of Water", "ORG"), ("Tarvenia", "GPE"), ("Reuters", "ORG")]
    )
    assert actor_named(analysis, "Ministry of Water") is not actor_named(analysis, "Tarvenia")
    assert "Reuters" not in actor_named(analysis, "Ministry of Water").aliases


# ---- a name cut short where the text goes on into a longer name of the same source ---------


def test_a_name_cut_where_the_text_goes_on_into_a_longer_name_is_that_name():
    text = (
        "The Royal Tarvenian Air Force flew supplies north. Later a Royal Tarvenian Air Force "
        "plane landed in Osk. Aid came from the Federal Republic of Norvania, and the Federal "
        "Republic of Norvania sent doctors."
    )
    analysis = _analyse(
        text,
        [
            ("Royal Tarvenian Air Force", "ORG"),
            ("Osk", "GPE"),
            ("Federal Republic of Norvania", "GPE"),
        ],
        cut=[("Royal Tarvenian", "ORG", 1), ("Federal Republic", "GPE", 0)],
    )
    names = {a.name for a in analysis.actors}
    assert "Royal Tarvenian" not in names and "Federal Republic" not in names, names


def test_a_shorter_name_also_written_on_its_own_stays_apart():
    text = (
        "The Republic of Korea sent a team. The Democratic People's Republic of Korea did not. "
        "New Tarvenia voted first; the New Tarvenia Defence Force flew the ballots."
    )
    analysis = _analyse(
        text,
        [
            ("Republic of Korea", "GPE"),
            ("Democratic People's Republic of Korea", "GPE"),
            ("New Tarvenia", "GPE"),
            ("New Tarvenia Defence Force", "ORG"),
        ],
    )
    korea = actor_named(analysis, "Republic of Korea")
    assert korea is not actor_named(analysis, "Democratic People's Republic of Korea")
    assert actor_named(analysis, "New Tarvenia") is not actor_named(
        analysis, "New Tarvenia Defence Force"
    )


# ---- a surname of several words: "Graziano da Silva" of "José Graziano da Silva" ------------


def test_a_surname_of_several_words_joins_the_full_name():
    text = (
        "Ferreira da Costa visits the depot\n\nDirector Tomás Ferreira da Costa opened it. "
        "Food would last, he said. Minister Ana Ruiz Montalbán agreed, "
        "and Ruiz Montalbán signed the order."
    )
    analysis = _analyse(
        text,
        [
            ("Tomás Ferreira da Costa", "PERSON"),
            ("Ferreira da Costa", "PERSON"),
            ("Ana Ruiz Montalbán", "PERSON"),
            ("Ruiz Montalbán", "PERSON"),
        ],
    )
    assert actor_named(analysis, "Ferreira da Costa").name == "Tomás Ferreira da Costa"
    assert actor_named(analysis, "Ruiz Montalbán").name == "Ana Ruiz Montalbán"
    assert len(analysis.actors) == 2


def test_two_people_sharing_a_surname_stay_apart():
    text = (
        "Ana Lopez Vidal chairs the board; her brother Carlos Lopez Vidal runs the port. "
        "Marta da Silva met them, and so did Pedro da Silva."
    )
    analysis = _analyse(
        text,
        [
            ("Ana Lopez Vidal", "PERSON"),
            ("Carlos Lopez Vidal", "PERSON"),
            ("Marta da Silva", "PERSON"),
            ("Pedro da Silva", "PERSON"),
        ],
    )
    assert len({a.name for a in analysis.actors}) == 4


def test_a_surname_two_people_share_joins_neither():
    text = (
        "Ana Lopez Vidal chairs the board; Carlos Lopez Vidal runs the port. "
        "Lopez Vidal said the port would reopen."
    )
    analysis = _analyse(
        text,
        [
            ("Ana Lopez Vidal", "PERSON"),
            ("Carlos Lopez Vidal", "PERSON"),
            ("Lopez Vidal", "PERSON"),
        ],
    )
    assert actor_named(analysis, "Ana Lopez Vidal") is not actor_named(
        analysis, "Carlos Lopez Vidal"
    )
    assert "Lopez Vidal" not in actor_named(analysis, "Ana Lopez Vidal").aliases
    assert "Lopez Vidal" not in actor_named(analysis, "Carlos Lopez Vidal").aliases


# ---- the portfolio before a minister's title: "Coastal Affairs Minister Ana Brel" ----------


def test_the_portfolio_before_a_title_and_a_name_is_no_actor():
    text = (
        "Coastal Affairs Minister Lena Osk visited the harbour. The Department for Coastal "
        "Affairs paid for the repairs, and Rural Roads Secretary Piet Varn approved them."
    )
    analysis = _analyse(
        text,
        [
            ("Coastal Affairs", "ORG"),
            ("Lena Osk", "PERSON"),
            ("Department for Coastal Affairs", "ORG"),
            ("Rural Roads", "ORG"),
            ("Piet Varn", "PERSON"),
        ],
    )
    names = {a.name for a in analysis.actors}
    assert names == {"Lena Osk", "Department for Coastal Affairs", "Piet Varn"}, names


def test_a_body_named_before_its_own_officer_stays_an_actor():
    text = (
        "Tarvenia Red Crescent Secretary General Ana Brel spoke. The Tarvenia Red Crescent "
        "sent tents. Harbour Trust Chairman Piet Varn agreed; the Harbour Trust pays."
    )
    analysis = _analyse(
        text,
        [
            ("Tarvenia Red Crescent", "ORG"),
            ("Ana Brel", "PERSON"),
            ("Harbour Trust", "ORG"),
            ("Piet Varn", "PERSON"),
        ],
    )
    names = {a.name for a in analysis.actors}
    assert {"Tarvenia Red Crescent", "Harbour Trust"} <= names, names


# ---- "the Government of <country>": a body, beside the country --------------------------------


def test_the_government_of_a_country_is_a_body_of_its_own():
    text = (
        "Floods hit Peru on Monday. The Government of Peru asked for tents, and donors backed "
        "the Government of Bolivia’s appeal. Bolivia thanked them."
    )
    analysis = _analyse(text, [("Peru", "GPE"), ("Bolivia", "GPE"), ("Government", "ORG")])
    body = actor_named(analysis, "Government of Bolivia")
    assert body.type == "organization"
    assert actor_named(analysis, "Government of Peru").type == "organization"
    assert actor_named(analysis, "Peru").type == "place"
    assert actor_named(analysis, "Bolivia") is not body
    assert "Government" not in body.aliases


def test_a_government_of_a_city_or_of_no_place_is_left_alone():
    text = (
        "The local Government of Lima met. The government of the day fell; Lima voted. "
        "Chile sent help, and the government of Chile thanked Lima."
    )
    analysis = _analyse(text, [("Lima", "GPE"), ("Chile", "GPE")])
    assert {a.name for a in analysis.actors} == {"Lima", "Chile"}


# ---- a rank and a surname the model missed: "Lieutenant Varn" after "1st Lt. Piet Varn" ------


def test_a_rank_before_the_surname_of_a_named_person_is_a_mention_of_that_person():
    text = (
        "The crew was led by Capt. Piet Varnholt, a pilot from Osk. "
        "Before take-off, Captain Varnholt checks the fuel."
    )
    analysis = _analyse(text, [("Piet Varnholt", "PERSON"), ("Osk", "GPE")])
    person = actor_named(analysis, "Piet Varnholt")
    assert person.mentions == 2
    assert "Captain Varnholt" in person.aliases


def test_a_capitalised_word_after_a_rank_that_is_nobody_s_surname_is_not_recalled():
    text = (
        "The crew was led by Capt. Piet Varnholt. The General Assembly met; "
        "Sergeant Before wrote the log."
    )
    analysis = _analyse(text, [("Piet Varnholt", "PERSON")])
    assert not any("Before" in a.name for a in analysis.actors)
    assert actor_named(analysis, "Piet Varnholt").mentions == 1


# ---- an inverted name in a list or a header: "Varnholt, Piet" --------------------------------


def test_an_inverted_name_is_the_person_named_in_full():
    text = "Speakers\n\nVarnholt, Piet\n\nPrime Minister Piet Varnholt opened the session."
    analysis = _analyse(text, [("Piet Varnholt", "PERSON"), ("Piet", "PERSON")])
    person = actor_named(analysis, "Piet Varnholt")
    assert "Varnholt, Piet" in person.aliases
    assert len(analysis.actors) == 1


def test_a_comma_between_names_of_a_list_is_no_inverted_name():
    text = (
        "Piet Varn spoke. The delegates were Varn, Piet Osk and Lena Marl. "
        "In Lima, Peru the talks ended; Marl, Lena said nothing."
    )
    analysis = _analyse(
        text,
        [
            ("Piet Varn", "PERSON"),
            ("Piet Osk", "PERSON"),
            ("Lena Marl", "PERSON"),
            ("Lima", "GPE"),
            ("Peru", "GPE"),
        ],
    )
    aliases = {x for a in analysis.actors for x in a.aliases}
    assert "Varn, Piet" not in aliases
    assert actor_named(analysis, "Piet Varn") is not actor_named(analysis, "Piet Osk")


# ---- a name in a list of bodies the model tagged: "Oxfam, Hope for Rivers and CARE" ---------


def test_an_untagged_name_coordinated_with_tagged_bodies_is_a_body():
    text = (
        "Four charities will share the funds. They are: Hope for Rivers, Mercy Corps, "
        "Brightwater and the Norvan Relief Council. Mercy Corps will lead."
    )
    analysis = _analyse(text, [("Mercy Corps", "ORG"), ("Norvan Relief Council", "ORG")])
    names = {a.name: a.type for a in analysis.actors}
    assert names.get("Hope for Rivers") == "organization", names
    assert names.get("Brightwater") == "organization", names


def test_a_list_without_two_tagged_bodies_adds_nothing():
    text = (
        "The team visited Osk, Brightwater and Lower Marl before Monday. "
        "Yesterday Mercy Corps, Tuesday and Friday were busy. On Harbour Day, Mercy Corps "
        "and the Osk Relief Council met, and Brightwater, Mercy Corps and the Council agreed."
    )
    analysis = _analyse(
        text, [("Mercy Corps", "ORG"), ("Osk", "GPE"), ("Osk Relief Council", "ORG")]
    )
    names = {a.name for a in analysis.actors}
    assert "Harbour Day" not in names and "On Harbour Day" not in names, names
    assert "Lower Marl" not in names and "Tuesday" not in names, names


# ---- a unit's number: "10th Airlift Squadron", "1-186th Infantry Battalion" ---------------------


def test_the_number_before_a_unit_belongs_to_its_name_and_tells_units_apart():
    text = (
        "Crews of the 817th Expeditionary Harbour Squadron flew with a pilot from the 10th "
        "Harbour Squadron. Soldiers of the 1-186th Infantry Battalion guarded the field at "
        "the 72nd Tarvenia Day parade."
    )
    analysis = _analyse(
        text,
        [("Harbour Squadron", "ORG"), ("Tarvenia Day", "ORG")],  # the battalion: untagged
    )
    names = {a.name for a in analysis.actors}
    assert {
        "817th Expeditionary Harbour Squadron",
        "10th Harbour Squadron",
        "1-186th Infantry Battalion",
    } <= names, names
    assert "Harbour Squadron" not in names
    assert "72nd Tarvenia Day" not in names


def test_a_cut_name_running_on_into_a_gazetteer_s_full_name_is_that_body():
    text = (
        "A spokesman for the Office of the United Nations High Commissioner for Human Rights "
        "(OHCHR) spoke in Geneva. OHCHR staff will travel."
    )
    analysis = _analyse(
        text,
        [("OHCHR", "ORG"), ("Geneva", "GPE")],
        cut=[("Office of the United Nations", "ORG", 0)],
    )
    body = actor_named(analysis, "OHCHR")
    assert "Office of the United Nations" in body.aliases
    assert len([a for a in analysis.actors if a.type == "organization"]) == 1


# ---- two bodies named alike, run together with "and" --------------------------------------------


def test_two_offices_run_together_with_and_are_two_bodies():
    text = (
        "Funds came through the Office of Coastal Relief and Office of Food for Rivers, and "
        "the Department of Health and Human Services paid the rest."
    )
    analysis = _analyse(
        text,
        [
            ("Office of Coastal Relief and Office of Food for Rivers", "ORG"),
            ("Department of Health and Human Services", "ORG"),
        ],
    )
    names = {a.name for a in analysis.actors}
    assert names == {
        "Office of Coastal Relief",
        "Office of Food for Rivers",
        "Department of Health and Human Services",
    }, names


def test_a_task_force_is_found_by_its_shape():
    text = (
        "Soldiers assigned to Task Force Harbour, 3rd Osk Brigade, patrolled the port. "
        "The task force will stay; Joint Task Force Coastal Shield sent boats."
    )
    analysis = _analyse(text, [])
    names = {a.name for a in analysis.actors}
    assert {"Task Force Harbour", "Joint Task Force Coastal Shield", "3rd Osk Brigade"} <= names
    assert not any(n.lower().startswith("the task") for n in names)


# ---- the full name a headline gives to a surname the text uses alone --------------------------


def _titled(text: str, title: str, labels):
    src, sa = labelled(text, labels)
    src.title = title
    return combine([src], [sa])


def test_a_surname_takes_the_full_name_the_headline_writes_after_a_title():
    analysis = _titled(
        "Mr Varnholt, how is the harbour? Varnholt said the harbour was ready.",
        "Meeting with Osk Region Governor Piet Varnholt",
        [("Varnholt", "PERSON")],
    )
    person = actor_named(analysis, "Varnholt")
    assert person.name == "Piet Varnholt"
    assert "Piet Varnholt" in person.aliases


def test_a_headline_word_before_the_surname_that_follows_no_title_is_no_given_name():
    analysis = _titled(
        "Mr Varnholt, how is the harbour? Varnholt said the harbour was ready to meet ships.",
        "President Meets Varnholt",
        [("Varnholt", "PERSON")],
    )
    assert actor_named(analysis, "Varnholt").name == "Varnholt"


# ---- a kicker in capitals run into a name: "COASTAL RELIEF Harbour Department Should ..." -------


def test_words_in_capitals_before_a_name_are_a_kicker_not_part_of_it():
    text = (
        "Report to the Osk Assembly\n\nOA-20-14\n\n"
        "May 2020 COASTAL RELIEF Harbour Department Should Act Faster to Pay Crews What the "
        "Assembly found: crews were paid late in 2019, and payments took weeks to arrive.\n\n"
        "The coastal relief effort is led by the Harbour Department, whose relief teams "
        "work with CARE International in Osk."
    )
    analysis = _analyse(
        text,
        [
            ("COASTAL RELIEF Harbour Department", "ORG"),
            ("Harbour Department", "ORG"),
            ("CARE International", "ORG"),
            ("Osk", "GPE"),
        ],
    )
    names = {a.name for a in analysis.actors}
    assert "COASTAL RELIEF Harbour Department" not in names, names
    assert actor_named(analysis, "Harbour Department").mentions == 2
    assert "CARE International" in names
