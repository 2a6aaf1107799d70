"""The briefing editor: sections, block text, tables, find and replace, inserts from outside
the editor."""
