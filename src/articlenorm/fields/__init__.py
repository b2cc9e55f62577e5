"""Field readers: pure functions, text in, value out (no pipeline types).

``byline``, ``dates`` and ``captions`` read one line (the cleaners that
claim header and caption blocks call them); ``quotes`` and ``language`` read
the finished body; ``stopvote`` is the one stopword language vote."""
