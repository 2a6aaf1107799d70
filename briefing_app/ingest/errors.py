"""SourceError and the catalogue of reasons a file cannot be loaded (one place, like spaCy's)."""

from __future__ import annotations

from briefing_app.model.errors import FileProblem


class SourceError(FileProblem):
    """A file that cannot become a Source; ``str(err)`` is ``"<file>: <reason>"`` on one line."""

    @property
    def name(self) -> str:
        """The file as the caller named it."""
        return self.path


# Reasons shown to users. Keep them short, lower-case, and say what to do where possible.
MISSING = "file not found"
DIRECTORY = "is a folder, not a file"
NOT_REGULAR = "not a regular file"
UNREADABLE = "cannot be read ({})"
EMPTY = "empty file"
TOO_LARGE = "file too large ({size} MB; the limit is {limit} MB)"
UNSUPPORTED = "unsupported file type '{suffix}' (supported: {supported})"
WRONG_CONTENT = "the content is {what}, not {expected}"
BINARY = "binary data, not text"
UNKNOWN_ENCODING = "unknown text encoding"
NO_TEXT = "no readable text found"
ENTITY_DECLARATION = "refused: the markup declares XML entities (possible entity-expansion attack)"
CORRUPT_DOCX = "corrupt or truncated DOCX ({})"
ZIP_BOMB = "refused: DOCX would expand to {} (possible zip bomb)"
NOT_WORD = "not a Word document (no word/document.xml inside)"
CORRUPT_PDF = "corrupt or truncated PDF ({})"
ENCRYPTED_PDF = "password-protected PDF: remove the password and try again"
UNREADABLE_PAGE = "page {page} could not be read ({reason}); its text is missing"
PAGE_WITHOUT_TEXT = "page {page} has no text layer (an image or a scanned page?)"
NO_TEXT_LAYER = "no text layer (scanned PDF?): OCR it first"
LINK_LOOP = "a symbolic link that loops back on itself"
BROKEN_LINK = "a symbolic link to a file that does not exist"
# Warnings about the user-editable cruft rules (after "<file>: ").
BAD_RULES = "cannot be read ({}); its rules are not used"
BAD_RULE = "rule {number} is not valid ({reason}); it is not used"
