"""The issuer a republished copy names without a label (no "URL:", no "Source:"): the site's
name after the headline, a public body's name alone at the top, a release's opening sentence;
and the body a government host's label spells. Every page here is invented for the test.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_text

STORY = (
    "Since March, river levels across the Kelvo basin have fallen by a third, and the water "
    "board has cut the quotas of four provinces.\n\n"
    "Farmers in the south say the cuts came too late for the spring sowing."
)


def test_the_site_name_after_a_repeated_headline_is_the_outlet():
    text = (
        "River quotas cut in the Kelvo basin · Kelvo Ledger\n\n"
        "River quotas cut in the Kelvo basin · Kelvo Ledger\n\n" + STORY
    )
    assert source_from_text(text).outlet == "Kelvo Ledger"


def test_the_site_name_on_a_separator_line_under_the_headline_is_the_outlet():
    text = "River quotas cut in the Kelvo basin\n\n/ Evening Kelvo\n\n" + STORY
    assert source_from_text(text).outlet == "Evening Kelvo"


def test_a_headline_with_a_colon_and_a_bar_is_not_a_site_name():
    # near-miss: the bar sits inside a headline that is not repeated anywhere
    text = "Quotas | what the cuts mean for farmers in the south\n\n" + STORY
    assert source_from_text(text).outlet == ""


def test_a_public_body_alone_on_the_first_line_is_the_outlet():
    text = (
        "Kelvo Treasury\n|Printable version\nBudget date set for November\n"
        "Today the Finance Minister confirmed that the Budget will be held on 26 November.\n"
        "The Treasury will set the quotas of four provinces in the Budget."
    )
    source = source_from_text(text)
    assert source.title == "Budget date set for November"
    assert source.outlet == "Kelvo Treasury"


def test_a_news_section_label_on_the_first_line_is_not_the_outlet():
    # near-miss: "Latest News" has an organisation word ("News") but is a menu's label
    text = "Latest News\n\nBudget date set for November\n\n" + STORY
    assert source_from_text(text).outlet == ""


def test_a_body_announcing_in_a_releases_tense_is_the_outlet():
    text = (
        "Water board condemns attack\n\n"
        "The Kelvo Water Mission in the Southern Provinces, KWMSP, has condemned in the "
        "strongest terms an attack on a convoy near the dam. KWMSP staff were unhurt.\n\n"
        "KWMSP said it would keep its patrols along the river road."
    )
    assert source_from_text(text).outlet == "Kelvo Water Mission in the Southern Provinces"


def test_a_body_in_a_reports_past_with_its_day_is_not_the_outlet():
    # near-miss: a news report on the body's statement, not the body's own release
    text = (
        "Water board condemns attack\n\n"
        "The Kelvo Water Mission, KWM, condemned on Monday an attack on a convoy near the dam, "
        "its spokesman told reporters. KWM staff were unhurt.\n\n"
        "KWM said it would keep its patrols along the river road."
    )
    assert source_from_text(text).outlet == ""


def test_a_minister_announcing_gives_the_department_the_text_names():
    text = (
        "The Minister for Water Affairs and Minister for Energy, Jane Roe, announced the "
        "dispatch of pumps to the flooded provinces of Kelvo.\n\n"
        "The pumps are sent by the Department of Water Affairs with the Army.\n\n"
        "More will follow next week, the minister added."
    )
    assert source_from_text(text).outlet == "Department of Water Affairs"


def test_a_minister_announcing_without_the_department_named_gives_no_outlet():
    # near-miss: no department of that portfolio in the text
    text = (
        "The Minister for Water Affairs, Jane Roe, announced the dispatch of pumps to the "
        "flooded provinces of Kelvo.\n\nMore will follow next week, the minister added."
    )
    assert source_from_text(text).outlet == ""


def test_a_government_hosts_label_spelling_a_bodys_name_gives_the_name():
    text = (
        "URL: https://www.pressoffice.kwa.gov/releases/48.html\n"
        "Reef survey released\n\n"
        "The Kelvo Water Administration and its partners released a survey of the reefs "
        "today, the first in a decade.\n\nThe survey covers fourteen islands."
    )
    assert source_from_text(text).outlet == "Kelvo Water Administration"


def test_a_label_spelling_a_place_keeps_the_domain():
    # near-miss: "Kelvo Water Park" spells "kwp" but is a place, not an organisation
    text = (
        "URL: https://news.kwp.gov/releases/48.html\n"
        "Reef survey released\n\n"
        "Divers at Kelvo Water Park released a survey of the reefs today, the first in a "
        "decade.\n\nThe survey covers fourteen islands."
    )
    assert source_from_text(text).outlet == "news.kwp.gov"
