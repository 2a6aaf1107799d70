"""By-lines in the shapes pages print them: labels, ranks, a date run into the name.

General rules, no strings from particular pages:

- the label may be "By", "Story by", "Article by", "Written by", "Posted by", "Reporter:",
  "Correspondent:", "Author:";
- a rank or office before the name is the writer's role, not part of the name ("By Sgt. 1st
  Class Jane Roe", "By Navy Petty Officer 2nd Class Jane Roe, <unit>"); after a rank, what
  follows a comma is the writer's unit, not a second writer; so is a unit run on after the
  name without a comma ("By Capt. Jane Roe 12th Wing Public Affairs", "By Lt. Jane Roe Joint
  Task Force-Kelvo", its noun before what it is of), and a dateline in capitals before the
  date ("... CAMP RIMSK, Kelvo Jan 14, 2031"); a rank's qualifications in brackets before the
  name are the rank's ("Petty Officer 1st Class (SW/AW) Jane Roe");
- the date may stand after the names ("By Jane Roe on March 3, 2031", "By Jane Roe, 3 March
  2031", even run into the name: "By Jane RoeApril 25, 2031") or before the label ("Posted on
  March 3, 2031 by Jane Roe"): it is set apart as the published date;
- a statement's headline may name its author ("Statement by Ambassador Jane Roe on ...",
  "Remarks by Ambassador Jane Roe"), and
  so may a "<Name>, <office>" line near the top ("Jane Roe, Secretary of State").

The ranks and offices are those ``byline_roles`` reads (``resources/gazetteers/titles.txt``
and ``honorifics.txt``, plus the grade words military bylines add to them).
"""

from __future__ import annotations

import re

from briefing_app.ingest.byline_roles import is_role_word as _is_role_word
from briefing_app.ingest.byline_roles import strip_role
from briefing_app.ingest.byline_shapes import DATELINE_END
from briefing_app.ingest.casing import org_words
from briefing_app.ingest.dates import to_iso
from briefing_app.model.text import ends_sentence
from briefing_app.resources import read_list, resource_cache, resource_path

# The label of a by-line: "By", "Story by", "Posted by", "Reporter:" ("Photo by" is a credit).
_BY_LABEL = re.compile(
    r"(?:(?:(?:story|article|report|text|words|written|compiled|posted)\s+)?by\s*:?|"
    r"(?:reporter|correspondent|writer|author|narrator|narration)s?\s*:)\s+",
    re.I,
)
_TAIL_WORDS = 6  # the words of a sentence run on after a by-line's date
# what else a by-line's line prints after its date: an update stamp or a credit, no sentence
_TAIL_LABEL = re.compile(
    r"(?:(?:last\s+)?(?:updated|modified|edited|posted|published)|photo(?:graph)?s?|images?"
    r"|pictures?|video|credits?|source|courtesy)\b",
    re.I,
)
# A date as by-lines print it, with a weekday or a time of day: "March 3, 2031", "3 March
# 2031", "Mon, 3 Mar 2031 10:14", "03/03/2031 - 10:14 AM EST", "2031-03-03". It may be run
# into the name before it ("Jane RoeApril 25, 2031"), so no word boundary before a month.
_DATE_TEXT = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d\d-\d\d)"
    r"(?:,?\s*(?:[–—-]\s*)?(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)
