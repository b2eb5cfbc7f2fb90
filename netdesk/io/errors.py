"""The one exception the importers raise, and the limits they enforce."""

from __future__ import annotations

#: Files larger than this are refused before they are read: a contact export of
#: this size would hold hundreds of thousands of cards, so it is almost surely
#: not a contact file, and parsing it would freeze the import dialog.
MAX_IMPORT_BYTES = 64 * 1024 * 1024

#: Longest notes kept; longer text is cut and a warning added.
MAX_NOTES_CHARS = 10_000

#: Longest value kept for any other text field (names, emails, addresses...).
MAX_FIELD_CHARS = 1_000


class ImportFormatError(Exception):
    """A file could not be imported; ``str()`` is one line to show to the user."""

    def __init__(self, message: str) -> None:
        # Collapse whitespace so a message built from file content stays one line.
        super().__init__(" ".join(message.split()))


def describe(filename: str) -> str:
    """The file's name for messages, or "the file" when unnamed."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name or "the file"
