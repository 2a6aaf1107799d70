"""A portfolio glued to a name by the model is split wherever the span's words are, whatever
spaces or line breaks lie between them: a span with a double space or a line break once crashed
the whole analysis of a big set of sources (found combining the 193 text articles of the corpus
in one call)."""

from __future__ import annotations

from briefing_app.analysis.gazetteer import gazetteer
from briefing_app.analysis.mentions import Mention
from briefing_app.analysis.portfolios import portfolio_split_names
from briefing_app.model import Source


def _split(text: str, span: str) -> list[Mention]:
    source = Source("s1", "note.txt", "txt", text, "0" * 64)  # the text as the model reads it
    start = text.index(span)
    mention = Mention(0, start, start + len(span), span, "PERSON")
    return portfolio_split_names([source], [mention], gazetteer())


def test_a_double_space_between_portfolio_and_name_still_splits_them() -> None:
    text = (
        "He met Minister of the Interior  Yuriy Kareau, who said the interior ministry would "
        "review the cases on Monday."
    )
    found = _split(text, "Interior  Yuriy Kareau")
    assert [m.text for m in found] == ["Yuriy Kareau"]
    assert found[0].role.startswith("Minister of the")


def test_a_line_break_before_no_name_leaves_the_span_as_it_was() -> None:
    text = (
        "He met Minister of the Interior\n\n42 delegates attended; the interior ministry said so."
    )
    assert [m.text for m in _split(text, "Interior\n\n42")] == ["Interior\n\n42"]
