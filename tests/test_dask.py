"""articlenorm.dask on a real LocalCluster (processes, loopback): the results
equal the single-process run record for record."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from articlenorm import Config
from articlenorm.batch import normalize_items

distributed = pytest.importorskip("distributed", reason="pip install 'articlenorm[dask]'")
dask_bag = pytest.importorskip("dask.bag")

from articlenorm.dask import normalize_bag, normalize_dataframe, to_record  # noqa: E402

CFG = Config(include_quotes=False, detect_language=False)
STORY = (
    "Harbour Council Approves New Ferry Timetable {n}\n\n"
    "By Jane Doe\n\n"
    "The harbour council approved a new ferry timetable on Monday, adding {n} crossings a day.\n\n"
    "Officials said the change would start next month and cost nothing extra for passengers.\n"
)
PAGE = (
    "<html><head><title>Tram strike ends {n}</title></head><body><article><h1>Tram strike ends {n}</h1>"
    "<p>The city's tram drivers returned to work on Friday after a three-day strike over pay and "
    "rosters, the transport authority said.</p><p>Service was back to normal by the morning rush, "
    "and the union said talks would continue next week.</p></article></body></html>"
)


def sources() -> list[object]:
    out: list[object] = []
    for i in range(30):
        if i % 7 == 3:
            out.append({"id": f"bad-{i}", "text": "   "})
        elif i % 3 == 0:
            out.append({"id": f"page-{i}", "html": PAGE.format(n=i)})
        else:
            out.append((f"text-{i}", STORY.format(n=i)))
    out.append({"id": "no-content"})
    return out


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


#: A Dask client waits forever for workers that died; no test here needs more
#: than a minute, so a stuck one fails instead of hanging the suite.
DEADLINE_S = 300


@pytest.fixture(autouse=True)
def _deadline(client: distributed.Client) -> Iterator[None]:
    def give_up(signum: int, frame: object) -> None:
        raise TimeoutError(f"Dask test over {DEADLINE_S} s: workers {list(client.nthreads())}")

    client.wait_for_workers(2, timeout=60)
    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(DEADLINE_S)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def local_records() -> list[dict[str, object]]:
    return [to_record(i, r) for i, r in normalize_items(sources(), jobs=1, timeout=None, config=CFG)]


def test_bag_equals_the_single_process_run(client: distributed.Client) -> None:
    bag = dask_bag.from_sequence(sources(), npartitions=4)
    got = normalize_bag(bag, config=CFG, timeout=30, records=True).compute()
    want = local_records()
    assert got == want
    assert sum("error" in r for r in got) == 5
    objects = normalize_bag(bag, config=CFG, timeout=30).compute()
    assert [type(o).__name__ for o in objects][:3] == ["Article", "Article", "Article"]


def test_dataframe(client: distributed.Client) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame(
        {"id": [f"t{i}" for i in range(8)], "text": [STORY.format(n=i) if i != 5 else "" for i in range(8)]}
    )
    out = normalize_dataframe(dd.from_pandas(frame, npartitions=3), text_column="text", config=CFG).compute()
    assert list(out["input"]) == [f"t{i}" for i in range(8)]
    assert out["error_kind"].tolist()[5] == "empty"
    assert out["headline"].tolist()[0] == "Harbour Council Approves New Ferry Timetable 0"
    want = [
        to_record(i, r)
        for i, r in normalize_items(
            list(zip(frame["id"], frame["text"], strict=True)),
            format="text",
            jobs=1,
            timeout=None,
            config=CFG,
        )
    ]
    assert [json.loads(r) for r in out["record"]] == want


def test_cli_dask_equals_local_run(client: distributed.Client, tmp_path: Path) -> None:
    from articlenorm.cli import main

    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for s in sources():
            record = s if isinstance(s, dict) else {"id": s[0], "text": s[1]}  # type: ignore[index]
            fh.write(json.dumps(record) + "\n")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main([str(src), "-o", str(local), "--jobs", "2"]) == 1
    assert main([str(src), "-o", str(remote), "--dask", client.scheduler.address]) == 1
    assert remote.read_text("utf-8") == local.read_text("utf-8")


def test_cli_dask_takes_warc_files(client: distributed.Client, tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from articlenorm.cli import main
    from articlenorm.testing.warc import http_response, warc_file, warc_record

    records = [
        warc_record("response", f"https://news.example/{i}", http_response(PAGE.format(n=i).encode()))
        for i in range(4)
    ]
    records.insert(2, warc_record("request", "https://news.example/2", b"GET / HTTP/1.1\r\n\r\n"))
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(warc_file(records, gzip=True))
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    status = main([str(crawl), "-o", str(local), "--jobs", "1", "--timeout", "0"])
    assert main([str(crawl), "-o", str(remote), "--dask", client.scheduler.address]) == status
    assert remote.read_text("utf-8") == local.read_text("utf-8")
    assert len(local.read_text("utf-8").splitlines()) == 4
