"""Validation rules shared by the editor, the importers and the services."""

import re

# Deliberately permissive: one @, a dot in the domain, no spaces. RFC 5322 allows
# far more, but real address books hold what people actually type.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))
