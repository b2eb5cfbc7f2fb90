"""Capture: conversations read from exports (calendars, mail, chats), one module per format.

``registry`` knows every format and finds the sources among files and folders.
"""
