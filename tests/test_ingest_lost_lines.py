"""A list the story announces mid-text ("... were named as follows:") stays the story's text.

A pasted story without a headline line, whose sentence announcing a list ended with a colon,
lost that sentence and the first items under it: an item further down ("Jane Roe, Minister
of Water") read as the headline, and everything above a headline that is no whole sentence
was dropped as page furniture. A sentence ending with a colon that announces a list, and the
list under it, are the story's; a list's item is no headline when the story is told above it.
Near misses: a menu over the headline and a related-stories list under the story still go, a
headline over its story (or under a prompt ending with a colon) stays the title.
Every text here is invented for the test.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes, source_from_text


def _page(*lines: str) -> str:
    """A pasted text: one line a paragraph."""
    return "\n".join(lines) + "\n"


def _paragraphs(*lines: str) -> str:
    """A text of paragraphs set apart by blank lines."""
    return "\n\n".join(lines) + "\n"


NAMES_NO_HEADLINE = _page(
    (
        "Tarn's president moved nine ministers to new posts on Monday in a reshuffle "
        "announced late in the evening by the palace."
    ),
    (
        "The finance minister, Ruta Kelm, keeps her post but loses the budget office to a"
        " new ministry of planning."
    ),
    (
        "The other changes were announced in a statement read on state radio by the chief"
        " secretary, as follows:"
    ),
    "Hon. R. Alvin, Minister of Foreign Affairs.",
    "Hon. K. Breda, Minister of Home Affairs",
    "Hon. P. Cosk, Minister of Planning and Investment Promotion",
    "Hon. J. Dellar, Minister of Public Service, Labour and Social Welfare",
    "Hon. M. Essen, Minister of Media and Broadcasting Services.",
    "NEW MINISTERS",
    "Hon. T. Farr, Minister of Youth and Sport",
    "Hon. L. Gunn, Minister of State for the Northern Province",
)

LEAD_IN_FIRST = _page(
    (
        "The governing board of the Kelvo Port Company has appointed the following "
        "officers with immediate effect, a statement said on Friday:"
    ),
    "Ms. Ada Korr, Chief Executive Officer",
    "Mr. Tomas Vell, Chief Financial Officer.",
    "Dr. Lena Prist, Director of Operations",
    "Mr. Oskar Dunn, Director of Safety and Security",
)

ONE_PARAGRAPH_THEN_LIST = _page(
    (
        "The Lisk regional assembly elected a new executive committee at its session in "
        "Orvane on Saturday, ending a month of deadlock."
    ),
    (
        "The members of the new committee, who take office next week, were named by the "
        "speaker in this order:"
    ),
    "Ms. Hanna Drell, Chair of the Committee.",
    "Mr. Pavel Ostrin, Deputy Chair",
    "Ms. Ruta Kelm, Secretary for Budget and Finance",
    "Mr. Ivo Sand, Secretary for Transport and Public Works",
    "The assembly will meet again on 3 April to debate the regional budget.",
)

SHORT_LEAD_IN = _page(
    (
        "Tarn's prime minister on Thursday named three new ambassadors to posts that had "
        "been empty since the spring."
    ),
    (
        "The appointments still need the approval of parliament, which is expected to "
        "vote on them next month."
    ),
    "The new envoys are:",
    "Mr. Otto Brand, Ambassador to Kelvo",
    "Ms. Irma Sorle, Ambassador to Lisk and Orvane",
    "Dr. Felix Marr, Permanent Representative to the Union",
)

BULLETS_NO_HEADLINE = _page(
    (
        "The Kelvo River Authority on Tuesday approved an emergency plan to protect farms"
        " along the lower valley after a week of heavy rain."
    ),
    (
        "Chair Ona Brell told reporters the plan would be reviewed again in a month once "
        "the water level had fallen."
    ),
    ("The authority said the plan sets out the following measures for the districts at risk:"),
    "- Sandbag barriers along the Tarn embankment",
    "- Temporary pumping stations at Orvane and Lisk",
    "- Evacuation routes for the three lowest villages",
    ("Farmers' groups welcomed the plan but said the money set aside for it was too small."),
)

NUMBERED_UNDER_HEADLINE = _page(
    "Kelvo council names priorities for the new budget year",
    (
        "The Kelvo City Council adopted its budget on Wednesday after a debate that "
        "lasted more than six hours."
    ),
    (
        "Mayor Ilse Varn said the council had agreed on the following priorities for the "
        "coming year:"
    ),
    "1. Repairing the northern water mains",
    "2. Hiring forty new teachers for the city schools",
    "3. Extending the night bus service to the harbour district",
    ("The opposition group voted against the budget, saying it raised fees for small traders."),
)

NAMES_UNDER_HEADLINE = _page(
    "Tarn president reshuffles cabinet",
    (
        "President Edda Morn of Tarn moved six ministers to new posts on Monday in the "
        "first reshuffle since the election last spring."
    ),
    (
        "The changes were announced in a statement read on state radio, which listed the "
        "posts as follows:"
    ),
    "Hon. R. Alvin, Minister of Finance.",
    "Hon. K. Breda, Minister of Trade and Industry",
    "Hon. P. Cosk, Minister of Justice and Legal Affairs",
    "NEW MINISTERS",
    "Hon. J. Dellar, Minister of Water and Sanitation",
    "Hon. M. Essen, Minister of Youth and Sport.",
)

SHAPES = {
    "names_no_headline": NAMES_NO_HEADLINE,
    "lead_in_first": LEAD_IN_FIRST,
    "one_paragraph_then_list": ONE_PARAGRAPH_THEN_LIST,
    "short_lead_in": SHORT_LEAD_IN,
    "bullets_no_headline": BULLETS_NO_HEADLINE,
    "numbered_under_headline": NUMBERED_UNDER_HEADLINE,
    "names_under_headline": NAMES_UNDER_HEADLINE,
}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _items(text: str) -> list[str]:
    """The list's lines: those under the sentence ending with a colon."""
    lines = _lines(text)
    start = next(i for i, line in enumerate(lines) if line.endswith(":"))
    return lines[start + 1 :]


