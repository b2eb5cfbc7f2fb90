"""``python -m tests.attack [NAME-SUBSTRING]``: run the attack list and print the tally."""

import sys

from tests.attack.cases import PENDING_MERGE, all_cases
from tests.attack.runner import network, report, run_case

if __name__ == "__main__":
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    with network() as (base, scratch):
        verdicts = [run_case(c, base, scratch) for c in all_cases() if wanted in c.name]
    print(report(verdicts, PENDING_MERGE))
