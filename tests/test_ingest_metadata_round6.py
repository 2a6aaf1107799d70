"""Source metadata from the page itself, sixth round: a release's label naming its issuer (and
the republisher's stamp above it), a headline closed by its day, a shared host's acronym in a
caption, and another story glued after a related list.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

import pytest
from story import story

from briefing_app.ingest import source_from_bytes
from briefing_app.ingest.issuer import release_label


def _read(text: str, name: str = "page.txt"):
    return source_from_bytes(text.encode(), name)


# --- A release's label names its issuer -----------------------------------------------------

_LABEL_OVER = (
    "{label}\n\nRiver Council Sets New Quotas for Five Towns\n\n"
    "PORT KELVO—The river council set new water quotas for five towns on Monday, the "
    "department announced today.\n\nThe towns will report their use of water every month."
)


def test_a_body_and_release_label_over_the_headline_is_the_issuer_not_the_title():
    source = _read(_LABEL_OVER.format(label="Department of Water Resources Press Release"))
    assert source.outlet == "Department of Water Resources"
    assert source.title == "River Council Sets New Quotas for Five Towns"
    assert "Press Release" not in source.text


def test_near_miss_a_kind_with_no_body_before_it_stays_a_headline():
    # "Joint Media Statement": a document's kind, no organisation: the page's headline.
    page = _LABEL_OVER.replace("River Council Sets New Quotas for Five Towns\n\n", "")
    source = _read(page.format(label="Joint Media Statement on the River Quotas"))
    assert (source.outlet, source.title) == ("", "Joint Media Statement on the River Quotas")


_ORG_WORDS = frozenset({"board", "department", "ministry"})


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Media release from the Kelvo Water Board", "Kelvo Water Board"),
        ("Press Release by UN Water", "UN Water"),
        ("Kelvo Water Board – News Release", "Kelvo Water Board"),
        # Near-misses: a headline after the label, a person, a kind over a topic.
        ("Press release: Minister Opens Kelvo Bridge", ""),
        ("News release from Jane Roe", ""),
        ("Press release: PM meeting with the Kelvo Foreign Minister", ""),
        ("Joint Press Statement", ""),
    ],
)
def test_a_release_label_names_a_body_and_nothing_else(line, body):
    assert release_label(line, _ORG_WORDS) == body


_REPUBLISHED = (
    "Kelvo Ledger has a paywall\n"
    "Comment by UN Water Envoy Jane Roe on the new river quotas for Kelvo\n\n"
    "Saturday, 5 August 2031, 7:36 am\n"
    "{label}\n\n{date}"
    "The new quotas imposed today on the five river towns raise serious concerns about the "
    "water left for farms downstream.\n\nI urge the council to review the quotas with the towns."
)


def test_a_release_label_names_the_issuer_and_its_own_date_beats_the_republishers_stamp():
    page = _REPUBLISHED.format(label="Press Release: UN Water Envoy", date="4 August 2031\n\n")
    source = _read(page)
    assert source.outlet == "UN Water Envoy"
    assert source.published == "2031-08-04"
    assert source.title.startswith("Comment by UN Water Envoy Jane Roe")
    assert "Press Release" not in source.text


def test_without_a_date_of_its_own_the_republishers_stamp_still_dates_the_release():
    source = _read(_REPUBLISHED.format(label="Press Release: UN Water Envoy", date=""))
    assert (source.outlet, source.published) == ("UN Water Envoy", "2031-08-05")


def test_near_miss_a_release_label_over_a_headline_names_no_body():
    # The label's value is a headline (a verb in it), not a body: the stamp stays the date.
    page = _REPUBLISHED.format(label="Press Release: UN Envoy Welcomes Kelvo Truce", date="")
    source = _read(page)
    assert source.outlet != "UN Envoy Welcomes Kelvo Truce"
    assert source.published == "2031-08-05"


# --- A headline closed by its day ------------------------------------------------------------


def test_a_headline_closed_by_its_day_after_a_colon_dates_the_page():
    page = (
        "Minister's call with the Premier of Kelvo: 6 July 2031\n\n"
        "The Minister spoke to the Premier of Kelvo this morning about the river quotas.\n\n"
        "The leaders agreed to stay in close touch."
    )
    assert _read(page).published == "2031-07-06"


def test_near_miss_a_date_inside_a_headline_is_not_the_pages():
    page = (
        "Floods: 6 July 2031 recalled by the river towns\n\n"
        "The towns on the river met on Monday to recall the floods of the summer.\n\n"
        "They agreed to build new banks."
    )
    assert _read(page).published == ""


# --- A shared host's label written once as an acronym ----------------------------------------

_CAPTION = (
    "URL: https://unkco.missions.example/node/1234\n"
    "Statement by the UN Kelvo Coordinator on the river towns\n\n"
    "The Coordinator at a water station in Port Kelvo ({credit})\n\n"
    "2 Sep 2031\n\n"
    "“Today I returned to the river towns and saw the damage left by the floods. The needs are "
    "great and growing,” the Coordinator said.\n\nThe towns need clean water now."
)


def test_a_subdomain_written_once_as_an_acronym_in_a_caption_names_the_body():
    source = _read(_CAPTION.format(credit="UNKCO Photo/Jane Roe - 2 September 2031"))
    assert source.outlet == "unkco.missions.example"


def test_near_miss_a_subdomain_written_as_a_word_stays_the_host():
    # The label is a word the page writes ("Unkco" capitalised as a name): no acronym.
    page = _CAPTION.format(credit="photo by Unkco Roe").replace("unkco.missions", "unkco.missions")
    assert _read(page).outlet == "missions.example"


# --- Another story after a related list ---------------------------------------------------


_TAIL = (
    "General\n\nOn the River Accord\n\n"
    "We welcome the signing of the river accord in Port Kelvo today by the two parties, and we "
    "commend them for taking this step to end the dispute over the water.\n\n"
    "The United States remains a committed partner to the accord and to the towns.\n\n"
    "Source: Kelvo Water Department\n\n"
    "Related Articles\n\nGeneral\n\nDrone Maker Partners With Ruritania Labs\n\nWeb Desk\n\n"
    "RURITOWN, Jan. 31, 2029 (KELVO WIRE) — Drone Maker today announced its partnership with "
    "Ruritania Labs to bring together farmers in Borduria and Syldavia who are concerned about "
    "the air.\n\nThe partners will meet in Syldavia in March."
)


def test_a_story_opening_with_a_dateline_after_a_related_list_is_cut():
    source = _read(_TAIL)
    assert "KELVO WIRE" not in source.text
    assert "Syldavia" not in source.text
    assert "Drone Maker" not in source.text
    # The source line just above the list is the page's last line: it names the issuer.
    assert source.outlet == "Kelvo Water Department"
    assert source.text.rstrip().endswith("committed partner to the accord and to the towns.")


def test_near_miss_a_dateline_opening_the_article_itself_stays():
    page = (
        "River Accord Signed\n\n"
        "PORT KELVO, Jan. 31, 2029 — The two parties signed the river accord today, ending the "
        "dispute over the water.\n\nThe towns welcomed the accord.\n\n"
        "Related Articles\n\nFloods Hit Kelvo\n\nTowns Rebuild Banks"
    )
    source = _read(page)
    assert story(source).startswith("PORT KELVO, Jan. 31, 2029 — The two parties")
    assert source.published == "2029-01-31"
    assert "Floods Hit Kelvo" not in source.text


# --- A republisher's note of where the text first came out -----------------------------------

_NOTE = (
    "River Towns Agree New Quotas\n\n"
    "The five river towns agreed new water quotas on Monday after long talks, officials said.\n\n"
    "They will meet again in the autumn to review the quotas and the state of the banks.\n\n"
    "{note}"
)


def test_a_note_that_the_text_first_came_out_elsewhere_names_the_original_outlet():
    cases = {
        "This article was originally published by the Kelvo Ledger.": "Kelvo Ledger",
        "First appeared on kelvoledger.example": "kelvoledger.example",
        "Originally published in Kelvo Weekly on 3 March 2031.": "Kelvo Weekly",
    }
    for note, outlet in cases.items():
        source = _read(_NOTE.format(note=note))
        assert source.outlet == outlet, note
        assert note not in source.text  # metadata, not a line of the text


def test_near_miss_a_date_or_a_sentence_in_the_outlets_place_names_no_outlet():
    for note in (
        "This story was first published in March 2031.",
        "The plan was first published in Kelvo Weekly last year, and farmers criticised it.",
    ):
        source = _read(_NOTE.format(note=note))
        assert source.outlet == "", note
        assert note in source.text


# --- A section's own page is titled by its label --------------------------------------------

_SECTION = (
    "URL: https://www.kelvo-guard.example/media-room/{slug}/\n"
    "An official website of the Kelvo Guard\n\nPress Releases\n\n"
    "Guardsmen of the river unit load sandbags onto a truck at Port Kelvo, March 3, 2031. The "
    "unit helps the towns on the river before the spring floods. (Kelvo Guard photo)\n\n"
    "A Kelvo Guard boat crew trains on the river near the old bridge during an exercise with "
    "the towns' rescue teams, who learn to tow boats in fast water."
)


def test_a_label_the_address_ends_in_titles_the_sections_page():
    source = _read(_SECTION.format(slug="press-releases"))
    assert source.title == "Press Releases"


def test_near_miss_a_label_over_a_story_with_its_own_slug_is_no_title():
    source = _read(_SECTION.format(slug="guardsmen-load-sandbags-at-port-kelvo"))
    assert source.title != "Press Releases"


def test_a_subdomain_the_text_defines_as_a_bodys_acronym_names_its_long_name():
    # "UNKCO" keeps letters the name's initials do not spell ("Office" last): defined in
    # brackets after the name, it is that body's acronym all the same.
    page = _CAPTION.format(credit="photo by Jane Roe").replace(
        "The towns need clean water now.",
        "The Office of the UN Kelvo Coordinator (UNKCO) will send water to the towns.",
    )
    assert _read(page).outlet == "Office of the UN Kelvo Coordinator"


def test_near_miss_a_person_with_the_acronym_in_brackets_is_no_body():
    page = _CAPTION.format(credit="photo by Jane Roe").replace(
        "The towns need clean water now.", "Jane Roe (UNKCO) will send water to the towns."
    )
    assert _read(page).outlet != "Jane Roe"


def test_a_date_after_the_issuers_name_on_a_closing_line_is_not_part_of_it():
    for note in (
        "Issued by the Kelvo Water Board on 3 March 2031.",
        "Source: Kelvo Water Board, March 3, 2031",
    ):
        assert _read(_NOTE.format(note=note)).outlet == "Kelvo Water Board", note
    # Near-miss: a name with full stops of its own keeps them.
    assert _read(_NOTE.format(note="Source: U.S. Water Board")).outlet == "U.S. Water Board"


@pytest.mark.parametrize(
    "notice",
    [
        "Your browser doesn’t support HTML5",
        "Your browser does not support the audio element.",
        "Please enable JavaScript to view the comments powered by a widget.",
        "JavaScript is disabled in your browser",
    ],
)
def test_a_player_or_script_notice_is_neither_the_title_nor_text(notice):
    src = _read(
        "URL: https://editorials.kelvo.example/amp/kelvo-cooperation/123.html\n"
        f"{notice}\n"
        "“Kelvo-led solutions are making the difference,” said Minister Ana Brel during her "
        "visit to Ostrava. The two governments agreed to reopen the river crossing.\n"
    )
    assert src.title != notice and notice not in src.text
    assert src.text.startswith("“Kelvo-led solutions")


def test_near_miss_a_sentence_about_a_browser_stays_text():
    line = (
        "Your browser does not support the new payment standard, the regulator warned on "
        "Tuesday. Banks have until March to upgrade their systems."
    )
    src = _read(f"Regulator warns banks over payments\n\n{line}\n")
    assert line in src.text
