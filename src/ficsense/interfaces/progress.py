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
