"""What is never a key point, whatever its words: the page's furniture in sentence shape.

The source's title again, a wire photo caption, a sentence with a credit cue inside, a piece
of a sentence cut inside brackets, a question (an interviewer's, a rhetorical one: it asks,
it states no fact), a courtesy formula of a transcript ("Thank you for being here", "Good
morning, everyone", "Mr. President, it's an honor to have you"), a label over a list of
topics ("Subjects: visit to A; labour mobility; regional security"), a listing's date stamp
("Posted November 24th, 2012 at 9:00 pm (UTC-5)"). (Lines that are headings,
links, bylines, "Read also" and table rows never reach the candidates: ``lines`` and the
source's tables keep them out.)
"""

from __future__ import annotations

import bisect
import re

from briefing_app.analysis.figures import MONTH_WORD, numerals
from briefing_app.analysis.hazards import told

# A list item's bullet ("• In Malawi, we will…", "- UK announces…"): the sentence starts after it.
_BULLET = re.compile(r"[•▪‣◦●■·*–-][ \t]+(?=\S)")


def after_bullet(text: str, start: int) -> int:
    """Where a sentence starts once a list item's bullet at ``start`` is cut off."""
    m = _BULLET.match(text, start)
    return m.end() if m else start


# A line that is only a date stamp: a label, a day (words or digits), a year, a clock time and
# zone, a "by" credit. Ingest keeps a listing's stamps so that the timeline can date its items.
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY = rf"(?:(?:{_ORD}\s+{MONTH_WORD}|{MONTH_WORD}\s+{_ORD}),?\s+)"
_STAMP = re.compile(
    r"(?i:(?:posted|published|updated|last updated|released|issued|dated)(?:\s+on)?:?\s+)?"
    r"(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{_DAY}\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
    r"(?:\s*(?:at|[-–|,·])?\s*[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)?"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+−-]\d{1,2})?\)?)?"
    r"(?:\s*(?:by|[|·])\s+[A-Z][\w.'’ -]{0,40})?[.)]?"
)


def stamp(text: str) -> bool:
    """The sentence is only a date stamp of a post or release, never a fact to quote."""
    return _STAMP.fullmatch(text.strip()) is not None


def question(text: str) -> bool:
    """True for a sentence that asks ("What help has arrived from Orsk?"), a closing quote
    or bracket after its question mark included."""
    return text.rstrip("\"”’')] ").endswith("?")


# A courtesy formula, after a speaker's label ("SECRETARY A: ", "Jo Bell, Minister: ") and a
# form of address ("Mr. President, ", "Minister, "): thanks, welcomes, greetings, honours.
_ADDRESS = (
    r"(?:(?:mr|mrs|ms|madam|mister)\.?\s+(?:[A-Z][\w.-]*\s*){1,3}|"
    r"(?:minister|secretary|president|ambassador|everyone|everybody|folks|sir)"
    r"(?:\s+[A-Z][\w-]*)?\s*),\s*"
)
# "I would like to thank you", "With that, I say welcome to the show"
_LEAD_IN = (
    r"(?:(?:with that|first|finally),?\s+)?(?:i (?:would like to |want to |wish to )?(?:say )?)?"
)
_SPEAKER = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:,\s*[^:]{0,60})?:\s+"
_COURTESY = re.compile(
    rf"[\"“]?(?:{_SPEAKER})?(?:(?:and|but|so|well|okay|oh),?\s+)?(?:{_ADDRESS})?{_LEAD_IN}"
    r"(?:thank you|thank|thanks(?!\s+to\b)|welcome(?=\s+(?:to|back|everyone|everybody|you|all)\b|"
    r"[,.!])|good (?:morning|afternoon|evening)|"
    r"it(?:'s|’s| is) (?:an|a great|a) (?:honou?r|pleasure)|ladies and gentlemen)\b",
    re.IGNORECASE,
)


# "Subjects: Visit to A; labour mobility; regional security; elections." (a transcript's or a
# page's topics, tags or keywords): a short label, a colon, three items or more.
_LABEL_LIST = re.compile(r"[A-Z][A-Za-z ]{1,20}:\s+[^;|]+(?:[;|][^;|]+){2,}")


