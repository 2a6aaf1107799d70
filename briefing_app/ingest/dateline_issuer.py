"""The issuer a release names as the subject of its datelined opening, in a release's present.

A release copied without its address keeps its dateline, the issuing office's place in
capitals (and maybe its date), with no house in brackets ("OTTAWA – ", "KELVO CITY, March 3,
2031—"); its first sentence has the issuer speak of its own doings in the present: "Kelvo
Health is concerned about ...", "The Kelvo Water Service is supporting ...", "The Kelvo Water
Board will be updating ...". That body, named again in the text, is the issuer. General
rules, no names from particular pages:

- the dateline opens one of the text's first paragraphs, its place in capitals only, closed by
  a dash; a wire's house in brackets ("(KNA) –") makes the story the house's
  (``dateline_outlet``), and a place in mixed case may be a sentence's subject ("The Kelvo
  Board – a new body – ...");
- the subject before the verb is a body's name (``copy_issuer._body_name``: capitalised words
  and the small words of names, an organisation word among them), written again in the text;
- the verb is a release's present: "is/are" with a verb in -ing or a state of the speaker
  ("concerned", "pleased", "committed", "proud", "ready"), or "will". A report's past
  ("established ... on Monday") is as often a news story's: not read.
"""

from __future__ import annotations

import re

from briefing_app.ingest.copy_issuer import _body_name
from briefing_app.ingest.wire_dateline import CAPS_PLACE

PARAGRAPHS = 4  # the datelined opening sits among the text's first paragraphs
MIN_MENTIONS = 2  # the body is named this often in the text (the page is about its doings)

_DATELINE = re.compile(
    CAPS_PLACE  # "OTTAWA", "KELVO CITY"
    + r"(?:,\s*[^–—()\n]{3,40}?)?"  # ", March 3, 2031", ", Kelvo"
    r"\s*(?:[–—]|\s-{1,2})\s*(?=[A-Z])"
)
_PRESENT = re.compile(
    r"\s(?:(?:is|are)\s+(?:now\s+|also\s+|deeply\s+|very\s+)?"
    r"(?:[a-z]{3,}ing|concerned|pleased|committed|proud|ready)|will\s+(?:be\s+)?[a-z]{3,})\b"
)
MAX_SUBJECT = 80  # characters before the verb: a name, not a clause


def dateline_issuer(story: str, text: str) -> str:
    """The body a datelined release opening of ``story`` (the text past its headline) names as
    its subject (module doc), named again in ``text`` (its headline too); "" if none."""
    for paragraph in story.split("\n\n")[:PARAGRAPHS]:
        dateline = _DATELINE.match(paragraph)
        if not dateline:
            continue
        rest = paragraph[dateline.end() : dateline.end() + MAX_SUBJECT + 40]
        verb = _PRESENT.search(rest)
        if not verb or verb.start() > MAX_SUBJECT:
            continue
        body = _body_name(rest[: verb.start()])
        if body and text.count(body) >= MIN_MENTIONS:
            return body
    return ""
