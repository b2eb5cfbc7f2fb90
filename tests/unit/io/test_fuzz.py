"""Whatever the bytes, read_contacts returns contacts or raises ImportFormatError."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.domain.contact_data import ContactData
from netdesk.io.errors import ImportFormatError
from netdesk.io.reader import read_contacts
from tests.unit.io._paths import CORPUS, DATA

_SEEDS = [p.read_bytes() for p in sorted(DATA.iterdir())]
if CORPUS.is_dir():
    _SEEDS += [p.read_bytes() for p in sorted(CORPUS.glob("*/*")) if p.stat().st_size < 8000]

# `make fuzz` raises this for a long run; `make test` keeps a short one.
FUZZ_EXAMPLES = int(os.environ.get("NETDESK_FUZZ_EXAMPLES", "200"))


def _check(data: bytes) -> None:
    try:
        result = read_contacts(data, "fuzz.vcf")
    except ImportFormatError as exc:
        message = str(exc)
        assert message and "\n" not in message
        # The catch-all in reader.py is a safety net, not a code path to rely on.
        assert "could not be read as a contact file (" not in message, message
        return
    assert all(isinstance(c, ContactData) for c in result.contacts)


@settings(
    max_examples=FUZZ_EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(_SEEDS),
    cuts=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 40)), max_size=4),
    junk=st.binary(max_size=40),
)
def test_mutated_files(seed: bytes, cuts: list[tuple[int, int]], junk: bytes) -> None:
    data = bytearray(seed)
    for position, length in cuts:
        at = position % (len(data) + 1)
        data[at : at + length] = junk
    _check(bytes(data))


def test_truncations_of_every_seed() -> None:
    for seed in _SEEDS:
        for end in range(0, len(seed), max(1, len(seed) // 25)):
            _check(seed[:end])


def test_path_is_not_needed() -> None:
    assert Path(__file__).exists()
