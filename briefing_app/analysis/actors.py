"""Mentions become actors: one per real entity across all sources, typed by votes and rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing_app.analysis.acronyms import redefined_acronyms, spelt_by_acronyms
from briefing_app.analysis.areas import fullest_place_name, merge_area_heads, without_generic_tails
from briefing_app.analysis.bare_things import without_bare_things
from briefing_app.analysis.bodies import FACILITY_WORDS
from briefing_app.analysis.clusters import TYPE_ORDER, cut_pieces
from briefing_app.analysis.clusters import Cluster as _Cluster
from briefing_app.analysis.clusters import UnionFind as _UnionFind
from briefing_app.analysis.complements import merge_complements
from briefing_app.analysis.conjoined import conjoined_bodies
from briefing_app.analysis.continued import merge_continued_names
from briefing_app.analysis.contractions import merge_contractions
from briefing_app.analysis.coordination import add_list_votes
from briefing_app.analysis.cuts import join_cut_names
from briefing_app.analysis.dateline_credits import without_dateline_credits
from briefing_app.analysis.foreign_names import merge_apposed_acronyms
from briefing_app.analysis.fullnames import (
    add_headline_titles,
    full_name_in_titles,
    inverted_names,
    merge_inverted_names,
    merge_surname_phrases,
)
from briefing_app.analysis.gazetteer import Gazetteer, city_names
from briefing_app.analysis.gazetteer import looks_demonym as _looks_demonym
from briefing_app.analysis.generic import local_demonym, without_title_acronyms
from briefing_app.analysis.given_alone import (
    merge_given_alone,
    merge_person_initials,
    unglued_given_names,
)
from briefing_app.analysis.given_names import headline_given_names
from briefing_app.analysis.governments import (
    government_bodies,
    governments_named,
    merge_governments,
)
from briefing_app.analysis.hints import common_noun, expansions, lowercase_words, media_names
from briefing_app.analysis.hypocorisms import merge_hypocorisms
from briefing_app.analysis.junk import without_no_actors
from briefing_app.analysis.kickers import cut_at_brackets, without_kickers
from briefing_app.analysis.late_merges import merge_late
from briefing_app.analysis.mention_kind import classify
from briefing_app.analysis.mentions import Mention, cached_norm, is_title
from briefing_app.analysis.merging import (
    is_acronym,
    merge_acronyms,
    merge_admin_places,
    merge_expanded,
    merge_initials,
    merge_org_variants,
    merge_spacing,
    merge_surnames,
    merge_variants,
)
from briefing_app.analysis.named_peoples import a_named_people
from briefing_app.analysis.norp_places import norp_places
from briefing_app.analysis.person_evidence import own_name_words
from briefing_app.analysis.place_forms import merge_place_forms, merge_place_short_forms
from briefing_app.analysis.portfolios import portfolio_split_names, without_portfolios
from briefing_app.analysis.posts import posts_cut
from briefing_app.analysis.short_forms import (
    head_short_mentions,
    merge_head_short_forms,
    merge_national_forces,
)
from briefing_app.analysis.speakers import labels_cut, speaker_labels
from briefing_app.analysis.spellings import mended
from briefing_app.analysis.spelt import respelt_names
from briefing_app.analysis.titled import (
    compound_roles,
    merge_titled_surnames,
    titled_names,
    written_title,
)
from briefing_app.analysis.units import numbered_units
from briefing_app.analysis.variants import (
    merge_acronym_heads,
    merge_appositions,
    merge_bracketed_people,
    merge_cut_prefixes,
    merge_demonym_forms,
    merge_facility_heads,
    merge_head_variants,
    merge_qualified,
    merge_regional_offices,
    merge_tail_acronyms,
)
from briefing_app.analysis.votes import ADMIN_WORDS, never_person, type_votes
from briefing_app.analysis.waters import water_names
from briefing_app.model import ORGANIZATION, PERSON, PLACE, Actor, EntitySpan, Evidence, Source


def _name(mentions: list[Mention], kind: str, canonical: str) -> str:
    if canonical:
        return canonical
    counts = Counter(m.text for m in mentions)
    if kind == PLACE:
        return fullest_place_name(counts) or min(counts, key=lambda t: (-counts[t], -len(t), t))
    # Persons and organisations: the longest clean full name, a word broken across lines
    # ("Hen- rietta Lacks") counted whole and written whole where the text has it so too
    return min(
        counts, key=lambda t: (-len(mended(t).split()), t != mended(t), -len(t), -counts[t], t)
    )


def _slug(name: str) -> str:
    return cached_norm(name).replace(" ", "-") or "unnamed"


def build_actors(
    sources: Sequence[Source],
    mentions: list[Mention],
    acronym_pairs: list[tuple[Mention, Mention]],
    gaz: Gazetteer,
) -> tuple[list[Actor], list[str], list[EntitySpan]]:
    """Actors ranked by salience, group names, and an EntitySpan for every mention."""
    mentions = inverted_names(
        sources, government_bodies(sources, governments_named(sources, mentions, gaz), gaz), gaz
    )
    mentions = cut_at_brackets(without_kickers(sources, numbered_units(sources, mentions)))
    mentions = without_dateline_credits(sources, mentions, gaz)  # "MINSK (AP) –"
    mentions = [m for m in join_cut_names(sources, mentions, gaz) if _cased_as_name(m, sources)]
    mentions = water_names(sources, mentions)  # "Gulf of Oman", not "Oman"
    mentions = without_no_actors(
        speaker_labels(sources, mentions, gaz), [s.text for s in sources], gaz
    )
    mentions = headline_given_names(sources, conjoined_bodies(sources, mentions, gaz), gaz)
    mentions = without_title_acronyms(
        _outside_defined_names(mentions, acronym_pairs), acronym_pairs, gaz
    )
    mentions = posts_cut(sources, portfolio_split_names(sources, mentions, gaz), gaz)
    mentions = without_bare_things(sources, mentions, gaz)  # "Arunta" of "HMAS Arunta"
    mentions = spelt_by_acronyms(mentions, without_portfolios(sources, mentions, gaz))
    mentions = without_generic_tails(sources, mentions, gaz, lowercase_words(sources))
    mentions = head_short_mentions(sources, mentions, gaz)
    mentions = labels_cut(sources, unglued_given_names(sources, mentions))
    mentions, respelt = respelt_names(mentions, gaz)
    clusters: dict[str, _Cluster] = {}
    groups: dict[str, list[Mention]] = {}
    key_of: dict[int, str] = {}
    placed = norp_places(sources, mentions, gaz)  # "in Kozhencherry taluk": a place, no people
    named = frozenset(cached_norm(m.text) for m in mentions if m.label != "NORP") | placed
    full = [cached_norm(m.text) for m in mentions if m.label == "PERSON" and " " in m.text]
    in_names = frozenset(w for n in full for w in n.split()) | titled_names(sources, mentions, gaz)
    surnames = own_name_words(full, gaz)
    compound_roles(sources, mentions, gaz)
    outlets = media_names(sources)
    redefined = redefined_acronyms(acronym_pairs, gaz)  # "Disaster Recovery Center (DRC)"
    for m in mentions:
        kind, key, hard, canonical = classify(m, gaz, named, in_names, redefined)
        if (
            kind == "actor"
            and not hard
            and (
                local_demonym(sources[m.source].text, m)
                or a_named_people(sources[m.source].text, m, gaz)  # "the Tarvani tribe"
            )
        ):
            kind, key = "group", key.split(":", 1)[1]  # "the Tigrayan leadership"
        if kind == "actor" and not hard and key.split(":", 1)[1] in outlets:
            hard = ORGANIZATION  # a media outlet: the source's own, or a dateline's agency
        if kind == "group":
            groups.setdefault(key, []).append(m)
            continue
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = _Cluster(key, hard, canonical)
        c.mentions.append(m)
        c.votes.update(type_votes(m, gaz, sources[m.source].text))
        c.votes[PERSON] += 3 * (not hard and key.split(":", 1)[1] in surnames)  # "Navalny"
        c.votes[PLACE] += 3 * (not hard and m.label == "NORP" and key.split(":", 1)[1] in placed)
        key_of[id(m)] = key
    add_list_votes(mentions, {i: clusters[k] for i, k in key_of.items()}, [s.text for s in sources])
    uf = _UnionFind()
    pair_keys = [
        (key_of[id(a)], key_of[id(b)])
        for a, b in acronym_pairs
        if id(a) in key_of and id(b) in key_of
    ]
    merge_acronyms(clusters, uf, pair_keys)
    for a, b in respelt:  # "Nazarbaev" read as a people beside "Nazarbayev"
        if id(a) in key_of and id(b) in key_of:
            uf.union(key_of[id(a)], key_of[id(b)])
    merge_expanded(clusters, uf, expansions(gaz))
    merge_org_variants(clusters, uf)
    people = lambda w: w in gaz.demonyms or _looks_demonym(w, gaz)  # noqa: E731
    merge_head_variants(clusters, uf, gaz.org_suffixes, people)
    merge_qualified(clusters, uf, lambda w: w in gaz.places or w in gaz.organizations or people(w))
    merge_appositions(clusters, uf, [s.text for s in sources])
    merge_bracketed_people(clusters, uf, [s.text for s in sources])
    merge_apposed_acronyms(clusters, uf, [s.text for s in sources])
    merge_regional_offices(clusters, uf, lambda w: w in gaz.places or w in gaz.subdivisions)
    merge_demonym_forms(clusters, uf, lambda w: w in gaz.places)
    merge_governments(clusters, uf, gaz)
    merge_national_forces(clusters, uf, gaz)
    merge_cut_prefixes(clusters, uf)
    merge_continued_names(clusters, uf, [s.text for s in sources])
    merge_surnames(clusters, uf, [s.text for s in sources])
    merge_given_alone(clusters, uf, gaz, lowercase_words(sources), [s.text for s in sources])
    merge_person_initials(clusters, uf)
    merge_hypocorisms(clusters, uf, [s.text for s in sources])
    merge_titled_surnames(clusters, uf, sources, gaz)
    merge_surname_phrases(clusters, uf)
    merge_inverted_names(clusters, uf)
    merge_initials(clusters, uf)
    merge_variants(clusters, uf)
    merge_spacing(clusters, uf)
    merge_tail_acronyms(clusters, uf)
    merge_acronym_heads(clusters, uf)
    merge_contractions(clusters, uf)
    merge_complements(clusters, uf)  # recall: "Treasury", "Department of the Treasury"
    merge_admin_places(clusters, uf, ADMIN_WORDS)
    merge_place_forms(clusters, uf, gaz)
    merge_place_short_forms(clusters, uf, gaz)
    merge_area_heads(clusters, uf, gaz.countries, city_names())
    merge_facility_heads(clusters, uf, FACILITY_WORDS, gaz.subdivisions | city_names())
    merge_head_short_forms(clusters, uf, gaz)
    merge_late(clusters, uf, sources, gaz)

    merged: dict[str, list[_Cluster]] = {}
    for key in sorted(clusters):
        merged.setdefault(uf.find(key), []).append(clusters[key])
    common = lowercase_words(sources)
    pieces = cut_pieces(merged)  # "United Nations Office" cut from two bodies' names
    kept = [parts for root, parts in merged.items() if root not in pieces]
    actors = [_actor(parts, sources, gaz) for parts in kept if not common_noun(parts, common)]
    add_headline_titles(actors, sources, lambda w: is_title(cached_norm(w), gaz))
    _rank(actors, sources)
    spans = _entity_spans(actors, groups, sources)
    group_names = _group_names(groups)
    return actors, group_names, spans


def _outside_defined_names(
    mentions: list[Mention], acronym_pairs: list[tuple[Mention, Mention]]
) -> list[Mention]:
    """Without the acronym the model cut from the start of a name an acronym defines whole:
    "UN" of "UN High Commissioner for Refugees (UNHCR)" is that name, not the UN (a place
    inside, "... Mission in Haiti (MINUSTAH)", stays a mention of the place)."""
    defined: dict[int, list[tuple[int, int]]] = {}
    for long_form, _ in acronym_pairs:
        defined.setdefault(long_form.source, []).append((long_form.start, long_form.end))
    return [
        m
        for m in mentions
        if not (
            is_acronym(m.text)
            and any(a == m.start and m.end < b for a, b in defined.get(m.source, ()))
        )
    ]


def _cased_as_name(m: Mention, sources: Sequence[Source]) -> bool:
    """False for a word of a text in capitals that the model's view wrote all in lower case
    ("BUSH" read as "bush"): the view found no name there, whatever the model then guessed."""
    src = sources[m.source]
    return not src.model_text or any(c.isupper() for c in src.text_for_model[m.start : m.end])


def votes_for(parts: list[_Cluster]) -> Counter:
    votes: Counter = Counter()
    for c in parts:
        votes.update(c.votes)
    return votes


def _actor(parts: list[_Cluster], sources: Sequence[Source], gaz: Gazetteer) -> Actor:
    mentions = sorted((m for c in parts for m in c.mentions), key=lambda m: (m.source, m.start))
    hard = Counter()
    for c in parts:
        if c.hard:
            hard[c.hard] += len(c.mentions)
    if hard:
        kind = min(hard, key=lambda t: (-hard[t], TYPE_ORDER.index(t)))
    elif any(c.forced_person for c in parts):
        kind = PERSON
    else:
        votes: Counter = Counter()
        for c in parts:
            votes.update(c.votes)
        kind = min(TYPE_ORDER, key=lambda t: (-votes[t], TYPE_ORDER.index(t)))
    if kind == PERSON and any(never_person(cached_norm(m.text), gaz) for m in mentions):
        kind = PLACE if votes_for(parts)[PLACE] > votes_for(parts)[ORGANIZATION] else ORGANIZATION
    # A gazetteer's full name ("Vladimir Putin" for "President Putin") is the one name not
    # taken from the sources: lists hold only verified names of heads of state and the like.
    canon = Counter(c.canonical for c in parts if c.canonical and c.hard == kind)
    canonical = min(canon, key=lambda n: (-canon[n], n)) if canon else ""
    counts = Counter(m.text for m in mentions)
    if kind == PERSON:  # "Mr Peters", "Prime Minister Peters" as written are forms too
        counts.update(f"{m.address} {m.text}" for m in mentions if m.address)
        counts.update(_titled(m, sources, gaz) for m in mentions if m.role and " " not in m.text)
        del counts[""]
    aliases = sorted(counts, key=lambda t: (-counts[t], t))
    roles: Counter = Counter()
    role_text: dict[str, str] = {}
    if kind == PERSON:
        for m in mentions:
            if m.role:
                k = cached_norm(m.role)
                roles[k] += 1
                role_text.setdefault(k, m.role)
    name = _name(mentions, kind, canonical)
    if kind == PERSON and " " not in name:  # the headline's full name ("Governor A. B")
        titles = [sources[i].title for i in sorted({m.source for m in mentions})]
        common = lowercase_words([sources[i] for i in {m.source for m in mentions}])
        full = full_name_in_titles(name, titles, lambda w: is_title(cached_norm(w), gaz), common)
        if full:
            name = full
            aliases.append(full)
    return Actor(
        id=f"{kind}:{_slug(name)}",
        name=name,
        type=kind,
        aliases=aliases,
        roles=[role_text[k] for k in sorted(roles, key=lambda k: (-roles[k], k))],
        mentions=len(mentions),
        sources=[sources[i].id for i in sorted({m.source for m in mentions})],
        evidence=[Evidence(sources[m.source].id, m.start, m.end) for m in mentions],
    )


def _titled(m: Mention, sources: Sequence[Source], gaz: Gazetteer) -> str:
    """ "Prime Minister Albanese", "Col. Champagne" when the text writes the role right before
    the surname, in full or in one of the list's forms."""
    written = written_title(sources[m.source].text, m.start, m.role, gaz)
    return f"{written}{m.text}" if written else ""


