"""Second adversarial review of this round's rules (dates and ingest): invented inputs (news wires,
ministries, UN agencies, parliaments; political news as well as disasters). The cases were
confirmed wrong by running them when the review found them, then fixed as classes; each test
asserts the right behaviour and guards it, beside near-miss inputs a fix must leave alone.
Entities are labelled by hand as the small model labels them; places and people are made up
where the rule does not hinge on a real name.
"""

from __future__ import annotations

import pytest
from test_dates_round5b import _timeline

from briefing_app.ingest import source_from_text

PUBLISHED = "2031-03-07"


# ---- analysis/later.py: "N days later" counted from the wrong day ---------------------------


def test_days_later_does_not_count_from_a_date_modifying_a_noun():
    text = (
        "On 3 May 2031 rebels attacked Kelvo, breaking the 12 March ceasefire. "
        "Two days later the army struck back."
    )
    found = _timeline(text, PUBLISHED)
    assert ("2031-03-14", "Two days later") not in found
    assert ("2031-05-05", "Two days later") in found


def test_a_chained_later_counts_from_the_later_before_it():
    text = (
        "Ardia's parliament passed the bill on 3 March 2031. The senate voted a week later, "
        "and the president signed it two days later."
    )
    found = _timeline(text, PUBLISHED)
    assert ("2031-03-10", "a week later") in found
    assert ("2031-03-05", "two days later") not in found


def test_a_habitual_next_day_is_no_date():
    text = (
        "Since 1 March 2031, patients at the Kelvo clinic have been admitted and discharged "
        "the next day."
    )
    assert _timeline(text, PUBLISHED) == [("2031-03-01", "1 March 2031")]


# ---- anchors / today -------------------------------------------------------------------------


def test_today_with_its_date_after_an_observance_still_states_it():
    text = "Today, on World Refugee Day, 20 June 2031, the agency called for more funds."
    assert ("2031-06-20", "Today") in _timeline(text)


def test_today_does_not_take_an_older_accords_date_from_the_next_sentence():
    text = (
        "Kelvo – Today the minister signed the accord with Ardia.\n"
        "The accord replaces one signed on 2 May 2029.\n"
        "It takes effect on 1 July 2031."
    )
    assert ("2029-05-02", "Today") not in _timeline(text)


# ---- analysis/release_end.py: "Notes to editors" after the end line ------------------------


def test_notes_to_editors_after_the_end_line_keep_their_days():
    text = (
        "The election will be held on 14 June.\n"
        + "The campaign in Kelvo opened quietly with rallies in three towns. " * 6
        + "\n###\nNotes to editors\nThe candidates debate on 2 June in Kelvo, broadcast live."
    )
    assert ("2031-06-02", "2 June") in _timeline(text, PUBLISHED)


# ---- years: a year before a capitalised adjective -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 2000 Ardian police sent to Kelvo returned home.",
        "The 1600 Ardian staff stayed in Kelvo.",
    ],
)
def test_a_count_before_a_demonym_and_collective_noun_is_no_year(text):
    assert _timeline(text, PUBLISHED) == []


# ---- scheduled events ('the election on 28 September was announced') ----------------------


def test_an_announced_election_months_ahead_is_in_the_coming_year():
    text = "The general election on 28 September was announced by the prime minister on Monday."
    assert ("2031-09-28", "28 September") in _timeline(text, PUBLISHED)


# ---- ingest/dates.dateline_date: 'on that <noun>' is not 'on that day' ---------------------


def test_a_wire_dateline_acting_on_that_pledge_is_the_published_date():
    page = (
        "Ministers Back Flood Fund\n\n3 May 2031 – G7 finance ministers agreed today to act on "
        "that pledge before the summit in Kelvo.\n\n"
        "The fund will hold 2 billion dollars, the chair said on Saturday.\n"
    )
    assert source_from_text(page).published == "2031-05-03"


# ---- ingest/outlet.department_over_date ---------------------------------------------------


def test_a_ministers_own_speech_keeps_the_ministry_as_outlet():
    page = (
        "Speech\n\nMinistry of Foreign Affairs\n12 May 2031\n\nBy Ann Lee\n\n"
        "Today the Ministry of Foreign Affairs opens its new crisis centre for citizens caught "
        "abroad.\n\nAnn Lee is the Minister of Foreign Affairs of Ardia.\n"
    )
    assert source_from_text(page).outlet == "Ministry of Foreign Affairs"


def test_a_menu_item_named_analysis_is_no_comment_label():
    page = (
        "Home\nNews\nAnalysis\nPublications\n\nMinistry of Foreign Affairs\n12 May 2031\n\n"
        "Today the Ministry of Foreign Affairs opens its new crisis centre for citizens caught "
        "abroad.\n\nThe minister spoke in Kelvo.\n"
    )
    assert source_from_text(page).outlet == "Ministry of Foreign Affairs"


