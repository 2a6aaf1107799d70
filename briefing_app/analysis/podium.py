"""A transcript's stage directions: sentences about the briefing itself, not about the news.

A speaker introduces who stands beside them ("With me today are my Board colleagues: ...",
"I am joined by the Special Representative ...", "X is unable to join us today"), says what
they will speak about next ("I want to speak to what is happening in Moscow"), or says how
the session will run ("The Secretary will make some brief remarks and take a couple of
questions", "... will stay behind to answer some more Q&A", "then I will throw to questions
from local media"). Such a sentence names people and sounds weighty, so it scores well, yet
it states no fact a briefing could carry: like a greeting (``furniture.courtesy``) it never
words a key point.

Left alone: a fact told about questions ("Responding to questions, the minister said ...",
"The minister refused to answer questions about the deal", "The inquiry will answer
questions about the cause": no speaker announcing what comes next), a person joined by
others in what they do ("The rescuers were joined by volunteers from Orsk"), and an advisory
telling who will brief whom ("He will be joined by Ambassador ..." is a third person's plan,
kept).
"""

from __future__ import annotations

import re

# who stands beside the speaker: "With me today are ...", "Joining me here is ...",
# "I am joined by ...", "we have with us today ..."
_BESIDE = re.compile(
    r"^[\"“‘']?(?:\w+,?\s+){0,3}?(?:with me|joining (?:me|us))"
    r"(?:\s+(?:today|here|now|this (?:morning|afternoon|evening)|on the (?:line|call|podium)))*"
    r"\s+(?:are|is)\b|"
    r"\b(?:I|we)(?:’m|'m| am|’re|'re| are| will(?: \w+)? be| have been)\s+(?:\w+\s+)?joined\s+"
    r"(?:(?:today|here|now|this (?:morning|afternoon|evening))\s+)?by\b|"
    r"\b(?:I|we) have with (?:me|us)(?= (?:today|here|now|this|on the)\b| (?-i:[A-Z]))|"
    # who could not come: "Member Todd Inman is unable to join us today" (not "volunteers
    # join us today in the clean-up", told of others joining in)
    r"\b(?:unable to|not able to|cannot|can[’']t|could not|couldn[’']t|won[’']t|will not)"
    r" join (?:us|me)\b",
    re.IGNORECASE,
)
# how the session runs: a speaker who will take questions ("will make some remarks and take a
# couple of questions", "I'll take your questions", "will throw to questions from local media",
# "will hang back to answer some more Q&A"); not questions about a matter ("the inquiry will
# answer questions about the cause of the collapse": what the inquiry is for)
_SESSION = re.compile(
    r"\b(?:will|’ll|'ll|shall)\s+(?:[\w-]+\s+){0,12}?"
    r"(?:take|answer|throw to|go to|open (?:it )?up to)\s+"
    r"(?P<some>(?:(?:your|some|a few|a couple of|couple of|more|any|the|a)\s+){0,3})"
    r"(?P<what>questions|Q\s?&\s?A)\b"
    r"(?!\s+(?:about|on|over|regarding|concerning|into|of)\b)",
    re.IGNORECASE,
)
# the speaker's own "I will throw to questions" needs no "some" or "your"; a third person's
# "will take questions from the public at hearings in May" (bare "questions") tells an event
_SPEAKER = re.compile(r"\b(?:I|we)\b", re.IGNORECASE)


# what the speaker will talk about next: "before I turn to that, I want to speak to what is
# happening in Moscow", "I would like to say a few words about ..." (the topic, not a fact)
# A wish alone is the speaker's only in the first person singular with a topic after it: "we
# want to turn to renewable energy", "we would turn to the courts" (a plan, a threat) and "I
# want to talk to the president" (a person) tell the news; "would" asks for "like to".
_ADVERBS = r"(?: just| now| briefly| also| first)*"
_TOPIC_AFTER = r"(?: about| on| to (?=what|how|why|where|th(?:is|at|ese|ose)\b))"
_TOPIC = re.compile(
    rf"\b(?:I|we)(?:’d|'d| would){_ADVERBS} like to"
    rf" (?:speak|talk|say a few words|say a word|turn)(?: to| about| on)\b|"
    rf"\bI (?:want|wish) to{_ADVERBS} (?:(?:speak|talk){_TOPIC_AFTER}|say a few words|"
    r"say a word|turn to)\b|"
    r"\bbefore (?:I|we) turn to\b",
    re.IGNORECASE,
)


