"""The offline install kit, installed with the network cut (slow: a whole venv).

Runs only when ``BRIEFING_TEST_OFFLINE_KIT`` names a kit folder made by
``packaging/offline-kit.sh``; making one needs the package index, so CI does not.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

KIT = os.environ.get("BRIEFING_TEST_OFFLINE_KIT", "")
ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not KIT, reason="set BRIEFING_TEST_OFFLINE_KIT=DIR to test a kit"),
]


def test_the_kit_installs_and_analyses_with_the_network_cut():
    out = subprocess.run(
        ["bash", str(ROOT / "packaging" / "test-offline-kit.sh"), KIT],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "analysed the sample offline" in out.stdout