# What may stand between the names and the date: a separator, "on", "Published:", "Updated".
_BEFORE_DATE = re.compile(
    r"(?:\s*[|·•–—,-]\s*|\s+)(?:(?:published|posted|updated|last\s+updated|date)(?:\s+on)?"
    r"\s*:?\s*|on\s+)?$",
    re.I,
)
# A date (after "Published", "Posted on", maybe) then "by" the names: "March 3, 2031 by X".
_DATE_THEN_BY = re.compile(
    r"(?:(?:published|posted|updated)(?:\s+on)?\s*:?\s*)?(?P<date>.{6,45}?)\s*(?:[|·•–—-]\s*)?"
    r"(?=(?i:by)\s)",
    re.I,
)
# The headline of a statement that names its author: "Statement by <role> <Name> on ...", or
# the name alone ending the line ("Remarks by Ambassador Jane Roe", "Statement on the Quotas by
# Jane Roe").
_STATEMENT_BY = re.compile(
    r"(?:Joint\s+)?(?:Press\s+)?(?:Statement|Remarks|Message|Address|Speech|Op-Ed|Letter)\s+"
    r"(?:(?:on|about|regarding)\s+[^,;:]{2,80}?\s+)?(?P<by>by|from)\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[^,;:]{1,80}?)(?:\s+(?:on|at|to|before|for|following|"
    r"regarding|marking|in|after|about|during|with|upon|ahead)\s|\s*$)",
    re.I,
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w.’'-]*|de|da|van|von|der|bin|al|el|la|le)")
# A writer's unit or office run on after the name without a comma ("By Capt. Jane Roe 12th
# Wing Public Affairs", "By Jane Roe JTF-Kelvo Public Affairs Office"): it opens with a code,
# an ordinal or a service word and ends with a unit's or an office's noun.
_UNIT_START = re.compile(
    r"[A-Z]{2,}[\w.&/-]*|\d{1,3}(?:st|nd|rd|th)|[A-Z]\w*-[A-Z][\w-]*|U\.S\.|"
    r"Public|Joint|Naval|Navy|Army|Air|Marine|Marines|Coast|Space|Combined|Task"
)
_DOUBLE_NAME = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")  # "Roe-Smith", not "JTF-Kelvo"
_UNIT_END = re.compile(
    r"Affairs|Office|Section|Division|Directorate|Command|Wing|Squadron|Group|Battalion|"
    r"Brigade|Regiment|Detachment|Team|Unit|Cent(?:er|re)|Fleet|Forces?|Corps|Staff|Bureau|"
    r"Desk|Headquarters|Service|Agency|Department|Ministry|Mission|Embassy"
)


_OFFICE_NOUN = re.compile(r"Affairs|Office|Section|Bureau|Desk|Team|Staff|Newsroom")


def office_byline(names: str) -> str:
    """A by-line that names an office, not a person, cut after the office ("U.S. Kelvo Command
    Public Affairs Kelvo Command Kelvo City, Kelvo" -> "U.S. Kelvo Command Public Affairs"):
    it opens with a code or a service word, holds no rank, and goes on past its office noun
    with the command and the place ("12th Wing Public Affairs" stays whole). "" when the
    by-line names a person."""
    words = names.split()
    if not words or not _UNIT_START.fullmatch(words[0]):
        return ""
    for j, word in enumerate(words[1:], start=1):
        if _is_role_word(word) and not (_UNIT_START.fullmatch(word) or _UNIT_END.fullmatch(word)):
            return ""  # a rank: a person's by-line ("U.S. Army Sgt. Jane Roe ...")
        if _OFFICE_NOUN.fullmatch(word):
            return " ".join(words[: j + 1])
    return ""


def without_unit(names: str) -> str:
    """``names`` (a rank may stand before them) without a unit or office run on after them
    ("Capt. Jane Roe 12th Wing Public Affairs" -> "Capt. Jane Roe"); two words of the name,
    the rank aside, always stay."""
    words = names.split()
    ends = _UNIT_END.fullmatch(words[-1]) if words else None
    if len(words) < 3 or not (ends or any(map(_unit_noun, words[2:]))):
        return names
    heads = []
    for k in range(2, len(words)):
        unit = words[k:]
        if not _UNIT_START.fullmatch(unit[0]) or not all(
            w[:1].isupper() or w[:1].isdigit() or w in ("of", "and", "&", "for") for w in unit
        ):
            continue
        if not ends and (not any(map(_unit_noun, unit)) or "," in " ".join(words[:k])):
            continue  # a unit named after its noun ("Task Force-Horn of Africa") follows a name
        head = " ".join(words[:k])
        if len(strip_role(head)[0].split()) >= 2:
            heads.append((k, head))
    # A double surname ("Juan A. Roe-Smith 12th Wing") opens no unit when the next word does;
    # a hyphened unit word does ("Jane Roe Marine-Air Ground Task Force": "Ground" opens none).
    if heads[1:] and _DOUBLE_NAME.fullmatch(words[heads[0][0]]) and heads[1][0] == heads[0][0] + 1:
        return heads[1][1]
    return heads[0][1] if heads else names


def _unit_noun(word: str) -> bool:
    """A unit's or office's noun, or one joined by a hyphen to what it is of ("Force-Kelvo");
    a double surname ending in such a word ("Jane Roe-Wing") is a name."""
    return any(_UNIT_END.fullmatch(part) for part in [word, *word.split("-")[:-1]])


def _date(text: str) -> re.Match[str] | None:
    """The first by-line date in ``text`` that reads as a date."""
    for match in _DATE_TEXT.finditer(text):
        if to_iso(match.group(0)):
            return match
    return None


def plain_byline(line: str) -> str:
    """A by-line as "By <names>[ | <date>]": its label, the rank and unit of its writer and
    where its date stands set apart ("Story by Sgt. Jane RoeApril 25, 2031", "Posted on
    March 3, 2031 by Jane Roe", "By Jane Roe on March 3, 2031"); the line unchanged when it
    is not a by-line."""
    date, text = "", line
    ahead = _DATE_THEN_BY.match(line)
    found = _date(ahead.group("date")) if ahead else None
    if found and found.end() == len(ahead.group("date").rstrip(" ,")):  # nothing after the date
        date, text = found.group(0), line[ahead.end() :]
    label = _BY_LABEL.match(text)
    if not label:
        return line
    rest = text[label.end() :].strip()
    if not date and (found := _date(rest)):
        date, rest = found.group(0), _BEFORE_DATE.sub("", rest[: found.start()])
        # "By Jane Roe 12th Wing KELVO BASE, Rimsk Jan 14, 2031": the dateline before the date
        placed = DATELINE_END.sub("", rest).rstrip(" ,")
        rest = placed if len(placed.split()) >= 2 else rest
    office = office_byline(rest)
    names, ranked = (office, False) if office else strip_role(without_unit(rest))
    if ranked:
        names = names.split(",", 1)[0].strip()  # after a rank, a comma starts the unit
    return f"By {names} | {date}" if date else f"By {names}"


def byline_tail(line: str) -> str:
    """The story a by-line's line runs on into after its date ("By Kelvo Embassy | 3 March
    2031, the Ambassador met the Minister of Water at the port."): the text from the date on,
    which is the item's own sentence, not the by-line; "" when the line is a by-line alone or
    what follows its date is no sentence (six words or more and a closing stop)."""
    label = _BY_LABEL.match(line)
    found = _date(line[label.end() :]) if label else None
    if not label or not found:
        return ""
    start = label.end() + found.start()
    tail = line[label.end() + found.end() :].lstrip(" ,;:|·•–—-")
    sentence = len(tail.split()) >= _TAIL_WORDS and ends_sentence(tail)
    story = sentence and tail[:1].isalpha() and not _TAIL_LABEL.match(tail)
    return line[start:] if story else ""


def author_in_title(title: str) -> str:
    """The author a statement's headline names ("Statement by Ambassador Jane Roe on ...":
    "Jane Roe"; after an office and a comma: "Statement by Minister of Water, Hon. Jane Roe,
    on ..."; before a comma and the occasion: "Statement by Envoy Jane Roe, Council Session
    on ..."), or "" when it names none or only a body ("Statement by the Ministry ...")."""
    match = _STATEMENT_BY.match(title)
    who = _speaker(match) if match else ""
    head, comma, rest = title.partition(", ")
    if who or not comma or " by " not in head or not any(map(_is_role_word, head.split())):
        return who
    match = _STATEMENT_BY.match(head)
    if match and (who := _speaker(match)):
        return who  # the speaker ends the line's first part; the occasion follows the comma
    return author_in_title(f"{head.split(' by ')[0]} by {rest.replace(', ', ' ', 1)}")


def _speaker(match: re.Match[str]) -> str:
    """The person ``_STATEMENT_BY`` found, "" for a body or a place."""
    who, ranked = strip_role(match.group("who"))
    words = who.split()
    if not (ranked or len(words) >= 2) or len(words) > 4:
        return ""  # one bare word is a body's name ("Statement by NATO on ..."), not a person's
    if not ranked and (match.group("by").casefold() == "from" or place_name(words)):
        return ""  # "Letter from Port Moresby", "Letter from Kelvo City": a place, no speaker
    if any(
        _is_role_word(w) or not _NAME_WORD.fullmatch(w) or _UNIT_END.fullmatch(w) for w in words
    ):
        return ""  # "Statement on the Attack by Rebel Forces": a body, not a person
    # "Statement from the OAS General Secretariat on ...": one word after the rank, a body's
    return "" if len(words) == 1 and words[0].casefold() in org_words() else who


# Words of places' names ("Port Moresby", "Kelvo City", "Fort Ostra", "Los Ostros"), never of a
# person's (compass words are surnames too: "Catherine West").
_PLACE_WORD = re.compile(
    r"City|Town|Port|Fort|Mount|Lake|Cape|Saint|St\.|San|Santa|Los|Las|New|Islands?|Bay|Valley|"
    r"Province|Region|County|District|Harbou?r|Beach|Springs|Falls|Heights|Village|Coast|Delta|"
    r"Republic"
)


def place_name(words: list[str]) -> bool:
    """The words name a place: a word of places' names in them, or the gazetteer's places."""
    if any(_PLACE_WORD.fullmatch(w) for w in words):
        return True
    return " ".join(words).casefold() in places()


@resource_cache
def places() -> frozenset[str]:
    """The gazetteer's places and their aliases, case-folded."""
    return frozenset(
        form.strip().casefold()
        for line in read_list(resource_path("gazetteers") / "places.txt")
        for form in line.split(";")
    )


# "Jane Roe, Secretary of State": an issuer's name and office under a statement's headline.
_NAME_COMMA_OFFICE = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s+(?:the\s+)?(?P<office>[^,.;:!?]{3,80})"
)
OFFICE_LINES = 8  # such a line sits near the top of the page


