"""Scoring against the hand-written gold of ``tests/fixtures/corpus`` (rules in its README).

Plain functions over plain data: predicted actors as (name, aliases, type), dates as (iso, text),
points as (text, article ids). Nothing here imports the app, so the rules cannot drift with it.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
GOLD = CORPUS / "gold"
SUFFIXES = (".txt", ".html", ".htm", ".md", ".docx", ".pdf")

_NON_WORD = re.compile(r"[^\w]+")
_LETTER = re.compile(r"[^\W\d_]")


def norm(text: str) -> str:
    """Lower case, no diacritics, punctuation as single spaces, no leading "the"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # "U.N." is one word, not "U N"; "Jr." and "Jr" are the same.
    out = _NON_WORD.sub(" ", plain.casefold().replace(".", "")).strip()
    return out[4:] if out.startswith("the ") else out


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


@dataclass
class Article:
    stem: str
    path: Path
    gold: dict


def load_articles(corpus: Path = CORPUS) -> list[Article]:
    """Every gold file of ``corpus/gold`` with its article file, sorted by name."""
    out = []
    for gold_file in sorted((corpus / "gold").glob("*.toml")):
        stem = gold_file.stem
        path = next(corpus / f"{stem}{s}" for s in SUFFIXES if (corpus / f"{stem}{s}").is_file())
        out.append(Article(stem, path, tomllib.loads(gold_file.read_text(encoding="utf-8"))))
    return out


def load_event_sets(corpus: Path = CORPUS) -> list[dict]:
    """The event sets of ``corpus/gold/events`` (none when the folder does not exist)."""
    return [
        tomllib.loads(p.read_text(encoding="utf-8"))
        for p in sorted((corpus / "gold" / "events").glob("*.toml"))
    ]


# --- actors -------------------------------------------------------------------------------


def _forms_match(a: str, b: str) -> bool:
    """Equal, or the shorter (two words or more) is a contiguous word run of the longer."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and f" {short} " in f" {long} "


def _matches(forms: Iterable[str], gold_forms: Iterable[str]) -> bool:
    gold_forms = list(gold_forms)
    return any(_forms_match(f, g) for f in forms for g in gold_forms)


def _gold_forms(actor: dict) -> set[str]:
    return {norm(actor["name"]), *(norm(a) for a in actor.get("aliases", []))}


@dataclass
class Counts:
    """Numerators and denominators, summed over articles (micro-averages)."""

    values: dict[str, int] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + n

    def note(self, key: str, text: str) -> None:
        self.notes.setdefault(key, []).append(text)

    def ratio(self, num: str, den: str) -> float | None:
        d = self.values.get(den, 0)
        return round(self.values.get(num, 0) / d, 3) if d else None


def score_actors(
    counts: Counts, stem: str, predicted: Sequence[tuple[str, list[str], str]], gold: dict
) -> None:
    """Precision/recall/splits/types of one article's actors, and its alias pairs."""
    actors = gold.get("actor", [])
    required = [a for a in actors if not a.get("optional")]
    never = [norm(n["name"]) for n in gold.get("not_actor", [])]
    assigned: dict[int, list[tuple[str, str]]] = {}
    for name, aliases, kind in predicted:
        forms = {norm(name), *(norm(a) for a in aliases)} - {""}
        hits = [i for i, a in enumerate(required) if _matches(forms, _gold_forms(a))]
        exact = [i for i in hits if forms & _gold_forms(required[i])]
        optional = [a for a in actors if a.get("optional")]
        if exact:
            assigned.setdefault(exact[0], []).append((name, kind))
        elif any(forms & _gold_forms(a) for a in optional):
            continue  # fair to list, not required: not scored either way
        elif hits:
            assigned.setdefault(hits[0], []).append((name, kind))
        elif any(_matches(forms, _gold_forms(a)) for a in optional):
            continue
        else:
            counts.add("actor_fp")
            counts.note("false positives", f"{stem}: {name} ({kind})")
            if any(_forms_match(f, n) for f in forms for n in never):
                counts.add("not_actor_listed")
    counts.add("actor_gold", len(required))
    for i, gold_actor in enumerate(required):
        got = assigned.get(i, [])
        if not got:
            counts.note("missed actors", f"{stem}: {gold_actor['name']}")
            continue
        counts.add("actor_tp")
        counts.add("actor_split", len(got) - 1)
        if len(got) > 1:
            counts.note("splits", f"{stem}: {gold_actor['name']} <- {[g[0] for g in got]}")
        counts.add("type_total")
        types = _as_list(gold_actor["type"])
        if got[0][1] in types:
            counts.add("type_ok")
        else:
            counts.note("wrong types", f"{stem}: {got[0][0]} is {got[0][1]}, not {types}")
    for pair in gold.get("alias_pair", []):
        a, b = (norm(x) for x in pair["pair"])
        counts.add("pairs")
        merged = any(
            _matches([a], forms) and _matches([b], forms)
            for forms in ({norm(n), *(norm(x) for x in al)} for n, al, _ in predicted)
        )
        if merged:
            counts.add("pairs_merged")
        else:
            counts.note("unmerged pairs", f"{stem}: {pair['pair']}")


