"""Where NetDesk keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

from netdesk import APP_NAME, ORG_NAME

ENV_DATA_DIR = "NETDESK_DATA_DIR"


def default_data_dir() -> Path:
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, ORG_NAME))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` first, then ``$NETDESK_DATA_DIR``, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