def office_line_author(line: str) -> str:
    """The issuer of a line "<Name>, <office>" ("Jane Roe, Secretary of State", "JANE ROE,
    DEPARTMENT SPOKESPERSON"), or "" for any other line."""
    match = _NAME_COMMA_OFFICE.fullmatch(line.strip())
    if not match:
        return ""
    name, office = match.group("name").split(), match.group("office").split()
    if any(_is_role_word(w) or _is_role_word(w.title()) for w in name):
        return ""  # "Deputy Minister, Water": the office itself
    if any(w.endswith(("'s", "’s")) for w in name):
        return ""  # "Kelvo's Future, Leader Says": a headline's half, not a person
    if len(office) > 10 or not any(_is_role_word(w.title()) for w in office[:4]):
        return ""
    if any(w[:1].islower() and w not in ("of", "for", "and", "the", "to", "on") for w in office):
        return ""  # "Jane Roe, who was Minister": a clause, not an office
    return match.group("name")


OFFICE_JOINERS = frozenset({"of", "for", "and", "the", "&", "to", "on", "in"})


def office_line(line: str) -> bool:
    """A line that is only an office ("Minister for Water Resources", "Deputy Prime Minister
    and Minister for Rivers", "Secretary of State"): it opens with a rank or office word and
    goes on with capitalised words and the small words of offices, no verb, no punctuation
    closing it. Under an author's name it is the author's office, not a headline."""
    words = line.split()
    if not 1 <= len(words) <= 10 or re.search(r"[\d.!?:;,]$|\d", line):
        return False
    if not _is_role_word(words[0]):
        return False
    if not all(w[:1].isupper() or w in OFFICE_JOINERS for w in words):
        return False
    # Role words only ("Deputy Prime Minister"), or role words then "of"/"for" and what the
    # office is of ("Secretary of State"): "President Doe Under Fire" is a headline.
    lead = next((i for i, w in enumerate(words) if not _is_role_word(w)), len(words))
    if lead < len(words) and words[lead] == "and":  # "Deputy Prime Minister and Minister ..."
        return office_line(" ".join(words[lead + 1 :]))
    if lead < len(words) and _headline_verb(words[lead + 1 :]):
        return False  # "Secretary of State Visits Flooded Towns": a headline, not an office
    return lead == len(words) or words[lead] in ("of", "for")