def actor_figures(c: Counts) -> dict[str, float | int | None]:
    predicted = c.values.get("actor_tp", 0) + c.values.get("actor_fp", 0)
    predicted += c.values.get("actor_split", 0)
    p = c.values.get("actor_tp", 0) / predicted if predicted else None
    r = c.ratio("actor_tp", "actor_gold")
    f1 = 2 * p * r / (p + r) if p and r else None
    return {
        "actor_precision": None if p is None else round(p, 3),
        "actor_recall": r,
        "actor_f1": None if f1 is None else round(f1, 3),
        "actor_false_positives": c.values.get("actor_fp", 0),
        "actor_splits": c.values.get("actor_split", 0),
        "not_actors_listed": c.values.get("not_actor_listed", 0),
        "alias_pairs_merged": c.ratio("pairs_merged", "pairs"),
        "alias_pairs": c.values.get("pairs", 0),
        "type_accuracy": c.ratio("type_ok", "type_total"),
    }


def merged_gold(golds: Sequence[dict]) -> dict:
    """One gold for several articles read together: actors sharing a form are one actor."""
    merged: list[dict] = []
    for gold in golds:
        for actor in gold.get("actor", []):
            forms = _gold_forms(actor)
            same = next((m for m in merged if m["_forms"] & forms), None)
            if same is None:
                merged.append({**actor, "aliases": list(actor.get("aliases", [])), "_forms": forms})
                merged[-1]["type"] = _as_list(actor["type"])
                continue
            same["_forms"] |= forms
            same["aliases"] += [actor["name"], *actor.get("aliases", [])]
            same["type"] = sorted(set(same["type"]) | set(_as_list(actor["type"])))
            same["optional"] = same.get("optional", False) and actor.get("optional", False)
    return {
        "actor": [{k: v for k, v in m.items() if k != "_forms"} for m in merged],
        "not_actor": [n for g in golds for n in g.get("not_actor", [])],
        "alias_pair": [p for g in golds for p in g.get("alias_pair", [])],
    }


def set_actor_figures(c: Counts) -> dict[str, float | int | None]:
    """The actor figures of event sets read together, under their own names."""
    figures = actor_figures(c)
    return {
        "set_actor_precision": figures["actor_precision"],
        "set_actor_recall": figures["actor_recall"],
        "set_actor_f1": figures["actor_f1"],
        "set_actor_splits": figures["actor_splits"],
        "set_alias_pairs_merged": figures["alias_pairs_merged"],
    }


# --- source metadata ----------------------------------------------------------------------

FIELDS = ("title", "outlet", "url", "author", "published")


def score_metadata(counts: Counts, stem: str, predicted: dict[str, str], gold: dict) -> None:
    source = gold.get("source", {})
    for key in FIELDS:
        if key not in source:
            continue
        value = predicted.get(key, "") or ""
        wanted = _as_list(source[key])
        if key == "url":
            ok = value.rstrip("/") in {w.rstrip("/") for w in wanted}
        elif key == "published":
            ok = value[:10] in {w[:10] for w in wanted}
        else:
            ok = norm(value) in {norm(w) for w in wanted}
        counts.add(f"{key}_total")
        if ok:
            counts.add(f"{key}_ok")
        else:
            counts.note(f"wrong {key}", f"{stem}: {value!r}, want {wanted[0]!r}")
    banned = {norm(x) for x in _as_list(source.get("not_author"))}
    if banned and "author" not in source:
        counts.add("author_total")
        if norm(predicted.get("author", "")) in banned:
            counts.note("wrong author", f"{stem}: {predicted.get('author')!r} is not the author")
        else:
            counts.add("author_ok")


def metadata_figures(c: Counts) -> dict[str, float | None]:
    return {f"{key}_accuracy": c.ratio(f"{key}_ok", f"{key}_total") for key in FIELDS}


# --- dates --------------------------------------------------------------------------------


