"""One person written several ways keeps every way as a form, seventeenth round (b), on invented
texts with hand-made labels.

A surname written after a rank or title in one of the list's short forms ("Col. Whitcombe",
"Lt Gen Obiora", "Sgt. Maj. Brandt", "Major-General Obiora") is a form of the person named in
full, as "Colonel Whitcombe" written out already was: the alias pair "Col. Dana Whitcombe" /
"Col. Whitcombe" needs it. The form starts at the title (never at the verb before it), takes
the longest written title that is the role. A surname said with a title never joins two people
who share it ("Col. Anna Pryce" and "Maj. Tomas Pryce" stay two). Titles written out ("Prime Minister Jensen") and honorifics ("Mr. Obama") keep
their forms. The people, places and bodies are made up, except Barack Obama.
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


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
