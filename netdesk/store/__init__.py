"""The store: reading and writing records as plain data, in SQL, without Qt.

The QObject services in ``netdesk.services`` wrap these functions with undo and change
signals; the command-line tools, sync and tests may call them directly inside a
transaction. Nothing here imports PySide6 (an import-linter contract holds it).
"""