# near misses the fixes must leave alone (these pass today)


def test_a_ministers_speech_without_affiliation_keeps_the_outlet():
    page = (
        "Speech\n\nMinistry of Foreign Affairs\n12 May 2031\n\nBy Ann Lee\n\n"
        "Today the Ministry of Foreign Affairs opens its new crisis centre for citizens caught "
        "abroad.\n\nThe minister spoke in Kelvo.\n"
    )
    assert source_from_text(page).outlet == "Ministry of Foreign Affairs"


def test_two_days_later_after_a_plain_day_counts_from_it():
    text = "The Kelvo dam failed on 4 June 2031. Two days later, rescuers reached the valley."
    assert ("2031-06-06", "Two days later") in _timeline(text, PUBLISHED)


def test_a_dateline_looking_back_on_that_fateful_morning_is_no_published_date():
    page = (
        "Remembering the Flood\n\n3 May 2029 – On that fateful morning the river broke its "
        "banks at Kelvo.\n\nSurvivors still gather there every year, the mayor said.\n"
    )
    assert source_from_text(page).published != "2029-05-03"


def test_a_fellow_of_another_body_writing_on_the_ministry_is_someone_elses():
    page = (
        "Speech\n\nMinistry of Foreign Affairs\n12 May 2031\n\nBy Ann Lee\n\n"
        "Today the Ministry of Foreign Affairs opens its new crisis centre for citizens caught "
        "abroad.\n\nAnn Lee is a senior fellow of the Kelvo Institute.\n"
    )
    assert source_from_text(page).outlet != "Ministry of Foreign Affairs"


def test_an_analysis_label_standing_alone_still_marks_comment():
    page = (
        "Analysis\n\nMinistry of Foreign Affairs\n12 May 2031\n\n"
        "Today the Ministry of Foreign Affairs opens its new crisis centre for citizens caught "
        "abroad.\n\nThe minister spoke in Kelvo.\n"
    )
    assert source_from_text(page).outlet != "Ministry of Foreign Affairs"


def test_days_later_after_a_day_followed_by_a_place_counts_from_it():
    text = "Talks opened on 12 March 2031 in Kelvo. Two days later the truce held."
    assert ("2031-03-14", "Two days later") in _timeline(text, PUBLISHED)


def test_a_chained_later_counts_on_from_the_week_after():
    text = (
        "Ardia's parliament passed the bill on 3 March 2031. The senate voted a week later, "
        "and the president signed it two days later."
    )
    assert ("2031-03-12", "two days later") in _timeline(text, PUBLISHED)


def test_a_year_before_a_proper_adjective_and_its_noun_stays_a_year():
    text = "The 2029 Ardian election was close, observers said."
    assert [d for d, _ in _timeline(text, PUBLISHED)] == ["2029"]


def test_today_beside_a_named_day_and_a_date_of_another_day_keeps_them_apart():
    text = "Today, on World Refugee Day, the agency recalled the 20 June 2029 accord."
    assert ("2029-06-20", "Today") not in _timeline(text)


def test_a_teaser_after_the_notes_to_editors_and_a_later_end_line_drops_its_day():
    text = (
        "The election will be held on 14 June.\n"
        + "The campaign in Kelvo opened quietly with rallies in three towns. " * 6
        + "\n###\nNotes to editors\nThe candidates debate on 2 June in Kelvo, broadcast live."
        + "\nMedia contact: Ann Lee\nMore news\nFestival opens on 9 August in Kelvo."
    )
    found = _timeline(text, PUBLISHED)
    assert ("2031-06-02", "2 June") in found
    assert not any(span == "9 August" for _, span in found)


def test_a_vote_declared_void_days_after_it_stays_in_the_past():
    text = "The vote on 3 March was declared void by the court on Monday."
    assert ("2031-03-03", "3 March") in _timeline(text, PUBLISHED)


def test_today_of_a_copy_without_its_own_day_takes_no_day_from_a_next_sentence():
    # Round 10: a copy that shows no day of its own leaves its "today" undated (the corpus gold
    # never dates one, and the latest date written had been wrong for each); the act keeps the
    # day the next sentence writes.
    text = (
        "Kelvo – Today the minister signed the accord with Ardia.\n"
        "The minister signed it on 2 May 2031 in Kelvo.\n"
    )
    found = _timeline(text)
    assert ("2031-05-02", "2 May 2031") in found
    assert not [iso for iso, t in found if t == "Today"]
