"""Row 9: capturing a 1 GB mbox (100,000 messages) and a 200,000-line WhatsApp export.

Each file is generated once into the cache (a few seconds). Each measurement runs in its
own process, so its peak memory is its own: first a read-only pass (the reader's items,
one by one, nothing kept), then the whole capture (read, group, match, write into a
network of 2,000 contacts, half of whom the files' correspondents match). The target:
capture at no less than half the read-only rate, in under 200 MB.
"""

from __future__ import annotations

import json
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

MBOX_MESSAGES = 100_000
MBOX_BODY_BYTES = 10_000  # with headers, about 1 GB for 100,000 messages
WHATSAPP_LINES = 200_000
PEOPLE = 2_000
MEMORY_LIMIT_MB = 200
RATE_TARGET = 0.5
# Bump when a generator below changes what it writes.
CAPTURE_DATA_VERSION = 1

_WORDS = [
    "meeting",
    "draft",
    "thesis",
    "review",
    "lab",
    "coffee",
    "project",
    "deadline",
    "paper",
    "slides",
    "budget",
    "visit",
    "call",
    "contract",
    "offer",
    "interview",
    "notes",
    "agenda",
    "travel",
    "report",
    "plan",
    "data",
    "results",
]


def _person(n: int) -> tuple[str, str]:
    return f"Person {n:04d}", f"person{n:04d}@example.org"


