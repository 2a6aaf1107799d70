""" "Chief", "Grand Chief", "Regional Chief", "National Chief": the titles of a people's leaders
(a First Nation's chief, a council of chiefs' Grand Chief, the Assembly of First Nations'
National and Regional Chiefs) make the name after them a person with that role, also on a
release's "What people are saying" label lines, where a name with no title was read as page
furniture. The people and bodies are invented; the entities are given by hand."""

from __future__ import annotations

from briefing_app.analysis import combine
from briefing_app.ingest.load import source_from_text
from tests.test_headline_actors import _labelled

RELEASE = (
    "Province and Nations meet on river lands\n\n"
    "The Province and the Tarn River Nations met in Kelvo on Monday on the river lands.\n\n"
    "What people are saying about the gathering\n\n"
    "Premier Ola Brenn –\n\n"
    "“Partnership with the Nations means more homes and more jobs for everyone.”\n\n"
    "Regional Chief Ana Varnek, Tarn River Assembly –\n\n"
    "“This gathering has become increasingly critical for our communities.”\n\n"
    "Grand Chief Ivo Sallant –\n\n"
    "“We expect the Province to keep its word on the river lands.”\n"
)


def _actors(text: str, labels: list[tuple[str, str]]):
    src = source_from_text(text)
    return {a.name: a for a in combine([src], [_labelled(src, labels)]).actors}


def test_chiefs_on_a_release_s_label_lines_are_people_with_their_title():
    actors = _actors(
        RELEASE,
        [("Ola Brenn", "PERSON"), ("Ana Varnek", "PERSON"), ("Ivo Sallant", "PERSON")],
    )
    assert actors["Ola Brenn"].roles == ["Premier"]
    assert actors["Ana Varnek"].type == "person"
    assert actors["Ana Varnek"].roles == ["Regional Chief"]
    assert actors["Ivo Sallant"].roles == ["Grand Chief"]


def test_a_longer_title_with_chief_in_it_keeps_the_longer_title():
    text = (
        "Port company names a new head\n\n"
        "Chief Executive Ana Varnek said on Monday the port would reopen in May.\n\n"
        "The port has been closed since the floods, Chief Justice Ivo Sallant said."
    )
    actors = _actors(text, [("Ana Varnek", "PERSON"), ("Ivo Sallant", "PERSON")])
    assert actors["Ana Varnek"].roles == ["Chief Executive"]
    assert actors["Ivo Sallant"].roles == ["Chief Justice"]