def _rank(actors: list[Actor], sources: Sequence[Source]) -> None:
    """Salience from mentions, spread across sources and how early the actor first appears."""
    if not actors:
        return
    index = {s.id: i for i, s in enumerate(sources)}
    most = max(a.mentions for a in actors)
    for a in actors:
        first: dict[str, int] = {}
        for e in a.evidence:
            first.setdefault(e.source, e.start)
        early = sum(
            1.0 - first[sid] / max(1, len(sources[index[sid]].text)) for sid in first
        ) / max(1, len(first))
        spread = len(a.sources) / len(sources)
        a.salience = round(0.5 * a.mentions / most + 0.3 * spread + 0.2 * early, 6)
    actors.sort(key=lambda a: (-a.salience, a.name, a.id))
    seen: Counter = Counter()
    for a in actors:
        seen[a.id] += 1
        if seen[a.id] > 1:
            a.id = f"{a.id}-{seen[a.id]}"


def _entity_spans(
    actors: list[Actor], groups: dict[str, list[Mention]], sources: Sequence[Source]
) -> list[EntitySpan]:
    spans = [EntitySpan(e.source, e.start, e.end, a.type, a.id) for a in actors for e in a.evidence]
    for members in groups.values():
        spans.extend(EntitySpan(sources[m.source].id, m.start, m.end, "group") for m in members)
    return spans


def _group_names(groups: dict[str, list[Mention]]) -> list[str]:
    names = []
    for members in groups.values():
        counts = Counter(m.text for m in members)
        names.append((len(members), min(counts, key=lambda t: (-counts[t], t))))
    return [n for _, n in sorted(names, key=lambda x: (-x[0], x[1]))]
