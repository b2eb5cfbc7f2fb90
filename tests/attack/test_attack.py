"""Issue 14's attack list against the real command line: 0 tracebacks, 0 lost, 0 hangs."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.attack.cases import PENDING_MERGE, all_cases
from tests.attack.runner import Verdict, network, report, run_case, tally


@pytest.fixture(scope="module")
def verdicts() -> Iterator[list[Verdict]]:
    with network() as (base, scratch):
        yield [run_case(case, base, scratch) for case in all_cases()]


@pytest.mark.slow
def test_nothing_crashes_hangs_or_loses_data(verdicts: list[Verdict]) -> None:
    print(report(verdicts, PENDING_MERGE))  # the tally, with -s
    mine = [v for v in verdicts if v.case not in PENDING_MERGE]
    numbers = tally(mine)
    assert (numbers["tracebacks"], numbers["lost"], numbers["hangs"]) == (0, 0, 0), report(mine)
    assert numbers["wrong"] == 0, report(mine)
    assert numbers["cases"] > 100


@pytest.mark.slow
def test_pending_cases_are_still_pending(verdicts: list[Verdict]) -> None:
    # Like a strict xfail: once the branches these cases wait for are merged, they pass,
    # and their names must leave PENDING_MERGE so that they are held at zero too.
    names = {v.case for v in verdicts}
    assert names >= PENDING_MERGE
    fixed = sorted(v.case for v in verdicts if v.case in PENDING_MERGE and v.passed)
    assert fixed == [], f"remove from PENDING_MERGE: {fixed}"


def test_the_list_is_unique() -> None:
    names = [case.name for case in all_cases()]
    assert len(names) == len(set(names))
    assert Path(__file__).with_name("cases.py").exists()
