"""One batch task: analyse a chunk of works and commit them as one partition.

Each work is analysed under a time limit; whatever goes wrong with one work (undecodable, a parser error,
too slow, a bug) becomes its `error` and the chunk goes on.
"""

from __future__ import annotations

import ctypes
import hashlib
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ficsense import __version__
from ficsense.batch.store import BatchStore
from ficsense.batch.tables import TABLES, empty_rows, failed_work_row, report_rows, to_table
from ficsense.errors import InputError
from ficsense.loaders.corpus import CorpusProblem, WorkLocator, load_work
from ficsense.pipeline import analyze


class WorkTimeout(Exception):
    """A work took longer than the per-work time limit."""


@dataclass(frozen=True, slots=True)
class ChunkTask:
    """Works to analyse together and commit as one partition."""

    chunk_id: str
    items: tuple[WorkLocator | CorpusProblem, ...]
    out: str
    only: tuple[str, ...] | None
    time_limit: float | None


@dataclass(frozen=True, slots=True)
class ChunkOutcome:
    """What a task did, for progress and the summary."""

    chunk_id: str
    works: int
    failed: int
    words: int
    committed: bool


def chunk_id_for(ids: Sequence[str]) -> str:
    """A stable partition name from the ids it holds."""
    return hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:20]


def process_chunk(task: ChunkTask) -> ChunkOutcome:
    """Analyse every work of the chunk and commit the partition."""
    rows = empty_rows()
    failed = words = 0
    for item in task.items:
        started = time.perf_counter()
        if isinstance(item, CorpusProblem):
            locator = WorkLocator(item.id, "file", item.label)
            rows["works"].append(failed_work_row(locator, item.error, 0.0, __version__))
            failed += 1
            continue
        try:
            with time_limit(task.time_limit):
                report = analyze(load_work(item), only=task.only)
        except InputError as error:
            message = error.message
        except WorkTimeout:
            message = f"timed out after {task.time_limit:g} s"
        except Exception as error:  # one work's bug must not lose the rest of the chunk
            message = f"internal error: {type(error).__name__}: {error}"
        else:
            for name, table_rows in report_rows(item, report, time.perf_counter() - started).items():
                rows[name].extend(table_rows)
            words += report.stats.words
            continue
        rows["works"].append(failed_work_row(item, message, time.perf_counter() - started, __version__))
        failed += 1
    tables = {name: to_table(name, rows[name]) for name in TABLES}
    committed = BatchStore(Path(task.out)).commit(task.chunk_id, tables)
    return ChunkOutcome(task.chunk_id, len(task.items), failed, words, committed)


def record_failure(task: ChunkTask, message: str) -> ChunkOutcome:
    """Commit every work of the chunk as failed with `message` (when analysing it killed its process)."""
    rows = empty_rows()
    for item in task.items:
        locator = item if isinstance(item, WorkLocator) else WorkLocator(item.id, "file", item.label)
        rows["works"].append(failed_work_row(locator, message, 0.0, __version__))
    tables = {name: to_table(name, rows[name]) for name in TABLES}
    committed = BatchStore(Path(task.out)).commit(task.chunk_id, tables)
    return ChunkOutcome(task.chunk_id, len(task.items), len(task.items), 0, committed)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise WorkTimeout inside this thread once `seconds` have passed.

    An asynchronous exception works in any thread (Dask runs tasks in worker threads, where SIGALRM cannot
    reach); it lands between two bytecodes, so one long call into C finishes before it fires.
    """
    if not seconds:
        yield
        return
    target = threading.get_ident()
    fired = threading.Event()
    lock = threading.Lock()
    active = True

    def fire() -> None:
        with lock:
            if active:
                fired.set()
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(WorkTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            active = False
        timer.cancel()
        if fired.is_set():
            # The exception may still be pending if the block finished just as the timer fired.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
