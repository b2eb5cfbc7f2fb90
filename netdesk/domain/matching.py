"""Deciding whether two contact records are the same person.

Strong evidence: the same vCard UID, email, plausible full phone number or social profile
link. It counts only when nothing contradicts it: two different UIDs from one file (the
address book itself says they are two records), emails and phones none of which are
shared, or clearly different names; a phone alone also needs the given names to agree,
since families and offices share a line. The same name at the same organisation proves
nothing (Mohamed Ahmed at Aramco is many people): it is a possible duplicate for the user
to review, and so is contradicted strong evidence. Used by import and by Find Duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from netdesk.domain.contact_data import TEXT_FIELDS, ContactData
from netdesk.domain.enums import LinkKind
from netdesk.domain.links import link_kind, url_key
from netdesk.domain.phones import phone_key, phone_match_key
from netdesk.domain.text import fold, is_arabic_script

# The kinds of key that can prove two records are one person, strongest first.
STRONG_KINDS = ("uid", "email", "phone", "url")


# Paths on a social site that name a page many people share, not one person: a company,
# a group, a post. ``profile.php?id=`` loses its id in ``url_key``, so it names nobody.
_NOT_PEOPLE = frozenset(
    {"company", "school", "groups", "pages", "events", "posts", "feed", "jobs", "showcase"}
    | {"profile.php", "sharer", "share", "intent", "home", "search", "hashtag", "i", "orgs"}
)


def profile_key(url: str) -> str:
    """``url_key`` of one person's social profile (``linkedin.com/in/x``, ``facebook.com/x``),
    else ``""``: colleagues share their company's website and its LinkedIn page, so those
    say nothing about who someone is."""
    key = url_key(url)
    host, _slash, path = key.partition("/")
    parts = [part for part in path.split("/") if part]
    kind = link_kind("https://" + key) if host and parts else LinkKind.WEBSITE
    if kind is LinkKind.WEBSITE or parts[0] in _NOT_PEOPLE:
        return ""
    if kind is LinkKind.LINKEDIN:
        # linkedin.com/in/<name> (or the old /pub/<name>); lnkd.in links are shares.
        return key if host.endswith("linkedin.com") and parts[0] in ("in", "pub") else ""
    # A repository, a post or a photo sits below the person's own page.
    return key if len(parts) == 1 or parts[0] == "people" else ""


def email_key(value: str) -> str:
    """The comparable form of an address that looks like one, else ``""``: a cell holding
    "SMTP" or a display name is nobody's address."""
    key = value.strip().lower()
    local, at, domain = key.partition("@")
    if not (local and at and domain) or "@" in domain or any(ch.isspace() for ch in key):
        return ""
    return key


def match_keys(data: ContactData, region: str = "") -> list[tuple[str, str]]:
    """The keys under which ``data`` may find the records it could be: strong keys first,
    then its folded name at its organisation (a lead to compare, never proof)."""
    keys = [("uid", data.uid)] if data.uid else []
    keys += [("email", k) for e in data.emails if (k := email_key(e.value))]
    keys += [("phone", k) for p in data.phones if (k := phone_match_key(p.value, region))]
    keys += [("url", k) for u in data.urls if (k := profile_key(u.value))]
    name = fold(data.best_name())
    if name and data.organization.strip():
        keys.append(("name+org", name + "\x1f" + fold(data.organization)))
    elif name and not (data.emails or data.phones or data.urls):
        keys.append(("name", name))
    return keys


class Verdict(Enum):
    SAME = "same"  # merge
    POSSIBLE = "possible"  # show for review; never merged without the user


@dataclass(frozen=True, slots=True)
class Match:
    verdict: Verdict
    kind: str  # the key that matched: one of STRONG_KINDS, "name+org" or "name"


@dataclass(frozen=True, slots=True)
class Identity:
    """What matching compares of a record: its keys and the words of its name."""

    uid: str = ""
    names: tuple[str, ...] = ()
    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    urls: frozenset[str] = frozenset()
    name_keys: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(
        cls, data: ContactData, region: str = "", keys: list[tuple[str, str]] | None = None
    ) -> Identity:
        """``keys``: ``match_keys(data, region)`` when the caller has them already."""
        keys = match_keys(data, region) if keys is None else keys
        by_kind: dict[str, set[str]] = {kind: set() for kind in STRONG_KINDS}
        for kind, value in keys:
            by_kind.get(kind, set()).add(value)
        return cls(
            uid=data.uid,
            names=name_words(data),
            emails=frozenset(by_kind["email"]),
            phones=frozenset(by_kind["phone"]),
            urls=frozenset(by_kind["url"]),
            name_keys=frozenset(k for k in keys if k[0] in ("name+org", "name")),
        )


def compare(a: Identity, b: Identity, same_source: bool = False) -> Match | None:
    """Whether ``a`` and ``b`` are one person (SAME), may be (POSSIBLE), or neither (None).

    ``same_source``: both come from one file, whose UIDs then tell its records apart.
    Records in the database always have a UID, minted by NetDesk if the file had none, so
    UIDs across sources only ever prove sameness.
    """
    if a.uid and a.uid == b.uid:
        return Match(Verdict.SAME, "uid")
    shared = [
        kind
        for kind, mine, theirs in (
            ("email", a.emails, b.emails),
            ("phone", a.phones, b.phones),
            ("url", a.urls, b.urls),
        )
        if mine & theirs
    ]
    uid_clash = same_source and bool(a.uid) and bool(b.uid)
    reach_a, reach_b = a.emails | a.phones, b.emails | b.phones
    reach_clash = bool(reach_a and reach_b and not reach_a & reach_b)
    if shared:
        if shared == ["phone"] and names_contradict(a.names, b.names, strict=True):
            # A line is shared by families and offices (a switchboard by thousands): two
            # names on one number are two people, not a question for the user.
            return None
        if uid_clash or reach_clash or names_contradict(a.names, b.names):
            return Match(Verdict.POSSIBLE, shared[0])
        return Match(Verdict.SAME, shared[0])
    common = a.name_keys & b.name_keys
    if common and not (uid_clash or reach_clash):
        return Match(Verdict.POSSIBLE, min(common)[0])
    return None


