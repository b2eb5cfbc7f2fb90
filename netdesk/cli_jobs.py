"""The job search without a window: ``netdesk who-at ORGANISATION`` and ``netdesk today``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

EXIT_OK = 0


def add_job_commands(sub: Any) -> None:
    who = sub.add_parser(
        "who-at", help="who can help at an organisation: current, former, connected"
    )
    who.add_argument("organization", metavar="ORGANISATION")
    who.add_argument("--json", action="store_true", help="print JSON")
    today = sub.add_parser(
        "today", help="today's list: people due, follow-ups, openings, reconnects"
    )
    today.add_argument("--json", action="store_true", help="print JSON")


def _english(context_for: Callable[[argparse.Namespace], Any], args: argparse.Namespace) -> Any:
    """The data opened as every command does, with English plurals ("2 weeks")."""
    from PySide6.QtCore import QCoreApplication

    from netdesk.ui.i18n import install_language

    context = context_for(args)
    app = QCoreApplication.instance()
    if app is not None:
        install_language(app, "en")
    return context


def job_handlers(
    context_for: Callable[[argparse.Namespace], Any], fail: Callable[[str], int]
) -> dict[str, Callable[[argparse.Namespace], int]]:
    """The commands' handlers; ``context_for`` opens the data as every command does."""

    def who_at(args: argparse.Namespace) -> int:
        from netdesk.services.job_words import why
        from netdesk.store.openings import find_organization, organization_name

        context = _english(context_for, args)
        try:
            org = find_organization(args.organization)
            if org is None:
                return fail(f"no organisation is named {args.organization!r}")
            name = organization_name(org)
            rows = [
                {
                    "id": p.id,
                    "display_name": p.person.display_name,
                    "relation": p.relation,
                    "strength": p.strength.score,
                    "why": why(p, name, isolated=False),
                }
                for p in context.jobs.paths(org)
            ]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    print(
                        f"{row['display_name']}\t{row['relation']}\t{row['strength']}\t{row['why']}"
                    )
            return EXIT_OK
        finally:
            context.close()

    def today(args: argparse.Namespace) -> int:
        from netdesk.services.job_words import reason

        context = _english(context_for, args)
        try:
            rows = [
                {
                    "kind": i.kind,
                    "id": i.id,
                    "display_name": i.display_name,
                    "reason": reason(i, isolated=False),
                }
                for i in context.jobs.today()
            ]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    print(f"{row['kind']}\t{row['display_name']}\t{row['reason']}")
            return EXIT_OK
        finally:
            context.close()

    return {"who-at": who_at, "today": today}
