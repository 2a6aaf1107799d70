"""Round eight review of the date and key-point rules: invented text in the shapes real pages
take, each case a careful timeline or briefing would get right, with near misses the fixes
must leave alone. Places, bodies and people are made up."""

from __future__ import annotations

from test_analysis_rules import labelled
from test_dates_round7 import _dates, _timeline
from test_keypoints_round5 import _combine, _source
from test_keypoints_round7 import _FILLER, _PORT

from briefing_app.analysis import combine
from briefing_app.analysis.furniture import sympathy
from briefing_app.analysis.hazards import named
from briefing_app.analysis.tolled import counted_toll, tells_blow
from briefing_app.ingest import source_from_bytes

# ---- a bare year someone is quoted recalling is not the story's year -----------------------


def test_a_yearless_day_does_not_take_a_bare_year_from_a_quote_about_the_past():
    text = "“The army took power in 2014,” she said. Police closed the Ardia road on 3 March."
    assert _dates(text, None) == [("2014", "2014")]
    text = (
        "In 2029, protests spread. “It reminds me of 1998,” a farmer said. On 3 March, police "
        "closed the road."
    )
    assert ("3 March", "2029-03-03") in _dates(text, None)


def test_near_miss_a_written_date_in_a_quote_still_dates_the_days_after_it():
    text = "“We signed the deal on 3 March 2029,” the minister said. It took effect on 10 March."
    assert ("10 March", "2029-03-10") in _dates(text, None)
    # a bare year outside any quote still frames the story
    assert ("3 March", "2029-03-03") in _dates("In 2029, protests spread. On 3 March, ...", None)


def test_a_copy_with_no_year_anywhere_leaves_its_days_out():
    text = "Two reporters were held in Kelvo on August 7. A court freed them on 12 September."
    assert _dates(text, None) == []


# ---- a yearless day before the first written date is on the near side of it ----------------


def test_a_yearless_day_before_a_written_date_in_january_is_last_december():
    text = (
        "Police closed the Ardia road on 28 December. The board met on 4 January 2030 to review it."
    )
    assert ("28 December", "2029-12-28") in _dates(text, None)


def test_near_miss_a_yearless_day_far_from_the_written_date_keeps_its_year():
    text = (
        "Police closed the Ardia road on 3 March. Farmers protested on 5 March. The board met "
        "on 20 November 2029 to review the quotas."
    )
    assert ("3 March", "2029-03-03") in _dates(text, None)
    text = "The fair opens on 10 May. The board met on 4 January 2030 to plan it."
    assert ("10 May", "2030-05-10") in _dates(text, None)


# ---- numbers that only look like years -------------------------------------------------------


def test_the_end_of_a_range_of_numbers_is_no_year():
    assert _dates("The report (pages 2002-2004) lists the dead.", None) == []
    assert _dates("Articles 1998 to 2003 of the code apply in Kelvo.", None) == []
    # near miss: a range of years keeps both ends
    assert _dates("Kelvo was ruled by the army from 1998-2001.", None) == [
        ("1998", "1998"),
        ("2001", "2001"),
    ]


def test_a_name_a_year_opens_is_no_date():
    assert _dates("Kelvo signed up to the 2030 Agenda for Sustainable Development.", None) == []
    # near misses: a year before an adjective and its noun, before an event plural
    assert _dates("The 2016 Presidential election split Kelvo.", None) == [("2016", "2016")]
    assert _dates("Athletes trained for the 2016 games in Kelvo.", None) == [("2016", "2016")]


def test_a_sentence_opening_with_in_and_a_year_before_a_unit_names_the_year():
    assert _dates("In 2020 tonnes of maize rotted in the Kelvo silos.", None) == [("2020", "2020")]
    # near misses: a measure inside a sentence, or after "from"
    assert _dates("Crews laid 2020 tonnes of asphalt in Kelvo.", None) == []
    assert _dates("From 1900 metres up, the air over Kelvo thins.", None) == []
    assert _dates("Fires burned 2024 hectares near Ardia.", None) == []


# ---- a season or fiscal year written with two digits at its end ------------------------------


def test_a_season_or_fiscal_year_gives_both_years():
    assert _timeline("The 2019–20 season ended early in Kelvo.", "2031-04-28") == [
        ("2019", "2019–20", ["2019"]),
        ("2020", "2019–20", ["20"]),
    ]
    assert [d for d, _, _ in _timeline("Kelvo cut its FY2022-23 budget.", "2031-04-28")] == [
        "2022",
        "2023",
    ]


def test_near_miss_a_year_and_month_or_a_numbered_act_is_no_season():
    assert _dates("Resolution 2019/20 was adopted in Kelvo.", None) == []
    assert _dates("See the archive at 2019/20/05 for it.", None) == []
    assert [iso for _, iso in _dates("Kelvo grew in 2019-12 figures.", None)] != ["2019", "2020"]


