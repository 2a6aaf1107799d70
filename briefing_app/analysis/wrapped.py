"""Lines a hard wrap cut from a sentence: they look short and capitalised like a headline or a
link, but the sentence goes on on the next line."""

from __future__ import annotations

# Commas a line must hold to be a list cut by a wrap rather than a salutation ("Honourable
# Members,", "Excellencies, Ladies and Gentlemen,").
LISTED_COMMAS = 4


def runs_on(line: str) -> bool:
    """A list that ends with a comma: "Argentina, Brazil, Chile, Colombia, Guyana," then
    "Mexico and Peru." on the next line is one sentence, not a headline, a link or a label."""
    line = line.rstrip()
    return line.endswith(",") and line.count(",") >= LISTED_COMMAS
