from __future__ import annotations

import io

from rich.console import Console
from rich.progress import Progress

from ficsense.interfaces.progress import FileProgress
from ficsense.pipeline import analyze

LONG_STORY = "“Stay,” she said. He stayed, and the rain went on all night.\n\n" * 2500


def test_file_progress_tracks_files_and_the_analyses_of_a_long_work():
    progress = Progress(console=Console(file=io.StringIO(), force_terminal=True))
    tracker = FileProgress(2, progress)
    steps: list[tuple[str, int, int]] = []

    def step(name: str, index: int, total: int) -> None:
        steps.append((name, index, total))
        tracker.step(name, index, total)

    report = analyze(LONG_STORY, on_step=step)
    tracker.start_file("long.txt", len(report.document.tokens))
    assert len(progress.tasks) == 2
    tracker.end_file()
    tracker.end_file()
    assert len(progress.tasks) == 1 and progress.tasks[0].completed == 2
    assert [index for _, index, _ in steps] == list(range(len(steps)))
