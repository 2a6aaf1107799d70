"""An actor's name never ends in an unclosed bracket: the model's span "Agency for Relief
(KRA)" with its acronym inside lost its ")" and kept "(KRA" (a DVIDS release's "U.S. Agency
for International Development (USAID" in an exported Actors table). Near miss: the acronym
still joins the body. Every name is made up."""

from __future__ import annotations

from test_analysis_rules import labelled

from briefing_app.analysis import combine


def test_a_span_closing_on_its_acronyms_bracket_names_the_body_alone():
    text = (
        "The team works at the direction of the Kelvo Agency for Relief (KRA) in Tarn. "
        "KRA staff arrived on Monday."
    )
    src, sa = labelled(
        text, [("Kelvo Agency for Relief (KRA)", "ORG"), ("Tarn", "GPE"), ("KRA", "ORG")]
    )
    actors = combine([src], [sa]).actors
    names = [a.name for a in actors]
    assert not any("(" in n or ")" in n for n in names), names
    body = next(a for a in actors if a.name == "Kelvo Agency for Relief")
    assert "KRA" in body.aliases  # the near miss: the acronym is still the body's
