"""Server certificates: verified as usual, or pinned by their SHA-256 fingerprint.

TLS is always verified against the system's authorities. A server with a certificate
nobody vouches for (self-signed, a private CA) fails with ``UntrustedCertificate``, which
names the certificate's fingerprint; the user may compare it with the one the server's
administrator shows and choose to trust it. That trust is a pin: from then on NetDesk
talks to that host only when it presents exactly that certificate, checked right after
the TLS handshake, before a single byte of the request (or the password) is sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import ssl
from typing import Any

from netdesk.sync.errors import SyncError


class UntrustedCertificate(SyncError):  # noqa: N818 - named like the other failures
    """The server's certificate is not one this computer trusts; nothing was sent to it."""

    retry = False
    trusted_before = False

    def __init__(self, message: str, host: str, fingerprint: str) -> None:
        super().__init__(message)
        self.host, self.fingerprint = host, fingerprint


class CertificateChanged(UntrustedCertificate):
    """A pinned host presented another certificate: a new one, or someone in between."""

    trusted_before = True


def fingerprint(der: bytes) -> str:
    """``AB:CD:…``: the SHA-256 of the certificate, as browsers and ``openssl`` show it."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def same_fingerprint(a: str, b: str) -> bool:
    def norm(value: str) -> str:
        return value.replace(":", "").replace(" ", "").strip().lower()

    return bool(a.strip()) and norm(a) == norm(b)


def unverified_context() -> ssl.SSLContext:
    """For a pinned host only: the chain is not checked, the fingerprint is instead."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def check_pin(ssl_object: Any, host: str, pin: str) -> None:
    """Raise ``CertificateChanged`` unless the peer's certificate has fingerprint ``pin``."""
    der = ssl_object.getpeercert(True) if ssl_object is not None else None
    found = fingerprint(der) if der else ""
    if not same_fingerprint(found, pin):
        raise CertificateChanged(
            f"{host} presented a different certificate from the one you trusted "
            f"(SHA-256 {found or 'none'}); NetDesk sent nothing to it.",
            host,
            found,
        )


def presented_fingerprint(host: str, port: int, timeout: float) -> str:
    """The fingerprint of the certificate ``host`` presents, unverified (for the message)."""
    with (
        contextlib.suppress(OSError, ValueError),
        socket.create_connection((host, port), timeout=timeout) as raw,
        unverified_context().wrap_socket(raw, server_hostname=host) as tls,
    ):
        der = tls.getpeercert(True)
        if der:
            return fingerprint(der)
    return ""


def verify_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate check that caused ``exc`` (httpx wraps it twice), if one did."""
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def untrusted(host: str, port: int, error: ssl.SSLCertVerificationError) -> UntrustedCertificate:
    found = presented_fingerprint(host, port, 10.0)
    reason = error.verify_message or "not trusted"
    return UntrustedCertificate(
        f"{host} presented a certificate this computer does not trust ({reason}), as a "
        f"self-signed server does. Its SHA-256 fingerprint is {found or 'unknown'}: trust "
        "it only if it is the one your server shows.",
        host,
        found,
    )
