"""The merge rules that run after all the others, in one call from ``actors.build_actors``
(which is at its size limit): a body's names in two languages joined by a slash, a state's
formal name glossed by its common name, or written after its name in a second language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_app.analysis.bilingual import merge_slashed_names
from briefing_app.analysis.gazetteer import Gazetteer
from briefing_app.analysis.glossed_states import merge_bilingual_countries, merge_glossed_states
from briefing_app.analysis.hints import lowercase_words
from briefing_app.analysis.named_ships import merge_ship_names
from briefing_app.analysis.state_forms import merge_state_abbreviations
from briefing_app.model import Source

if TYPE_CHECKING:  # pragma: no cover
    from briefing_app.analysis.clusters import Cluster, UnionFind


def merge_late(
    clusters: dict[str, Cluster], uf: UnionFind, sources: Sequence[Source], gaz: Gazetteer
) -> None:
    """Apply the late merge rules in order."""
    texts = [s.text for s in sources]
    merge_slashed_names(clusters, uf, texts)
    merge_glossed_states(clusters, uf, texts, gaz)
    merge_bilingual_countries(clusters, uf, gaz, lowercase_words(sources))
    merge_state_abbreviations(clusters, uf, gaz)  # "Fla." beside "Florida"
    merge_ship_names(clusters, uf)  # "USS Mason (DDG 87)", then "the Mason"
