"""The search index keeper never takes the app down (issue 18)."""

from pathlib import Path

from netdesk.db.connection import DB_FILENAME, PRAGMAS, close_database, database, open_database
from netdesk.services.search import SearchIndexKeeper


def test_a_check_after_the_database_went_away_does_nothing(qapp, tmp_path: Path) -> None:
    open_database(tmp_path / DB_FILENAME)
    keeper = SearchIndexKeeper([])
    close_database()
    # A window closed, its data folder gone, its timer still due.
    database.init(str(tmp_path / "gone" / DB_FILENAME), pragmas=PRAGMAS)
    try:
        keeper._start()
    finally:
        close_database()
