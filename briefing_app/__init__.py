"""Offline briefing-note editor: sources in, a traceable briefing out (DOCX and PDF)."""

__version__ = "0.1.0"