# ---- key points: condolence or act ----------------------------------------------------------


def _points(*parts) -> list[tuple[list[str], str]]:
    return [(sorted(p.sources), p.text) for p in _combine(*parts).key_points]


def test_a_condolence_that_counts_the_dead_and_names_the_place_is_a_point():
    text = "The president of Valdoria expressed condolences over the deaths of 12 miners in Marden."
    assert any("12 miners" in t for _, t in _points(_source(text + "\n" + _FILLER, _PORT, "a")))
    assert counted_toll("killed at least 40 people") and counted_toll("the 40 victims")
    # near misses: no count, a year, an ordinal
    for text in (
        "The president of Valdoria expressed condolences to the families of the miners in Marden.",
        "The president of Valdoria expressed condolences on the 10th anniversary of the deaths "
        "in Marden.",
    ):
        assert not any(
            "president" in t for _, t in _points(_source(text + "\n" + _FILLER, _PORT, "a"))
        )
    assert not counted_toll("our condolences over the 2014 deaths")
    assert not tells_blow("Our condolences over the deaths of 12 miners.", False)


def test_sending_thoughts_is_a_sympathy_no_point():
    text = "Kestrel sends thoughts to all affected by the events in Sarnet."
    assert not any("thoughts" in t for _, t in _points(_source(text + "\n" + _FILLER, _PORT, "a")))
    assert sympathy("Our thoughts go out to the people of Sarnet.")
    # near misses: sending help after the thoughts is an act; a plain sending of supplies
    assert not sympathy("Kestrel sends its thoughts to Sarnet and has sent 40 firefighters.")
    assert not sympathy("Kestrel sent 40 firefighters to Sarnet.")
    assert not sympathy("Kestrel sends its thoughts and 40 tonnes of aid to Sarnet.")


def test_a_condolence_that_pledges_money_is_a_point_with_the_pledge():
    text = (
        "The mayor of Marden extended his heartfelt condolences and pledged $2 million to "
        "rebuild homes."
    )
    assert any("$2 million" in t for _, t in _points(_source(text + "\n" + _FILLER, _PORT, "a")))


# ---- key points: one blow, two blows -----------------------------------------------------------


def test_a_condolence_and_a_plain_telling_of_one_blow_are_worded_by_the_telling():
    points = _points(
        _source(
            "An explosion at a fuel depot in Sarnet killed 12 people on Monday.\n" + _FILLER,
            _PORT,
            "a",
        ),
        _source(
            "A blast at a chemical plant in Kestrel killed five workers on Monday.\n" + _FILLER,
            _PORT,
            "b",
        ),
        _source(
            "The United Nations expresses its deepest condolences to the families of the "
            "victims of the explosion in Sarnet.\n" + _FILLER,
            _PORT,
            "c",
        ),
    )
    blows = [(s, t) for s, t in points if "explosion" in t or "blast" in t]
    # two blows in two places stay two points; the condolence cites, the telling words
    assert blows == [
        (["a", "c"], "An explosion at a fuel depot in Sarnet killed 12 people on Monday."),
        (["b"], "A blast at a chemical plant in Kestrel killed five workers on Monday."),
    ], points


def test_one_blow_told_by_four_sources_in_other_words_is_one_point_citing_four():
    points = _points(
        _source(
            "A huge explosion tore through the port of Sarnet on Tuesday, killing at least 40 "
            "people.\n" + _FILLER,
            _PORT,
            "a",
        ),
        _source(
            "At least 40 people died when a blast ripped through the Sarnet port on Tuesday.\n"
            + _FILLER,
            _PORT,
            "b",
        ),
        _source(
            "The United Nations expresses its deepest condolences to the families of the "
            "victims of the explosion in Sarnet.\n" + _FILLER,
            _PORT,
            "c",
        ),
        _source(
            "Dozens were killed in Tuesday's explosion at the port in Sarnet, the capital of "
            "Valdoria.\n" + _FILLER,
            _PORT,
            "d",
        ),
    )
    blows = [(s, t) for s, t in points if "explosion" in t or "blast" in t]
    assert len(blows) == 1 and blows[0][0] == ["a", "b", "c", "d"], points
    assert "condolences" not in blows[0][1]


def test_victims_in_a_court_story_tell_no_blow():
    text = "A court in Marden heard from the victims of the fraud scheme, who lost their savings."
    assert not tells_blow(text, True)


# ---- an explosion as a figure of speech is no blow ------------------------------------------


