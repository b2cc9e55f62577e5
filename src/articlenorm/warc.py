"""WARC files as batch input: ``articlenorm.warc.read(path)``.

>>> import articlenorm, articlenorm.warc
>>> records = articlenorm.warc.read("crawl.warc.gz")
>>> for result in articlenorm.normalize_many(records, jobs=4):  # doctest: +SKIP
...     print(result.id if isinstance(result, articlenorm.batch.ErrorRecord) else result.url)

:func:`read` yields one :class:`articlenorm.batch.Item` per HTML ``response``
record (id: its ``WARC-Record-ID``; url: ``WARC-Target-URI``; charset: the
HTTP one), or an ``ErrorRecord`` for a record that cannot be read; everything
else is counted in a :class:`WarcStats`.  Needs warcio (``pip install
'articlenorm[warc]'``).  The reader lives in :mod:`articlenorm.batch.warc`,
where the command line's inputs use it; this module is its public name.
"""

from __future__ import annotations

from .batch.warc import HTML_TYPES, WARC_SUFFIXES, WarcStats, is_warc_file, read

__all__ = ["HTML_TYPES", "WARC_SUFFIXES", "WarcStats", "is_warc_file", "read"]
