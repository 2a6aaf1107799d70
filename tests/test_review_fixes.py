"""Two mends found reading the round's change: a post cut off a place keeps the offsets of the
text as written, and acronyms held by bodies follow them when bodies are joined."""

from __future__ import annotations

from briefing_app.analysis.clusters import UnionFind, by_root_now
from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.held_roles import post_cut_from_place
from briefing_app.analysis.mentions import Mention


def test_a_post_cut_off_a_place_written_with_two_spaces_keeps_the_text_as_written() -> None:
    text = "Then Norvale  County Magistrate Ana Varn spoke."
    name = "Norvale  County Magistrate"
    m = Mention(0, 5, 5 + len(name), name, "GPE")
    cut = post_cut_from_place(text, m, gazetteer())
    assert cut.text == "Norvale  County"
    assert text[cut.start : cut.end] == cut.text


def test_sets_kept_by_root_follow_a_later_join() -> None:
    uf = UnionFind()
    held = {"b-mission": {"UNAM"}, "c-office": {"UNOX"}}
    assert by_root_now(held, uf) is held  # nothing joined: the same table
    uf.union("b-mission", "a-mission")  # the smaller key becomes the root
    now = by_root_now(held, uf)
    assert now == {"a-mission": {"UNAM"}, "c-office": {"UNOX"}}
    uf.union("a-mission", "c-office")
    assert by_root_now(held, uf) == {"a-mission": {"UNAM", "UNOX"}}
