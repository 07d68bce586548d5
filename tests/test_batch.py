"""The batch runner and the installed command in real processes: workers and order,
streaming, broken pipes, progress only on a terminal, Ctrl-C, and lazy imports."""
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time

import pytest

from wirecli.batch import Job, choose_workers, run
from wirecli.inputs import Input, iter_inputs

STORY = "Oil rises\n\nLONDON, March 3 (Reuters) - Oil rose on Tuesday.\n"
CMD = [sys.executable, "-m", "wirecli", "parse"]


def env():
    e = dict(os.environ)
    e.pop("CI", None)
    return e


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("many")
    for k in range(120):
        (d / f"s{k:04d}.txt").write_text(STORY.replace("Oil rises", f"Story {k} rises"))
    return d


def test_run_keeps_input_order_with_workers(folder):
    items = list(iter_inputs([str(folder)]))
    one = [r.records for r in run(items, Job(), workers=1)]
    two = [r.records for r in run(items, Job(), workers=2)]
    assert one == two
    heads = [json.loads(rec[0])["headline"] for rec in two]
    assert heads == [f"Story {k} rises" for k in range(120)]


def test_run_puts_stdin_and_walk_errors_in_their_place(folder):
    items = [Input(str(folder / "s0000.txt")), Input("x", "permission denied"),
             Input(str(folder / "s0001.txt"))]
    results = list(run(items, Job(fmt="json"), workers=2))
    assert [r.error for r in results] == [None, "permission denied", None]
    assert results[1].records == [{"file": "x", "error": "permission denied"}]


def test_default_workers_one_for_few_files(folder):
    few = iter([Input("a"), Input("b")])
    n, rest = choose_workers(None, few)
    assert n == 1 and [i.path for i in rest] == ["a", "b"]
    many = iter(iter_inputs([str(folder)]))
    n, rest = choose_workers(None, many)
    assert n >= 1 and len(list(rest)) == 120
    assert choose_workers(3, iter([]))[0] == 3


