"""A tiny HTTPS server on 127.0.0.1 with a certificate from a throwaway CA (``trustme``).

It answers every request with an empty WebDAV multistatus and records the requests it
read, so a test can tell whether anything (a password) reached it.
"""

from __future__ import annotations

import http.server
import ssl
import threading
from pathlib import Path

import trustme

from netdesk.sync.tls import fingerprint


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def _answer(self) -> None:
        self.server.seen.append((self.command, self.headers.get("Authorization", "")))
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"/>'
        self.send_response(207)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PROPFIND = do_GET = do_REPORT = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    seen: list[tuple[str, str]]


class TlsServer:
    """``with TlsServer(tmp_path) as server``: ``url``, ``fingerprint``, ``ca_file``, ``seen``."""

    def __init__(self, root: Path, hostname: str = "127.0.0.1") -> None:
        self.ca = trustme.CA()
        cert = self.ca.issue_cert(hostname)
        self.ca_file = root / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(context)
        self.fingerprint = fingerprint(
            ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode())
        )
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.seen = []
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port = int(self._server.server_address[1])
        self.url = f"https://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def seen(self) -> list[tuple[str, str]]:
        return self._server.seen

    def __enter__(self) -> TlsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