# the text saying what it is, pointing at itself: "The following is a transcript of a speech
# delivered by ...", "Below is the text of the statement ...", "What follows are the remarks
# ..." (not "The following day, rescuers ...": no verb "to be" after "following")
_FRAMING = re.compile(
    r"^[\"“‘']?(?:the following|below|what follows)\s+(?:is|are)\b", re.IGNORECASE
)


# a heading naming the text's kind and who gave it: "Statement by A, Deputy Coordinator, at
# the Security Council meeting on Orsk.", "Paris Conference – Statements by A, Minister of
# Foreign Affairs (excerpts)"; the whole sentence is the heading (no verb: a lower-case word
# ending in "-ed" or a common finite verb tells a fact: "Remarks by the minister angered ...")
_HEADING = re.compile(
    r"^(?:[^.–—]{0,120}\s[–—]\s)?(?:(?:closing|opening|keynote|joint)\s+)?"
    r"(?:remarks|statements?|speech|address|transcript)\s+by\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
_TELLS = re.compile(
    r"\b(?-i:[a-z]+ed|is|are|was|were|has|have|had|will|would|said|says|made|drew|won|"
    r"came|took|gave|left|met|sent|told|got|became|went|caused|led|brought)\b"
)


# the giver's name after "by", then what follows it: a heading goes on with a comma, a bracket,
# a dash or a preposition ("by A, Deputy Coordinator, at ..."), a sentence with its verb
# ("Remarks by Powell lift stocks ...")
_GIVER_THEN = re.compile(r"[\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*[ \t]+([a-z][\w’'-]*)")
_HEADING_GOES_ON = re.compile(
    r"(?:at|on|to|before|in|of|for|during|following|after|with|and|from|upon|about)"
)


def _heading(text: str) -> bool:
    m = _HEADING.match(text)
    if m is None or _TELLS.search(text, m.end()) is not None:
        return False
    after = _GIVER_THEN.match(text, m.end())
    return after is None or _HEADING_GOES_ON.fullmatch(after.group(1)) is not None


def _framing(text: str) -> bool:
    """ "The following is the text of ...", and not a quotation that opens so and closes before
    its speaker ("“The following is what we agreed,” the minister said")."""
    if not _FRAMING.match(text):
        return False
    return text[:1] not in "\"“‘'" or not re.search(r"[”\"’'],?\s", text[1:])


def stage_direction(text: str) -> bool:
    """True for a sentence about the briefing itself: who joins the speaker (or cannot), that
    the speaker will take questions, or what the speaker will speak about next; or one in which
    the text says what it is ("The following is a transcript of ...")."""
    if _framing(text) or _heading(text):
        return True
    if text.isascii():  # each pattern needs one of its words (a cheap look before searching)
        low = text.lower()
        beside = "join" in low or "with me" in low or "with us" in low
        session = "question" in low or "&" in low
        topic = any(w in low for w in ("like to", "want to", "wish to", "turn to"))
    else:  # case folding beyond ASCII ("ſ", "K") may match a pattern's word: search each
        beside = session = topic = True
    return bool(
        (beside and _BESIDE.search(text))
        or (session and _session(text))
        or (topic and _TOPIC.search(text))
    )


def _session(text: str) -> bool:
    """The speaker will take questions: with "some", "your", "a couple of" or a Q&A, or, bare,
    said by the speaker ("I will throw to questions")."""
    m = _SESSION.search(text)
    if m is None:
        return False
    return bool(
        m["some"].strip() or m["what"].lower() != "questions" or _SPEAKER.search(text, 0, m.start())
    )
