"""Field extraction: headline, byline, date, captions (pipeline steps that
claim blocks), and quotes and language (read from the finished body)."""
