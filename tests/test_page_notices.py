"""Notices that are never a page's headline: a cookie banner's heading, a script notice in
another script, a text-only banner, a keyboard instruction. Every page here is invented.
"""

from __future__ import annotations

from briefing_app.ingest import source_from_text
from briefing_app.ingest.cruft import is_cruft

STORY = (
    "Since March, river levels across the Kelvo basin have fallen by a third, and the water "
    "board has cut the quotas of four provinces.\n\n"
    "Farmers in the south say the cuts came too late for the spring sowing."
)

# --- notices that are never a page's headline ----------------------------------------------


def test_a_cookie_banner_heading_is_not_the_title():
    # the headline closes with its date, so it is no headline-like line of its own
    text = (
        "A notice about cookies\n\nThis website uses cookies. By browsing this website, you "
        "agree to our use of cookies.\n\nThis is a prototype - your feedback will help us to "
        "improve it.\n\nSpeech by the Minister for Water, Tuesday 14 January 2031\n\n" + STORY
    )
    assert "cookies" not in source_from_text(text).title
    assert is_cruft("A notice about cookies")
    assert is_cruft("Information about our use of cookies")


def test_a_cookie_page_and_a_sentence_about_cookies_are_no_banner_heading():
    # near-miss: a site's cookie page keeps its own title; prose about cookies stays
    assert not is_cruft("Cookies on the Kelvo Water Board website")
    assert not is_cruft("The regulator sent a notice about cookies to eighty websites.")


def test_a_headline_about_cookies_stays_the_title():
    # near-miss: the page is about cookies; its headline and a policy page's title stay
    text = "Regulator fines Kelvo websites over cookie banners\n\n" + STORY
    assert source_from_text(text).title == "Regulator fines Kelvo websites over cookie banners"
    assert source_from_text("Cookie policy\n\n" + STORY).title == "Cookie policy"


def test_a_javascript_notice_in_another_script_is_not_the_title():
    text = "您的瀏覽器不支援 JavaScript 功能,請開啟瀏覽器 JavaScript\n\n" + STORY
    assert "JavaScript" not in source_from_text(text).title


def test_a_text_only_banner_and_a_keyboard_instruction_are_not_the_title():
    text = (
        "Text Only Version text-only page produced automatically by a text\n"
        "Transcoder Skip top navigation and go to page content\n\n"
        "Please press Ctrl + P to switch on the print function\n\n" + STORY
    )
    title = source_from_text(text).title
    assert "Text Only" not in title and "Skip" not in title and "Ctrl" not in title


def test_a_how_to_step_with_a_key_combination_and_a_text_only_headline_stay():
    # near-misses: a how-to article's steps are its story; a headline about text-only ads
    for line in (
        "Press Ctrl + Shift + Esc to open the task manager.",
        "Press Alt + Tab to switch between open windows",
        "Press Ctrl + P to open the print dialog, then choose Save as PDF.",
        "Text-only ads return to the search results",
        "Drivers who skip navigation",
    ):
        assert not is_cruft(line), line
    for line in ("Please press Ctrl + P to print", "press ALT + V → X → G to adjust the font size"):
        assert is_cruft(line), line
