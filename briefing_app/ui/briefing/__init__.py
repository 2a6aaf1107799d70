"""The briefing editor: sections, block text, tables and inserts from outside the editor."""
