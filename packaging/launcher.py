"""The frozen app's entry point: PyInstaller runs this file as ``__main__``.

It lives outside ``netdesk/`` so that PyInstaller does not put the package's own
directory on the import path (``netdesk/io`` would then shadow the standard ``io``).
"""

import sys

from netdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
