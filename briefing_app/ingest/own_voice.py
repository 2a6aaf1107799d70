"""The issuer of a copied release that opens on its own doings and speaks as "we".

A body's statement copied onto a blog or a portal may keep neither an address, a label nor a
dateline. Its opening still has the body speak of itself in a release's present ("The Ministry
of Water of Kelvo is following the floods with concern.", "The Kelvo Water Board will ...")
and its text goes on in the body's own voice, "we" and "our" outside any quotation ("We urge
all parties ..."): a news story quotes a body's "we" but never speaks so itself. General rules,
no names from particular pages:

- the first sentence of the story (``copy_issuer._first_sentence``) opens on a body's name
  (``copy_issuer._body_name``: capitalised words and the small words of names, an
  organisation word among them), its verb a release's present (``dateline_issuer._PRESENT``:
  "is/are" with a verb in -ing or the speaker's state, "will");
- the story's own words, past its quotations (a paragraph opening with a quotation mark, and
  the paragraphs of a quotation running on from it, a span between quotation marks), say
  "we", "our" or "us" at least twice;
- the page has no by-line: an author's "we" is the author's (a column on the body), and a genre
  label of comment over it or an affiliation line elsewhere (``outlet.someone_elses``) makes the
  page someone else's writing about the body.
"""

from __future__ import annotations

import re

from briefing_app.ingest.copy_issuer import _body_name, _first_sentence
from briefing_app.ingest.dateline_issuer import _PRESENT, MAX_SUBJECT
from briefing_app.ingest.draft import Draft
from briefing_app.ingest.outlet import someone_elses

MIN_OWN_WORDS = 2  # "we", "our", "us" in the story's own words at least this often

_OPENING_QUOTE = ("“", '"', "‘", "«")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def own_words(story: str) -> str:
    """The story's own words: its paragraphs without the quotations in them."""
    kept: list[str] = []
    quoting = False
    for paragraph in story.split("\n\n"):
        paragraph = paragraph.strip()
        if paragraph.startswith(_OPENING_QUOTE):
            # a quotation runs on while its paragraph leaves it open ("“... \n\n“...”")
            quoting = paragraph.count("”") < paragraph.count("“") or paragraph.count('"') % 2 == 1
            continue
        if quoting:
            continue
        kept.append(_QUOTED.sub(" ", paragraph))
    return "\n\n".join(kept)


def own_voice_issuer(draft: Draft, story: str) -> str:
    """The body a copied release of ``story`` (the text past its headline) speaks for (module
    doc), "" when none; ``draft`` gives its by-line and its lines."""
    if draft.author:
        return ""
    sentence = _first_sentence(story)
    verb = _PRESENT.search(sentence[: MAX_SUBJECT + 40])
    if not verb or verb.start() > MAX_SUBJECT:
        return ""
    body = _body_name(sentence[: verb.start()])
    if not body or not sentence.lstrip().startswith(("The ", body)):
        return ""
    if len(_FIRST_PERSON.findall(own_words(story))) < MIN_OWN_WORDS:
        return ""
    return "" if someone_elses(draft, body) else body
