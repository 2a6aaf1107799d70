"""What is read from the resource files (word lists, cruft rules, standards) is cached, and
``resources.clear_caches()`` forgets all of it: a list changed and restored in one process (a
test, the quality benchmark's emptied name lists) leaves no table read from the changed file."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil

import briefing_app
from briefing_app import resources
from briefing_app.ingest import source_from_text
from briefing_app.resources import clear_caches

BODY = (
    "The ministers of the two countries met in the capital on Monday and agreed on new quotas "
    "for the water of the two rivers, after months of talks between their delegations."
)
# A distributor's copy: the issuer's name above a dated header is the outlet when one of its
# words is an organisation word of gazetteers/org_suffixes.txt ("Ministry").
PAGE = f"Ministry of Water of Ardia\n\n13/07/2031 | Statement\n\nWater quotas agreed\n\n{BODY}"


def _resources_copy(tmp_path):
    """A copy of the resource folders the ingest reads, with org_suffixes.txt emptied."""
    root = tmp_path / "resources"
    for folder in ("gazetteers", "cruft"):
        shutil.copytree(resources.resource_path(folder), root / folder)
    (root / "gazetteers" / "org_suffixes.txt").write_text("", encoding="utf-8")
    return root


def test_a_list_changed_and_restored_is_read_again_both_times(tmp_path, monkeypatch):
    before = source_from_text(PAGE)
    assert before.outlet == "Ministry of Water of Ardia"
    root = _resources_copy(tmp_path)
    monkeypatch.setattr(resources, "resources_dir", lambda: root)
    clear_caches()
    try:
        changed = source_from_text(PAGE)
    finally:
        monkeypatch.undo()
        clear_caches()
    assert changed.outlet == ""  # the emptied list was read, not a table kept from before
    after = source_from_text(PAGE)
    assert (after.outlet, after.text, after.title) == (before.outlet, before.text, before.title)


def _core_modules():
    for info in pkgutil.walk_packages(briefing_app.__path__, "briefing_app."):
        if ".ui" not in info.name and not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def test_every_cache_of_what_a_resource_file_says_is_cleared_with_the_others():
    """A cache that reads a resource file but is not a ``resource_cache`` would keep a changed
    list's table after ``clear_caches()`` (as the casing and cruft organisation words did)."""
    missed = []
    for module in _core_modules():
        for name, value in vars(module).items():
            wrapped = getattr(value, "__wrapped__", None)
            if not hasattr(value, "cache_clear") or getattr(wrapped, "__module__", "") != (
                module.__name__
            ):
                continue
            if "resource_path" in inspect.getsource(wrapped) and value not in resources._READERS:
                missed.append(f"{module.__name__}.{name}")
    assert missed == []
    assert len(resources._READERS) >= 10  # the lists, the cruft rules and the standards
