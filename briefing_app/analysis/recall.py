"""Names the model missed: later uses of a name it labelled somewhere else ("Scholz", "CSTO"),
dateline places and bodies or facilities found by their shape."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from briefing_app.analysis.affiliations import listed_affiliations
from briefing_app.analysis.agencies import country_agencies
from briefing_app.analysis.apposed import apposed_people, posts_after_names
from briefing_app.analysis.beside_places import beside_places
from briefing_app.analysis.bodies import addressed_names, dateline_places, named_bodies
from briefing_app.analysis.colon_lines import colon_line_places
from briefing_app.analysis.cuts import join_cut_names
from briefing_app.analysis.datelines import slashed_dateline_places
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.listed import (
    coordinated_bodies,
    coordinated_places,
    listed_bodies_of_a_people,
    paired_places,
)
from briefing_app.analysis.located import located_places
from briefing_app.analysis.mentions import (
    _ARTICLES,
    Mention,
    cached_norm,
    honorific_before,
    taken_spans,
    title_before,
)
from briefing_app.analysis.name_shapes import (
    bracketed_given_names,
    capitals_surnames,
    people_of_bodies,
    portfolio_holders,
    titled_full_names,
)
from briefing_app.analysis.named_countries import named_countries
from briefing_app.analysis.named_ships import bare_ship_names, prefixed_ships
from briefing_app.analysis.ranked import ranked_surnames, titled_lone_names
from briefing_app.analysis.said_surnames import said_surnames
from briefing_app.analysis.speakers import titled_speakers
from briefing_app.analysis.units import numbered_unit_names, task_forces
from briefing_app.analysis.waters import water_bodies
from briefing_app.model import Source
from briefing_app.model.dates import MONTHS, WEEKDAYS

_CAPITALISED = re.compile(r"(?<![\w’'.-])[A-Z]")
# Month and weekday names are never recalled as names ("May" the surname, "May" the month).
_SKIP_RECALL = frozenset([*(m.lower() for m in MONTHS), *(d.lower() for d in WEEKDAYS)])


def recall_names(
    sources: Sequence[Source], mentions: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """Later uses of a name the model labelled somewhere but missed here ("Scholz", "CSTO")."""
    mentions = join_cut_names(sources, mentions, gaz)  # "Law and Justice", not "Law" again
    posts_after_names(sources, mentions, gaz)  # "Ana Varn, Minister of Trade" on a line
    shaped = capitals_surnames(sources, mentions, gaz)  # "Ana VARNEK", then "VARNEK"
    shaped += bracketed_given_names(sources, mentions + shaped, gaz)  # "Mr. [Ana] Varn"
    listed_bodies_of_a_people(sources, mentions, gaz)  # "Christian Aid, Tearfund and ..."
    country_agencies(sources, mentions, gaz)  # "Health Canada", "Global Affairs Canada"
    labels: dict[str, Counter] = {}
    for m in mentions:
        key = cached_norm(m.text)
        if (
            len(m.text) < 3
            or key in _SKIP_RECALL
            or key in gaz.titles
            or key in gaz.stopwords
            or key in gaz.demonyms
        ):
            continue
        labels.setdefault(m.text, Counter())[m.label] += 1
    # Candidates by their first three characters: cheap to look up at every capital letter.
    by_prefix: dict[str, list[str]] = {}
    for form in sorted(labels, key=lambda f: (-len(f), f)):
        by_prefix.setdefault(form[:3], []).append(form)
    # names found by their shape first: "Tarn Air Force Base" is not a later use of "Tarn"
    extra = shaped + dateline_places(sources, mentions + shaped, gaz)
    extra += slashed_dateline_places(sources, mentions + extra, gaz)
    extra += colon_line_places(sources, mentions + extra, gaz)  # "Rajamahendravaram: The ..."
    extra += addressed_names(sources, mentions + extra, gaz)
    extra += named_bodies(sources, mentions + extra, gaz)
    extra += ranked_surnames(sources, mentions + extra, gaz)
    extra += titled_lone_names(sources, mentions + extra, gaz)
    extra += said_surnames(sources, mentions + extra, gaz)  # "Berer commented"
    extra += apposed_people(sources, mentions + extra, gaz)
    extra += titled_full_names(sources, mentions + extra, gaz)
    extra += people_of_bodies(sources, mentions + extra, gaz)
    extra += portfolio_holders(sources, mentions + extra, gaz)
    extra += titled_speakers(sources, mentions + extra, gaz)
    extra += coordinated_bodies(sources, mentions + extra, gaz)
    extra += coordinated_places(sources, mentions + extra, gaz)
    extra += paired_places(sources, mentions + extra, gaz)
    extra += beside_places(sources, mentions + extra, gaz)  # "Hobart, Adelaide, Canberra"
    extra += located_places(sources, mentions + extra, gaz)
    extra += named_countries(sources, mentions + extra, gaz)  # "Feleti Teo of Tuvalu"
    extra += listed_affiliations(sources, mentions + extra, gaz)
    extra += numbered_unit_names(sources, mentions + extra)
    extra += task_forces(sources, mentions + extra)
    extra += prefixed_ships(sources, mentions + extra)  # "USS Mason (DDG 87)"
    extra += bare_ship_names(sources, mentions + extra)  # then "onboard Mason"
    extra += water_bodies(sources, mentions + extra)  # "Gulf of Aqaba"
    taken = taken_spans(mentions + extra)
    found = []
    for i, src in enumerate(sources):
        text = src.text
        spans = taken.get(i, [])
        starts = [a for a, _ in spans]
        for hit in _CAPITALISED.finditer(text):
            pos = hit.start()
            if found and found[-1].source == i and pos < found[-1].end:
                continue  # inside the name just recalled: "Costa" of "Ana Costa", not both
            for form in by_prefix.get(text[pos : pos + 3], ()):
                end = pos + len(form)
                if not text.startswith(form, pos) or (end < len(text) and text[end].isalnum()):
                    continue
                k = bisect.bisect_right(starts, end) - 1
                if k >= 0 and spans[k][1] > pos:
                    break  # already a mention there
                label = min(labels[form], key=lambda lab: (-labels[form][lab], lab))
                role = title_before(text, pos, gaz) if label != "NORP" else ""
                article = text.endswith(_ARTICLES, max(0, pos - 4), pos)
                address = honorific_before(text, pos, gaz) if label == "PERSON" else ""
                found.append(Mention(i, pos, end, form, label, role, article, address))
                break
    return extra + found
