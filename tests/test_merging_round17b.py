"""One person or body written several ways is one actor with every way as a form, seventeenth
round (b), on invented texts with hand-made labels.

- A surname written after a rank or title in one of the list's short forms ("Col. Whitcombe",
  "Lt Gen Ramaswamy", "Sgt. Maj. Brandt", "Major-General Obiora") is a form of the person named
  in full, as "Colonel Whitcombe" written out already was: the alias pair "Col. Dana Whitcombe"
  / "Col. Whitcombe" needs it. The form starts at the title, never at the verb before it or at
  a word before a comma ("King, Jr."), and takes the longest written title that is the role.
- A surname said with a title never joins two people who share it ("Col. Anna Pryce" and
  "Maj. Tomas Pryce" stay two).
- A word broken across lines in PDF or OCR text ("Mari- anne", "Organi- sation") is one word
  when names are matched and named; the source text is never changed. A suspended hyphen
  ("Jean- and Paul-", "pre- or post-war") and a real one ("Guinea-Bissau") are no broken word.

Titles written out ("Prime Minister Jensen") and honorifics ("Mr. Obama") keep their forms. The
people, places and bodies are made up, except Barack Obama, Guinea and Guinea-Bissau.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine
from briefing_app.analysis.spellings import mended, one_swap


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, list[str]]:
    src, sa = labelled(text, labels)
    return {a.name: a.aliases for a in combine([src], [sa]).actors}


def _owner_of(actors: dict[str, list[str]], form: str) -> list[str]:
    return [name for name, aliases in actors.items() if form in aliases]


def test_a_surname_after_an_abbreviated_rank_keeps_that_form():
    text = (
        "The engineer battalion came home on Friday after three weeks of flood work. "
        '"The roads are open again," said Lt. Col. Dana Whitcombe, the battalion commander. '
        "Col. Whitcombe said the unit had cleared forty kilometres of road."
    )
    actors = _actors(text, [("Dana Whitcombe", "PERSON"), ("Whitcombe", "PERSON")])
    assert _owner_of(actors, "Col. Whitcombe") == ["Dana Whitcombe"]


def test_a_rank_of_two_short_words_is_written_whole():
    text = (
        "Sgt. Maj. Ilse Brandt, the senior enlisted leader, met the new recruits in Corvano. "
        '"They are ready," Sgt. Maj. Brandt said after the parade.'
    )
    actors = _actors(text, [("Ilse Brandt", "PERSON"), ("Brandt", "PERSON")])
    assert _owner_of(actors, "Sgt. Maj. Brandt") == ["Ilse Brandt"]
    assert _owner_of(actors, "Maj. Brandt") == []


def test_a_hyphenated_or_undotted_rank_keeps_its_form():
    text = (
        "The General Officer Commanding, Major-General Ikenna Obiora, visited the police command "
        "in Eleru on Friday. Major-General Obiora said the army would work with the police. "
        "Lt Gen Priya Ramaswamy, the northern commander, welcomed the plan. Lt Gen Ramaswamy "
        "said soldiers would help at the docks."
    )
    labels = [
        ("Ikenna Obiora", "PERSON"),
        ("Obiora", "PERSON"),
        ("Priya Ramaswamy", "PERSON"),
        ("Ramaswamy", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert _owner_of(actors, "Major-General Obiora") == ["Ikenna Obiora"]
    assert _owner_of(actors, "Lt Gen Ramaswamy") == ["Priya Ramaswamy"]


# ---- near misses: what must not change ---------------------------------------------------------


def test_the_verb_before_a_rank_is_no_part_of_the_form():
    text = (
        "Rear Adm. Hollis Brannigan leads the northern fleet. The patrols start next month, "
        "said Adm. Brannigan on Tuesday."
    )
    actors = _actors(text, [("Hollis Brannigan", "PERSON"), ("Brannigan", "PERSON")])
    assert _owner_of(actors, "Adm. Brannigan") == ["Hollis Brannigan"]
    assert not any("said" in form for forms in actors.values() for form in forms)


def test_a_title_written_out_and_an_honorific_keep_their_forms():
    text = (
        "Prime Minister Carla Jensen met President Barack Obama in Washington on Monday. "
        "Prime Minister Jensen said the talks had gone well. Mr. Obama thanked her for coming."
    )
    labels = [
        ("Carla Jensen", "PERSON"),
        ("Jensen", "PERSON"),
        ("Barack Obama", "PERSON"),
        ("Obama", "PERSON"),
    ]
    actors = _actors(text, labels)
    assert _owner_of(actors, "Prime Minister Jensen") == ["Carla Jensen"]
    assert _owner_of(actors, "Mr. Obama") == ["Barack Obama"]


def test_two_people_of_one_surname_stay_two_after_a_ranked_surname():
    text = (
        "Col. Anna Pryce and Maj. Tomas Pryce, her brother, both served in the Corvano brigade. "
        "Col. Pryce said the brigade would move in May."
    )
    labels = [("Anna Pryce", "PERSON"), ("Tomas Pryce", "PERSON"), ("Pryce", "PERSON")]
    actors = _actors(text, labels)
    # "Col. Pryce" was joining the lone surname's person to the other Pryce as well
    assert _owner_of(actors, "Anna Pryce") == ["Anna Pryce"]
    assert _owner_of(actors, "Tomas Pryce") == ["Tomas Pryce"]
    assert len(_owner_of(actors, "Col. Pryce")) <= 1


def test_one_person_written_with_and_without_a_middle_initial_still_joins_the_titled_surname():
    text = (
        "Gen. Anna Pryce took command in Corvano on Monday. Anna M. Pryce served twenty years "
        "in the army. Gen. Pryce said the brigade would move in May."
    )
    labels = [("Anna Pryce", "PERSON"), ("Anna M. Pryce", "PERSON"), ("Pryce", "PERSON")]
    actors = _actors(text, labels)
    assert _owner_of(actors, "Gen. Pryce") == _owner_of(actors, "Anna Pryce")
    assert len(_owner_of(actors, "Anna Pryce")) == 1


def test_a_title_word_before_a_comma_is_no_written_title():
    text = (
        "Marchers in Dellport honoured Martin Luther King, Jr. on Monday. The crowd sang as "
        "the speakers read from his letters."
    )
    actors = _actors(text, [("Martin Luther King", "PERSON"), ("Jr.", "PERSON")])
    assert not any(form.startswith("King,") for forms in actors.values() for form in forms)


# ---- a word broken across lines (PDF or OCR text joined with spaces) ---------------------------


def test_a_name_broken_across_lines_joins_the_whole_name_and_is_named_whole():
    text = (
        "The archive holds the letters of Marianne Keldsen from 1951. Last spring the heirs "
        "of Mari- anne Keldsen asked for a say in how the letters are used."
    )
    actors = _actors(text, [("Marianne Keldsen", "PERSON"), ("Mari- anne Keldsen", "PERSON")])
    assert _owner_of(actors, "Mari- anne Keldsen") == ["Marianne Keldsen"]


def test_a_body_with_a_word_broken_across_lines_is_one_body():
    text = (
        "The Velmish Coastal Organi- sation sent two boats to the bay on Monday. The Velmish "
        "Coastal Organisation said the boats would stay until the storm passed."
    )
    labels = [("Velmish Coastal Organi- sation", "ORG"), ("Velmish Coastal Organisation", "ORG")]
    actors = _actors(text, labels)
    assert _owner_of(actors, "Velmish Coastal Organi- sation") == ["Velmish Coastal Organisation"]


def test_suspended_and_real_hyphens_are_no_broken_words():
    assert mended("Jean- and Paul-Marie Okoro") == "Jean- and Paul-Marie Okoro"
    assert mended("pre- or post-war Velm") == "pre- or post-war Velm"
    assert mended("two- to three-day talks") == "two- to three-day talks"
    assert mended("Guinea-Bissau") == "Guinea-Bissau"
    assert mended("Anglo- Velmish Council") == "Anglo- Velmish Council"  # a capital goes on
    assert mended("Hen- rietta Lacks") == "Henrietta Lacks"


def test_a_place_with_a_real_hyphen_stays_apart_from_its_neighbour():
    text = "Guinea-Bissau and Guinea signed a fishing deal in Conakry on Monday."
    actors = _actors(text, [("Guinea-Bissau", "GPE"), ("Guinea", "GPE"), ("Conakry", "GPE")])
    assert _owner_of(actors, "Guinea") == ["Guinea"]
    assert _owner_of(actors, "Guinea-Bissau") == ["Guinea-Bissau"]


def test_a_word_broken_at_a_line_break_is_mended_too():
    assert mended("Depart-\nment of Harbours") == "Department of Harbours"
    assert mended("Sec- \nretary Velling") == "Secretary Velling"
    assert mended("Guinea-\nBissau") == "Guinea-\nBissau"
    assert mended("North-\nand South-Velm") == "North-\nand South-Velm"


# ---- a long name misspelt by two exchanged letters in one source --------------------------------


def test_a_long_name_with_two_letters_exchanged_in_one_source_is_one_name():
    text = (
        "A fire broke out at Haukela High School in Velm on Monday morning. Pupils of Hauleka "
        "High School were sent home, and the school will stay shut until Friday."
    )
    labels = [("Haukela High School", "ORG"), ("Hauleka High School", "ORG")]
    actors = _actors(text, labels)
    assert _owner_of(actors, "Hauleka High School") == _owner_of(actors, "Haukela High School")
    assert len(_owner_of(actors, "Haukela High School")) == 1


def test_the_same_exchange_in_two_sources_is_left_alone():
    one, sa1 = labelled(
        "Haukela High School opened a new library in Velm.", [("Haukela High School", "ORG")]
    )
    two, sa2 = labelled(
        "Hauleka High School won the regional chess cup in Orlova.",
        [("Hauleka High School", "ORG")],
        sid="s2",
    )
    names = {a.name for a in combine([one, two], [sa1, sa2]).actors}
    assert {"Haukela High School", "Hauleka High School"} <= names


def test_names_of_other_lengths_or_far_exchanges_stay_apart():
    assert one_swap("jokela high school", "joleka high school")
    assert not one_swap("austria post", "australia post")
    assert not one_swap("jordan valley authority", "jordon valley authority")
    assert not one_swap("niger basin authority", "nigeria basin authority")
    assert not one_swap("salem road", "selam road")  # short words: no
    assert not one_swap("oklahe river", "koleha river")  # the first letter: no
    assert not one_swap("anna marlow", "anna marlow")
    assert not one_swap("ravello choir", "rallevo choir")  # four apart: no
