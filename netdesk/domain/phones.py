"""Phone numbers as comparable keys."""

from __future__ import annotations

from functools import lru_cache

from netdesk.domain.text import digits_only


@lru_cache(maxsize=65536)
def phone_key(text: str, region: str = "") -> str:
    """E.164 when ``phonenumbers`` can parse it (with ``region`` for local numbers), else digits.

    Two spellings of the same number (``+20 100 123 4567``, ``0100-123-4567`` in Egypt,
    ``٠١٠٠١٢٣٤٥٦٧``) give the same key.
    """
    digits = digits_only(text)
    if not digits:
        return ""
    # phonenumbers loads its metadata on import (35 ms); the window's first paint does
    # not need it, the first saved or matched phone number does.
    import phonenumbers

    plus = text.strip().startswith(("+", "00"))
    candidate = "+" + digits.removeprefix("00") if plus else digits
    try:
        number = phonenumbers.parse(candidate, region.upper() or None)
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(number):
        return digits
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
