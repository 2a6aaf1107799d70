"""The base of every error a user can cause; its message is one line meant for them."""


class BriefingError(Exception):
    """An expected failure with a one-line, user-facing message (never shown as a traceback)."""
