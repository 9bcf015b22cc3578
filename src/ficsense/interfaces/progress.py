"""Terminal furniture for the CLI: the batch progress bar and query result tables."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table


@contextmanager
def batch_progress() -> Iterator[tuple[Callable[[Any], None], Callable[[Any], None]]]:
    """A progress bar with works/s, words/s and ETA on stderr; yields (on_start, on_progress) callbacks."""
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    task_id = None

    def on_start(state: Any) -> None:
        nonlocal task_id
        task_id = progress.add_task("works", total=state.total, rate="")

    def on_progress(state: Any) -> None:
        seconds = max(state.seconds, 1e-9)
        rate = f"{state.done / seconds:.1f} works/s, {state.words / seconds:,.0f} words/s, {state.failed} failed"
        if task_id is not None:
            progress.update(task_id, completed=state.done, rate=rate)

    with progress:
        yield on_start, on_progress


# Below this many tokens (about 20k words) a single story finishes before a bar would be worth drawing.
_LARGE_WORK_TOKENS = 24_000


class FileProgress:
    """A bar over files (for several) and over analyses (for a long work); silent unless stderr is a terminal."""

    def __init__(self, files: int, progress: Progress | None) -> None:
        self._progress = progress
        self._files_task = progress.add_task("stories", total=files) if progress and files > 1 else None
        self._work_task: Any = None

    def start_file(self, name: str, tokens: int) -> None:
        """A story was loaded; show a bar over its analyses if it is long."""
        if self._progress is not None and tokens >= _LARGE_WORK_TOKENS:
            self._work_task = self._progress.add_task(name, total=None)

    def step(self, analysis: str, index: int, total: int) -> None:
        """An analysis is about to run."""
        if self._progress is not None and self._work_task is not None:
            self._progress.update(self._work_task, total=total, completed=index, description=analysis)

    def end_file(self) -> None:
        """The story is done (or failed)."""
        if self._progress is None:
            return
        if self._work_task is not None:
            self._progress.remove_task(self._work_task)
            self._work_task = None
        if self._files_task is not None:
            self._progress.advance(self._files_task)


@contextmanager
def file_progress(files: int) -> Iterator[FileProgress]:
    """A FileProgress that draws on stderr only when it is a terminal (never in pipes, files or CI logs)."""
    if not sys.stderr.isatty():
        yield FileProgress(files, None)
        return
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with progress:
        yield FileProgress(files, progress)


def print_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], output_format: str) -> None:
    """Print query results as a table, CSV or JSON Lines."""
    if output_format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif output_format == "json":
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False) + "\n")
    else:
        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if value is None else str(value) for value in row))
        Console().print(table)
