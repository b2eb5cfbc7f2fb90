"""Pure-Python domain logic: no Qt, no database."""
