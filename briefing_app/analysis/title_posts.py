"""A post named after the post it serves: a title, "of" and a title ("Special Representative
of the Secretary-General", "Chief of Staff of the President"). No body: a body's name heads
with no title ("Office of the Special Representative")."""

from __future__ import annotations

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import is_title


def title_of_title(words: list[str], gaz: Gazetteer) -> bool:
    """The normalised ``words`` are a title, "of" (perhaps "the") and a title."""
    if "of" not in words:
        return False
    k = words.index("of")
    after = words[k + 2 :] if words[k + 1 : k + 2] == ["the"] else words[k + 1 :]
    if k == 0 or not after:
        return False
    return is_title(" ".join(words[:k]), gaz) and is_title(" ".join(after), gaz)
