"""Capitalised words the grammar around them shows to be common nouns, adjectives, credits or
headline fragments, not names: "a Member State does", "of that State", "this afternoon's
Plenary meeting", "Heads" (a role noun's plural alone), "Naval" (an adjective of a noun the
text writes: "Navy"), "UNSCO Photo/Pascal Soto" (a photo credit), "the Occasion of Iceland's
National Day" (a common noun the model ran into the place's possessive) and "Investigation
Uncovers Network" (a headline's verb inside)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.peoples import post_alone

# an indefinite article right before ("a Member State"), or "that" or a quantifier after a
# preposition ("of that State", "in each Region"): never "said that Russia", nor "this" (a
# speaker's own body: "members of this Council", "this House")
_INDEFINITE_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?:[Aa]|[Aa]n)|(?<![\w’'-])(?:of|in|to|for|with|by|from|on|at|against|within|under)"
    r"[ \t]+(?:that|each|every|any|such|another))[ \t]+$"
)
# the name ends its noun phrase: punctuation, a line's end, or a function word after it
PHRASE_ENDS = re.compile(
    r"[ \t]*(?:[.,;:!?)\]]|$)|[ \t]+(?:of|in|to|for|with|on|at|by|from|and|or|but|is|are|was"
    r"|were|has|have|had|does|do|did|will|would|can|could|shall|should|may|might|must|which|who"
    r"|whose|where|when)\b",
    re.MULTILINE,
)
# a time's possessive names an event: "this afternoon's Plenary meeting", "Monday's Summit"
_TIME_POSSESSIVE = re.compile(
    r"(?<![\w-])(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week"
    r"|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[’']s[ \t]+$",
    re.IGNORECASE,
)
# plurals of nouns that head a role "of" something ("Heads of State", "Chiefs of Staff")
_ROLE_PLURALS = frozenset(["heads", "chiefs", "deputies"])
# a photo's credit: "UNSCO Photo/Pascal Soto", "Photo: Jan Vos/Agency", "(Courtesy of Office
# of the President)", a name closed by the credit word ("Courtesy Photo", "(Navy Photo)")
_CREDIT_INSIDE = re.compile(
    r"\b(?:Photo|Photos|Photograph|Image|Credit|Courtesy)\s*[/:]|^Courtesy of "
    r"|\b(?:Photo|Photograph)$"
)
_CREDIT_BEFORE = re.compile(r"\b(?:Photo|Photos|Photograph|Image|Credit|Courtesy)\s*[/:]\s*$")
# "the Occasion of Iceland's National Day": "of", then a place whose possessive follows
_OF_POSSESSIVE = re.compile(r"[’']s[ \t]+[A-Z]")
# words that head a state's own name or its government's ("Government of Kenya's response")
_STATE_HEADS = frozenset(
    [
        *("government", "administration", "authorities", "people", "peoples", "republic"),
        *("kingdom", "state", "province", "city", "island", "islands", "emirate", "sultanate"),
    ]
)


def generic_word(text: str, m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """True when the mention ``m`` (normalised ``words``) of ``text`` names no actor (see the
    module's text). Names a gazetteer knows are never touched, but in a photo's credit."""
    key = " ".join(words)
    s, e, name = m.start, m.end, m.text
    line_start = text.rfind("\n", 0, s) + 1
    if _credit(text, line_start, s, e, name):
        return True  # a credit names its photographer and agency, known places too
    if gaz.knows(key):
        return False
    if is_title(key, gaz):
        return True  # "the Special Envoy (SE)": a title alone, kept as an acronym's long form
    if post_alone(name, words, gaz):
        return True  # "Deputy Chief Executive", "Circuit Judges": a post, no holder named
    if name.isupper() and words[-1].endswith("wire") and text[s - 1 : s] == "(":
        return True  # "(GLOBE NEWSWIRE)": the wire that distributed a release, no actor
    if (
        len(words) <= 2
        and not name.replace(".", "").isupper()
        and _INDEFINITE_BEFORE.search(text, max(0, s - 30), s)
        and PHRASE_ENDS.match(text, e)
    ):
        return True  # "a Member State does not", "the courts of that State"
    if len(words) <= 2 and _TIME_POSSESSIVE.search(text, max(0, s - 24), s):
        return True  # "this afternoon's Plenary meeting": an event
    if _ACRONYM.fullmatch(name) and (
        _listed_with_nouns(text, s, e) or _spelt_lower(text, name, gaz)
    ):
        return True  # "police, DDR, SSR and mine action"; "an unmanned aerial vehicle ... UAV"
    if _CLASS_OF.search(name):
        return True  # "Arleigh Burke-class destroyer": a class of ships, named for a person
    if len(words) == 1 and m.label != "PERSON" and _bare_plural(text, name, s, e):
        return True  # "Under the law, States have an obligation": a plural common noun
    if len(words) == 1 and words[0] in _ROLE_PLURALS:
        return True  # "Heads" of a copy cut before "of State"
    if (
        len(words) == 1
        and (m.label != "PERSON" or m.article)
        and _adjective_of_written_noun(text, name)
    ):
        return True  # "Naval Engagement Activity" with "Navy" in the text
    return _occasion_of_place(text, e, words, gaz) or _headline_verb(name, words, gaz)


def _credit(text: str, line_start: int, s: int, e: int, name: str) -> bool:
    """A photo credit: the credit word inside the name, or right before a name with a slash,
    or a short line opening with the copyright sign ("© Ann Vale photo Tarn/Agency")."""
    if _CREDIT_INSIDE.search(name):
        return True
    if text.startswith("©", line_start) and _short_line(text, line_start):
        return True
    if "/" not in name and not text.startswith("/", e):
        return False
    return _CREDIT_BEFORE.search(text, max(line_start, s - 20), s) is not None


_CREDIT_WORDS = 12  # a credit line is short; a longer line after "©" is a page's notice


def _short_line(text: str, line_start: int) -> bool:
    end = text.find("\n", line_start)
    return len(text[line_start : end if end >= 0 else len(text)].split()) <= _CREDIT_WORDS


def _adjective_of_written_noun(text: str, name: str) -> bool:
    """ "Naval", "Coastal", "Electoral": one word ending in "-al" whose noun ("navy", "coast",
    "elector") the text writes elsewhere, in any case; not "Kamal" (no "kam" written)."""
    word = name.lower()
    if not word.endswith("al") or len(word) < 5 or not name.isalpha():
        return False
    stem = word[:-2]
    rest = text.lower()
    for noun in (stem + "y", stem, stem + "e"):
        if len(noun) >= 4 and re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", rest):
            return True
    return False


def _occasion_of_place(text: str, e: int, words: list[str], gaz: Gazetteer) -> bool:
    """ "the Occasion of Iceland's National Day": a common noun, "of" and a place whose
    possessive belongs to the words after it; not "Bank of England's" (a body's word heads)."""
    if len(words) != 3 or words[1] != "of" or not _OF_POSSESSIVE.match(text, e):
        return False
    head = words[0]
    if head in gaz.org_suffixes or head in _STATE_HEADS or is_title(head, gaz):
        return False
    return words[2] in gaz.places


# verbs in the third person that headlines open their clause with (news headline style:
# "Investigation Uncovers Network", "Minister Unveils Plan", "Court Upholds Ban")
_HEADLINE_VERBS = frozenset(
    [
        *("uncovers", "reveals", "launches", "announces", "unveils", "warns", "urges"),
        *("signs", "seeks", "vows", "pledges", "condemns", "welcomes", "rejects", "approves"),
        *("upholds", "targets", "arrests", "charges", "kills", "strikes", "hits", "backs"),
        *("opens", "faces", "calls", "says", "meets", "releases", "receives", "wins", "loses"),
    ]
)


def _headline_verb(name: str, words: list[str], gaz: Gazetteer) -> bool:
    """A headline's clause the model read as a body: a word inside that is a headline's verb
    in the third person between two capitalised words; not "Reporters Without Borders" (no
    verb inside)."""
    if len(words) < 3:
        return False
    # the words as written: a dash between names ("Malawi – Mozambique") is no word of the key
    written = name.split()
    return any(
        cached_norm(written[i]) in _HEADLINE_VERBS and written[i + 1][:1].isupper()
        for i in range(1, len(written) - 1)
    )


_DEMONYM_ENDINGS = ("ian", "an", "ese", "i", "n")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


def local_demonym(text: str, m: Mention) -> bool:
    """ "the Tigrayan leadership" beside "Tigray": one word that is a place's name the text
    writes, with a people's ending, and an adjective before a lower-case noun: a people or a
    nationality (a group), no body; not a person ("Julian", no "Juli" written)."""
    name = m.text
    if m.label == "PERSON" or " " in name or not name.isalpha() or not name[:1].isupper():
        return False
    if not _LOWER_AFTER.match(text, m.end):
        return False
    return stem_written(text, name)


@lru_cache(maxsize=4096)
def stem_written(text: str, name: str) -> bool:
    """The text writes ``name`` without a people's ending ("Veldria" for "Veldrian")."""
    for ending in _DEMONYM_ENDINGS:
        stem = name[: -len(ending)]
        if not name.endswith(ending) or len(stem) < 4:
            continue
        if re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w’'-])", text):
            return True
    return False


def without_title_acronyms(
    mentions: list[Mention], pairs: list[tuple[Mention, Mention]], gaz: Gazetteer
) -> list[Mention]:
    """Without the acronym of a title ("the Special Envoy (SE)" gives "SE"): a post's short
    form names no body, wherever its source writes it."""
    titles = {
        (short.source, short.text)
        for long_form, short in pairs
        if is_title(cached_norm(long_form.text), gaz)
    }
    if not titles:
        return mentions
    return [m for m in mentions if (m.source, m.text) not in titles]


# an acronym, perhaps before one more word in capitals ("LCD TV")
_ACRONYM = re.compile(r"[A-Z]{2,6}(?: [A-Z]{2,6})?")
# the list item before a name: lower-case words ("mine action", "the camera equipment"), or
# an acronym, then a comma
_ITEM_BEFORE = re.compile(
    r"(?:(?<=[ \t,])(?:the[ \t]+)?([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})|([A-Z]{2,6}))"
    r",[ \t]+(?:the[ \t]+)?$"
)
_ITEM_AFTER = re.compile(
    r"(?:,|[ \t]+(?:and|or))[ \t]+(?:(?:the[ \t]+)?[a-z]|[A-Z]{2,6}\b)|[ \t]*[.;:)]"
)


def _listed_with_nouns(text: str, s: int, e: int) -> bool:
    """An acronym listed among lower-case common nouns ("justice, police, DDR, SSR and mine
    action", "the computers, the camera equipment, the LCD TV,"): a thing or a programme, as
    its neighbours are; a list of bodies writes their names ("UNICEF, WFP and IOM")."""
    if not _ITEM_AFTER.match(text, e):
        return False
    if " " not in text[s:e] and text.endswith("the ", max(0, s - 4), s):
        return False  # "local authorities, the UN, and NGOs": a body takes "the"
    pos = s
    for _ in range(4):  # back over other acronyms of the list to a lower-case item
        found = _ITEM_BEFORE.search(text, max(0, pos - 60), pos)
        if found is None:
            return False
        if found.group(1):
            return True
        pos = found.start(2)
    return False


def _spelt_lower(text: str, acronym: str, gaz: Gazetteer) -> bool:
    """An acronym whose letters open lower-case words the text writes in a row ("unmanned
    aerial vehicle" for "UAV"): the name of a thing, not of a body; not when those words end
    in a body's word ("security support mission (MSS)") or capitalised words define it
    ("Deployable Assessment Team (DAT)")."""
    letters = acronym.replace(" ", "")
    if not 3 <= len(letters) <= 5:  # two letters open too many pairs ("urgent needs")
        return False
    words = _lower_spelling(text, acronym)
    return bool(words) and not any(w in gaz.org_suffixes for w in words)


@lru_cache(maxsize=4096)
def _lower_spelling(text: str, acronym: str) -> tuple[str, ...]:
    """The last of the lower-case words that spell ``acronym`` and the word after them, or ()
    when none do or capitalised words define it."""
    letters = acronym.replace(" ", "")
    if re.search(rf"[A-Z][\w’'-]* \((?:the )?{re.escape(acronym)}\)", text):
        return ()
    # in a row, or listed: "unmanned aerial vehicle", "measles, mumps and rubella"
    pattern = r"(?:,?[ \t]+(?:and[ \t]+)?)".join(f"{c.lower()}[a-z]{{3,}}" for c in letters)
    found = re.search(rf"(?<![\w-]){pattern}(?![\w-])", text)
    if found is None:
        return ()
    # its last word and the word after it: "multinational security support mission (MSS)"
    return (found.group().rsplit(None, 1)[-1], *text[found.end() : found.end() + 30].split()[:1])


_CLASS_OF = re.compile(r"\w-class\b", re.IGNORECASE)
# a plural verb right after a name: "States have", "Parties are", "Members must"
_PLURAL_VERB = re.compile(r"[ \t]+(?:have|are|were|must|should|shall|do)\b")
_NO_PLURAL = ("ss", "us", "is", "as", "os", "ys")


def _bare_plural(text: str, name: str, s: int, e: int) -> bool:
    """A capitalised plural noun with no article, inside a sentence, that a plural verb
    agrees with ("law, States have an obligation"): a kind of thing, no name (plural-looking
    country names, "the Philippines", are the gazetteer's and never reach here)."""
    if not name.isalpha() or not name.endswith("s") or name.endswith(_NO_PLURAL):
        return False
    if not name[1:].islower() or not _PLURAL_VERB.match(text, e):
        return False
    if text.endswith(("the ", "The "), max(0, s - 4), s):
        return False  # "the Greens have": a party named by its members
    return re.search(r"[a-z,][ \t]+$", text[max(0, s - 3) : s]) is not None
