"""A body's name heading a page, taken for the headline: "Ministry of Water of Kelvo".

Ministries' and offices' pages open with the body's own name ("Ministry of Foreign Affairs of
Kelvo", "Office of the Press Secretary"); its words come back in the text ("The Ministry of
Foreign Affairs condemns ..."), so the rule that a headline's words come back below took it
for the headline. A body's name has one shape: an organisation word (the gazetteer's list of
them), "of" or "for", then a name: capitalised words and the glue of names, no digits, no
punctuation but a comma. A headline naming a body goes on past the name, in words a name does
not hold ("Ministry of Water Statement on Quotas": "on"), or it is the page's only candidate:
the name is passed over only for a headline-like line below it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing_app.ingest.draft import Block
from briefing_app.model.text import fold
from briefing_app.resources import read_list, resource_cache, resource_path

_GLUE = frozenset({"of", "the", "and", "for", "&"})
_NOT_NAME = re.compile(r"[\d|:;!?()\"“”/]")  # a number, a label, a quote: more than a name
_VERB_S = re.compile(r"[A-Z][a-z]+[^s\W]s")  # "Announces", "Says": not "Press", "Bus"


@resource_cache
def _org_words() -> frozenset[str]:
    return frozenset(fold(w) for w in read_list(resource_path("gazetteers", "org_suffixes.txt")))


def body_name(line: str) -> bool:
    """``line`` is only a body's name: "[The] <organisation word> of|for <name>" (module doc)."""
    line = " ".join(line.split())
    if _NOT_NAME.search(line) or line.endswith((".", ",")) or line.count(",") > 1:
        return False
    words = line.replace(",", " ").split()
    if not 3 <= len(words) <= 10 or not all(w[:1].isupper() or w in _GLUE for w in words):
        return False
    head = words[1:] if words[0].casefold() == "the" else words
    if len(head) < 3 or fold(head[0]) not in _org_words() or head[1] not in ("of", "for"):
        return False
    # A verb's "-s" before another capitalised word ("... of Water Announces New Quotas") makes
    # a headline in title case; a plural inside a name does too ("Veterans Affairs"): kept.
    # So does one before "the" or "for" ("... Calls for Calm", "... Welcomes the Vote"), which
    # no name's plural comes before ("Affairs of", "Affairs and" stay a name's).
    return not any(
        _VERB_S.fullmatch(w) and (n[:1].isupper() or n in ("the", "for"))
        for w, n in pairwise(words)
    )


def past_body_names(blocks: list[Block], candidates: list[int]) -> list[int]:
    """The candidates without a body's name that has another candidate below it."""
    last = candidates[-1] if candidates else -1
    return [i for i in candidates if i == last or not body_name(" ".join(blocks[i].lines))]
