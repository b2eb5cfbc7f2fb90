"""A real Xandikos process for tests: HTTPS with its own self-signed certificate, Basic auth.

Xandikos is strict about the protocols and, unlike Radicale, only takes a password over
TLS; so every scenario run against it also goes through a pinned self-signed certificate.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

from netdesk.sync.dav import DavClient
from netdesk.sync.tls import fingerprint

from .radicale_server import PASSWORD, USER, free_port

HOST = "127.0.0.1"
# Xandikos stores vCard 4.0 but advertises 3.0 only; this makes it say both, as a server
# that takes 4.0 does (RFC 6352 section 6.2.2), for the test that NetDesk then sends 4.0.
_ADVERTISE_4 = (
    "import sys, xandikos.web as w, xandikos.__main__ as m;"
    "w.AddressbookCollection.get_supported_address_data_types = "
    "lambda self: [('text/vcard', '3.0'), ('text/vcard', '4.0')];"
    "sys.argv[0] = 'xandikos'; m.cli_main()"
)


class Xandikos:
    """One Xandikos process; ``stop``/``start`` keep the port, the data and the certificate."""

    name = "xandikos"

    def __init__(self, root: Path, *, vcard4: bool = False) -> None:
        self.root, self.vcard4 = root, vcard4
        self.port = free_port()
        self.url = f"https://{HOST}:{self.port}/"
        digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
        (root / "users").write_text(f"{USER}:{{SHA}}{digest}\n")
        self.process: subprocess.Popen[bytes] | None = None
        self.pins: dict[str, str] = {}

    def book_path(self, n: int) -> str:
        return f"/user/contacts/book{n}/"

    def calendar_path(self, n: int) -> str:
        return f"/user/calendars/cal{n}/"

    def start(self) -> None:
        log = (self.root / "log").open("ab")
        program = ["-c", _ADVERTISE_4] if self.vcard4 else ["-m", "xandikos"]
        command = [
            *(sys.executable, *program, "serve", "--autocreate", "--autocert"),
            *("-d", str(self.root / "data"), "--state-dir", str(self.root / "state")),
            *("-l", HOST, "-p", str(self.port), "--htpasswd", str(self.root / "users")),
            "--no-detect-systemd",
        ]
        with log:
            self.process = subprocess.Popen(command, stdout=log, stderr=log)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                self.pins = {HOST: self.presented_fingerprint()}
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError("Xandikos did not start:\n" + (self.root / "log").read_text())

    def presented_fingerprint(self) -> str:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        with (
            socket.create_connection((HOST, self.port), timeout=0.5) as raw,
            context.wrap_socket(raw, server_hostname=HOST) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
        if not der:
            raise OSError("no certificate yet")
        return fingerprint(der)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def client(self, password: str = PASSWORD) -> DavClient:
        return DavClient(self.url, USER, password, timeout=5, pins=self.pins)
