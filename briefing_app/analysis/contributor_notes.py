"""Who wrote the piece, said where a credit line does not say it:

- a contributor's note, "Ann Vale is a senior fellow at the Tarn Institute. Her research ...",
  at the foot of an essay or beside it on a blog: the writer named there, and nowhere else in
  the text, is no actor of the story; a person the text names again ("Dr. Vale said ...") is
  one, whatever the note says;
- a by-line glued inside a line, as a PDF's text runs a title, its by-line and the story
  together: "Myanmar: 2020 By Ann Vale" / "parliamentary election", "Addresses Town Meeting By
  Ann Vale W hen the Secretary ..." (a capital "By" in mid-line, a name, then the story's
  lower-case words or a drop capital; at the line's end, after a number or a colon). A
  title-case headline's agent ("Bill Vetoed By President Ann Vale") is no by-line."""

from __future__ import annotations

import re

# a full name opens the line, then "is a" and a writer's or scholar's calling, up to three
# words before it ("a co-founding editor", "a Senior Research Fellow"), then where they work
_NOTE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]+is[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,3}"
    r"(?i:editor|fellow|professor|lecturer|researcher|writer|journalist|columnist|contributor"
    r"|correspondent|author|analyst|scholar|economist|reporter|blogger|student|candidate)"
    r"(?:[ \t]+[\w’'-]+){0,6}?[ \t]+(?:at|of|with|for|in)[ \t]+(?:the[ \t]+)?[A-Z]"
)

# what a story tells of the person it opens on, in the note's paragraph: "She was arrested",
# "who was detained" (a note tells a writer's calling and work)
_TOLD_EVENT = re.compile(r"\b(?:She|He|They|who)[ \t]+(?:was|were)[ \t]+[a-z]+ed\b")


def contributor_note(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the writer's name when the line ``text[start:end]`` is a contributor's
    note whose name's last word the text writes nowhere else (see the module's text)."""
    m = _NOTE.match(text, start, end)
    if m is None:
        return None
    paragraph = text[m.end() : (text.find("\n\n", m.end()) + 1 or len(text) + 1) - 1]
    if _TOLD_EVENT.search(paragraph):
        return None  # "Ann Vale is a student at ... She was arrested on Monday": a story's lede
    surname = m.group("name").split()[-1]
    seen = re.findall(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", text)  # "Vale’s" too
    # once in the note; once more on a line of its own, the note's heading, at most
    heading = re.search(rf"(?:^|\n)[ \t]*{re.escape(m.group('name'))}[ \t]*(?:\n|$)", text)
    if len(seen) > 1 + (heading is not None):
        return None
    return m.start("name"), m.end("name")


_NAME = r"[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,2}?"
# the short words a title-case headline leaves in lower case: "Bill Signed By Governor Ann Vale
# on Tuesday" is a headline's agent, its next word capitalised after them
_SMALL = r"(?:a|an|the|and|or|but|nor|of|on|in|at|to|for|from|with|as|by|into|over|after|amid|via)"
# "By Ann Vale parliamentary", "By Ann Vale W hen": lower-case words or a drop capital after
_GLUED_IN_LINE = re.compile(
    rf"(?<=\S[ \t])By[ \t]+(?P<name>{_NAME})"
    rf"(?=[ \t]+(?:(?!(?:{_SMALL}[ \t]+)+[A-Z\d])[a-z]|[A-Z][ \t]+[a-z]{{2}}))"
)
# "Myanmar: 2020 By Ann Vale" at the line's end: a number or a colon before "By"
_GLUED_AT_END = re.compile(rf"(?<=[\d:|–—][ \t])By[ \t]+(?P<name>{_NAME})[ \t]*$")


def glued_byline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name of a by-line glued inside the line ``text[start:end]``."""
    line = text[start:end]
    m = _GLUED_IN_LINE.search(line) or _GLUED_AT_END.search(line)
    if m is None:
        return None
    return start + m.start("name"), start + m.end("name")
