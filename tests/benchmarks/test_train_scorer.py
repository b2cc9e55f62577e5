"""benchmarks.train_scorer: retraining the block scorer on a small synthetic labelled set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlenorm.cleaners.scorer import read_model
from articlenorm.cleaners.scorer_features import NAMES
from benchmarks import train_scorer

pytest.importorskip("sklearn")

_TOPICS = ("harbour", "library", "railway", "orchard", "museum", "bridge")


def _story(topic: str, n: int) -> list[str]:
    return [
        f"The town council met on day {i} to discuss the future of the {topic}, and residents who "
        f"came to the meeting said they wanted the {topic} kept open for the next generation."
        for i in range(n)
    ]


def _write_set(root: Path) -> None:
    """Six sites of two pages each: a menu, a story, a teaser list and a footer."""
    folder = root / "synthetic"
    (folder / "inputs").mkdir(parents=True)
    rows = []
    for s, topic in enumerate(_TOPICS):
        for page in range(2):
            paragraphs = _story(topic, 3 + page)
            # Clutter the rules let through, which the gold body leaves out.
            extra = f"<p>Tickets for the {topic} tour {page} cost five pounds at the door</p>"
            menu = "".join(f'<li><a href="/{w}">{w.title()}</a></li>' for w in ("home", "news", "sport"))
            teasers = "".join(f'<li><a href="/t{i}">Read more about {topic} {i}</a></li>' for i in range(4))
            html = (
                f"<html><head><title>{topic} news</title></head><body><nav><ul>{menu}</ul></nav>"
                f"<article><h1>The {topic} stays open</h1>{''.join(f'<p>{p}</p>' for p in paragraphs)}{extra}"
                f'</article><div class="related"><ul>{teasers}</ul></div>'
                f"<footer><p>Copyright site {s}. All rights reserved.</p></footer></body></html>"
            )
            name = f"s{s}p{page}.html"
            (folder / "inputs" / name).write_text(html, encoding="utf-8")
            rows.append(
                {
                    "id": f"s{s}p{page}",
                    "input": f"inputs/{name}",
                    "kind": "html",
                    "site": f"site{s}.example",
                    "body": "\n\n".join(paragraphs),
                }  # fmt: skip
            )
    (folder / "cases.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_retraining_on_a_labelled_set_writes_a_model_the_scorer_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_set(tmp_path)
    out, again = tmp_path / "model.json", tmp_path / "again.json"
    cache = tmp_path / "blocks.pkl"
    args = ["--data-dir", str(tmp_path), "--set", "synthetic", "--modes", "html", "--folds", "2"]
    assert train_scorer.main([*args, "--out", str(out), "--cache", str(cache)]) == 0
    printed = capsys.readouterr().out
    assert "fold 0" in printed and "rules" in printed and "scorer" in printed
    model = read_model(out)
    assert model.features == NAMES and "html" in model.thresholds
    # The same data and seed give the same file, byte for byte (here from the cache).
    assert train_scorer.main([*args, "--out", str(again), "--cache", str(cache)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_labels_weigh_blocks_by_their_share_of_the_page() -> None:
    from articlenorm.model import Block

    story = _story("harbour", 1)[0]
    page = train_scorer.Page("p", "site", "html", story, (Block(0, story), Block(1, "Home News Sport")), 2)
    labels, weights = train_scorer.labels(page)
    assert labels == [1, 0]
    assert sum(weights) == pytest.approx(1.0) and weights[0] > weights[1]
    assert train_scorer.page_scores(page, [True, False]) == (1.0, 1.0)


def test_measuring_sets_are_refused() -> None:
    assert train_scorer.main(["--set", "l3s-gn1"]) == 2