# Words of a title-case headline that an office's name never holds: the prepositions and
# reporting verbs headlines capitalise ("... Resigns Over Audit", "... Says Talks Failed").
_HEADLINE_WORD = re.compile(
    r"Over|After|Amid|Against|Despite|Into|Ahead|As|At|With|Without|Before|Following|Says?|"
    r"Said|Vows|Warns|Urges|Calls|Denies|Rejects|Quits|Resigns|Visits|Meets|Tours"
)


def _headline_verb(rest: list[str]) -> bool:
    """What an office is of goes on into a headline's verb ("of State Visits Flooded Towns",
    "for Water Resigns Over Audit"): a headline word, or a verb in "-s" after the object's
    first word with a word not in "-s" after it ("Veterans Affairs", "Foreign Affairs and
    Trade" are offices' objects)."""
    for i, word in enumerate(rest):
        if _HEADLINE_WORD.fullmatch(word):
            return True
        after = rest[i + 1] if i + 1 < len(rest) else ""
        if (
            i >= 1
            and re.fullmatch(r"[A-Z][a-z]+[^su's]s", word)
            and after[:1].isupper()
            and not after.endswith("s")
        ):
            return True
    return False


headline_verb = _headline_verb  # outlet.department_line reads headlines the same way

_INITIAL = re.compile(r"[A-Z]\.")


