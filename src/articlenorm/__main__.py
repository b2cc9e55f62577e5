"""``python -m articlenorm`` -> :func:`articlenorm.cli.main`."""

from .cli import main

raise SystemExit(main())