# An item that states a fact: a figure ("300 homes destroyed", "two hundred homes"; a year is
# none: "Data: OCHA, 2024; IOM, 2024") or a verb after its first word ("bridges washed out",
# "roads closed", "power is out").
_FACT_ITEM = re.compile(
    r"(?<![\w.])(?!(?:18|19|20)\d\d\b)\d|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|dozens?)\b|"
    r"\s[a-z]+ed\b|\b(?:is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)


def label_list(text: str) -> bool:
    """True for a label over a list of topics, tags or keywords: labels without figures or
    verbs. A list of facts ("Damage so far: 300 homes destroyed; 12 bridges down") is content:
    half its items or more state one."""
    if not _LABEL_LIST.fullmatch(text):
        return False
    items = re.split(r"[;|]", text.split(":", 1)[1])
    facts = sum(1 for item in items if _FACT_ITEM.search(item.strip()))
    return 2 * facts < len(items)


_SYMPATHY = re.compile(
    r"\bsolidarity with\b|\bcondolences\b|\bsaddened\b|\bdeep sadness\b|\bsympath(?:y|ies)\b|"
    r"\b(?:thoughts|prayers) (?:and prayers )?(?:are with|go(?:es)? out)\b|"
    r"\bstands? (?:ready|in solidarity) with\b|"
    # "sends thoughts to all affected", "offers his prayers": a feeling sent, no act
    r"\b(?:sends?|sent|sending|offers?|offered|extends?|extended)\s+(?:(?:his|her|its|our|"
    r"their|my)\s+)?(?:[a-z]+\s+)?(?:thoughts|prayers|best wishes)(?:\s+and\s+prayers)?"
    r"\s+(?:to|with|for)\b",  # not "sends its thoughts and 40 tonnes of aid": what it sends
    re.IGNORECASE,
)


# "The United States stands with Papua New Guinea": standing with a people or a country is
# solidarity too, unless the sentence goes on to tell the disaster striking ("…stands with the
# people of Malawi in the face of the damage caused by the cyclone, which left hundreds dead").
_STANDS_WITH = re.compile(r"\bstands? with\b", re.IGNORECASE)


# A clause joined after the feeling that does something: "and" or "but", words of time or
# manner, then a verb with its auxiliary ("and will freeze", "and has sent"), or a verb in the
# past with its object or complement ("and today adopted a package", "and pledged $2 million").
_AND_THEN = re.compile(
    r"\b(?:and|but)\s+(?:(?:today|yesterday|also|then|now|further|swiftly|immediately|"
    r"on\s+[A-Z][a-z]+|[a-z]+ly)\s+)*"
    r"(?:(?:will|would|shall|has|have|had|is|are|was|were|plans\s+to|intends\s+to|is\s+to)\s+"
    r"(?:[a-z]+ly\s+)?(?!with\b|in\b|at\b|on\b|by\b|for\b|to\b|of\b|not\b)[a-z]{3,}|"
    r"[a-z]{3,}ed\s+(?:a|an|the|its|their|his|her|new|more|further|additional|that|to|[$€£\d]))"
)


def sympathy(text: str) -> bool:
    """True for an expression of sympathy or solidarity ("stands in solidarity with", "deeply
    saddened", "condolences", "stands with" a people telling no disaster's blow) that does
    nothing else: it tells how someone feels, not what happened. A clause joined after it that
    acts or decides ("stands with Ukraine and today adopted a package of sanctions", "…and will
    freeze his assets") makes the sentence a fact."""
    feeling = _SYMPATHY.search(text) or (_STANDS_WITH.search(text) if not told(text) else None)
    return feeling is not None and not _acting_clause(text, feeling.end())


# A relative clause opened after the feeling ("the people of Veloria, who have lost so much"):
# an "and <verb>" inside it, before any comma, dash or semicolon closes it, tells of them.
_RELATIVE_OPEN = re.compile(r"\b(?:who|whom|whose|which|(?<!so )(?<!now )that)\b", re.IGNORECASE)


def _acting_clause(text: str, start: int) -> bool:
    """Whether a clause that acts or decides ("and will freeze his assets") is joined after
    ``start``, and not inside a relative clause ("who have lost so much and are rebuilding")."""
    for m in _AND_THEN.finditer(text, start):
        relative = None
        for found in _RELATIVE_OPEN.finditer(text, start, m.start()):
            relative = found  # the last one opened before the "and"
        if relative is None or re.search(r"[,;:–—]", text[relative.end() : m.start()]):
            return True
    return False


# "Thank you to the volunteers who rebuilt the school": thanks to someone other than the
# listeners ("thank you to everyone", "to the many of you who came") for an event of its own.
_THANKS_TO = re.compile(r"\bthank you (?:(?:also|very much|so much|again),? )*to\b", re.IGNORECASE)
_LISTENERS = re.compile(r"\b(?:you|everyone|everybody|all)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|that)\s+\w+", re.IGNORECASE)
# A figure of its own ("the 400 volunteers", "four hundred homes"); a year, "5th", a time
# ("at 10:30") or a day of a month ("on 3 March", "March 3") is none.
_FIGURE = re.compile(
    r"(?<![\w.:])(?!(?:18|19|20)\d\d\b)\d[\d,.]*(?![\w:])"
    rf"(?!\s+(?:{MONTH_WORD})\b|\s*[ap]\.?m\b)",
    re.IGNORECASE,
)
_AFTER_MONTH = re.compile(rf"\b(?:{MONTH_WORD})\s+$", re.IGNORECASE)


def courtesy(text: str) -> bool:
    """True for a courtesy formula of a transcript, addressed to its listeners: it greets or
    thanks, it states no fact. Thanks with a figure of its own ("Thank you to the 400
    volunteers…") or to someone else for what they did ("Thank you to the volunteers who
    rebuilt the school") tell what happened."""
    m = _COURTESY.match(text)
    if not m:
        return False
    plain = numerals(text)
    if any(not _AFTER_MONTH.search(plain, 0, f.start()) for f in _FIGURE.finditer(plain)):
        return False
    thanks_to = _THANKS_TO.search(text, m.start(), m.end() + 12)
    if thanks_to:
        rest = text[thanks_to.end() :]
        relative = _RELATIVE.search(rest)
        return not relative or bool(_LISTENERS.search(rest, 0, relative.start()))
    return True


def is_title(text: str, title: str) -> bool:
    from rapidfuzz import fuzz

    return bool(title) and fuzz.ratio(text.lower(), title.lower()) >= 90


def restated_title(text: str, title: str, s: int, e: int) -> bool:
    """True when ``text[s:e]``, worded like the ``title``, is a body sentence saying the
    headline again, not the headline's own line: it stands after the title's first place in
    the text and shares its line with other words ("... I hear no objection. The Agreement is
    accepted."; a body opening with its headline, then going on). The headline is the writer's
    own summary: said again in the body it states the main claim. A title not found in the
    text, or a sentence alone on its line (the headline repeated), stays out."""
    head = title.strip()
    at = text.find(head) if head else -1
    if at < 0 or s < at + len(head):
        return False
    before = text[text.rfind("\n", 0, s) + 1 : s]
    end = text.find("\n", e)
    after = text[e : end if end >= 0 else len(text)]
    return any(c.isalnum() for c in before) or any(c.isalnum() for c in after)


# A wire photo caption is a line of its own that ends with the place and the full date the
# picture was taken: "… attend a meeting in Moscow, Russia, March 20, 2023."
_CAPTION_END = re.compile(rf",\s+{MONTH_WORD}\s+\d{{1,2}},\s+\d{{4}}\.?$")


_ENUMERATOR = re.compile(r"(?:^|\s)[\w.]{1,3}[)\]]$")  # "a)", "2)", "iv)" open list items


def unbalanced(text: str) -> bool:
    """A piece of a sentence cut in the wrong place: a bracket closes before any opens
    ("Development], the State Department and…"); a list item's "a)" is no such bracket."""
    for opening, closing in ("()", "[]"):
        close = text.find(closing)
        if close == -1 or 0 <= text.find(opening) < close:
            continue
        if not _ENUMERATOR.search(text, 0, close + 1):
            return True
    return False


# A photo credit in a line, or a gallery's counter or caption control opening it, makes the
# whole line a caption: "3 / 3 Show Caption + Hide Caption – Sgt. A and Sgt. B at their desks
# in Manila, April 23, 2012. (Photo Credit: U.S. Army)", "Photo 2 of 7: …", "Caption: …".
_PHOTO_CUE = re.compile(r"\b(?:photo(?:graph)?|image|picture|caption)s?\b", re.IGNORECASE)
_GALLERY_OPENING = re.compile(
    r"\W*(?:(?:photo|image|picture|slide)s?\s+\d{1,3}\s*(?:/|of)\s*\d{1,3}\b|\d{1,3} / \d{1,3}\s)"
    r"|\W*(?:(?:show|hide|view|expand)\s+)?caption\b",
    re.IGNORECASE,
)


# Who stands where in a picture: "Ambassador A (third left) poses with…", "(L-R)", "(centre)".
_PLACE_IN_PICTURE = re.compile(
    r"\((?:(?:far|second|third|fourth|front|back|top|bottom|from)\s+)?"
    r"(?:left|right|centre|center|l-r|r-l|left to right)\)",
    re.IGNORECASE,
)


def caption(lines, s: int, e: int, text: str, source_text: str = "") -> bool:
    """True for a one-sentence line in the shape of a photo caption, a sentence that places
    people in a picture ("(third left)"), or any sentence of a line that carries a photo
    credit or a caption cue."""
    if _PLACE_IN_PICTURE.search(text):
        return True
    line = lines.line_at(s)
    if line is None:
        return False
    if line == (s, e) and _CAPTION_END.search(text):
        return True
    if _GALLERY_OPENING.match(source_text, line[0], line[1]):
        return True
    k = bisect.bisect_left(lines.credits, (line[0], line[0]))
    for a, b in lines.credits[k:]:
        if a >= line[1]:
            break
        if _PHOTO_CUE.search(source_text, a, b) or _PHOTO_CUE.search(source_text, line[0], a):
            return True
    return False


def credited(lines, s: int, e: int) -> bool:
    """True when a credit or caption cue sits inside the sentence ("Photo: ...")."""
    k = bisect.bisect_right(lines.credits, (e, e)) - 1
    return k >= 0 and lines.credits[k][1] > s
