from sanctioneer.cli import _entry

_entry()
