"""NetDesk benchmarks: ``make bench`` (``python -m bench``).

Generates two sample networks (10,000 and 100,000 contacts) once into ``bench/.cache``,
measures start-up, search, sort, selection, import, PDF and memory against baselines
taken in the same run, and prints one table (also written to ``results.json`` and
``results.md``). Each measurement that needs a fresh process runs ``bench.child`` or
``bench.start_child`` in a subprocess; nothing here runs under ``make test`` except the
tiny smoke run in ``tests/unit/test_bench_smoke.py``.
"""
