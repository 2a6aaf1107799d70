"""Review of round 17c (review17c): misfires of the round's rules on ordinary text, each with the
near miss the rule must still read. Every name is made up."""

from __future__ import annotations

from labelled import analyse_labelled

_analyse = analyse_labelled


def _people(analysis) -> set[str]:
    return {a.name for a in analysis.actors if a.type == "person"}


# --- an event's programme lists its items with the speaker's post, as appointments do -------

_PROGRAMME = """Programme of the launch event

The launch will take place in the main hall of the conference centre on Friday.

- Welcome Remarks, Minister of Tourism and Culture

- Keynote Speech, President of the Chamber of Commerce

- Ola Brenn, Minister of Finance

Light refreshments will be served after the ceremony.
"""


def test_a_programmes_item_before_the_speakers_post_is_no_person(tmp_path):
    analysis = _analyse(tmp_path, _PROGRAMME, [])
    names = {a.name for a in analysis.actors}
    assert "Welcome Remarks" not in names


def test_a_name_before_its_post_in_a_programme_is_still_a_person(tmp_path):
    analysis = _analyse(tmp_path, _PROGRAMME, [])
    assert "Ola Brenn" in _people(analysis)


# --- a title-case "With" cues a name only over a post or nothing ---------------------------

_FEATURE = """{headline}

The story below the headline tells of events in the region this week, officials said on
Monday evening after the meeting.
"""


def test_a_name_after_title_case_words_that_are_no_post_is_not_cued(tmp_path):
    headline = "Dancing With Wolves Star Ines Varn Returns"
    analysis = _analyse(
        tmp_path, _FEATURE.format(headline=headline), [("Ines Varn Returns", "PERSON")]
    )
    assert not any("Varn" in a.name for a in analysis.actors)


def test_a_name_right_after_a_title_case_with_is_cued(tmp_path):
    headline = "In Conversation With Ines Varn: Life After the Harbour"
    analysis = _analyse(tmp_path, _FEATURE.format(headline=headline), [("Ines Varn", "PERSON")])
    assert "Ines Varn" in {a.name for a in analysis.actors}


# --- teasers of other stories under a label after the page's own story stay links -----------

_TEASERS = """Floods hit northern Kelvo

Heavy rains caused floods in northern Kelvo on Sunday, displacing thousands of people from
their homes, officials said.

The National Disaster Management Organisation said it was sending relief to the districts.

{label}

Drought Threatens Harvest in Zimbabwe

Farmers in the south of the country say their maize crop has failed for the second year in a
row after the rains came late.

Cholera Outbreak Spreads in Malawi

Health workers are struggling to contain the outbreak as cases rise in the capital and in the
rural districts of the north.
"""

_TEASER_LABELS = [("Zimbabwe", "GPE"), ("Malawi", "GPE"), ("Kelvo", "GPE")]


def test_item_headlines_under_an_other_stories_label_stay_links(tmp_path):
    analysis = _analyse(tmp_path, _TEASERS.format(label="Other News"), _TEASER_LABELS)
    names = {a.name for a in analysis.actors}
    assert not {"Zimbabwe", "Malawi"} & names


def test_item_headlines_of_a_roundup_without_such_a_label_are_read(tmp_path):
    analysis = _analyse(tmp_path, _TEASERS.format(label="In the region"), _TEASER_LABELS)
    assert {"Zimbabwe", "Malawi"} <= {a.name for a in analysis.actors}


# --- a delegation's country before its minister's post is a place, not a person -------------

_DELEGATIONS = """Ministerial meeting of the coastal states

The following delegations attended the meeting held in the capital on Thursday afternoon:

- Ivory Coast, Minister of Trade

- Harbour Region, Minister of Planning

- Ola Brenn, Minister of Finance

The ministers adopted a joint declaration on security cooperation.
"""


def test_a_name_ending_in_a_landforms_or_an_areas_word_is_no_listed_person(tmp_path):
    people = _people(_analyse(tmp_path, _DELEGATIONS, []))
    assert not {"Ivory Coast", "Harbour Region"} & people
    assert "Ola Brenn" in people


def test_a_list_lines_head_with_a_function_word_is_no_person(tmp_path):
    page = _DELEGATIONS.replace(
        "Ivory Coast, Minister of Trade", "Pilots Without Harbours, President of the Board"
    )
    people = _people(_analyse(tmp_path, page, []))
    assert "Pilots Without Harbours" not in people
    assert "Ola Brenn" in people
