"""The issuer a republished copy names without a label (no "URL:", no "Source:"): the site's
name after the headline, a public body's name alone at the top, a release's opening sentence;
and the body a government host's label spells. Every page here is invented for the test.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_text
from briefing_app.ingest.copy_issuer import body_line
from briefing_app.ingest.draft import Block
from briefing_app.ingest.title_tags import tag_over

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
    # the press office's label goes: the body's own domain
    assert source_from_text(text).outlet == "kwp.gov"


# --- Titles: a tag over the headline, a feed's label over its teasers ---------------------------


def test_a_one_word_tag_over_the_headline_opening_with_it_is_not_the_title():
    text = (
        "Kelvo\n\nKelvo/North Province: Water mission condemns attack on convoy\n\n"
        "The water mission has condemned an attack on its convoy near the northern dam. "
        "No one was hurt in the attack on the convoy."
    )
    assert source_from_text(text).title == (
        "Kelvo/North Province: Water mission condemns attack on convoy"
    )


def test_a_tag_is_short_and_ends_where_a_word_ends():
    # near-misses: a longer word opening with it, a three-word line, a line below not opening
    # with it
    def blocks(*lines):
        return [Block([line]) for line in lines]

    assert tag_over(blocks("Kelvo", "Kelvo/North Province: convoy attacked"), 0)
    assert not tag_over(blocks("Kelvo", "Kelvoland rebels attack convoy"), 0)
    assert not tag_over(blocks("Kelvo Water Board", "Kelvo Water Board: new quotas"), 0)
    assert not tag_over(blocks("Dam holds", "River levels fall after the storm"), 0)
    assert not tag_over(blocks("Water Council", "Water Council, 3 April 2031"), 0)


_FEED = (
    "Water Notices\n\n"
    "Informing the public of hazards to water supplies and enabling residents to make "
    "informed decisions about the use of their wells.\n\n"
    "Boil-water notice lifted in Port Kelvo\n\n"
    "PORT KELVO – The water board has lifted the boil-water notice for the harbour district "
    "after tests came back clean.\n\n"
    "Wells in the south to be tested again\n\n"
    "SOUTH KELVO – The water board will test the wells of the southern villages again after "
    "heavy rain.\n\n"
    "New filters for the northern plant\n\n"
    "NORTH KELVO – The northern treatment plant will receive new filters this spring, the "
    "water board said."
)


def test_a_feeds_label_over_its_dated_teasers_is_the_title():
    assert source_from_text(_FEED).title == "Water Notices"


def test_a_story_with_one_dateline_keeps_its_headline():
    # near-miss: one headline over one dateline paragraph and intertitles over plain text
    text = (
        "Water Notices\n\n"
        "Boil-water notice lifted in Port Kelvo\n\n"
        "PORT KELVO – The water board has lifted the boil-water notice for the harbour "
        "district after tests came back clean.\n\n"
        "What the tests found\n\n"
        "The tests found no bacteria in the samples taken from the harbour district.\n\n"
        "What comes next\n\n"
        "The board will test the harbour district's water again every week this month."
    )
    assert source_from_text(text).title == "Boil-water notice lifted in Port Kelvo"


# --- A body named beside its paper, its office holder or its press contact ---------------------

_RELEASE_BODY = (
    "The quotas of four provinces will be cut by a third from May, after a dry winter across "
    "the Kelvo basin.\n\nFarmers in the south will be paid for the water they do not draw."
)


def test_a_body_beside_the_kind_of_its_paper_is_the_outlet():
    text = "Kelvo Water Commission - Statement\n\nQuotas cut for four provinces\n\n" + _RELEASE_BODY
    assert source_from_text(text).outlet == "Kelvo Water Commission"


def test_a_statement_by_an_office_holder_of_a_body_gives_the_body():
    text = (
        "Statement by the Spokesperson of the Ministry of Water of Kelvo on the quotas\n\n"
        + _RELEASE_BODY
    )
    assert source_from_text(text).outlet == "Ministry of Water of Kelvo"


def test_a_statement_by_a_minister_names_no_body():
    # near-miss: an office, not a body ("of Water" has no body's head noun)
    text = "Statement by the Minister of Water on the quotas\n\n" + _RELEASE_BODY
    assert source_from_text(text).outlet == ""


def test_a_press_contact_naming_a_body_gives_the_body():
    text = (
        "Quotas cut for four provinces\n\n" + _RELEASE_BODY + "\n\n"
        "Media contact: Jane Roe, Kelvo Water Board, +1 555 0100"
    )
    assert source_from_text(text).outlet == "Kelvo Water Board"


def test_a_press_contact_with_only_a_person_gives_no_outlet():
    # near-miss: a name and a telephone number, no body
    text = (
        "Quotas cut for four provinces\n\n" + _RELEASE_BODY + "\n\n"
        "Media contact: Jane Roe, +1 555 0100"
    )
    assert source_from_text(text).outlet == ""


def test_a_domain_of_initials_and_news_gives_the_body_the_page_names():
    text = (
        "URL: https://www.kbcnews.example/a/quotas-cut/48213.html\n"
        "Quotas cut for four provinces\n\n"
        "The Kelvo Broadcasting Corporation has learned that the quotas of four provinces "
        "will be cut from May.\n\nFarmers in the south will be paid for the water."
    )
    assert source_from_text(text).outlet == "Kelvo Broadcasting Corporation"


def test_a_domain_spelling_a_phrase_that_names_no_body_keeps_the_domain():
    # near-miss: "Kelvo Water Park" spells "kwp" but is a place, not an organisation
    text = (
        "URL: https://www.kwpnews.example/a/quotas-cut/48213.html\n"
        "Quotas cut for four provinces\n\n"
        "Rangers at Kelvo Water Park say the quotas of four provinces will be cut from May.\n\n"
        "Farmers in the south will be paid for the water."
    )
    assert source_from_text(text).outlet == "kwpnews.example"


def test_a_heading_about_a_body_on_the_first_line_is_not_the_outlet():
    # near-miss: the body's name comes after "of", in a heading about it
    text = (
        "Origins of the Kelvo Water Mission\n\n"
        "In 2029 the provinces asked for a mission to share the river's water. The Mission "
        "was set up the next year.\n\nIts mandate runs to 2033."
    )
    assert source_from_text(text).outlet == ""
    # as a copy's first line under another headline too; the body's own name is taken
    assert body_line(["Origins of the Kelvo Water Mission"], [], text) == ""
    assert body_line(["Kelvo Water Mission"], [], text) == "Kelvo Water Mission"


def test_two_bodies_announcing_together_give_no_single_outlet():
    # near-miss: a joint opening names two bodies, neither is the copy's issuer alone
    text = (
        "Pumps for the flooded provinces\n\n"
        "The Kelvo Water Board and the Kelvo Army today launched a joint operation to pump the "
        "flooded provinces dry. The Kelvo Water Board will lead it.\n\n"
        "The Kelvo Army sends two hundred soldiers."
    )
    assert source_from_text(text).outlet == ""


def test_a_section_label_under_the_headline_is_not_the_site():
    # near-miss: "/ News" is the section the story sits in
    text = "River quotas cut in the Kelvo basin\n\n/ News\n\n" + STORY
    assert source_from_text(text).outlet == ""


def test_an_umbrella_domains_press_host_keeps_its_label():
    # near-miss: press.un.org is the umbrella's press office, the umbrella is no one body
    text = f"URL: https://press.un.org/en/2031/sc1234.doc.htm\nQuotas cut\n\n{STORY}"
    assert source_from_text(text).outlet == "press.un.org"
