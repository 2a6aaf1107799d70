"""Shared test set-up. Qt must be told to draw offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_68ad32a9bae11705.txt"


@pytest.fixture
def sample_path() -> Path:
    """The scraped sample article shipped in seeds/."""
    return SAMPLE