def _date_hit(iso: str, text: str, gold_date: dict) -> bool:
    if iso != gold_date["date"]:
        return False
    a, b = norm(text), norm(gold_date.get("text", ""))
    return not b or a == b or a in b or b in a


def score_dates(
    counts: Counts, stem: str, predicted: Sequence[tuple[str, str]], gold: dict
) -> None:
    dates = gold.get("date", [])
    required = [d for d in dates if not d.get("optional")]
    optional = [d for d in dates if d.get("optional")]
    for d in required:
        kind = "relative" if d.get("relative") else "explicit"
        counts.add(f"dates_{kind}")
        if any(_date_hit(iso, text, d) for iso, text in predicted):
            counts.add(f"dates_{kind}_found")
        else:
            counts.note("missed dates", f"{stem}: {d['date']} ({d.get('text', '')})")
    for iso, text in sorted(set(predicted)):  # (sorted: --details lists alike in every run)
        if any(_date_hit(iso, text, d) for d in optional):
            continue
        counts.add("dates_predicted")
        if any(_date_hit(iso, text, d) for d in required):
            counts.add("dates_correct")
            continue
        counts.note("false dates", f"{stem}: {iso} from {text!r}")
        if not _LETTER.search(text):
            counts.add("dates_from_numbers")


def date_figures(c: Counts) -> dict[str, float | int | None]:
    found = c.values.get("dates_explicit_found", 0) + c.values.get("dates_relative_found", 0)
    total = c.values.get("dates_explicit", 0) + c.values.get("dates_relative", 0)
    return {
        "date_recall": round(found / total, 3) if total else None,
        "date_recall_explicit": c.ratio("dates_explicit_found", "dates_explicit"),
        "date_recall_relative": c.ratio("dates_relative_found", "dates_relative"),
        "date_precision": c.ratio("dates_correct", "dates_predicted"),
        "false_dates_from_numbers": c.values.get("dates_from_numbers", 0),
    }


# --- main claims --------------------------------------------------------------------------


def _term_in(term: str, text: str) -> bool:
    for alt in term.split("|"):
        words = norm(alt)
        if words and re.search(rf"(?<!\w){re.escape(words)}(?:s|es| s)?(?!\w)", text):
            return True
    return False


def score_claims(
    counts: Counts, event: dict, points: Sequence[tuple[str, list[str]]], bottom_line: str
) -> None:
    """Claims of one event set covered by a point or the bottom line, and what each cites."""
    normed = [(norm(text), cited) for text, cited in points]
    line = norm(bottom_line)
    for claim in event["claim"]:
        counts.add("claims")
        stating = set(claim["articles"])

        def covers(text: str, claim: dict = claim) -> bool:
            hits = sum(_term_in(t, text) for t in claim["terms"])
            return hits >= claim.get("min_terms", len(claim["terms"]))

        best = max(
            (len(stating & set(cited)) for text, cited in normed if covers(text)), default=None
        )
        if best is None and not (line and covers(line)):
            counts.note("uncovered claims", f"{event['name']}: {claim['text']}")
            continue
        counts.add("claims_covered")
        counts.add("claim_sources", len(stating))
        counts.add("claim_sources_cited", best or 0)
        if (best or 0) < len(stating):
            counts.note(
                "claims citing too few sources",
                f"{event['name']}: {claim['text']} cites {best or 0} of {len(stating)}",
            )
    _score_citations(counts, event, normed)


def _score_citations(counts: Counts, event: dict, normed: Sequence[tuple[str, list[str]]]) -> None:
    """The other way round: of the sources a point that carries a claim cites, how many state
    a claim it carries. A source cited for a point it does not state breaks the trace the
    briefing promises. Points carrying no claim are not judged (no gold says what they state).
    """
    for text, cited in normed:
        carried = [
            c
            for c in event["claim"]
            if sum(_term_in(t, text) for t in c["terms"]) >= c.get("min_terms", len(c["terms"]))
        ]
        if not carried:
            continue
        stating = {a for c in carried for a in c["articles"]}
        counts.add("covering_citations", len(set(cited)))
        counts.add("covering_citations_stating", len(stating & set(cited)))
        for source in sorted(set(cited) - stating):
            counts.note(
                "citations of sources stating none of the point's claims",
                f"{event['name']}: {source} cited for {text[:90]}",
            )


def claim_figures(c: Counts) -> dict[str, float | None]:
    return {
        "claims_covered": c.ratio("claims_covered", "claims"),
        "claim_sources_cited": c.ratio("claim_sources_cited", "claim_sources"),
        "citations_stating": c.ratio("covering_citations_stating", "covering_citations"),
    }
