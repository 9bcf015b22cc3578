"""Where chunks run: `local` (stdlib processes, the default) or `dask` (a Dask cluster, optional extra).

Both hand whole chunks to workers — never one task per work — because a Dask task costs about 1.5 ms of
scheduling here, as much as analysing a short work.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from ficsense.batch.worker import ChunkOutcome, ChunkTask, chunk_id_for, process_chunk, record_failure

OnDone = Callable[[ChunkOutcome], None]
_PR_SET_PDEATHSIG = 1


def run_local(tasks: Sequence[ChunkTask], *, workers: int, on_done: OnDone) -> None:
    """Run chunks in `workers` processes; one worker dying loses only its own chunk's progress."""
    if workers <= 1:
        for task in tasks:
            on_done(process_chunk(task))
        return
    pending = list(tasks)
    attempts: dict[str, int] = {}
    while pending:
        pending = _run_pool(pending, workers=workers, on_done=on_done, attempts=attempts)


def _run_pool(tasks: list[ChunkTask], *, workers: int, on_done: OnDone, attempts: dict[str, int]) -> list[ChunkTask]:
    """Run until done or until the pool breaks; return the chunks still to do."""
    # Not fork: forking a process that already runs threads (Dask's, a web server's) can deadlock the child.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_die_with_parent) as pool:
        futures: dict[Future[ChunkOutcome], ChunkTask] = {pool.submit(process_chunk, task): task for task in tasks}
        while futures:
            done, _ = wait(futures, return_when=FIRST_COMPLETED)
            for future in done:
                task = futures.pop(future)
                try:
                    on_done(future.result())
                except BrokenProcessPool:
                    return _retry_after_crash([task, *futures.values()], attempts, on_done)
    return []


def _retry_after_crash(tasks: list[ChunkTask], attempts: dict[str, int], on_done: OnDone) -> list[ChunkTask]:
    """A worker process died (out of memory, a crash in C): retry, then split, then record the culprit."""
    retry: list[ChunkTask] = []
    for task in tasks:
        attempts[task.chunk_id] = attempts.get(task.chunk_id, 0) + 1
        if attempts[task.chunk_id] < 2:
            retry.append(task)
        elif len(task.items) > 1:
            retry.extend(replace(task, chunk_id=chunk_id_for([item.id]), items=(item,)) for item in task.items)
        else:
            on_done(record_failure(task, "the worker process died while analysing this work"))
    return retry


def _die_with_parent() -> None:
    """Workers end when the run that started them is killed, so a re-run never races an orphan."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def run_dask(tasks: Sequence[ChunkTask], *, workers: int, scheduler: str | None, on_done: OnDone) -> None:
    """Run chunks on a Dask cluster (`scheduler` address) or a local one with `workers` processes."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError("the dask engine needs the optional extra: pip install 'ficsense[dask]'") from None
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        futures = client.map(process_chunk, list(tasks), pure=False)
        for future in as_completed(futures):
            on_done(future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
