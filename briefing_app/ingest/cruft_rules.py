"""The cruft rules as data: whole-line phrases, patterns and prefixes, and the metadata rules
(``resources/cruft/``, see its README), read once; a bad entry is left out and said."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefing_app.ingest import errors
from briefing_app.model.text import fold
from briefing_app.resources import (
    read_list,
    read_patterns,
    resource_cache,
    resource_path,
    union_patterns,
)


@dataclass(frozen=True, slots=True)
class MetaRule:
    field: str
    pattern: re.Pattern[str]
    first_lines: int
    last_lines: int = 0  # with first_lines: the rule holds in the first or the last N lines


@dataclass(frozen=True, slots=True)
class Rules:
    phrases: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    prefixes: tuple[str, ...]
    metadata: tuple[MetaRule, ...]
    pattern: re.Pattern[str] | None = None  # all patterns as one alternation (one scan a line)
    problems: tuple[str, ...] = ()  # one line per bad entry of a user-editable list


@resource_cache
def rules() -> Rules:
    """The cruft rules from ``resources/cruft/`` (read once); a bad entry is left out and said."""
    folder = resource_path("cruft")
    patterns, problems = read_patterns(folder / "patterns.txt")
    metadata, meta_problems = _metadata_rules(folder / "metadata.toml")
    return Rules(
        phrases=frozenset(norm_line(p) for p in read_list(folder / "phrases.txt")),
        patterns=patterns,
        pattern=union_patterns(patterns),
        prefixes=tuple(p.casefold() for p in read_list(folder / "prefixes.txt")),
        metadata=metadata,
        problems=problems + meta_problems,
    )


def _metadata_rules(path: Path) -> tuple[tuple[MetaRule, ...], tuple[str, ...]]:
    """The ``[[rule]]`` tables of metadata.toml; one that is not valid is named and skipped."""
    try:
        meta = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return (), (f"{path}: {errors.BAD_RULES.format(exc)}",)
    found, problems = [], []
    for number, rule in enumerate(meta.get("rule", ()), start=1):
        try:
            flags = 0 if rule.get("case_sensitive") else re.I
            found.append(
                MetaRule(
                    str(rule["field"]),
                    re.compile(rule["pattern"], flags),
                    int(rule.get("first_lines", 0)),
                    int(rule.get("last_lines", 0)),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
            problems.append(f"{path}: {errors.BAD_RULE.format(number=number, reason=exc)}")
    return tuple(found), tuple(problems)


def list_problems() -> tuple[str, ...]:
    """Bad entries of the user-editable cruft lists, once they have been read."""
    return rules().problems if rules.cache_info().currsize else ()


def norm_line(line: str) -> str:
    # Punctuation, bullets and arrows around or inside a line ("› Read more »") do not count.
    return fold(line, accents=True)
