"""Comments say why; measured figures belong in bench/FINDINGS.md and commit messages."""

import ast
import io
import re
import tokenize
from pathlib import Path

import netdesk
from netdesk.models import contact_table

PACKAGE = Path(netdesk.__file__).parent
# A duration or a speed-up, as a measurement reads: "0.2 s", "35 ms", "4x faster".
TIMING = re.compile(
    r"\b\d+(?:\.\d+)?\s?(?:ms|µs|us|s|seconds?)\b(?!-)"
    r"|\b\d+(?:\.\d+)?x (?:faster|slower)"
    r"|\b(?:twice|(?:\d+|two|three|four|five|ten) times) (?:as fast|faster|slower)",
    re.IGNORECASE,
)
# Rules, not measurements: the retry schedule is what the code does.
RULES = {"sync/engine.py": {"30 s"}}


def _prose(source: str) -> list[str]:
    """The comments and the string statements (docstrings) of ``source``."""
    comments = [
        token.string
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    ]
    strings = [
        node.value.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]
    return comments + strings


def test_comments_quote_no_timings() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        for text in _prose(path.read_text(encoding="utf-8")):
            for match in TIMING.finditer(text):
                if match.group(0) not in RULES.get(name, set()):
                    found.append(f"{name}: {match.group(0)!r} in {text.strip()[:60]!r}")
    assert not found, "\n".join(found)


def test_the_table_names_its_sizes_instead_of_repeating_them() -> None:
    """Its docstring said 1,000 ids and 200-row pages while the code read 400 and 64."""
    assert contact_table.__doc__ is not None
    assert not re.search(r"\d", contact_table.__doc__)
    assert "FIRST_ROWS" in contact_table.__doc__ and "PAGE" in contact_table.__doc__
