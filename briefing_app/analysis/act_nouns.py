"""A headline's act noun read as a name: "Speech by Minister Varn at the Harbour Forum",
"Statement by the Spokesperson on ...": one capitalised word opening a line, then "by" and a
capitalised agent, is the noun of what the agent did (a speech, a statement), not an actor."""

from __future__ import annotations

import re

_BY_AGENT = re.compile(r" by (?:the )?[A-Z]")


def an_act_by(text: str, s: int, e: int, name: str) -> bool:
    """``name`` is one word opening its line and "by" an agent follows it."""
    if " " in name or not name[:1].isupper():
        return False
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip(" \t\"“‘'"):
        return False
    return _BY_AGENT.match(text, e) is not None
