"""A page analysed with its entities labelled by hand, for rule tests that must not depend on
what the model happens to tag.

``analyse_labelled(tmp_path, page, [("Ann Roe", "PERSON"), ...])`` loads ``page`` as a text file
through the app's ingest, marks every whole-word occurrence of each surface with its label
(longest first, no overlaps), cuts sentences at ``.``, ``!`` and ``?``, and combines."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_app.analysis import combine
from briefing_app.analysis.extract import SourceAnalysis
from briefing_app.ingest import load_source


def analyse_labelled(tmp_path: Path, page: str, labels: list[tuple[str, str]]):
    """The analysis of ``page`` loaded as a text file, its entities labelled by hand."""
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    src = load_source(str(path))
    text = src.text
    entities: list[tuple[int, int, str]] = []
    for surface, label in sorted(labels, key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in entities):
                entities.append((m.start(), m.end(), label))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]", text)]
    return combine([src], [SourceAnalysis(src.id, "test", sentences, sorted(entities))])


def labelled_aliases(tmp_path: Path, page: str, labels: list[tuple[str, str]]) -> dict[str, list]:
    """Each actor of ``page`` (entities labelled by hand) by name, with its aliases."""
    return {a.name: a.aliases for a in analyse_labelled(tmp_path, page, labels).actors}


def named_together(actors: dict[str, list], a: str, b: str) -> bool:
    """Whether one actor of ``labelled_aliases`` goes by both ``a`` and ``b``."""
    return any({a, b} <= {name, *aliases} for name, aliases in actors.items())
