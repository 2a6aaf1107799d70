"""Source author and published date on invented pages (round 14 of issue 8): every line written
for this test, in shapes seen on fresh pages. The header's date line nearest the headline is
the article's: a site clock or a broadcast widget further up in the menu is the day the page was
seen. Near misses keep what they gave before.
"""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes

STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the board had been warned about the drought for months.\n\n"
    "The board will meet the provincial governors again next month to review the quotas."
)

# name: (page text, published day the page shows)
PAGES = {
    # Two stacked date-time lines over the headline: the site's clock, then the story's.
    "clock_over_story_date": (
        "   11/04/2033 08:15 PM\n07/19/2031 11:02 AM\n\n"
        "Kelvo water quotas cut for four provinces\n\n" + STORY,
        "2031-07-19",
    ),
    # A broadcast widget in the menu, a label, the headline, then the writer and the date.
    "widget_over_label_name_under_headline": (
        "Listen live\nChoose language: English\n\nOn air 14-02-2033\n\nTop stories\n\n"
        "Kelvo water quotas cut for four provinces\n\nOyunbileg 2031-06-08 09:40\n\n" + STORY,
        "2031-06-08",
    ),
    # Near miss: one date line over the headline, nothing else: it stays the page's date.
    "one_date_line": (
        "07/19/2031 11:02 AM\n\nKelvo water quotas cut for four provinces\n\n" + STORY,
        "2031-07-19",
    ),
    # Near miss: a date line right over the headline and a dated line of prose under it.
    "date_over_headline_prose_under": (
        "Home > News\n\n19 July 2031\n\nKelvo water quotas cut for four provinces\n\n"
        "Board members met on 2 May 2031 to prepare the cuts, the chairman said in a short "
        "statement to the press on Tuesday.\n\n" + STORY,
        "2031-07-19",
    ),
    # Near miss: a "Published" line wins over a name-and-date line under the headline.
    "published_label_first": (
        "Published: 3 March 2031\n\nKelvo water quotas cut for four provinces\n\n"
        "Oyunbileg 2031-06-08 09:40\n\n" + STORY,
        "2031-03-03",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_date_line_nearest_the_headline_is_the_page_date(name):
    text, published = PAGES[name]
    source = source_from_bytes(text.encode("utf-8"), f"{name}.txt")
    assert source.published[:10] == published, (source.title, source.published)


def test_a_name_and_date_line_under_the_headline_leaves_the_text():
    text, _ = PAGES["widget_over_label_name_under_headline"]
    source = source_from_bytes(text.encode("utf-8"), "named.txt")
    assert "Oyunbileg 2031" not in source.text
    assert source.title == "Kelvo water quotas cut for four provinces"


# name: (page text, the author the page shows: "" when it shows none)
WRITERS = {
    # A blog's date line under the headline, then its writer's name (an avatar's text first).
    "name_under_date_line": (
        "Kelvo water quotas cut for four provinces\n\nMarch 3, 2031\n\n"
        "Tamsin Orrell\n\nTamsin Orrell\n\n" + STORY,
        "Tamsin Orrell",
    ),
    # The writer's name and the date on one line under the headline.
    "name_on_date_line": (
        "Top stories\n\nKelvo water quotas cut for four provinces\n\n"
        "Oyunbileg 2031-06-08 09:40\n\n" + STORY,
        "Oyunbileg",
    ),
    # Near miss: a picture's caption under the date line names the story's subject.
    "caption_under_date_line": (
        "Kelvo water minister resigns\n\nMarch 3, 2031\n\nDorin Vasca\n\n"
        "The Kelvo water minister Dorin Vasca resigned on Tuesday after the board cut the "
        "quotas of four provinces by a third.\n\n" + STORY,
        "",
    ),
    # Near miss: a label, not a name, on the date line.
    "label_on_date_line": (
        "Top stories\n\nKelvo water quotas cut for four provinces\n\n"
        "Updated 2031-06-08 09:40\n\n" + STORY,
        "",
    ),
    # Near miss: a place on the date line, named again in the story.
    "place_on_date_line": (
        "Top stories\n\nKelvo water quotas cut for four provinces\n\n"
        "Kelvo 2031-06-08 09:40\n\n" + STORY,
        "",
    ),
    # Near miss: a "By" line keeps its writer over a name under the date line.
    "by_line_first": (
        "Kelvo water quotas cut for four provinces\n\nBy Ines Marlow\n\nMarch 3, 2031\n\n"
        "Tamsin Orrell\n\n" + STORY,
        "Ines Marlow",
    ),
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_name_beside_the_date_under_the_headline_is_the_writer(name):
    text, author = WRITERS[name]
    source = source_from_bytes(text.encode("utf-8"), f"{name}.txt")
    assert source.author == author, (source.title, source.author, source.published)
