"""A step's undo puts the briefing's rows back in the order they had (briefing.order)."""

from briefing_app.briefing import block_order, restore_order
from briefing_app.model import AUTO, EDITED, USER, Block, Briefing, Section


def _row(key: str, origin: str = AUTO) -> Block:
    return Block(kind="row", cells=[key, "Person"], origin=origin, key=key)


def _names(briefing: Briefing) -> list[str]:
    return [b.cells[0] if b.cells else "(note)" for b in briefing.sections[0].blocks]


def test_rows_it_knows_go_back_in_order_in_the_places_they_hold():
    shown = Briefing(template="t", sections=[Section(id="actors", heading="Actors")])
    shown.sections[0].blocks = [_row("a"), _row("b", EDITED), _row("c")]
    order = block_order(shown)
    # after the step and a refresh: "a" came back after the rows the analyst edited
    shown.sections[0].blocks = [_row("b", EDITED), _row("c"), _row("a")]
    assert restore_order(shown, order)
    assert _names(shown) == ["a", "b", "c"]


def test_rows_and_notes_it_does_not_know_stay_where_they_are():
    shown = Briefing(template="t", sections=[Section(id="actors", heading="Actors")])
    shown.sections[0].blocks = [_row("a"), _row("b")]
    order = block_order(shown)
    note = Block(cells=[], origin=USER)  # the analyst's own line, no key
    shown.sections[0].blocks = [_row("new"), _row("b"), note, _row("a")]
    assert restore_order(shown, order)
    assert _names(shown) == ["new", "a", "(note)", "b"]
    assert not restore_order(shown, order)  # in order already: nothing moves
    assert not restore_order(None, order)


def test_an_actor_shown_again_takes_its_rank_among_rows_the_analyst_edited():
    from briefing_app.briefing.autofill import _merge

    # the analyst typed over "b" and "c"; "a" (first by rank) was hidden, now shown again
    old = [_row("b", EDITED), _row("c", EDITED), _row("d")]
    fresh = [_row("a"), _row("d")]
    merged = _merge(old, fresh, ["a", "b", "c", "d"])
    assert [b.key for b in merged] == ["a", "b", "c", "d"]  # was: b, c, a, d
    # a new source's actor ranked between rows shown before goes between them
    old = [_row("a"), _row("b", EDITED), _row("c")]
    merged = _merge(old, [_row("n"), _row("a"), _row("c")], ["n", "a", "b", "c"])
    assert [b.key for b in merged] == ["n", "a", "b", "c"]  # was: n, b, a, c
    # rows shown before keep their places when the analysis ranks them otherwise (was: c, b, a)
    merged = _merge(old, [_row("c"), _row("a")], ["c", "b", "a"])
    assert [b.key for b in merged] == ["a", "b", "c"]
    # a row gone leaves no place for another: "d" does not climb over the edited "b"
    merged = _merge(old, [_row("d")], ["b", "d"])
    assert [b.key for b in merged] == ["b", "d"]
    # without a rank (a text section), new lines fill the auto places as before
    merged = _merge(old, [_row("x"), _row("y"), _row("z")])
    assert [b.key for b in merged] == ["x", "b", "y", "z"]
