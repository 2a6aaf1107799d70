"""Source metadata from the page itself, fifth round (b): a shared host's body named by the
initials its subdomain spells, the issuer a dateline or a copied release's header names, and
the published date of a date-and-topic line.

Every page here is invented for the test; the real corpus is scored by bench_quality.py.
"""

from __future__ import annotations

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
