"""A court's panel: surnames written in capitals before the judges' title, as appeal courts
print them ("Before ALDER, BRANT, and COLE, Circuit Judges.", "ALDER, Chief Judge, and BRANT,1
District Judge", "COLE, Circuit Judge." opening the opinion). Each capitalised word of such a
run names a judge, whatever the model made of a lone word in capitals (a body, a place)."""

from __future__ import annotations

import re

from briefing_app.analysis.mentions import Mention

# one surname in capitals, perhaps with a prefix in mixed case ("McMILLIAN", "O'NEILL"); a
# footnote's number may follow, glued to its comma ("DORR,1 District Judge")
_SURNAME = r"(?:Mc|Mac)?[A-Z][A-Z'’-]+"
# the judges' title after a comma: "Circuit Judges", "Chief Judge", "Senior District Judge",
# "Justices"; the title ends at a stop, a comma or the line's end, as a panel's line does: not a
# title before a judge's own name ("NORDAX, Judge Anna Perl said, ...") nor a dateline's
# sentence ("KAMPALA, Judges at the court heard ...", "WASHINGTON, Supreme Court Justices on")
_TITLE = (
    r",\d{0,2}\s+(?:[A-Z][a-z]+\s+){0,2}(?:Judges?|Justices?)"
    r"(?=[.,;:)]|[ \t]*\n|[ \t]*\Z|[ \t]+and\b)"
)
# the other surnames (each perhaps with its own title) between this one and the last title
_REST = rf"(?:(?:{_TITLE})?,?\s+(?:and\s+)?{_SURNAME})*"
_PANEL_AFTER = re.compile(rf"{_REST}{_TITLE}")


def on_a_panel(m: Mention, text: str) -> bool:
    """One or two words in capitals, then the judges' title after a comma, perhaps after the
    panel's other surnames: a judge of the panel."""
    words = m.text.split()
    if not 1 <= len(words) <= 2 or not all(re.fullmatch(_SURNAME, w) for w in words):
        return False
    return _PANEL_AFTER.match(text, m.end) is not None
