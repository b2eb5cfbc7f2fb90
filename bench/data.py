"""The benchmark's data: sample networks and import files, generated once into a cache.

A network is a data folder ``<cache>/net-<key>/`` holding ``netdesk.sqlite3`` and
``meta.json``; the key covers everything that shapes it (size, seed, heavy contacts,
schema version and the generator's source), so a rerun of ``make bench`` reuses it and
a change to the generator or the schema makes a new one.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import netdesk

if TYPE_CHECKING:
    from netdesk.domain.contact_data import ContactData

# Bump when this module changes the networks it generates.
DATA_VERSION = 1
# Bump when this module changes the import files it writes.
IMPORT_VERSION = 2
REPO = Path(netdesk.__file__).resolve().parents[1]
DEFAULT_CACHE = REPO / "bench" / ".cache"
# Interactions of the one contact whose summary is printed (row 6).
PDF_INTERACTIONS = 300


@dataclass(frozen=True)
class NetworkSpec:
    size: int
    seed: int = 1
    heavy: int = 3
    heavy_interactions: int = 2000
    per_contact: float = 10.0
    pdf_interactions: int = PDF_INTERACTIONS


@dataclass(frozen=True)
class Network:
    spec: NetworkSpec
    data_dir: Path
    heavy_ids: list[int]
    pdf_id: int
    generated_in: float  # seconds, when it was generated (0.0 when cached long ago)

    @property
    def db_path(self) -> Path:
        from netdesk.db.connection import DB_FILENAME

        return self.data_dir / DB_FILENAME


def _source_hash() -> str:
    digest = hashlib.sha256(f"data{DATA_VERSION}".encode())
    sources = [*sorted((REPO / "netdesk" / "sample").glob("*.py"))]
    for name in ("bulk.py", "bulk_indexes.py", "contact_rows.py", "search_index.py"):
        sources.append(REPO / "netdesk" / "store" / name)
    # A schema step edited before release (same version number) changes the network too.
    sources.append(REPO / "netdesk" / "db" / "migrations.py")
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def network_key(spec: NetworkSpec) -> str:
    from netdesk.db.migrations import SCHEMA_VERSION

    return (
        f"{spec.size}-s{spec.seed}-h{spec.heavy}x{spec.heavy_interactions}"
        f"-i{spec.per_contact:g}-p{spec.pdf_interactions}-v{SCHEMA_VERSION}-{_source_hash()}"
    )


def network(
    spec: NetworkSpec, cache: Path = DEFAULT_CACHE, log: Callable[[str], None] = print
) -> Network:
    """The cached network for ``spec``, generated first when missing."""
    folder = cache / f"net-{network_key(spec)}"
    meta_path = folder / "meta.json"
    if not meta_path.exists():
        _generate(spec, folder, log)
        _prune(cache, f"net-{spec.size}-s{spec.seed}-", keep=folder)
    meta = json.loads(meta_path.read_text())
    return Network(spec, folder, meta["heavy_ids"], meta["pdf_id"], meta["generated_in"])


def _generate(spec: NetworkSpec, folder: Path, log: Callable[[str], None]) -> None:
    from netdesk.db.connection import DB_FILENAME, close_database, open_database
    from netdesk.sample import generate

    log(f"bench: generating {spec.size:,} contacts into {folder} …")
    work = folder.with_name(folder.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    began = time.perf_counter()
    open_database(work / DB_FILENAME)
    try:
        ids = generate(
            spec.size,
            seed=spec.seed,
            interactions_per_contact=spec.per_contact,
            heavy_contacts=spec.heavy,
            heavy_interactions=spec.heavy_interactions,
        )
        # One more contact with a mid-sized history, for the printed summary.
        pdf_ids = generate(
            1,
            seed=spec.seed + 1000,
            interactions_per_contact=0,
            heavy_contacts=1,
            heavy_interactions=spec.pdf_interactions,
        )
    finally:
        close_database()  # checkpoints the WAL into the file
    took = time.perf_counter() - began
    meta = {"heavy_ids": ids[: spec.heavy], "pdf_id": pdf_ids[0], "generated_in": took}
    (work / "meta.json").write_text(json.dumps(meta))
    shutil.rmtree(folder, ignore_errors=True)
    work.rename(folder)
    log(f"bench: generated {spec.size:,} contacts in {took:.1f} s")


def _prune(cache: Path, prefix: str, keep: Path) -> None:
    """Drop cached data of an older generator or schema (a 100k network is 500 MB)."""
    for stale in cache.glob(prefix + "*"):
        if stale != keep and not stale.name.endswith(".partial"):
            shutil.rmtree(stale, ignore_errors=True)


def clean_data_dir(net: Network) -> None:
    """Drop what runs of the app leave in a cached data folder (daily backups, settings)."""
    shutil.rmtree(net.data_dir / "backups", ignore_errors=True)
    (net.data_dir / "settings.ini").unlink(missing_ok=True)


# Import files --------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportFiles:
    vcard: Path
    linkedin: Path
    count: int
    duplicates: int


def import_files(net: Network, count: int, cache: Path = DEFAULT_CACHE) -> ImportFiles:
    """A vCard file and a LinkedIn CSV of ``count`` people each; one in ten is a contact the
    network already holds (half with their vCard UID, half matched by email, phone or name)."""
    folder = cache / f"import-{count}-{network_key(net.spec)}-f{IMPORT_VERSION}"
    files = ImportFiles(folder / "contacts.vcf", folder / "Connections.csv", count, count // 10)
    if files.vcard.exists() and files.linkedin.exists():
        return files
    from netdesk.db.connection import close_database, open_database
    from netdesk.io.vcard_writer import write_vcards
    from netdesk.sample import make_person
    from netdesk.store import contact_store

    rng = random.Random(net.spec.seed + 7)
    today = dt.date.today()
    fresh = [
        _fresh(make_person(rng, 10_000_000 + i, today).data, rng, i)
        for i in range(count - files.duplicates)
    ]
    open_database(net.db_path)
    try:
        picks = rng.sample(range(1, net.spec.size + 1), files.duplicates)
        known: list[ContactData] = [contact_store.load_contact(cid) for cid in picks]
    finally:
        close_database()
    for i, data in enumerate(known):
        if i % 2:
            data.uid = ""  # matched by email, phone or name instead
        data.notes = (data.notes + "\nMet again at the 2025 summit.").strip()
    people = fresh + known
    rng.shuffle(people)
    folder.mkdir(parents=True, exist_ok=True)
    _prune(cache, f"import-{count}-{net.spec.size}-s{net.spec.seed}-", keep=folder)
    files.vcard.write_text(write_vcards(people), encoding="utf-8", newline="")
    files.linkedin.write_text(_linkedin_csv(people, rng), encoding="utf-8", newline="")
    return files


def _fresh(data: ContactData, rng: random.Random, index: int) -> ContactData:
    """A person the network does not hold yet: the sample vocabulary is small enough that
    a new name at a known organisation is often taken, so give a second given name (common
    in Arabic names) and an address of its own."""
    from netdesk.domain.contact_data import Labeled
    from netdesk.sample import words as w

    if any("\u0600" <= ch <= "\u06ff" for ch in data.given_name):
        second = rng.choice([a for a, _ in w.AR_MALE])
    else:
        second = rng.choice(w.EN_GIVEN + [lt.title() for _, lt in w.AR_MALE])
    data.given_name = f"{data.given_name} {second}"
    data.emails = [Labeled(f"new{index}.{e.value}", e.label) for e in data.emails]
    return data


def _linkedin_csv(people: list[ContactData], rng: random.Random) -> str:
    """LinkedIn's "Connections.csv" export, with its notes block before the header."""
    out = io.StringIO()
    out.write(
        "Notes:\n"
        '"When exporting your connection data, you may notice that some of the email '
        "addresses are missing. You will only see email addresses for connections who have "
        'allowed their connections to see or download their email address."\n\n'
    )
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    for data in people:
        url = next((u.value for u in data.urls if "linkedin" in u.value), "")
        email = data.emails[0].value if data.emails and rng.random() < 0.4 else ""
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        writer.writerow(
            [
                data.given_name,
                data.family_name,
                url,
                email,
                data.organization,
                data.job_title,
                day.strftime("%d %b %Y"),
            ]
        )
    return out.getvalue()