def test_default_workers_one_per_core_for_a_big_feed(tmp_path):
    from wirecli.batch import BIG_FILE, default_workers
    big = tmp_path / "feed.txt"
    big.write_text(STORY * (BIG_FILE // len(STORY) + 1))
    assert choose_workers(None, iter([Input(str(big))]))[0] == default_workers()
    small = tmp_path / "story.txt"
    small.write_text(STORY)
    assert choose_workers(None, iter([Input(str(small)), Input("-")]))[0] == 1


def test_directory_walk_follows_links_but_reports_loops(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(STORY)
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "up")
    got = list(iter_inputs([str(tmp_path / "a")]))
    assert [(os.path.relpath(i.path, tmp_path), bool(i.error)) for i in got] == [
        ("a/b/up", True), ("a/b/x.txt", False)]


def test_installed_command_streams_in_order_with_workers(folder):
    p = subprocess.run(CMD + [str(folder), "--workers", "2", "--format", "jsonl"],
                       capture_output=True, text=True, env=env(), timeout=120)
    assert p.returncode == 0, p.stderr
    heads = [json.loads(line)["headline"] for line in p.stdout.splitlines()]
    assert heads == [f"Story {k} rises" for k in range(120)]


def test_first_record_arrives_before_the_input_list_ends(folder):
    """--files-from - is read as it comes: a record is out while the list is still open."""
    p = subprocess.Popen(CMD + ["--files-from", "-", "--format", "jsonl"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    try:
        p.stdin.write(f"{folder / 's0000.txt'}\n".encode())
        p.stdin.flush()
        ready, _, _ = select.select([p.stdout], [], [], 60)
        assert ready, "no record while the list was still open"
        first = json.loads(p.stdout.readline())
        assert first["headline"] == "Story 0 rises"
        p.stdin.write(f"{folder / 's0001.txt'}\n".encode())
        p.stdin.close()
        assert json.loads(p.stdout.readline())["headline"] == "Story 1 rises"
        assert p.wait(60) == 0
    finally:
        p.kill()
        p.wait()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_broken_pipe_exits_quietly(folder, workers):
    p = subprocess.Popen(CMD + [str(folder), "--workers", workers, "--format", "jsonl"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    p.stdout.readline()
    p.stdout.close()  # like `| head -1`
    err = p.stderr.read().decode()
    p.wait(60)
    assert "Traceback" not in err and "Error" not in err
    assert p.returncode in (0, 1, 141, -signal.SIGPIPE)


def run_with_tty_stderr(args, environ=None):
    """Run with stderr on a pseudo-terminal; returns (exit code, stdout, what the tty saw)."""
    master, slave = pty.openpty()
    p = subprocess.Popen(CMD + args, stdout=subprocess.PIPE, stderr=slave, env=environ or env())
    os.close(slave)
    seen = b""
    out = p.stdout.read()
    while True:
        try:
            r, _, _ = select.select([master], [], [], 5)
            if not r:
                break
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    p.wait(60)
    os.close(master)
    return p.returncode, out.decode(), seen.decode(errors="replace")


def test_progress_bar_on_a_terminal_only(folder):
    code, out, tty = run_with_tty_stderr([str(folder), "--format", "jsonl", "--workers", "1"])
    assert code == 0 and len(out.splitlines()) == 120
    assert "120/120" in tty and "stories" in tty and "errors" in tty
    p = subprocess.run(CMD + [str(folder), "--format", "jsonl"], capture_output=True, env=env(),
                       timeout=120)
    assert p.stderr == b""


def test_no_progress_bar_for_one_file_or_in_ci(folder):
    code, out, tty = run_with_tty_stderr([str(folder / "s0000.txt"), "--format", "jsonl"])
    assert code == 0 and tty.strip() == ""
    e = env()
    e["CI"] = "true"
    code, out, tty = run_with_tty_stderr([str(folder), "--format", "jsonl"], e)
    assert code == 0 and len(out.splitlines()) == 120 and tty.strip() == ""


def start_waiting_run(folder, *args):
    """A run fed by --files-from - whose list stays open: it is surely still running
    after its first record, whatever the machine's speed."""
    p = subprocess.Popen(CMD + ["--files-from", "-", "--format", "jsonl", *args],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env(), start_new_session=True)
    p.stdin.write(f"{folder / 's0000.txt'}\n{folder / 's0001.txt'}\n".encode())
    p.stdin.flush()
    return p


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_cleanly(folder, workers):
    p = start_waiting_run(folder, "--workers", workers)
    assert json.loads(p.stdout.readline())["headline"] == "Story 0 rises"
    os.killpg(p.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    err = p.stderr.read().decode()
    p.wait(60)
    p.stdin.close()
    assert p.returncode == 130, err
    assert err.strip() == "wirecli: interrupted"


def test_single_file_run_imports_no_rich_no_multiprocessing(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "wirecli", "parse", str(story),
                        "--format", "json"], capture_output=True, text=True, env=env(), timeout=60)
    assert p.returncode == 0
    imported = {line.split("|")[-1].strip() for line in p.stderr.splitlines() if "|" in line}
    for heavy in ("rich", "multiprocessing", "dateutil.parser", "concurrent.futures"):
        assert heavy not in imported, f"{heavy} imported on the single-file path"


def test_sigterm_with_output_file_leaves_nothing_behind(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    p = start_waiting_run(folder, "--workers", "2", "-o", str(out))
    deadline = time.time() + 60
    while time.time() < deadline and not any(f.name.startswith(".out.jsonl.") for f in tmp_path.iterdir()):
        time.sleep(0.02)
    time.sleep(0.3)
    p.terminate()
    p.communicate(timeout=60)
    assert p.returncode == 143
    assert [f.name for f in tmp_path.iterdir()] == ["out.jsonl"]  # no temp file left
    assert out.read_text() == "old\n"


def test_a_dead_worker_costs_its_files_not_the_run(folder):
    from wirecli.batch import _Worker

    job = Job()
    w = _Worker(job)
    w.proc.kill()
    w.proc.join()
    chunk = [Input(str(folder / "s0000.txt"))]
    assert w.send(chunk) is False  # the run gives the chunk to a new worker instead
    w.alive = False
    (res,) = w.recv(chunk, job)
    assert res.error and "worker process died" in res.error
    assert json.loads(res.records[0]) == {"file": str(folder / "s0000.txt"), "error": res.error}
    w.stop(kill=True)


def test_output_file_from_a_terminal_gets_json_lines_not_a_table(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    master, slave = pty.openpty()
    p = subprocess.run(CMD + [str(folder / "s0000.txt"), str(folder / "s0001.txt"), "-o", str(out)],
                       stdout=slave, stderr=subprocess.PIPE, env=env(), timeout=60)
    os.close(slave)
    os.close(master)
    assert p.returncode == 0
    assert [json.loads(line)["headline"] for line in out.read_text().splitlines()] == [
        "Story 0 rises", "Story 1 rises"]


def test_table_into_an_output_file(folder, tmp_path):
    out = tmp_path / "out.txt"
    p = subprocess.run(CMD + [str(folder / "s0000.txt"), str(folder / "s0001.txt"), "-o", str(out),
                              "--format", "table"], capture_output=True, env=env(), timeout=60)
    assert p.returncode == 0 and p.stdout == b""
    assert "Story 1 rises" in out.read_text() and "\x1b[" not in out.read_text()