# Titles say nothing about who someone is: "Dr. Ahmed Hassan" is Ahmed Hassan.
_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "prof", "eng", "sir", "sheikh"}
    | {"د", "م", "ا", "دكتور", "الدكتور", "مهندس", "المهندس", "استاذ", "الاستاذ"}
    | {"السيد", "السيده", "الشيخ"}
)
_VOWELS = str.maketrans("", "", "aeiouy")


def name_words(data: ContactData) -> tuple[str, ...]:
    """The folded words of the person's own name (given and family, else the display
    name, else the nickname), without titles. Not the organisation or email that stand in
    for a missing name."""
    text = " ".join((data.given_name, data.family_name)).strip()
    text = text or data.display_name.strip() or data.nickname.strip()
    words = (w.strip(".,()'\"-") for w in fold(text).split())
    return tuple(w for w in words if w and w not in _TITLES)


def _skeleton(word: str) -> str:
    """Consonants of a Latin word without doubled letters: the spelling of a transliterated
    Arabic name varies in its vowels (Mohamed, Mohammed, Muhammad; Hassan, Hasan)."""
    if not word.isascii():
        return word
    bare = word.translate(_VOWELS) or word
    return "".join(ch for i, ch in enumerate(bare) if i == 0 or ch != bare[i - 1])


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial: "M. Ahmed"
        return a[0] == b[0]
    x, y = _skeleton(a), _skeleton(b)
    short, long = sorted((x, y), key=len)
    # "Abdel Rahman" and "Abdelrahman": one word of a name is the start of the other.
    return x == y or (len(short) >= 3 and long.startswith(short))


def names_contradict(a: tuple[str, ...], b: tuple[str, ...], strict: bool = False) -> bool:
    """Whether two names are clearly two people: no word in common (strict: either first
    word, the given name, missing from the other name). A missing name contradicts nothing,
    nor do names in different scripts (محمد أحمد and Mohamed Ahmed may be one person)."""
    if not a or not b:
        return False
    if is_arabic_script(" ".join(a)) != is_arabic_script(" ".join(b)):
        return False
    if not any(_same_word(x, y) for x in a for y in b):
        return True
    if strict:
        return not (any(_same_word(a[0], y) for y in b) and any(_same_word(b[0], x) for x in a))
    return False


@dataclass
class KeyIndex:
    """Match keys to the ids of the contacts (or positions in a file) that have them: a
    few candidates per key, for ``compare`` to judge."""

    keys: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    # An office switchboard or a common name at a large employer is shared by thousands;
    # comparing each newcomer with all of them would make an import quadratic.
    per_key: int = 16

    def candidates(self, keys: list[tuple[str, str]]) -> list[int]:
        """The targets under ``keys``, strongest key first, each once."""
        out: dict[int, None] = {}
        for key in keys:
            out.update(dict.fromkeys(self.keys.get(key, ())))
        return list(out)

    def add(self, keys: list[tuple[str, str]], target: int) -> None:
        for key in keys:
            targets = self.keys.setdefault(key, [])
            if len(targets) < self.per_key and target not in targets:
                targets.append(target)


# The display name is derived unless set, so it is not compared on its own.
_SCALARS = (*(f for f in TEXT_FIELDS if f != "display_name"), "notes")


def differences(base: ContactData, incoming: ContactData) -> list[tuple[str, str, str]]:
    """Fields both have set, to different values: (field, base's value, incoming value)."""
    out = []
    for name in _SCALARS:
        mine, theirs = str(getattr(base, name)), str(getattr(incoming, name))
        if mine.strip() and theirs.strip() and fold(mine) != fold(theirs):
            out.append((name, mine, theirs))
    return out


def merge_into(base: ContactData, incoming: ContactData) -> list[str]:
    """Fill ``base``'s empty fields from ``incoming`` and unite its lists.

    Returns the fields where both had different values; ``base`` keeps its own there.
    """
    conflicts = [name for name, _mine, _theirs in differences(base, incoming)]
    for name in _SCALARS:
        mine, theirs = getattr(base, name), getattr(incoming, name)
        if not str(mine).strip() and str(theirs).strip():
            setattr(base, name, theirs)
    if base.birthday is None:
        base.birthday = incoming.birthday
    if base.photo is None:
        base.photo = incoming.photo
    if base.card_image is None:
        base.card_image = incoming.card_image
    if base.cadence_days is None:
        base.cadence_days = incoming.cadence_days
    for attr, key in (
        ("emails", lambda v: v.strip().lower()),
        ("phones", phone_key),
        ("urls", url_key),
        ("addresses", fold),
    ):
        have = {key(item.value) for item in getattr(base, attr)}
        for item in getattr(incoming, attr):
            if key(item.value) not in have:
                getattr(base, attr).append(item)
                have.add(key(item.value))
    tags = {fold(t) for t in base.tags}
    base.tags += [t for t in incoming.tags if fold(t) not in tags]
    return conflicts
