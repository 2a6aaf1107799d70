"""Adversarial review of the fifth round's rules (ingest): invented inputs (news wires, think
tanks, ministries, political news as well as disasters) that a careful analyst would expect
handled otherwise than the new rules first handled them. The cases were confirmed wrong by
running them when the review found them, then fixed as classes; each test asserts the right
behaviour and guards it, beside near-miss inputs a fix must leave alone. Entities are labelled
by hand as the small model labels them; places and people are made up where the rule does not
hinge on a real name.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_text

# ---- ingest: a dateline telling a past event; a department named over a think tank's date --


def test_a_feature_opening_with_a_past_disasters_date_is_not_published_then():
    page = (
        "Ten Years After the Ardel Earthquake\n\n"
        "25 April 2021 – The earthquake that struck that morning killed 9,000 people and "
        "flattened the old town of Ardel.\n\n"
        "Ten years on, survivors gathered on Sunday at the rebuilt square to remember the dead, "
        "and the mayor read their names aloud.\n"
    )
    assert source_from_text(page).published != "2021-04-25"


def test_a_think_tanks_topic_over_its_date_is_not_the_outlet():
    page = (
        "Commentary\n\nDepartment of Homeland Security\nJuly 24, 2031\n\nBy Ann Lee\n\n"
        "The Department of Homeland Security's budget request leaves the coast guard short of "
        "ships, and Congress should fix it before the hurricane season.\n\n"
        "Lee is a senior fellow at the Kelvo Institute.\n"
    )
    source = source_from_text(page)
    assert source.outlet != "Department of Homeland Security"


# ---- ingest: a listing page of dated press releases -----------------------------------------


def test_a_listing_of_dated_releases_keeps_its_label_as_title():
    page = (
        "Press Releases\n\n12 March 2031 - Minister visits Tarn\n\n10 March 2031 - Budget "
        "approved\n\n8 March 2031 - Floods in Ardel\n\n5 March 2031 - New envoy\n"
    )
    source = source_from_text(page)
    assert source.title == "Press Releases"
    assert source.outlet != "Press Releases"
    assert source.published != "2031-03-12"


# ---- near misses: what the fixes above must leave alone -------------------------------------


def test_a_news_story_opening_with_a_date_alone_keeps_its_date():
    page = (
        "Quake Strikes Ardel\n\n"
        "25 April 2031 – The earthquake that struck Ardel this morning killed at least 90 "
        "people and flattened the old town, officials said.\n\n"
        "Rescuers worked through the afternoon to reach families under the rubble.\n"
    )
    assert source_from_text(page).published == "2031-04-25"


def test_a_feature_naming_the_day_from_a_distance_on_that_day():
    page = (
        "Remembering the Tarn Floods\n\n"
        "3 March 2019 – On that day the river rose four metres in an hour and swept away the "
        "bridge at Tarn.\n\n"
        "Survivors met again this spring at the new bridge to remember the dead.\n"
    )
    assert source_from_text(page).published != "2019-03-03"


def _release(first_sentence: str, extra: str = "") -> str:
    return (
        f"Department for Water Resources\nJuly 24, 2031\n\n{extra}{first_sentence}\n\n"
        "The new plan for the Department for Water Resources takes effect in August and covers "
        "every reservoir in the north.\n"
    )


def test_a_departments_own_release_over_its_date_keeps_the_outlet():
    # The department as the first sentence's subject (not its possession): its own release.
    page = _release(
        "The Department for Water Resources today announced new limits on river abstraction "
        "during the drought."
    )
    assert source_from_text(page).outlet == "Department for Water Resources"


def test_a_departments_release_quoting_its_secretary_keeps_the_outlet():
    # A by-line of the department's own officer, whose post is at the department itself.
    page = (
        _release(
            "Farmers will have to cut their use of river water by a third until the rains return.",
            extra="By Jane Roe\n\n",
        )
        + "\nRoe is the chief hydrologist at the Department for Water Resources.\n"
    )
    assert source_from_text(page).outlet == "Department for Water Resources"


def test_a_genre_label_alone_marks_a_commentary():
    page = (
        "Analysis\n\nDepartment for Water Resources\nJuly 24, 2031\n\n"
        "Farmers will have to cut their use of river water by a third, and the Department for "
        "Water Resources has not said how it will check.\n"
    )
    assert source_from_text(page).outlet != "Department for Water Resources"


def test_an_outside_authors_affiliation_alone_marks_a_commentary():
    page = (
        "Department for Water Resources\nJuly 24, 2031\n\nBy Ann Lee\n\n"
        "Farmers will have to cut their use of river water by a third, and the Department for "
        "Water Resources has not said how it will check.\n\n"
        "Lee is a senior fellow at the Kelvo Institute.\n"
    )
    assert source_from_text(page).outlet != "Department for Water Resources"


def test_a_possessive_first_sentence_alone_marks_the_department_as_topic():
    page = _release(
        "The Department for Water Resources's budget request leaves the river authority short "
        "of staff for the summer."
    )
    assert source_from_text(page).outlet != "Department for Water Resources"


def test_a_story_under_a_news_label_keeps_its_dateline():
    # One dated paragraph under a section label is a story, not a listing.
    page = (
        "News\n\nKelvo Cuts River Abstraction\n\n"
        "12 March 2031 – The Department for Water Resources cut river abstraction by a third "
        "on Wednesday as the drought deepened.\n\n"
        "Farmers said the limits would cost them the spring harvest.\n"
    )
    assert source_from_text(page).published == "2031-03-12"
