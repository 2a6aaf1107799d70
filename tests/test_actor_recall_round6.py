"""Actors the model missed, recalled by their structure (issue 8 §2): datelines written in
forms the older pattern did not read, on invented texts with hand-made labels.

Each class has a near miss that must not become an actor. The people and bodies are made up;
the places are real (the gazetteer must know a dateline's places).
"""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def _actors(text: str, labels: list[tuple[str, str]]) -> dict[str, str]:
    src, sa = labelled(text, labels)
    return {a.name.casefold(): a.type for a in combine([src], [sa]).actors}


def test_places_of_a_dateline_joined_by_a_slash_are_places():
    text = (
        "LISBON/PERU – Ahead of the summit, the Veldrian Council released a report.\n\n"
        "The report was written by Tomas Brel.\n\n"
        "Oslo/Nairobi 4 June 2019 - The annual count of storks began on Monday."
    )
    actors = _actors(text, [("Veldrian Council", "ORG"), ("Tomas Brel", "PERSON")])
    for place in ("lisbon", "peru", "oslo", "nairobi"):
        assert actors.get(place) == "place", place


def test_a_country_after_the_city_and_a_dateline_after_a_dated_bullet():
    text = (
        "Lisbon, Portugal-- Ambassador Tomas Brel made his first trip to Europe today.\n\n"
        "• 3 May 2019 - Lima, 3 May 2019 - The Veldrian Council opened an office."
    )
    actors = _actors(text, [("Veldrian Council", "ORG"), ("Tomas Brel", "PERSON")])
    assert actors.get("portugal") == "place"
    assert actors.get("lima") == "place"


def test_a_heading_before_a_dash_is_no_dateline_place():
    # near miss: capitalised words and a slash before a dash, not places the gazetteer knows
    text = (
        "Notes/Press Kit – The Veldrian Council released a report.\n\n"
        "Key Findings, Summary - The Veldrian Council counted storks."
    )
    actors = _actors(text, [("Veldrian Council", "ORG")])
    assert not {"notes", "press kit", "key findings", "summary"} & set(actors)


def test_an_agency_credit_before_a_dash_stays_a_credit():
    # near miss: "AGENCY/Photographer –" opens a caption, the photographer is no actor
    text = (
        "AFP/Ola Brenn – The Veldrian Council met in Lima.\n\n"
        "The Veldrian Council counted storks in Lima on Monday."
    )
    actors = _actors(text, [("Veldrian Council", "ORG"), ("Ola Brenn", "PERSON"), ("Lima", "GPE")])
    assert "ola brenn" not in actors and "veldrian council" in actors


def test_a_lone_name_after_a_written_title_is_a_person():
    text = (
        "Advocate General Sollo considers that the rule applies. The Veldrian Council met on "
        "Monday, and Prime Minister Abeno expressed gratitude to the hosts."
    )
    actors = _actors(text, [("Veldrian Council", "ORG")])
    assert actors.get("sollo") == "person"
    assert actors.get("abeno") == "person"


def test_a_common_noun_or_a_heading_after_a_title_is_no_person():
    # near misses: the word is written in lower case elsewhere; a heading in title case
    text = (
        "President Welcomes New Envoys to the Capital\n\n"
        "The Prime Minister Office said the office would reopen. President Statement was "
        "issued on Monday. The statement was brief."
    )
    actors = _actors(text, [])
    assert not {"welcomes", "office", "statement"} & set(actors)


def test_a_name_owning_a_name_gives_both():
    text = (
        "The storm drenched Peru’s Oster province on Monday. A report tabled by the Veldrian "
        "Assembly's Committee on Trade, Industry, and Energy is due. The VDA’s Bureau of Relief "
        "sent tents."
    )
    actors = _actors(
        text,
        [
            ("Peru’s Oster province", "ORG"),
            ("Veldrian Assembly's Committee on Trade", "ORG"),
            ("VDA’s Bureau of Relief", "ORG"),
        ],
    )
    # The lower-case generic is no part of the name (areas.py): "Oster province" is "Oster".
    assert actors.get("peru") == "place" and actors.get("oster") == "place"
    assert actors.get("veldrian assembly") == "organization"
    assert actors.get("bureau of relief") == "organization" and "vda" in actors


def test_a_possessive_inside_one_name_stays_one_name():
    # near misses: a country's ministry is one body; "People’s" belongs to the name
    text = "Peru’s Health Ministry and the Veldrian People’s Assembly met on Monday."
    actors = _actors(
        text, [("Peru’s Health Ministry", "ORG"), ("Veldrian People’s Assembly", "ORG")]
    )
    assert "oster province" not in actors
    assert "veldrian people’s assembly" in actors
    assert "health ministry" not in actors