def name_line(line: str) -> bool:
    """A line that is only a person's name ("Jane Roe", "Jane Q. Roe"): two or three
    capitalised words (four with an initial), the particles names keep, no rank or office."""
    words = line.split()
    if not 2 <= len(words) <= 4 or re.search(r"[\d,.;:!?]$|\d", line):
        return False
    if len(words) == 4 and not any(_INITIAL.fullmatch(w) for w in words):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if _PRESS_NOUN.fullmatch(words[-1]):
        return False  # "Harbor Herald", "Kelvo Gazette": an outlet's masthead, not a person
    return all(_NAME_WORD.fullmatch(w) and not _is_role_word(w) for w in words)


# The last words of newspapers' and news sites' names (a masthead, never a person's name).
_PRESS_NOUN = re.compile(
    r"Herald|Gazette|Times|Tribune|Journal|Chronicle|Ledger|Observer|Telegraph|Courier|"
    r"Inquirer|Dispatch|Bulletin|Examiner|Sentinel|Advertiser|Daily|Weekly|News|Newswire|Wire|Press|"
    r"Monitor|Express|Register|Review|Standard|Guardian|Mercury|Argus|Clarion|Today|Online"
)


def press_noun(word: str) -> bool:
    """A noun newspapers and news services are named by ("Herald", "News", "Ledger")."""
    return bool(_PRESS_NOUN.fullmatch(word))


# A document's kind before its issuer in a page header: "Press Statement Jane Roe ...".
_KIND_BEFORE_ISSUER = re.compile(
    r"(?:Press\s+Statement|Media\s+Note|Statement|Remarks|Readout|Fact\s+Sheet|"
    r"(?:Press|News|Media)\s+Release|Media\s+Advisory)\s+"
)


def issuer_in_header(header: str) -> str:
    """The issuer a page's header names after the document's kind, when its lines were run
    into one ("... Press Statement Jane Roe Secretary of Water Kelvo City June 16, 2031": "Jane
    Roe"): two to four words of a name, then an office word."""
    for match in _KIND_BEFORE_ISSUER.finditer(header):
        words = header[match.end() :].split()
        for k in range(2, min(5, len(words))):
            if _is_role_word(words[k]) and name_line(" ".join(words[:k])):
                return " ".join(words[:k])
    return ""


# A time stamp a notice puts before the header: "06/16/2031 05:10 PM EDT".
_STAMP = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d\d(?:\s*[AP]M)?(?:\s+[A-Z]{2,4}\b)?)?\s*"
)


def title_in_header(header: str) -> str:
    """The headline of a page header run into one line: what stands before the document's
    kind ("... is now available. 06/16/2031 05:10 PM On the Quotas<kind> Jane Roe ..." -> "On
    the Quotas"), after the last sentence and a time stamp; "" when there is no kind."""
    match = _KIND_BEFORE_ISSUER.search(header)
    if not match:
        return ""
    before = re.split(r"(?<=[.!?])\s+", header[: match.start()].strip())[-1]
    stamp = _STAMP.match(before)
    return before[stamp.end() :].strip() if stamp else before.strip()
