"""Lines shaped as no headline (a credit, a month alone, a stamp's bare label), a speech's
headline closed by its day, and a headline set as a list item (``ingest.title_shapes``,
``ingest.title_day.speaker_dated``, ``ingest.title_bullet``): invented pages, with near misses."""

from __future__ import annotations

import pytest

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.title import date_line, headline_like
from briefing_app.ingest.title_shapes import other_script

STORY = (
    "The water board of the Kelvo basin said on Tuesday that river levels had fallen by a "
    "third since the winter, and that four provinces would see their quotas cut.\n\n"
    "Farmers in the southern provinces say the cuts came too late for the spring sowing, and "
    "that the board had been warned about the drought for months.\n\n"
    "The board will meet the provincial governors again next month to review the quotas."
)


def _title(page: str) -> str:
    return source_from_bytes(page.encode("utf-8"), "page.txt").title


@pytest.mark.parametrize(
    "line",
    [
        "Source: Kelvo Ledger",
        "Photo: Jane Roe / Kelvo Wire",
        "Via: ledger.example",
        "September 2031",
        "Sept. 2031",
        "Published on",
        "Last updated",
        "Press Office of the Ministry for Water, posted 3 April 2031 10:15",
    ],
)
def test_credits_months_and_bare_stamp_labels_are_no_headlines(line):
    assert not headline_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sources: ministers to quit over water quotas",
        "September 2031 floods leave four provinces short of water",
        "Published works of the Kelvo water board",
        "Minister posted to Kelvo on 3 April 2031 after the floods",
    ],
)
def test_near_miss_headlines_opening_so_stay_headlines(line):
    assert headline_like(line)


def test_a_speech_headline_closed_by_its_day_is_no_date_line():
    assert not date_line("Speech by the Minister, Tuesday 3 April 2031")
    assert not date_line("Remarks by Jane Roe, March 3, 2031")
    assert date_line("Posted by Jane Roe, 3 April 2031")  # a by-line's stamp stays one
    assert date_line("Kelvo City, Tuesday 3 April 2031")


def test_a_speech_headline_closed_by_its_day_is_the_title():
    page = (
        "URL: https://www.kelvo.example/news/a1b2-speech-by-the-minister-tuesday-3-april-2031/\n"
        "This is a prototype - your feedback will help us to improve it.\n\n"
        "Speech by the Minister, Tuesday 3 April 2031\n\n"
        "Published: 3 April 2031\n\n"
        f"{STORY}\n"
    )
    assert _title(page) == "Speech by the Minister, Tuesday 3 April 2031"


def test_a_bare_stamp_label_gives_way_to_the_headline_under_it():
    page = (
        "URL: https://www.kelvo.example/news/speeches/speech_of_the_minister_jane_roe_water_statements.html\n"
        "Published on \n\nSpeech of the Minister, Jane Roe, Water Statements\n\n"
        f"Check against delivery\n\nChairman,\n\n{STORY}\n"
    )
    assert _title(page) == "Speech of the Minister, Jane Roe, Water Statements"


def test_a_headline_set_as_a_list_item_over_its_date_line_is_the_title():
    page = (
        "URL: https://www.kelvo.example/en/news/zaiava-ministra-3042031\n"
        "• Kelvoan\n"
        "• Statement by the Minister for Water at the meeting of the basin council\n"
        "Press Office of the Ministry for Water, posted 3 April 2031 10:15\n\n"
        "Dear colleagues.\n\n"
        f"{STORY}\n"
    )
    assert _title(page) == (
        "Statement by the Minister for Water at the meeting of the basin council"
    )


def test_a_headline_set_as_a_list_item_taken_up_by_the_text_is_the_title():
    page = f"Search\n\n• Water board cuts the quotas of four Kelvo provinces\n{STORY}\n"
    assert _title(page) == "Water board cuts the quotas of four Kelvo provinces"


