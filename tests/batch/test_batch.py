from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficsense.analyses import Analysis
from ficsense.batch import query, run_batch
from ficsense.interfaces.cli import main
from tests.conftest import SAMPLES

PARAGRAPH = (
    "“You're late,” Mira said, and Jonah shrugged off his coat. The kettle had boiled twice already. "
    "Outside, the harbour lights shook in the rain and the ferry horn sounded once, low and tired.\n\n"
)


def _corpus_jsonl(path: Path, count: int, *, paragraphs: int = 3, corrupt: set[int] = frozenset()) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            if number in corrupt:
                handle.write('{"id": "broken-' + str(number) + '", "text": \n')
                continue
            text = f"Story {number}.\n\n" + PARAGRAPH * paragraphs
            handle.write(json.dumps({"id": f"work-{number:05d}", "text": text}) + "\n")
    return path


def _ids(out: Path) -> list[str]:
    return [row[0] for row in query(out, "SELECT id FROM works ORDER BY id")[1]]


def test_batch_folder_zip_and_jsonl_record_every_work_once_and_failures_with_errors(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    for sample in SAMPLES.glob("*.*"):
        if sample.suffix in (".txt", ".html", ".epub"):
            (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "cover.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    archive = tmp_path / "more.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("a.txt", PARAGRAPH)
        handle.writestr("nested/b.md", "# B\n\n" + PARAGRAPH)
        handle.writestr("empty.txt", "")
    jsonl = _corpus_jsonl(tmp_path / "works.jsonl", 12, corrupt={5})
    out = tmp_path / "out"
    summary = run_batch([folder, archive, jsonl], out, workers=2, chunk_size=4)

    ids = _ids(out)
    assert len(ids) == len(set(ids)) == summary.total == 3 + 1 + 3 + 12
    failed = dict(query(out, "SELECT id, error FROM works WHERE error IS NOT NULL")[1])
    assert set(failed) == {"folder/cover.txt", "more.zip!empty.txt", "works.jsonl:6"}
    assert "PNG image" in failed["folder/cover.txt"]
    assert "not JSON" in failed["works.jsonl:6"]
    words = dict(query(out, "SELECT id, words FROM works WHERE error IS NULL")[1])
    assert words["work-00000"] == 2 + 3 * 33 and words["more.zip!a.txt"] == 33
    manifest = dict(query(out, "SELECT status, count(*) FROM manifest GROUP BY status")[1])
    assert manifest == {"done": 16, "failed": 3}


def test_batch_rerun_skips_finished_works_and_adds_new_ones(tmp_path):
    jsonl = _corpus_jsonl(tmp_path / "works.jsonl", 10)
    out = tmp_path / "out"
    first = run_batch([jsonl], out, chunk_size=3)
    partitions = sorted(p.name for p in (out / "parts").iterdir())
    second = run_batch([jsonl], out, chunk_size=3)
    assert (first.done, second.done, second.skipped) == (10, 0, 10)
    assert sorted(p.name for p in (out / "parts").iterdir()) == partitions
    _corpus_jsonl(tmp_path / "works.jsonl", 14)
    third = run_batch([jsonl], out, chunk_size=3)
    assert (third.done, third.skipped) == (4, 10)
    assert _ids(out) == [f"work-{n:05d}" for n in range(14)]


def test_batch_records_a_work_over_the_time_limit_and_goes_on(tmp_path, monkeypatch):
    def slow(doc, requirements, settings):
        if "Story 1." in doc.text:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                time.sleep(0.01)
        return ()

    monkeypatch.setattr("ficsense.pipeline.REGISTRY", (Analysis("proofreading", "1", "findings", slow),))
    jsonl = _corpus_jsonl(tmp_path / "works.jsonl", 3)
    out = tmp_path / "out"
    started = time.monotonic()
    summary = run_batch([jsonl], out, workers=1, time_limit=0.5)
    assert time.monotonic() - started < 10
    assert (summary.done, summary.failed) == (3, 1)
    errors = dict(query(out, "SELECT id, error FROM works")[1])
    assert errors == {"work-00000": None, "work-00001": "timed out after 0.5 s", "work-00002": None}


def test_batch_survives_sigkill_halfway_and_rerun_has_every_id_exactly_once(tmp_path):
    count = 240
    jsonl = _corpus_jsonl(tmp_path / "works.jsonl", count, paragraphs=20)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "ficsense",
        "batch",
        str(jsonl),
        "--out",
        str(out),
        "--workers",
        "2",
        "--chunk-size",
        "2",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        parts = out / "parts"
        if parts.is_dir() and sum(1 for p in parts.iterdir() if not p.name.startswith(".")) >= 8:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed; make the corpus larger"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    committed = {p.name for p in (out / "parts").iterdir() if not p.name.startswith(".")}
    assert 8 <= len(committed) < count // 2

    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    ids = _ids(out)
    assert len(ids) == len(set(ids)) == count
    assert committed <= {p.name for p in (out / "parts").iterdir()}
    assert not [p for p in (out / "parts").iterdir() if p.name.startswith(".")]


def test_batch_on_a_dask_local_cluster_gives_the_same_tables(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    jsonl = _corpus_jsonl(tmp_path / "works.jsonl", 30, corrupt={7})
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_batch([jsonl], local, workers=2, chunk_size=4)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        summary = run_batch([jsonl], dask, engine="dask", scheduler=cluster.scheduler_address, chunk_size=4)
    assert (summary.done, summary.failed) == (30, 1)
    sql = "SELECT id, words, error FROM works ORDER BY id"
    assert query(local, sql) == query(dask, sql)


def test_query_command_runs_the_documented_example_queries(tmp_path):
    jsonl = _corpus_jsonl(tmp_path / "works.jsonl", 4)
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["batch", str(jsonl), "--out", str(out)]).exit_code == 0
    examples = [
        "SELECT rating, w.warning, count(*) AS works FROM works, UNNEST(CASE WHEN len(warnings) = 0 THEN ['(none)'] "
        "ELSE warnings END) AS w(warning) WHERE error IS NULL GROUP BY ALL ORDER BY works DESC",
        "SELECT rule, category, count(*) AS n FROM findings GROUP BY ALL ORDER BY n DESC LIMIT 20",
        "SELECT w.id, count(c.name) AS characters FROM works w LEFT JOIN characters c ON c.work_id = w.id "
        "GROUP BY w.id ORDER BY characters DESC",
    ]
    for sql in examples:
        result = runner.invoke(main, ["query", str(out), sql, "--format", "csv"])
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["query", str(out), "SELECT count(*) FROM works", "--format", "json"])
    assert json.loads(result.output) == {"count_star()": 4}
    bad = runner.invoke(main, ["query", str(out), "SELECT nope FROM works"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
