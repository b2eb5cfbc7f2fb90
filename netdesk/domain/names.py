"""Display names."""


def derive_display_name(
    given: str, family: str, nickname: str = "", organization: str = "", email: str = ""
) -> str:
    """The name shown when the user has not set one: given + family, else a fallback."""
    full = " ".join(p for p in (given.strip(), family.strip()) if p)
    return full or nickname.strip() or organization.strip() or email.strip()
