"""Review of round 18's false-actor rules: ordinary sentences where they must not
fire, on invented pages (names, places and bodies made up; labels by hand).

- a one-word name opening a line before a time ("Varnex this week cut ...") is no order's verb;
- a body's acronym after a clock time and a comma ("at 6pm, RMT said") is no time zone;
- a title-case headline's agent before its lower-case small words ("Bill Signed By Governor
  Ann Vale on Tuesday") is no glued by-line;
- a story's lede on a student ("Ann Vale is a student at ... She was arrested") is no
  contributor's note;
- a person named Day after a place's name ("Jordan Day, a nurse") is no day kept;
- "Kumari", a given name as often as a form of address, opens a name and stays in it.
"""

from __future__ import annotations

from labelled import analyse_labelled


def _names(tmp_path, page: str, labels: list[tuple[str, str]]) -> set[str]:
    return {a.name for a in analyse_labelled(tmp_path, page, labels).actors}


def test_a_name_opening_a_line_before_a_time_is_no_order(tmp_path):
    page = """Tarn firms cut jobs

Varnex this week cut 2,000 jobs at its plant in Orsk, the union said.
Ann Vale the next day called for talks with the Orsk Workers Union.
Contact the Orsk Workers Union for details.
"""
    labels = [
        ("Varnex", "ORG"),
        ("Ann Vale", "PERSON"),
        ("Orsk", "GPE"),
        ("Orsk Workers Union", "ORG"),
        ("Contact", "ORG"),
    ]
    names = _names(tmp_path, page, labels)
    assert {"Varnex", "Ann Vale", "Orsk Workers Union"} <= names
    assert "Contact" not in names


def test_an_acronym_after_a_clock_time_and_a_comma_is_no_time_zone(tmp_path):
    page = """Rail strike in Tarn

Trains will stop at 6pm, KRT said on Monday. The count resumes at 14:00 CEST, and at 9am
VMT said the depot was shut. The line reopens at 8:30 pm on Tuesday 23 April AEST.
"""
    labels = [("KRT", "ORG"), ("VMT", "ORG"), ("CEST", "ORG"), ("AEST", "ORG")]
    names = _names(tmp_path, page, labels)
    assert {"KRT", "VMT"} <= names
    assert not {"CEST", "AEST"} & names


def test_a_title_case_headlines_agent_before_small_words_stays(tmp_path):
    page = """Tarn Bridge Bill Signed By Governor Ann Vale on Tuesday

The bill funds a new bridge over the Tarn, the Kelvo Assembly said.

Kelvo: the 2030 vote By Ola Brenn parliamentary election results
"""
    labels = [("Ann Vale", "PERSON"), ("Ola Brenn", "PERSON"), ("Kelvo Assembly", "ORG")]
    names = _names(tmp_path, page, labels)
    assert {"Ann Vale", "Kelvo Assembly"} <= names
    assert "Ola Brenn" not in names


def test_a_ledes_student_whom_the_story_tells_of_is_no_contributors_note(tmp_path):
    page = """Student held after Orsk protest

Ann Vale is a student at the Orsk Institute of Art. She was arrested on Monday at a protest.
Police said she would be charged.

Ola Brenn is a senior fellow at the Kelvo Institute. Her research covers protest law.
"""
    labels = [
        ("Ann Vale", "PERSON"),
        ("Ola Brenn", "PERSON"),
        ("Orsk Institute of Art", "ORG"),
        ("Kelvo Institute", "ORG"),
    ]
    names = _names(tmp_path, page, labels)
    assert "Ann Vale" in names
    assert "Ola Brenn" not in names


def test_a_person_named_day_after_a_places_name_stays(tmp_path):
    page = """Nurse honoured in Orsk

Jordan Day, a nurse from Orsk, received the award on Monday. "It is an honour," Day said.
Orsk Day will be marked with a parade, the Kelvo Council said.
"""
    labels = [
        ("Jordan Day", "PERSON"),
        ("Day", "PERSON"),
        ("Orsk Day", "PERSON"),
        ("Orsk", "GPE"),
        ("Jordan", "GPE"),
        ("Kelvo Council", "ORG"),
    ]
    names = _names(tmp_path, page, labels)
    assert "Jordan Day" in names
    assert "Kelvo Council" in names


def test_the_day_of_a_place_stays_no_actor(tmp_path):
    page = """Kenya Day in Orsk

Kenya Day will be marked with a parade in Orsk, the Kelvo Council said on Monday.
"""
    labels = [("Kenya Day", "PERSON"), ("Orsk", "GPE"), ("Kelvo Council", "ORG")]
    assert "Kenya Day" not in _names(tmp_path, page, labels)


def test_kumari_opening_a_name_stays_in_it(tmp_path):
    page = """Orsk party names its leader

Kumari Vandel said on Monday that the party would contest every seat. Shri Arvan Desk agreed.
"""
    labels = [("Kumari Vandel", "PERSON"), ("Shri Arvan Desk", "PERSON")]
    names = _names(tmp_path, page, labels)
    assert {"Kumari Vandel", "Arvan Desk"} <= names