def write_mbox(path: Path, messages: int = MBOX_MESSAGES) -> None:
    """Threads of one to six messages between the user and one of ``PEOPLE``, a day apart."""
    rng = random.Random(20)
    body_line = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do. " * 2)[:99]
    body = "\n".join([body_line] * (MBOX_BODY_BYTES // 100)) + "\n"
    me = "Sara Haddad <sara@example.net>"
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        while n < messages:
            name, address = _person(rng.randrange(PEOPLE))
            root = f"t{n}@example.org"
            subject = " ".join(rng.sample(_WORDS, 3)).capitalize()
            day = 1 + rng.randrange(3000)
            for k in range(min(1 + rng.randrange(6), messages - n)):
                mine = k % 2 == 1
                frm, to = (me, f"{name} <{address}>") if mine else (f"{name} <{address}>", me)
                stamp = time.strftime(
                    "%a, %d %b %Y %H:%M:%S +0000",
                    time.gmtime(day * 86400 + 1_262_304_000 + k * 86400),
                )
                refs = "" if k == 0 else f"In-Reply-To: <{root}>\nReferences: <{root}>\n"
                out.write(
                    f"From {address} {stamp}\nFrom: {frm}\nTo: {to}\nSubject: "
                    f"{'Re: ' if k else ''}{subject}\nDate: {stamp}\n"
                    f"Message-ID: <{'t' if k == 0 else 'r'}{n}@example.org>\n{refs}\n{body}\n"
                )
                n += 1


def write_whatsapp(path: Path, lines: int = WHATSAPP_LINES) -> None:
    """A group chat of 50 members over a few years, one line in ten a continued message."""
    rng = random.Random(21)
    members = [_person(n)[0] for n in range(50)] + ["Sara"]
    minute = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(lines):
            if n % 10 == 9:
                out.write("and " + " ".join(rng.sample(_WORDS, 5)) + "\n")
                continue
            minute += rng.randrange(1, 30)
            day, rest = divmod(minute, 1440)
            date = time.strftime("%d/%m/%Y", time.gmtime(1_420_070_400 + day * 86400))
            who = rng.choice(members)
            words = " ".join(rng.sample(_WORDS, 6))
            out.write(f"{date}, {rest // 60:02d}:{rest % 60:02d} - {who}: {words}\n")


def files(
    cache: Path, sizes: tuple[int, int] = (MBOX_MESSAGES, WHATSAPP_LINES), log: Any = print
) -> dict[str, Path]:
    """The mbox of ``sizes[0]`` messages and the chat of ``sizes[1]`` lines, made once."""
    folder = cache / f"capture-v{CAPTURE_DATA_VERSION}"
    folder.mkdir(parents=True, exist_ok=True)
    messages, lines = sizes
    made = {
        "mbox": (folder / f"All mail {messages}.mbox", lambda p: write_mbox(p, messages)),
        "whatsapp": (
            folder / f"WhatsApp Chat with Study group {lines}.txt",
            lambda p: write_whatsapp(p, lines),
        ),
    }
    for kind, (path, writer) in made.items():
        if not path.exists():
            log(f"bench: writing the {kind} file for capture")
            partial = path.with_suffix(".partial")
            writer(partial)
            partial.rename(path)
    return {kind: path for kind, (path, _w) in made.items()}


def network(cache: Path, log: Any = print) -> Path:
    """2,000 contacts: the even-numbered people of the files, by email, and 1,000 others."""
    folder = cache / f"capture-v{CAPTURE_DATA_VERSION}" / "network"
    if (folder / "netdesk.sqlite3").exists():
        return folder
    log("bench: making the network to capture into")
    subprocess.run([sys.executable, "-m", "bench.capture", "network", str(folder)], check=True)
    return folder


def _make_network(folder: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from netdesk.domain.contact_data import ContactData, Labeled
    from netdesk.services.context import create_context
    from netdesk.store import bulk

    QCoreApplication([])
    context = create_context(folder)
    people = []
    for n in range(0, PEOPLE, 2):
        name, address = _person(n)
        given, family = name.split(" ")
        people.append(ContactData(given_name=given, family_name=family, emails=[Labeled(address)]))
    for n in range(PEOPLE // 2):
        people.append(ContactData(given_name="Other", family_name=f"{n:04d}"))
    from netdesk.db.connection import database

    with database.atomic():
        bulk.insert_people(people, "2026-01-01 00:00:00")
    context.close()


def _measure(mode: str, path: Path, data_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication

    from netdesk.io.capture.base import SourceInfo
    from netdesk.io.capture.registry import find_sources, read_source
    from netdesk.services.capture import CaptureChoices
    from netdesk.services.context import create_context

    QCoreApplication([])
    began = time.perf_counter()
    if mode == "read":
        (source,) = find_sources([path]).sources
        items = sum(1 for _item in read_source(source, SourceInfo()))
        added = 0
    else:
        context = create_context(data_dir)
        plan = context.capture.plan([path])
        items = plan.sources[0].read.items
        added = sum(context.capture.apply(plan, CaptureChoices()).added)
        context.close()
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "items": items, "added": added, "peak_mb": peak}


def measure(path: Path, network_dir: Path, scratch: Path) -> dict[str, dict[str, float]]:
    """The read-only pass and the capture, each in a fresh process (on a copy of the network)."""
    out = {}
    for mode in ("read", "capture"):
        target = scratch / "net"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(network_dir, target)
        done = subprocess.run(
            [sys.executable, "-m", "bench.capture", mode, str(path), str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        out[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def main(argv: list[str]) -> int:
    if argv[0] == "network":
        _make_network(Path(argv[1]))
    else:
        print(json.dumps(_measure(argv[0], Path(argv[1]), Path(argv[2]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def capture_rows(
    cache: Path, sizes: tuple[int, int] = (MBOX_MESSAGES, WHATSAPP_LINES), log: Any = print
) -> tuple[list[Any], dict[str, Any]]:
    """Row 9: for each file, the capture rate against the read-only rate, and memory."""
    import tempfile

    from bench.report import Row

    paths = files(cache, sizes, log)
    net = network(cache, log)
    rows, details = [], {}
    gigabytes = paths["mbox"].stat().st_size / 1e9
    labels = {
        "mbox": f"{gigabytes:.2g} GB mbox, {sizes[0]:,} messages",
        "whatsapp": f"WhatsApp, {sizes[1]:,} lines",
    }
    for kind, path in paths.items():
        log(f"bench: capturing the {kind} file")
        with tempfile.TemporaryDirectory() as scratch:
            got = measure(path, net, Path(scratch))
        details[f"capture-{kind}"] = got
        read_rate = got["read"]["items"] / got["read"]["seconds"]
        rate = got["capture"]["items"] / got["capture"]["seconds"]
        ratio = rate / read_rate
        rows.append(
            Row("9", f"capture: {labels[kind]}", "", rate, "items/s", baseline=read_rate,
                ratio=ratio, target=f"≥ {RATE_TARGET:g}× read-only", met=ratio >= RATE_TARGET,
                note=f"{got['capture']['added']:,} interactions written")
        )  # fmt: skip
        peak = got["capture"]["peak_mb"]
        rows.append(
            Row("9", f"capture memory: {labels[kind]}", "", peak, "MB",
                baseline=got["read"]["peak_mb"], target=f"< {MEMORY_LIMIT_MB} MB",
                met=peak < MEMORY_LIMIT_MB)
        )  # fmt: skip
    return rows, details