def test_a_greeting_after_a_speaker_label_or_a_given_name_is_no_lone_name():
    # near misses: "Minister: Hi everyone" is a transcript label; "Prince Adil bin Faris" goes on
    text = (
        "Tomas Brel, Foreign Minister: Hi everyone. Thank you for coming.\n\n"
        "Crown Prince Adil bin Faris would be welcome, she said."
    )
    actors = _actors(text, [("Tomas Brel", "PERSON")])
    assert "hi" not in actors and "adil" not in actors


def test_a_name_with_its_post_in_apposition_is_a_person():
    text = (
        "The council listed Tomas Brel, his son Ivo Brel and Arvid Solkanen, Head of the "
        "Harbour Office. On Monday, Liva K. Ostrander, Special Representative of the "
        "Secretary-General in Veldria, visited the camps."
    )
    actors = _actors(text, [("Tomas Brel", "PERSON"), ("Ivo Brel", "PERSON")])
    assert actors.get("arvid solkanen") == "person"
    assert actors.get("liva k. ostrander") == "person"


def test_a_place_or_a_common_phrase_before_a_post_is_no_person():
    # near misses: a city and its country; words the text also writes in lower case
    text = (
        "Delegates came from Port Vila, Head of the Harbour Office said. The office and the "
        "annual report were discussed. Annual Report, Director of Finance was published."
    )
    actors = _actors(text, [])
    assert "port vila" not in actors or actors["port vila"] == "place"
    assert "annual report" not in actors


def test_names_coordinated_with_places_are_places():
    text = '"On any given day, we can be in Kuwait, Veldria, Ostermark or Cyprus," she said.'
    actors = _actors(text, [("Kuwait", "GPE"), ("Veldria", "GPE")])
    assert actors.get("ostermark") == "place"
    assert actors.get("cyprus") == "place"


def test_a_body_or_a_common_word_in_a_list_of_places_is_no_place():
    # near misses: an acronym, a body and a word the text writes in lower case
    text = "Aid reached Kuwait, Veldria, NATO, Oxfam Relief and Logistics. The logistics were slow."
    actors = _actors(text, [("Kuwait", "GPE"), ("Veldria", "GPE")])
    assert actors.get("nato") != "place"
    assert "logistics" not in actors and "oxfam relief" not in actors


def test_a_committee_after_a_chair_title_stays_a_body():
    # "Chairman of the Subcommittee on ...": a body, no portfolio glued onto a person
    text = (
        "Today, Congressman Ivo Brel, Chairman of the Subcommittee on the Northern Seas, "
        "opened the hearing. The subcommittee met on Monday."
    )
    actors = _actors(text, [("Ivo Brel", "PERSON"), ("Subcommittee on the Northern Seas", "ORG")])
    assert actors.get("subcommittee on the northern seas") == "organization"


def test_a_body_named_by_its_complement_joins_the_department():
    text = (
        "Today, the Veldrian Department of the Treasury’s Office of Harbour Control (OHC) "
        "named six officials. It is the first time Treasury has used these powers."
    )
    src, sa = labelled(
        text,
        [
            ("Veldrian Department of the Treasury’s Office of Harbour Control", "ORG"),
            ("OHC", "ORG"),
            ("Treasury", "ORG"),
        ],
    )
    actors = combine([src], [sa]).actors
    treasury = [a for a in actors if "Treasury" in a.aliases]
    assert len(treasury) == 1 and treasury[0].name == "Veldrian Department of the Treasury"


def test_a_country_is_no_short_form_of_a_ministry():
    # near miss: "Veldria" and the "Bank of Veldria" are two actors
    text = "The Ministry of Veldria and the Bank of Veldria met. Veldria was hit by floods."
    actors = _actors(
        text, [("Ministry of Veldria", "ORG"), ("Bank of Veldria", "ORG"), ("Veldria", "GPE")]
    )
    assert actors.get("veldria") == "place"


def test_a_place_with_its_country_or_as_the_capital_is_a_place():
    text = (
        "Yesterday the envoy announced in Port Ostra, Peru that aid would rise. The unrest "
        "went beyond the provinces and was felt in the capital, Velmont."
    )
    actors = _actors(text, [])
    assert actors.get("port ostra") == "place"
    assert actors.get("velmont") == "place"


def test_a_person_or_a_phrase_before_a_country_is_no_place():
    # near misses: a person then the country's own phrase; words written in lower case too
    text = (
        "The award went to Ana Varn, Peru’s envoy. Funding from Harbour Works, Peru was cut; "
        "the harbour works stopped."
    )
    actors = _actors(text, [("Ana Varn", "PERSON")])
    assert "harbour works" not in actors
    assert actors.get("ana varn") == "person"
