"""Keep imported-but-unused network code from making a socket: the app opens none.

urllib3 binds an IPv6 socket when ``urllib3.util.connection`` is first imported, to learn
whether IPv6 works (unless Python says it has no IPv6 at all). The app never downloads
anything, but urllib3 is imported all the same: by trafilatura (for its downloader) and by
spaCy (its command-line helpers import requests). ``install()`` puts a finder on the import
path that runs that one module with ``socket.has_ipv6`` false, so the probe is skipped; urllib3
only uses the answer to pick address families for connections, and there are none. Nothing
is imported early: it costs nothing until something imports urllib3.
"""

from __future__ import annotations

import importlib.abc
import socket
import sys
from typing import Any

_PROBING_MODULE = "urllib3.util.connection"


class _NoProbeLoader(importlib.abc.Loader):
    """Runs the wrapped loader's module code with ``socket.has_ipv6`` false."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        has_ipv6 = socket.has_ipv6
        socket.has_ipv6 = False
        try:
            self._loader.exec_module(module)
        finally:
            socket.has_ipv6 = has_ipv6

    def __getattr__(self, name: str) -> Any:  # get_code, get_source, is_package...
        return getattr(self._loader, name)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != _PROBING_MODULE:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _NoProbeLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once); the front ends call it at start."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
