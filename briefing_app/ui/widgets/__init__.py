"""Small shared pieces with no feature of their own: flow layout, icons, theme."""
