"""The sample network lives in a folder of its own and goes in one step."""

from __future__ import annotations

import pytest

from netdesk.db.connection import DB_FILENAME, database
from netdesk.services.context import create_context
from netdesk.services.sample_network import (
    SampleError,
    open_sample,
    remove_sample,
    sample_folder,
)


def count_contacts() -> int:
    return int(database.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0])


def test_the_sample_is_a_database_apart_and_leaves_no_trace(qapp, tmp_path):
    data = tmp_path / "data"
    own = create_context(data)
    assert count_contacts() == 0
    own.close()
    before = sorted(p.name for p in data.iterdir())

    sample = open_sample(data)
    assert sample.data_dir == sample_folder(data)
    assert (sample_folder(data) / DB_FILENAME).is_file()
    assert count_contacts() > 100
    sample.close()
    remove_sample(data)

    assert sorted(p.name for p in data.iterdir()) == before
    own = create_context(data)
    assert count_contacts() == 0
    own.close()


def test_a_new_sample_replaces_one_left_behind(qapp, tmp_path):
    data = tmp_path / "data"
    first = open_sample(data)
    total = count_contacts()
    first.close()
    second = open_sample(data)
    assert count_contacts() == total
    second.close()
    remove_sample(data)
    remove_sample(data)  # nothing left to remove is not an error
    assert not sample_folder(data).exists()


def test_a_sample_that_cannot_be_made_leaves_nothing_open_or_behind(qapp, tmp_path, monkeypatch):
    import netdesk.sample

    def full_disk(*_args: object, **_kwargs: object) -> list[int]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(netdesk.sample, "generate", full_disk)
    data = tmp_path / "data"
    with pytest.raises(SampleError, match="No space left"):
        open_sample(data)
    assert not sample_folder(data).exists()
    own = create_context(data)  # the one database slot is free again
    assert count_contacts() == 0
    own.close()
