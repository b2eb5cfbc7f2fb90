"""Where the io tests find their fixtures and the shared corpus."""

from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "io"
CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
