"""The order of a briefing's keyed blocks, kept across a step and its undo.

A refresh puts auto blocks back in the places auto blocks held. An actor hidden and then shown
again with Ctrl+Z has lost its place: its row was gone for a refresh, so it comes back after the
rows the analyst edited. An undo step remembers the order before its change and puts the blocks
it still finds back in that order, in the places they now hold; blocks it does not know stay
where they are.
"""

from __future__ import annotations

from briefing_app.model import Briefing

Order = dict[str, list[str]]  # section id -> the keys of its blocks, top to bottom


def block_order(briefing: Briefing | None) -> Order:
    """Each section's block keys in the order they are shown."""
    if briefing is None:
        return {}
    return {s.id: [b.key for b in s.blocks if b.key] for s in briefing.sections}


def restore_order(briefing: Briefing | None, order: Order) -> bool:
    """Put the keyed blocks ``order`` knows back in its order; True when anything moved."""
    moved = False
    for section in briefing.sections if briefing is not None else []:
        rank = {key: i for i, key in enumerate(order.get(section.id, []))}
        slots = [i for i, b in enumerate(section.blocks) if b.key in rank]
        ranked = sorted((section.blocks[i] for i in slots), key=lambda b: rank[b.key])
        for slot, block in zip(slots, ranked, strict=True):
            if section.blocks[slot] is not block:
                section.blocks[slot] = block
                moved = True
    return moved
