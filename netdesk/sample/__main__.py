"""``python -m netdesk.sample --data-dir DIR --contacts N [--seed S] [--heavy K]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from netdesk.db.connection import DB_FILENAME, close_database, database, open_database
from netdesk.sample import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m netdesk.sample", description="Write a sample network into a data folder."
    )
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--contacts", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--heavy", type=int, default=0, help="contacts with 2,000 interactions")
    parser.add_argument("--interactions", type=float, default=10.0, help="per contact, on average")
    parser.add_argument("--region", default="", help="region of local phone numbers, e.g. EG")
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    open_database(args.data_dir / DB_FILENAME)
    try:
        began = time.perf_counter()
        ids = generate(
            args.contacts,
            seed=args.seed,
            interactions_per_contact=args.interactions,
            heavy_contacts=args.heavy,
            region=args.region,
        )
        took = time.perf_counter() - began
        total = database.execute_sql("SELECT COUNT(*) FROM interaction").fetchone()[0]
    finally:
        close_database()
    print(f"Added {len(ids)} contacts in {took:.1f} s; the database holds {total} interactions.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
