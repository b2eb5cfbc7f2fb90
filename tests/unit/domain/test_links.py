import pytest

from netdesk.domain.enums import LinkKind
from netdesk.domain.links import link_kind, normalise_url, openable, url_key


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://www.linkedin.com/in/omar-hassan/", LinkKind.LINKEDIN),
        ("linkedin.com/in/omar", LinkKind.LINKEDIN),
        ("https://eg.linkedin.com/in/omar", LinkKind.LINKEDIN),
        ("https://lnkd.in/dAbC123", LinkKind.LINKEDIN),
        ("https://www.facebook.com/mariam.nour", LinkKind.FACEBOOK),
        ("https://m.facebook.com/mariam.nour", LinkKind.FACEBOOK),
        ("fb.com/mariam", LinkKind.FACEBOOK),
        ("https://x.com/someone", LinkKind.TWITTER),
        ("https://github.com/someone", LinkKind.GITHUB),
        ("https://example.com/", LinkKind.WEBSITE),
        # A host that merely ends with the same letters is not LinkedIn.
        ("https://notlinkedin.com/in/x", LinkKind.WEBSITE),
        ("", LinkKind.WEBSITE),
    ],
)
def test_link_kind(url: str, kind: LinkKind) -> None:
    assert link_kind(url) is kind


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("linkedin.com/in/x", "https://linkedin.com/in/x"),
        ("  https://example.com ", "https://example.com"),
        ("http://example.com", "http://example.com"),
        # vCard exporters escape the colon.
        ("http\\://www.linkedin.com/in/x", "http://www.linkedin.com/in/x"),
        ("HTTPS://Example.com", "HTTPS://Example.com"),
        ("", ""),
    ],
)
def test_normalise_url(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


def test_url_key_equates_spellings_of_one_profile() -> None:
    spellings = [
        "https://www.linkedin.com/in/Omar-Hassan/",
        "http://linkedin.com/in/omar-hassan",
        "linkedin.com/in/omar-hassan",
        "http\\://www.linkedin.com/in/omar-hassan/",
    ]
    assert {url_key(u) for u in spellings} == {"linkedin.com/in/omar-hassan"}
    assert url_key("https://m.facebook.com/nour") == url_key("https://www.facebook.com/nour/")


def test_url_key_keeps_different_profiles_apart() -> None:
    assert url_key("linkedin.com/in/omar") != url_key("linkedin.com/in/omar2")
    assert url_key("facebook.com/omar") != url_key("linkedin.com/omar")


def test_malformed_urls_do_not_raise():
    # Found by the importer fuzzer: an unclosed IPv6 bracket made urlsplit raise.
    from netdesk.domain.links import link_kind, url_key

    assert link_kind("https://[www.linkedin.com/in/x").value == "website"
    assert url_key("https://[www.linkedin.com/in/x") == "https://[www.linkedin.com/in/x"
    assert link_kind("http://[::1").value == "website"


@pytest.mark.parametrize(
    ("url", "opens"),
    [
        ("https://www.linkedin.com/in/omar", True),
        ("http://example.com", True),
        ("HTTPS://EXAMPLE.COM/x", True),
        ("mailto:omar@example.com", True),
        ("tel:+201001234567", True),
        # Anything else could run or reveal something on this computer.
        ("file:///usr/bin/xcalc", False),
        ("FILE:///C:/Windows/System32/calc.exe", False),
        ("javascript:alert(1)", False),
        ("smb://server/share", False),
        ("ftp://example.com/x", False),
        ("data:text/html,<script>", False),
        ("vscode://file/etc/passwd", False),
        # Web links need a host; nothing is guessed from spaces or control characters.
        ("https:///etc/passwd", False),
        ("https://[www.example.com", False),
        (" https://example.com", False),
        ("https://example.com/a b", False),
        ("https://example.com/\nfile:///x", False),
        ("mailto:", False),
        ("", False),
    ],
)
def test_only_web_mail_and_phone_links_open(url: str, opens: bool) -> None:
    assert openable(url) is opens


def test_kind_comes_from_the_host_not_the_path_or_user() -> None:
    assert link_kind("https://www.linkedin.com@evil.example/in/x") == LinkKind.WEBSITE
    assert link_kind("https://evil.example/linkedin.com/in/x") == LinkKind.WEBSITE
    assert link_kind("file:///usr/bin/xcalc") == LinkKind.WEBSITE
