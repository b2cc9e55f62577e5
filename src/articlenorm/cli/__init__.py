"""The command line: ``articlenorm`` / ``python -m articlenorm``.

:mod:`.main` parses the arguments and normalizes single inputs;
:mod:`.batch` takes over for directories, JSON Lines record files and
several inputs (local worker pool or a Dask cluster).
"""

from .main import main

__all__ = ["main"]