def test_an_explosion_as_a_figure_of_speech_never_joins_nor_words_the_blow():
    points = _points(
        _source(
            "The United Nations expresses its deepest condolences to the families of the "
            "victims of the explosion in Sarnet.\n" + _FILLER,
            _PORT,
            "a",
        ),
        _source(
            "The reunion concert in Sarnet was a blast from the past that hit home for the "
            "victims' families.\n" + _FILLER,
            _PORT,
            "b",
        ),
    )
    assert not any("blast from the past" in t and "a" in s for s, t in points), points
    for figure in (
        "The reunion concert in Sarnet was a blast from the past for the victims' families.",
        "An explosion in demand hit Sarnet families hard.",
        "The explosion in prices that hit Sarnet left many dead certain of a recession.",
    ):
        assert not named(figure), figure


def test_near_miss_an_explosion_in_a_place_or_of_its_matter_is_a_blow():
    for literal in (
        "An explosion in southern Sarnet killed 12.",
        "An explosion in the port killed 12.",
        "The explosion in fuel tanks killed 12 in Sarnet.",
        "A blast of gas killed 12 in Sarnet.",
    ):
        assert named(literal) == {"explosion"}, literal


# ---- a listing's stamps in other shapes -------------------------------------------------------


def _page_timeline(raw: str) -> tuple[str, dict[str, str]]:
    """(the page's text, {date: text}) of a page read by ingest and analysed alone."""
    source = source_from_bytes(raw.encode(), "news.txt")
    src, sa = labelled(source.text, [])
    src.paragraphs, src.published = source.paragraphs, source.published
    return source.text, {d.date: d.text for d in combine([src], [sa]).dates}


_ITEMS = (
    (24, "10:00", "Port Kelvo opened its new grain terminal on Monday for the whole valley."),
    (17, "11:15", "The Ardia ferry ran again yesterday after the floods closed the harbour."),
    (9, "09:00", "The Kelvo water board met on Tuesday and agreed new quotas for the towns."),
)


def _listing(stamp: str) -> str:
    items = "".join(f"{stamp.format(d=d, t=t)}\n\n{x}\n\n" for d, t, x in _ITEMS)
    return "Kelvo Water Board news\n\n" + items


def test_a_listings_stamps_with_a_clock_time_and_no_label_date_each_item():
    text, dates = _page_timeline(_listing("{d} April 2031, {t} GMT"))
    assert "17 April 2031, 11:15 GMT" in text
    assert dates.get("2031-04-16") == "yesterday" and dates.get("2031-04-08") == "Tuesday"


def test_a_listings_numeric_stamps_day_first_date_each_item():
    text, dates = _page_timeline(_listing("Published {d:02d}/04/2031 - {t}"))
    assert "Published 17/04/2031 - 11:15" in text
    # "09/04/2031" on a page that writes "17/04/2031" is 9 April, not 4 September
    assert "2031-04-09" in dates and "2031-09-04" not in dates
    assert dates.get("2031-04-16") == "yesterday" and dates.get("2031-04-08") == "Tuesday"


def test_near_miss_one_stamp_with_a_clock_time_is_the_pages_date():
    page = (
        "River towns agree new water quotas\n\n17 April 2031, 11:15 GMT\n\n"
        "The Kelvo water board met on Tuesday and agreed new quotas for the five river towns.\n"
    )
    text, dates = _page_timeline(page)
    assert "17 April 2031" not in text and dates.get("2031-04-15") == "Tuesday"
    # a page writing month first keeps its numeric dates month first
    assert _dates("Filed 4/17/2031; the board met on 4/9/2031.", None)[1][1] == "2031-04-09"
    assert _dates("Filed 17/04/2031; the board met on 4/9/2031.", None)[1][1] == "2031-09-04"


def test_a_capitalised_word_after_a_year_is_a_name_not_a_unit():
    # "Ha", "Ton": a unit's letters, written as a name's word, not a unit's lower case
    assert _dates("Visitors to Kelvo grew in 2019 Ha Long Bay style.", None) == [("2019", "2019")]
    assert _dates("Kelvo was hit in 2020 Ton Duc Thang floods.", None) == [("2020", "2020")]
    # near misses: units in lower case or in their SI capitals
    for text in (
        "The plant adds 2025 MW to the grid.",
        "The dam makes 2030 kWh a day.",
        "The road runs in 2000 km of hills.",
        "Kelvo weighed 2020 tonnes of grain.",
    ):
        assert _dates(text, None) == [], text


def test_a_month_told_in_the_past_before_a_day_ahead_is_on_the_near_side_of_that_day():
    text = "The board met in November. It will meet again on 14 March 2031."
    assert ("November", "2030-11") in _dates(text, None)
    # near misses: a month ahead of a month-year, or before a bare year looked ahead to
    text = "The board met in November. It will meet again in March 2031."
    assert _dates(text, None) == [("March 2031", "2031-03")]
    text = "We will celebrate it in 2031. The vote was held in May."
    assert _dates(text, None) == [("2031", "2031")]
