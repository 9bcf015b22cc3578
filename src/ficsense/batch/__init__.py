"""Batch runs over whole corpora into Parquet partitions and a DuckDB database.

Re-running the same command skips every work already recorded; a killed run loses nothing it committed and
writes nothing twice (see `store.py`); one bad work is recorded with its error and the run goes on.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ficsense.batch.engines import run_dask, run_local
from ficsense.batch.store import BatchStore
from ficsense.batch.worker import ChunkOutcome, ChunkTask, chunk_id_for
from ficsense.loaders.corpus import CorpusProblem, WorkLocator, iter_corpus

ENGINES = ("local", "dask")
_MAX_CHUNK = 64


@dataclass
class BatchProgress:
    """Running totals a progress bar can show."""

    total: int
    skipped: int
    done: int = 0
    failed: int = 0
    words: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a run did."""

    total: int
    skipped: int
    done: int
    failed: int
    words: int
    seconds: float
    duplicates: tuple[str, ...]
    out: Path


def plan(inputs: Iterable[str | Path]) -> tuple[list[WorkLocator | CorpusProblem], list[str]]:
    """All works of the inputs with unique ids, and the ids seen more than once (kept the first time)."""
    seen: set[str] = set()
    items: list[WorkLocator | CorpusProblem] = []
    duplicates: list[str] = []
    for item in iter_corpus(inputs):
        if item.id in seen:
            duplicates.append(item.id)
            continue
        seen.add(item.id)
        items.append(item)
    return items, duplicates


def chunk(items: Sequence[WorkLocator | CorpusProblem], *, workers: int, size: int | None = None) -> list[list]:
    """Split works into chunks: several per worker for balance, never more than 64 works each."""
    if not items:
        return []
    size = size or max(1, min(_MAX_CHUNK, math.ceil(len(items) / (max(1, workers) * 8))))
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def run_batch(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    only: Sequence[str] | None = None,
    time_limit: float | None = 300.0,
    chunk_size: int | None = None,
    on_start: Callable[[BatchProgress], None] | None = None,
    on_progress: Callable[[BatchProgress], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> BatchSummary:
    """Analyse every work of the inputs not already in `out`, then refresh the manifest and DuckDB views."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    store = BatchStore(Path(out))
    items, duplicates = plan(inputs)
    with store.locked(on_wait=on_wait):
        store.remove_temporary()
        finished = store.finished_ids()
        todo = [item for item in items if item.id not in finished]
        progress = BatchProgress(total=len(todo), skipped=len(items) - len(todo))
        if on_start:
            on_start(progress)
        tasks = [
            ChunkTask(
                chunk_id_for([item.id for item in group]),
                tuple(group),
                str(store.out),
                tuple(only) if only is not None else None,
                time_limit,
            )
            for group in chunk(todo, workers=workers, size=chunk_size)
        ]

        def done(outcome: ChunkOutcome) -> None:
            progress.done += outcome.works
            progress.failed += outcome.failed
            progress.words += outcome.words
            if on_progress:
                on_progress(progress)

        if engine == "dask":
            run_dask(tasks, workers=workers, scheduler=scheduler, on_done=done)
        else:
            run_local(tasks, workers=workers, on_done=done)
        store.write_manifest_and_views()
    return BatchSummary(
        total=len(items),
        skipped=progress.skipped,
        done=progress.done,
        failed=progress.failed,
        words=progress.words,
        seconds=progress.seconds,
        duplicates=tuple(duplicates),
        out=store.out,
    )


def query(out: str | Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Run SQL against a batch output's DuckDB views; returns column names and rows."""
    import duckdb

    store = BatchStore(Path(out))
    database = store.out / "ficsense.duckdb"
    if not database.exists():
        raise FileNotFoundError(f"{database} does not exist; run `ficsense batch ... --out {out}` first")
    with duckdb.connect(str(database), read_only=True) as connection:
        connection.execute(f"SET file_search_path = '{str(store.out).replace(chr(39), chr(39) * 2)}'")
        cursor = connection.execute(sql)
        columns = [description[0] for description in cursor.description or []]
        return columns, cursor.fetchall()
