"""A headline's act noun read as a name: "Speech by Minister Varn at the Harbour Forum",
"Statement by the Spokesperson on ...", "[Title] Press Conference by the Prime Minister": one to
three capitalised words opening a line (after a bracketed field label, if any), then "by" and a
capitalised agent, are the noun of what the agent did (a speech, a statement, a press
conference), not an actor; a body's word ending them makes them a body's name ("Security
Council by ...")."""

from __future__ import annotations

import re

_BY_AGENT = re.compile(r" by (?:the )?[A-Z]")
# a field's label opening the line: "[Title] ", "Title: "
_LABEL = re.compile(r"[ \t\"“‘']*(?:\[[A-Za-z ]{1,20}\][ \t]*|[A-Z][a-z]{1,12}:[ \t]+)?")


def an_act_by(
    text: str, s: int, e: int, name: str, body_words: frozenset[str] = frozenset()
) -> bool:
    """``name``, of one to three words not ending in a body's word, opens its line and "by"
    an agent follows it."""
    words = name.split()
    if not 1 <= len(words) <= 3 or not name[:1].isupper():
        return False
    if len(words) > 1 and words[-1].lower() in body_words:
        return False
    line_start = text.rfind("\n", 0, s) + 1
    if _LABEL.fullmatch(text, line_start, s) is None:
        return False
    return _BY_AGENT.match(text, e) is not None
