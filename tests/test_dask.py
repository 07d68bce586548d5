"""wirecli[dask]: the same records as `wirecli parse`, computed on a local Dask cluster
(loopback only).  Skipped when the extra is not installed."""
import json

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

from click.testing import CliRunner  # noqa: E402

from wirecli.cli import cli  # noqa: E402
from wirecli.dask import list_files, parse_files, to_jsonl, to_parquet  # noqa: E402

SOH, STX, ETX, US = "\x01", "\x02", "\x03", "\x1f"
STORY = "Oil rises\n\nLONDON, March 3 (Reuters) - Oil rose on Tuesday.\n"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture
def archive(tmp_path):
    d = tmp_path / "archive"
    (d / "sub").mkdir(parents=True)
    for k in range(7):
        (d / f"s{k}.txt").write_text(STORY.replace("Oil rises", f"Story {k}"))
    (d / "sub" / "feed.txt").write_text("".join(
        f"{SOH}f{k:04d}{US}reute\nu f BC-ITEM-{k}   02-26 {k:04d}\n{STX}\nITEM {k}\n"
        f"    PARIS, Feb 26 - Item {k} happened.\n Reuter\n{ETX}\n" for k in (1, 2, 3)))
    (d / "sub" / "scan.pdf").write_bytes(b"%PDF-1.4 \x00\x01\x02")
    return d


def cli_records(archive):
    r = CliRunner().invoke(cli, ["parse", str(archive), "--format", "jsonl", "--workers", "1"])
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_bag_gives_the_cli_records_in_order(client, archive):
    bag = parse_files(str(archive), files_per_partition=3)
    assert bag.npartitions == 3
    got = bag.compute()
    assert got == cli_records(archive)
    assert [r.get("story") for r in got if "sub/feed.txt" in r["file"]] == [1, 2, 3]
    assert any("error" in r and r["file"].endswith("scan.pdf") for r in got)


def test_to_jsonl_writes_one_file_per_partition(client, archive, tmp_path):
    bag = parse_files(str(archive), files_per_partition=4)
    to_jsonl(bag, str(tmp_path / "out" / "part-*.jsonl"))
    parts = sorted((tmp_path / "out").glob("part-*.jsonl"))
    assert len(parts) == 3
    lines = [json.loads(line) for p in parts for line in p.read_text().splitlines()]
    assert lines == cli_records(archive)


def test_to_parquet_keeps_every_record(client, archive, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    to_parquet(parse_files(str(archive), files_per_partition=4), str(tmp_path / "pq"))
    df = pd.read_parquet(tmp_path / "pq")
    expected = cli_records(archive)
    assert len(df) == len(expected)
    assert [json.loads(r) for r in df["record"]] == expected
    feed = df[df["file"].str.endswith("feed.txt")]
    assert list(feed["wire_slug"]) == ["BC-ITEM-1", "BC-ITEM-2", "BC-ITEM-3"]
    assert list(feed["cities"].map(list)) == [["PARIS"]] * 3


def test_list_files_uses_the_cli_order(archive):
    files = list_files(str(archive), glob="*.txt")
    assert [f.rsplit("/", 1)[1] for f in files] == [f"s{k}.txt" for k in range(7)] + ["feed.txt"]
