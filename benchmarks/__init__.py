"""Benchmark harness for articlenorm.

``python -m benchmarks.quality`` scores articlenorm beside trafilatura and jusText on
the shared dev sets; ``python -m benchmarks.speed`` times them.  Both write their own
marked section of ``docs/benchmarks.md``.
"""
