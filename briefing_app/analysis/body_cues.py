"""Votes for a body whose name has no body's word ("Novatek", "Groundtruth", a journal's title):
the kind of business or publication written right before it ("gas producers Novatek", "local
firm Groundtruth", "the journal Science"), a post that only a body has, written before it
with "of" or "at" ("editor of Reproductive Health Matters", "chief executive of Vantor"), and
the kind of body it is listed with ("Gazprom and five European companies": the "and other"
pattern of Hearst, 1992).

A reader types such a name from these words alone; the model's label on a name it has never
seen is a guess (a person's for a word that looks like a surname, a place's for one that ends
like a town's)."""

from __future__ import annotations

import re
from collections import Counter

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm
from briefing_app.model import ORGANIZATION

# lower-case nouns of a kind of business, charity or publication, written right before its
# name as its apposition ("energy giant X", "the daily X"); none names a person's trade, so
# "producer" and "broadcaster" (film producers, veteran broadcasters), "publisher", "operator"
# and "developer" are left out (the gazetteer's body words have their own rule)
_KIND_NOUNS = (
    r"firms?|compan(?:y|ies)|giants?|producers|conglomerates?|start-?ups?|miners|carriers?"
    r"|airlines?|lenders?|insurers?|retailers?|exporters?|suppliers|charit(?:y|ies)|watchdogs?"
    r"|newspapers?|dailies|daily|journals?|magazines?|outlets?|tabloids?|weekly"
    r"|(?:car|auto|chip|drug|steel|plane)makers?"
)
# the noun, maybe a name listed before this one ("gas producers Novatek and Rosneft")
_KIND_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:{_KIND_NOUNS})[ \t]+(?:[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){{0,3}}"
    rf"(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+or[ \t]+))?$"
)
# a post of a body's, then "of" or "at" right before the name: "editor of X", "the chief
# executive at X" ("chair of X" is left out: a committee's chair, or a country's of a summit)
_POST_OF = re.compile(
    r"(?<![\w’'-])(?:editors?(?:-in-chief)?|[Ee]ditor(?:-in-[Cc]hief)?|chief executive"
    r"|[Cc]hief [Ee]xecutive|CEO|COO|CFO|chairman|chairwoman|[Cc]o-?founder|founders?"
    r"|managing director|[Mm]anaging [Dd]irector|shareholders?|board members?)"
    r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?$"
)

# "X and other companies", "X and five European companies", "X, or several banks": others of
# its kind (a count or "other", then at most two words, then the plural: not "X and his firms")
_OTHERS_AFTER = re.compile(
    r",?[ \t]+(?:and|or)[ \t]+(?:other|several|many|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)[ \t]+(?:(?!(?:his|her|their|its)\b)[A-Za-z-]+[ \t]+){0,2}?"
    r"(?:firms|companies|conglomerates|start-?ups"
    r"|miners|carriers|airlines|lenders|banks|insurers|retailers|exporters|suppliers|charities"
    r"|newspapers|journals|magazines|outlets"
    r"|manufacturers|corporations|businesses|(?:car|auto|chip|drug|steel|plane)makers)\b"
)  # not "producers", "broadcasters", "publishers", "operators": people's trades too
# the name as the agent of a relative clause after the noun ("the firm Dallowe set up in
# 2019", "the company Brenner founded"): verbs of founding, owning or running a business
_AGENT_AFTER = re.compile(
    r"[ \t]+(?:set[ \t]+up|co-?founded|founded|started|created|built|bought|sold|owns|owned"
    r"|runs|ran|heads|headed|leads|led|joined|left|took[ \t]+over)\b"
)


def body_votes(m: Mention, gaz: Gazetteer, text: str) -> Counter:
    """ORGANIZATION votes from a kind of business written before the name, a body's post, or
    the others of its kind it is listed with."""
    votes: Counter = Counter()
    if not text or m.role or m.address:
        return votes
    key = cached_norm(m.text)
    words = key.split()
    if not 1 <= len(words) <= 4 or key in gaz.places or key in gaz.persons:
        return votes
    if m.label == "PERSON" and len(words) > 1:
        return votes  # "the company Anna Berg founded": a person's full name after the noun
    before = max(0, m.start - 80)
    agent = m.label == "PERSON" and _AGENT_AFTER.match(text, m.end) is not None
    if agent:
        return votes  # "the firm Dallowe set up in 2019": a person who set it up
    if _KIND_BEFORE.search(text, before, m.start) and not _a_film_producer(text, m.start):
        votes[ORGANIZATION] += 4
    elif _POST_OF.search(text, before, m.start) and not text.startswith(("’s", "'s"), m.end):
        votes[ORGANIZATION] += 4  # not "chairman of Velda's port council": a body of a place
    elif _OTHERS_AFTER.match(text, m.end):
        votes[ORGANIZATION] += 4
    return votes


_ARTS_BEFORE = re.compile(
    r"(?<![\w’'-])(?:film|movie|music|record|television|tv|theatre|theater)[ \t]+producers[ \t]",
    re.IGNORECASE,
)


def _a_film_producer(text: str, start: int) -> bool:
    """ "film producers A and B": people of the arts, not businesses."""
    return _ARTS_BEFORE.search(text, max(0, start - 80), start) is not None
