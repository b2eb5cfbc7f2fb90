"""Phone numbers as comparable keys."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from netdesk.domain.text import digits_only


def phone_key(text: str, region: str = "") -> str:
    """E.164 when ``phonenumbers`` can parse it (with ``region`` for local numbers), else digits.

    Two spellings of the same number (``+20 100 123 4567``, ``0100-123-4567`` in Egypt,
    ``٠١٠٠١٢٣٤٥٦٧``) give the same key.
    """
    return _parsed(text, region)[0]


@lru_cache(maxsize=65536)
def _parsed(text: str, region: str) -> tuple[str, Any]:
    """``phone_key`` of ``text``, and the parsed number when the key is E.164 (else None)."""
    digits = digits_only(text)
    if not digits:
        return "", None
    # phonenumbers loads its metadata on import, slowly; the window's first paint does
    # not need it, the first saved or matched phone number does.
    import phonenumbers

    plus = text.strip().startswith(("+", "00"))
    candidate = "+" + digits.removeprefix("00") if plus else digits
    try:
        number = phonenumbers.parse(candidate, region.upper() or None)
    except phonenumbers.NumberParseException:
        return digits, None
    if not phonenumbers.is_possible_number(number):
        return digits, None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), number


# A full number has at least this many digits after the trunk prefix: a short cell such as
# "12345" or "ext. 12" is an extension or a test value, shared by people who are unrelated.
MIN_MATCH_DIGITS = 7
# E.164 allows at most 15 digits; longer runs are several numbers or an id pasted together.
_MAX_DIGITS = 15


@lru_cache(maxsize=65536)
def plausible_phone_key(key: str) -> bool:
    """Whether a ``phone_key`` names one full phone number, so that two people sharing it
    may be one person. ``phonenumbers`` judges E.164 keys (a local-only length is not
    enough); a key of bare digits needs ``MIN_MATCH_DIGITS`` significant digits."""
    if key.startswith("+"):
        import phonenumbers

        try:
            number = phonenumbers.parse(key, None)
        except phonenumbers.NumberParseException:
            return False
        return _plausible_number(number)
    significant = key.lstrip("0")
    # "0000000" and "1111111" are placeholders, not numbers.
    return MIN_MATCH_DIGITS <= len(significant) <= _MAX_DIGITS and len(set(significant)) > 1


def _plausible_number(number: Any) -> bool:
    import phonenumbers

    reason = phonenumbers.is_possible_number_with_reason(number)
    # The cheap test first: validity looks the number up in its region's patterns.
    return (
        reason == phonenumbers.ValidationResult.IS_POSSIBLE
        and len(str(number.national_number)) >= MIN_MATCH_DIGITS
    ) or phonenumbers.is_valid_number(number)


@lru_cache(maxsize=65536)
def phone_match_key(text: str, region: str = "") -> str:
    """``phone_key`` of ``text`` when it is a plausible full number, else ``""``: only such
    a number may say that two records are the same person."""
    key, number = _parsed(text, region)
    if number is not None:
        # The number ``key`` was made from: what parsing the key again would give (same
        # country code and national number), without a second parse.
        return key if _plausible_number(number) else ""
    return key if key and plausible_phone_key(key) else ""
