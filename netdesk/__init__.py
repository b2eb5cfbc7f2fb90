"""NetDesk: keep your professional network and tend it."""

__version__ = "0.1.0"
APP_NAME = "NetDesk"
ORG_NAME = "NetDesk"
