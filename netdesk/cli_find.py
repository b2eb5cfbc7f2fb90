"""``netdesk find QUERY [--json]``: the window's search, ranked, with why each person matched."""

from __future__ import annotations

import argparse
import json
from typing import Any

# Matches are printed between these, as in "Helped with a *visa* letter".
MARK = "*"


def add_command(sub: Any) -> None:
    find = sub.add_parser(
        "find",
        help="search names, notes, the timeline … (e.g. visa, circle:classmate in:Dubai)",
    )
    find.add_argument("query", nargs="+", help="words and filters, as in the search box")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.add_argument("--limit", type=int, default=None, help="at most this many people")


def run(args: argparse.Namespace) -> int:
    from netdesk.cli import EXIT_OK, CommandError, _context
    from netdesk.domain.search_query import QueryError, parse

    try:
        query = parse(" ".join(args.query))
    except QueryError as error:
        raise CommandError(f"{error} (see `netdesk find --help`)") from None
    if query.is_empty():
        raise CommandError("nothing to find")
    if args.limit is not None and args.limit < 1:
        raise CommandError("--limit must be 1 or more")
    context = _context(args)
    try:
        from netdesk.services.search import find
        from netdesk.store.search_index import catch_up

        catch_up()  # a command runs once: index everything queued first
        found = find(query, limit=args.limit)
        rows = context.contacts.rows(found.ids)
        out = []
        for hit in found.hits:
            reason = found.reasons.get(hit.contact_id)
            out.append(
                {
                    "id": hit.contact_id,
                    "display_name": rows[hit.contact_id].display_name,
                    "matched_field": reason.field.value if reason else "filter",
                    "snippet": reason.snippet.marked(MARK, MARK) if reason else "",
                    "score": hit.score,
                    "date": reason.when.isoformat() if reason and reason.when else None,
                }
            )
        if args.json:
            print(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            for row in out:
                when = f" {row['date']}" if row["date"] else ""
                print(f"{row['display_name']}\t{row['matched_field']}{when}\t{row['snippet']}")
        return EXIT_OK
    finally:
        context.close()