def test_near_miss_a_listing_of_items_each_over_its_text_keeps_no_item_as_title():
    page = (
        "• Water board cuts the quotas of four Kelvo provinces\n"
        f"{STORY}\n\n"
        "• Farmers of the southern provinces ask for relief\n"
        "Farmers in the southern provinces asked the governors for relief on Wednesday, "
        "saying the spring sowing would fail.\n"
    )
    assert _title(page) != "Water board cuts the quotas of four Kelvo provinces"


def test_near_miss_points_under_the_text_are_no_headline():
    page = (
        "The water board of the Kelvo basin met on Tuesday and agreed on the following "
        "measures for the four provinces of the south.\n\n"
        "• Quotas cut by a third for the four provinces\n"
        f"{STORY}\n"
    )
    assert _title(page) != "Quotas cut by a third for the four provinces"


def test_a_first_line_in_another_script_is_no_headline_of_the_text():
    page = f"Перейти к материалам\n\n{STORY}\n"
    assert _title(page) != "Перейти к материалам"


def test_near_miss_a_first_line_in_the_texts_script_still_serves():
    page = "Kelvo Basin Quotas\n\nОдин два три.\n\n" + STORY.replace("Kelvo", "Rimsk") + "\n"
    assert other_script("Перейти к материалам", STORY)
    assert not other_script("Kelvo Basin Quotas", STORY)
    assert not other_script("Перейти к материалам", "Мы перейдём к материалам сегодня.")
    assert _title(page) == "Kelvo Basin Quotas"


# Review (title18): headlines the new shapes must leave alone.


@pytest.mark.parametrize(
    "line",
    [
        "Sources: Kelvo Governor To Resign Over Water Quotas",  # a title-case headline
        "Photos: Kelvo Farmers Say The Drought Is Over",
        "Video posted 6 January 2031 shows the Kelvo river dry",  # the day does not close it
        "Guidance updated 3 April 2031 for Kelvo farmers",
    ],
)
def test_near_miss_title_case_or_told_headlines_are_no_credits(line):
    assert headline_like(line)


@pytest.mark.parametrize(
    "line",
    [
        "Source: Kelvo Ledger",
        "Photo: Jane Roe / Kelvo Wire",
        "Press Office of the Ministry for Water, posted 3 April 2031 10:15",
        "Kelvo Water Board, updated 3 April 2031 4:37 p.m. GMT",
    ],
)
def test_credits_and_their_stamps_stay_no_headlines(line):
    assert not headline_like(line)


def test_a_title_case_sources_headline_is_the_title():
    page = f"Sources: Kelvo Governor To Resign Over Water Quotas\n\n{STORY}\n"
    assert _title(page) == "Sources: Kelvo Governor To Resign Over Water Quotas"


def test_a_headline_in_another_script_that_the_text_translates_is_the_title():
    page = f"Водный совет Кельво сокращает квоты провинций\n\n3 April 2031\n\n{STORY}\n"
    assert _title(page) == "Водный совет Кельво сокращает квоты провинций"


def test_a_latin_headline_over_a_text_in_another_script_is_the_title():
    story = (
        "Водный совет бассейна Кельво заявил во вторник, что уровень рек упал на треть с "
        "зимы и что четыре провинции получат меньше воды.\n\n"
        "Фермеры южных провинций говорят, что сокращения пришли слишком поздно для сева."
    )
    assert _title(f"Kelvo water board cuts the quotas\n\n{story}\n") == (
        "Kelvo water board cuts the quotas"
    )


def test_a_speech_stamp_under_the_headline_still_dates_the_page():
    page = (
        f"Kelvo marks world water day\n\nStatement by Minister Jane Roe, 3 April 2031\n\n{STORY}\n"
    )
    source = source_from_bytes(page.encode("utf-8"), "page.txt")
    assert source.title == "Kelvo marks world water day"
    assert source.published == "2031-04-03"


def test_a_short_headline_in_another_script_naming_a_place_is_the_title():
    assert _title(f"Совет посетил Кельво\n\n{STORY}\n") == "Совет посетил Кельво"
    assert _title(f"Перейти к материалам\n\n{STORY}\n") != "Перейти к материалам"
