"""``python -m bench [--sizes 10000,100000] [--reps 5] [--rows 1,2,...]``."""

import sys

from bench.run import main

sys.exit(main())