@pytest.mark.parametrize("name", SHAPES)
def test_every_line_of_a_story_with_an_announced_list_stays_in_the_text(name):
    text = SHAPES[name]
    for source in (source_from_bytes(text.encode(), f"{name}.txt"), source_from_text(text)):
        missing = [line for line in _lines(text) if line not in source.text]
        assert missing == []


@pytest.mark.parametrize("name", SHAPES)
def test_no_item_of_the_announced_list_is_the_title(name):
    text = SHAPES[name]
    items = _items(text)
    for source in (source_from_bytes(text.encode(), f"{name}.txt"), source_from_text(text)):
        assert source.title not in items
        assert not any(item in source.title for item in items)


def test_a_headline_over_the_story_stays_its_title():
    for text in (NUMBERED_UNDER_HEADLINE, NAMES_UNDER_HEADLINE):
        assert source_from_text(text).title == _lines(text)[0]


def test_a_story_without_a_headline_gets_no_title_from_its_middle():
    # As for other pastes without a headline: none from a file (its name stands in), the
    # opening words from the clipboard.
    assert source_from_bytes(NAMES_NO_HEADLINE.encode(), "reshuffle.txt").title == ""
    title = source_from_text(NAMES_NO_HEADLINE).title
    assert title.startswith("Tarn's president moved nine ministers")


STORY = _paragraphs(
    (
        "The Kelvo City Council named Anna Pell as its new harbour master on Tuesday "
        "after a search that took most of the year."
    ),
    (
        "Pell, who ran the port of Orvane for six years, takes up the post in May and "
        "will oversee the expansion of the container quay."
    ),
)
HEADLINE = "Kelvo council names new harbour master"


def test_near_miss_a_menu_over_the_headline_still_goes():
    menu = "Home\n\nNews\n\nSport\n\nBusiness\n\nContact us\n\n"
    source = source_from_text(f"{menu}{HEADLINE}\n\n{STORY}")
    assert source.title == HEADLINE
    assert "Contact us" not in source.text and "Sport" not in source.text.split("\n\n")
    assert all(line in source.text for line in _lines(STORY))


def test_near_miss_a_related_stories_list_under_the_story_still_goes():
    related = (
        "Related stories:\n\nHarbour Board Chair Quits Over Ferry Contract Row\n\n"
        "What Next For The Northern Rail Link?\n\nNew Ferry Timetable Starts In June"
    )
    source = source_from_text(f"{HEADLINE}\n\n{STORY}\n{related}")
    assert source.title == HEADLINE
    assert "Ferry Contract" not in source.text and "Northern Rail" not in source.text
    assert source.text.endswith("container quay.")


@pytest.mark.parametrize(
    "prompt",
    [
        "Get the day's top stories from our newsroom sent to you every morning:",
        "Sign up for our newsletter to get the latest stories in your inbox:",
    ],
)
def test_near_miss_a_headline_under_a_prompt_ending_with_a_colon_stays_the_title(prompt):
    # A page's prompt opening with a colon is no sentence of a story told above: the line
    # right over the story is its headline, not an item of a list.
    source = source_from_text(f"{prompt}\n\nEmail address\n\nSubscribe\n\n{HEADLINE}\n\n{STORY}")
    assert source.title == HEADLINE
    assert all(line in source.text for line in _lines(STORY))


NAMES_WITHOUT_A_COLON = _page(
    (
        "Tarn's prime minister on Thursday named three new ambassadors to posts that had "
        "been empty since the spring."
    ),
    (
        "The appointments still need the approval of parliament, which is expected to vote "
        "on them next month."
    ),
    "Mr. Otto Brand, Ambassador to Kelvo",
    "Ms. Irma Sorle, Ambassador to Lisk and Orvane",
    "Dr. Felix Marr, Permanent Representative to the Union",
)


def test_a_list_of_names_and_posts_under_the_storys_paragraphs_gives_no_title():
    # No sentence announces the list: its lines, of one shape, under two paragraphs of the
    # story, are the story's still.
    for source in (
        source_from_bytes(NAMES_WITHOUT_A_COLON.encode(), "envoys.txt"),
        source_from_text(NAMES_WITHOUT_A_COLON),
    ):
        assert "Ambassador" not in source.title and "Representative" not in source.title
        assert all(line in source.text for line in _lines(NAMES_WITHOUT_A_COLON))


def test_near_miss_a_headline_with_a_comma_under_two_paragraphs_stays_the_title():
    # One line with a comma over the story (and a deck under it) is no list of names.
    teasers = _paragraphs(
        "Our newsroom is funded by readers like you, and every gift keeps our reporting free "
        "for everyone to read.",
        "Please consider a donation today so that we can go on covering the harbour and the "
        "city council.",
    )
    headline = "Harbour master named, quay work to start"
    deck = "Anna Pell to oversee the container quay"
    source = source_from_text(f"{teasers}\n{headline}\n\n{deck}\n\n{STORY}")
    assert source.title == headline
    assert all(line in source.text for line in _lines(STORY))
