"""Source metadata from the page itself, fifth round (b): a shared host's body named by the
initials its subdomain spells, the issuer a dateline or a copied release's header names, and
the published date of a date-and-topic line.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

from story import story

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.issuer import body_spelled


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


# --- A shared host's subdomain spelling a body's initials ----------------------------------

_MISSION = (
    "URL: https://unkwm.missions.example/mission-chief-meets-river-council\n"
    "Mission chief meets river council\n\n3 Mar 2031\n\n"
    "KELVO CITY, 3 March 2031 – The head of the United Nations Kelvo Water Mission (UNKW) met "
    "the river council on Monday to discuss the water quotas, the mission said.\n\n"
    "The council agreed to meet again in the autumn to review the quotas."
)


def test_a_subdomain_spelling_the_initials_of_a_named_body_names_the_outlet():
    # "unkwm": United Nations Kelvo Water Mission, written once in full, its acronym misspelt.
    assert _read(_MISSION).outlet == "United Nations Kelvo Water Mission"


def test_initials_may_keep_or_skip_small_words_and_take_both_halves_of_a_hyphenated_word():
    text = "The Office of the Special Envoy of the Secretary-General for Kelvo said on Monday."
    assert body_spelled("osesgk", text) == (
        "Office of the Special Envoy of the Secretary-General for Kelvo"
    )
    # Keeping the "in" of "... Mission in Kelvo", as such acronyms often do.
    text = "The United Nations Support Mission in Kelvo (UNSMK) welcomed the talks."
    assert body_spelled("unsmik", text) == "United Nations Support Mission in Kelvo"
    assert body_spelled("unsmk", text) == "United Nations Support Mission in Kelvo"


def test_near_miss_two_bodies_joined_by_and_the_are_not_one_name():
    text = "The talks were held by the United Nations and the Kelvo Water Ministry on Monday."
    assert body_spelled("unkwm", text) == ""


def test_near_miss_no_body_spells_the_label_and_the_outlet_stays_the_host():
    page = _MISSION.replace("United Nations Kelvo Water Mission (UNKW)", "river mission")
    assert _read(page).outlet == "missions.example"


def test_the_bodys_own_handle_on_a_line_of_its_own_names_the_subdomain():
    page = _MISSION.replace("United Nations Kelvo Water Mission (UNKW)", "river mission").replace(
        "Mission chief meets river council\n\n", "Mission chief meets river council\n\n@UNKWM\n\n"
    )
    assert _read(page).outlet == "unkwm.missions.example"


# --- The issuer a dateline or a copied release's header names -------------------------------

_DATELINE = (
    "Kelvo sets new river quotas\n\nMarch 3, 2031 – Port Kelvo, Kelvo Province – {body}\n\n"
    "The government of Kelvo set new quotas for the river on Monday, officials said.\n\n"
    "They will meet again in the autumn to review the quotas.\n\n{tail}\n"
)


def test_a_dateline_of_date_place_and_body_names_the_issuer():
    source = _read(_DATELINE.format(body="Kelvo Water Agency", tail=""))
    assert (source.outlet, source.published) == ("Kelvo Water Agency", "2031-03-03")
    # No organisation word, but the page names it again (a category line): a body still.
    page = _DATELINE.format(
        body="Water Affairs Kelvo", tail="Categories: Rivers Water Affairs Kelvo"
    )
    assert _read(page).outlet == "Water Affairs Kelvo"


def test_near_miss_a_person_or_a_document_kind_last_in_a_dateline_is_no_issuer():
    for body in ("Jane Roe", "News Release"):
        source = _read(_DATELINE.format(body=body, tail=""))
        assert (source.outlet, source.published) == ("", "2031-03-03")


_COPY = (
    "kelvo daily\n\nFrom {line}\n\n"
    "The Embassy of Kelvo in Ruritania welcomes the signing of the river accord by both "
    "parties.\n\nWe encourage all parties to keep to the quotas agreed on Monday."
)


def test_a_from_line_over_a_copied_release_names_its_issuer_and_leaves_the_text():
    source = _read(_COPY.format(line="Embassy of Kelvo to Ruritania, Public Affairs Section"))
    assert source.outlet == "Embassy of Kelvo to Ruritania"
    assert "Public Affairs Section" not in source.text
    assert story(source).startswith("The Embassy of Kelvo in Ruritania welcomes")


def test_near_miss_a_from_line_naming_no_body_is_left_alone():
    source = _read(_COPY.format(line="Our Correspondent in Port Kelvo"))
    assert source.outlet == ""


_INDICTMENT = (
    "Council Charges Five Over River Fraud\n\n{block}\n\nFOR IMMEDIATE RELEASE\n"
    "Friday, March 3, 2031\n\n"
    "The Department of Water announced that five people were charged with fraud over the "
    "river quotas on Monday.\n\nThe Department of Water will pursue such fraud, a spokesman said."
)


def test_a_department_over_its_office_over_a_release_label_and_date_is_the_issuer():
    source = _read(_INDICTMENT.format(block="Department of Water\nOffice of Public Affairs"))
    assert (source.outlet, source.published) == ("Department of Water", "2031-03-03")
    assert source.title == "Council Charges Five Over River Fraud"
    assert story(source).startswith("The Department of Water announced")  # header lines gone
    assert "IMMEDIATE RELEASE" not in source.text


def test_near_miss_a_department_the_text_never_names_again_is_not_taken():
    source = _read(_INDICTMENT.format(block="Ministry of Roads\nOffice of Public Affairs"))
    assert source.outlet == ""


# --- A hard-wrapped "Source:" line and a dateline opening the text --------------------------

_WRAPPED = (
    "Clean Water Key to\nKelvo's Future, Envoy Says\n\n"
    "Source: United\nNations Water Mission in Kelvo (UNWMK)\n\n"
    "Port Kelvo, 25 April 2031 – “No town can grow when\n"
    "its people have no clean water,” the head of the\n"
    "mission said today in an appeal for increased\n"
    "international support for the towns on the river.\n"
    "River water was a key topic of discussion when the\n"
    "head of the mission met the governor on Tuesday and\n"
    "the two of them walked along the banks of the river\n"
    "where the towns draw their water, and the governor\n"
    "said that the towns needed new pipes and thanked\n"
    "the mission for its help in laying them this year.\n"
)


def test_a_source_line_broken_inside_the_bodys_name_is_rejoined():
    source = _read(_WRAPPED)
    assert source.outlet == "United Nations Water Mission in Kelvo"
    # The dateline opening the text stays text, and gives the published date.
    assert story(source).startswith("Port Kelvo, 25 April 2031 – “No town can grow")
    assert source.published == "2031-04-25"


def test_near_miss_a_source_line_over_a_line_of_text_is_not_joined():
    page = _WRAPPED.replace(
        "Source: United\nNations Water Mission in Kelvo (UNWMK)\n", "Source: UNWMK\n"
    )
    source = _read(page)
    assert source.outlet == "UNWMK"
    assert story(source).startswith("Port Kelvo, 25 April 2031 – “No town can grow")


def test_a_place_before_a_date_is_no_weekday_of_a_dated_header():
    # "Kelvo, 3 April 2031 – words" on the third line opens the text: not a header of labels.
    page = (
        "River quotas agreed\n\nBy Jane Roe\n\nKelvo, 3 April 2031 – Ministers agreed the quotas\n"
    )
    page += "on Monday after long talks, officials said.\n"
    assert story(_read(page)).startswith("Kelvo, 3 April 2031 – Ministers agreed")
    # A weekday in its place still reads as the header's date.
    page = "River quotas agreed\n\nTuesday, 3 April 2031 – Press Release\n\nMinisters agreed.\n"
    assert _read(page).published == "2031-04-03"


# --- A date, kind and topic line ----------------------------------------------------------

_KIND_LINE = (
    "URL: https://www.rivers.example/news/council-offers-support\n{line}\n\n"
    "Council Offers Support to River Towns\n\n"
    "The river council offered support to the flooded towns on Monday, officials said.\n\n"
    "They will meet again in the autumn to review the quotas."
)


def test_a_date_kind_and_topic_line_gives_the_published_date_and_leaves_the_text():
    source = _read(_KIND_LINE.format(line="27 Apr 2031 Press release Water & rivers"))
    assert source.published == "2031-04-27"
    assert source.title == "Council Offers Support to River Towns"
    assert "Press release" not in source.text


def test_near_miss_a_sentence_opening_with_a_date_and_news_stays_text():
    line = "27 Apr 2031 news reached the towns late, and the council met at once."
    source = _read(_KIND_LINE.format(line=line))
    assert source.published == ""
    assert line in source.text


# --- A dateline naming its issuer stays text ----------------------------------------------

_RELEASE = (
    "Kelvo sets new river quotas\n\n"
    "March 3, 2031 – Port Kelvo, Kelvo Province – Kelvo Water Agency\n\n"
    "The government of Kelvo set new quotas for the Amber River on Monday after talks with the "
    "farmers of the valley, officials said.\n\n"
    "The Kelvo Water Agency will review the quotas in the autumn and publish the figures for "
    "each town.\n\n"
    "– Jane Roe, Minister of Water Affairs\n"
)


def test_a_dateline_naming_place_and_issuer_stays_in_the_text_its_date_still_read():
    source = _read(_RELEASE)
    assert source.published == "2031-03-03"
    assert source.outlet == "Kelvo Water Agency"
    # Who issued it and where: real content for the analysis, kept as the text's first line.
    dateline = "March 3, 2031 – Port Kelvo, Kelvo Province – Kelvo Water Agency"
    assert story(source).startswith(dateline)
    assert source.text.rstrip().endswith("– Jane Roe, Minister of Water Affairs")  # signature


def test_the_kept_dateline_makes_no_key_point():
    from briefing_app.analysis import analyze

    source = _read(_RELEASE)
    points = [point.text for point in analyze([source]).key_points]
    assert points, "the release's sentences make key points"
    assert not any("Port Kelvo, Kelvo Province" in text for text in points)


def test_near_miss_a_date_line_without_an_issuer_is_still_dropped_from_the_text():
    source = _read(_RELEASE.replace(" – Port Kelvo, Kelvo Province – Kelvo Water Agency", ""))
    assert source.published == "2031-03-03"
    assert not story(source).startswith("March 3, 2031")
