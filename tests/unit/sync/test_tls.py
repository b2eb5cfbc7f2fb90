"""TLS is verified; a self-signed server gets a clear message and may be trusted by pinning."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.sync.dav import DavClient
from netdesk.sync.errors import ServerUnreachable
from netdesk.sync.tls import CertificateChanged, UntrustedCertificate, same_fingerprint

from .radicale_server import USER
from .tls_server import TlsServer

SECRET = "Hunter2-s3cret"


def _ask(url: str, **kwargs: object) -> None:
    with DavClient(url, USER, SECRET, timeout=5, **kwargs) as client:  # type: ignore[arg-type]
        client.propfind("/", [("DAV:", "current-user-principal")], "0")


def test_an_untrusted_certificate_is_refused_with_its_fingerprint(tmp_path: Path) -> None:
    with TlsServer(tmp_path) as server:
        with pytest.raises(UntrustedCertificate) as caught:
            _ask(server.url)
        assert server.seen == []  # refused at the handshake: no request, no password
    error = caught.value
    assert (error.host, error.fingerprint) == ("127.0.0.1", server.fingerprint)
    assert not error.retry
    message = str(error)
    assert "does not trust" in message
    assert "self-signed" in message
    assert server.fingerprint in message
    assert SECRET not in message


def test_a_pinned_certificate_is_trusted(tmp_path: Path) -> None:
    with TlsServer(tmp_path) as server:
        _ask(server.url, pins={"127.0.0.1": server.fingerprint.lower().replace(":", "")})
        assert [method for method, _ in server.seen] == ["PROPFIND"]


def test_another_certificate_than_the_pinned_one_gets_nothing(tmp_path: Path) -> None:
    with TlsServer(tmp_path) as first:
        pinned = first.fingerprint
    with TlsServer(tmp_path) as server:
        with pytest.raises(CertificateChanged) as caught:
            _ask(server.url, pins={"127.0.0.1": pinned})
        assert server.seen == []
    assert caught.value.fingerprint == server.fingerprint
    assert "different certificate from the one you trusted" in str(caught.value)


def test_a_certificate_from_a_trusted_authority_passes_verification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TlsServer(tmp_path) as server:
        monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_file))
        _ask(server.url)
        assert [auth.startswith("Basic ") for _, auth in server.seen] == [True]


def test_verification_checks_the_host_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with TlsServer(tmp_path, hostname="dav.example.com") as server:
        monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_file))
        with pytest.raises(UntrustedCertificate, match=r"mismatch|match"):
            _ask(server.url)
        assert server.seen == []


def test_a_pin_is_for_its_host_only(tmp_path: Path) -> None:
    with TlsServer(tmp_path) as server, pytest.raises(UntrustedCertificate):
        _ask(server.url, pins={"localhost": server.fingerprint})


def test_fingerprints_compare_however_they_are_written() -> None:
    assert same_fingerprint("AB:cd:01", "abcd01")
    assert not same_fingerprint("", "")
    assert not same_fingerprint("AB:CD", "AB:CE")


def test_nothing_listening_is_still_unreachable_not_untrusted() -> None:
    with pytest.raises(ServerUnreachable):
        _ask("https://127.0.0.1:9/")
