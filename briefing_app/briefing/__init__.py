"""briefing package."""
