"""The `ficsense` command: argument parsing, one library call per file, error translation.

Exit codes: 0 ok; 1 when `--fail-on` findings exist; 2 when any input could not be read (the other files
are still processed); 3 when ficsense itself failed on a file (a bug). Either prints one line on stderr and
never a traceback.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from ficsense import __version__
from ficsense.analyses import ANALYSIS_NAMES
from ficsense.errors import InputError
from ficsense.interfaces.progress import FileProgress, file_progress
from ficsense.loaders import DEFAULT_MAX_BYTES, FORMATS, Format, load
from ficsense.loaders.words import read_word_list, words_beside
from ficsense.report.html import render_html
from ficsense.report.json import render_json
from ficsense.report.lines import render_check_lines
from ficsense.report.model import CATEGORIES, Report
from ficsense.report.tags_block import render_tags_block
from ficsense.report.terminal import render_plain, render_terminal

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class _Run:
    """Per-invocation state: which files failed, whether --fail-on findings were seen."""

    def __init__(self) -> None:
        self.failed = False
        self.crashed = False
        self.fail_on_hit = False

    def exit_code(self) -> int:
        if self.crashed:
            return EXIT_INTERNAL
        if self.failed:
            return EXIT_BAD_INPUT
        return EXIT_FINDINGS if self.fail_on_hit else EXIT_OK


def _error(message: str) -> None:
    click.echo(f"ficsense: error: {message}", err=True)


def _split(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _parse_fail_on(values: tuple[str, ...]) -> frozenset[str]:
    wanted = set(_split(values))
    if "any" in wanted:
        return frozenset(CATEGORIES)
    unknown = wanted - set(CATEGORIES)
    if unknown:
        raise click.BadParameter(
            f"{', '.join(sorted(unknown))} (choose from any, {', '.join(CATEGORIES)})", param_hint="--fail-on"
        )
    return frozenset(wanted)


def _parse_only(values: tuple[str, ...]) -> list[str] | None:
    names = _split(values)
    if not names:
        return None
    unknown = set(names) - set(ANALYSIS_NAMES)
    if unknown:
        raise click.BadParameter(
            f"{', '.join(sorted(unknown))} (choose from {', '.join(ANALYSIS_NAMES)})", param_hint="--only"
        )
    return names


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, so a failure never leaves a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    # mkstemp creates 0600 files; a report should get the permissions any other new file would.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _output_path(output: Path | None, source: str, suffix: str, *, many: bool) -> Path | None:
    """Where one input's result goes: `-o FILE` for one input, `-o DIR/<name><suffix>` for several."""
    if output is None:
        return None
    if many or output.is_dir():
        return output / (Path(source).stem + suffix)
    return output


@dataclass(frozen=True)
class _Options:
    """What every story of one command is analysed with."""

    only: list[str] | None = None
    input_format: str | None = None
    max_mb: float = DEFAULT_MAX_BYTES / 2**20
    timings: bool = False
    fail_on: frozenset[str] = frozenset()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    style: bool = False
    words: frozenset[str] = frozenset()

    def settings_for(self, file: str) -> dict[str, dict[str, Any]]:
        """Analysis settings for one story: its `.ficsense-words` joins the `--words` lists."""
        proofreading: dict[str, Any] = {
            "user_words": sorted(self.words | words_beside(file)),
            "ignore": list(self.ignore),
            "style": self.style,
        }
        if self.select is not None:
            proofreading["select"] = list(self.select)
        return {"proofreading": proofreading}


def _each_report(run: _Run, files: tuple[str, ...], options: _Options) -> Iterable[tuple[str, Report]]:
    """Analyse each file in turn; a bad file is reported and skipped, never fatal to the rest."""
    with file_progress(len(files)) as progress:
        yield from _analyse_files(run, files, progress, options)


def _analyse_files(
    run: _Run, files: tuple[str, ...], progress: FileProgress, options: _Options
) -> Iterable[tuple[str, Report]]:
    from ficsense.pipeline import analyze  # the analyses load their models; `--help` should not wait for that

    chosen: Format | None = options.input_format  # type: ignore[assignment]
    for file in files:
        try:
            doc = load(Path(file), format=chosen, max_bytes=int(options.max_mb * 2**20))
            progress.start_file(file, len(doc.tokens))
            report = analyze(
                doc,
                only=options.only,
                timings=options.timings,
                settings=options.settings_for(file),
                on_step=progress.step,
            )
        except InputError as error:
            run.failed = True
            _error(str(error) if error.path else f"{file}: {error}")
            continue
        except Exception as error:  # one story's bug must not stop a run over many
            run.crashed = True
            _error(f"{file}: internal error, please report it: {type(error).__name__}: {error}")
            continue
        finally:
            progress.end_file()
        if any(finding.category in options.fail_on for finding in report.findings):
            run.fail_on_hit = True
        yield file, report


def _read_words(files: tuple[str, ...]) -> frozenset[str]:
    """The words of every `--words` list; an unreadable list is a usage error."""
    words: set[str] = set()
    for file in files:
        try:
            words |= read_word_list(file)
        except InputError as error:
            raise click.BadParameter(str(error), param_hint="--words") from None
    return frozenset(words)


def _emit(
    run: _Run,
    files: tuple[str, ...],
    output: Path | None,
    suffix: str,
    render: Callable[[Report], str],
    reports: Iterable[tuple[str, Report]],
    *,
    to_terminal: Callable[[Report], None] | None = None,
) -> None:
    many = len(files) > 1
    for file, report in reports:
        target = _output_path(output, file, suffix, many=many)
        if target is not None:
            try:
                write_atomically(target, render(report))
            except OSError as error:
                run.failed = True
                _error(f"{target}: cannot write: {error.strerror or error}")
        elif to_terminal is not None:
            to_terminal(report)
        else:
            click.echo(render(report), nl=False)


_FILES = click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
_OUTPUT = click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write here instead of stdout (a folder for several files)."
)
_INPUT_FORMAT = click.option(
    "--input-format", type=click.Choice(FORMATS), help="Skip format sniffing and read the file as this format."
)
_MAX_MB = click.option(
    "--max-mb",
    type=click.FloatRange(min=0.001),
    default=DEFAULT_MAX_BYTES / 2**20,
    show_default=True,
    help="Refuse files larger than this many megabytes.",
)
_FAIL_ON = click.option(
    "--fail-on",
    multiple=True,
    metavar="CATEGORIES",
    help=f"Exit 1 if there are findings in these categories (any, {', '.join(CATEGORIES)}).",
)


_WORDS = click.option(
    "--words",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="A word list (one word per line) never to flag; .ficsense-words beside the story is read too.",
)
_ONLY = click.option("--only", multiple=True, metavar="ANALYSES", help=f"Run only these ({', '.join(ANALYSIS_NAMES)}).")


def _text_or_json(help: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option(
        "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True, help=help
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ficsense")
def main() -> None:
    """ficsense reads fan fiction like a beta reader and a tag wrangler, offline.

    \b
    Examples:
      ficsense analyze story.txt
      ficsense analyze work.html --format json -o report.json
      ficsense check story.md --fail-on any
      ficsense tags work.epub
    """


@main.command("analyze")
@_FILES
@_text_or_json("Terminal text or the JSON report (docs/schema.md).")
@_OUTPUT
@_ONLY
@_FAIL_ON
@click.option("--timings", is_flag=True, help="Record each analysis's seconds (JSON is then not byte-identical).")
@_WORDS
@_INPUT_FORMAT
@_MAX_MB
def analyze_command(
    files: tuple[str, ...],
    output_format: str,
    output: Path | None,
    only: tuple[str, ...],
    fail_on: tuple[str, ...],
    timings: bool,
    words: tuple[str, ...],
    input_format: str | None,
    max_mb: float,
) -> None:
    """Analyse stories and print the full report.

    \b
    Several files give one result each: text sections, or JSON Lines with
    --format json (one object per line); with -o DIR, one file per story.

    \b
    Examples:
      ficsense analyze samples/first_frost.txt
      ficsense analyze samples/lanterns_ao3.html --format json -o lanterns.json
      ficsense analyze chapters/*.md --format json -o out/
    """
    run = _Run()
    options = _Options(
        only=_parse_only(only),
        input_format=input_format,
        max_mb=max_mb,
        timings=timings,
        fail_on=_parse_fail_on(fail_on),
        words=_read_words(words),
    )
    reports = _each_report(run, files, options)
    many = len(files) > 1
    if output_format == "json":
        render = (lambda r: render_json(r, compact=True)) if many and output is None else render_json
        _emit(run, files, output, ".json", render, reports)
    else:
        console = Console()
        _emit(
            run, files, output, ".txt", render_plain, reports, to_terminal=lambda r: console.print(render_terminal(r))
        )
    sys.exit(run.exit_code())


@main.command("check")
@_FILES
@_text_or_json("Editor-style lines (path:line:col: rule: message) or JSON.")
@_OUTPUT
@click.option("--only", "select", multiple=True, metavar="RULES", help="Only these categories or rule ids.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Leave out these categories or rule ids.")
@click.option("--style", is_flag=True, help="Include the style notes (adverbs, filter words, repetition...).")
@click.option("--fix", is_flag=True, help="Write a corrected copy to -o (never over the original).")
@_WORDS
@_FAIL_ON
@_INPUT_FORMAT
@_MAX_MB
def check_command(
    files: tuple[str, ...],
    output_format: str,
    output: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    style: bool,
    fix: bool,
    words: tuple[str, ...],
    fail_on: tuple[str, ...],
    input_format: str | None,
    max_mb: float,
) -> None:
    """Proofread stories: one line per finding, as editors and linters print them.

    Categories: spelling, grammar, punctuation, consistency, style (style notes
    are off unless --style or --only asks for them). A .ficsense-words file beside
    the story lists words (names, the fandom's terms) never to flag.

    \b
    Examples:
      ficsense check story.txt
      ficsense check story.txt --fail-on spelling,grammar
      ficsense check story.txt --only grammar --ignore grammar.doubled_word
      ficsense check story.txt --fix -o story.fixed.txt
      ficsense check story.txt --format json
    """
    if fix:
        _check_fix_target(files, output)
    _check_rule_patterns(select, "--only")
    _check_rule_patterns(ignore, "--ignore")
    run = _Run()
    options = _Options(
        only=["proofreading"],
        input_format=input_format,
        max_mb=max_mb,
        fail_on=_parse_fail_on(fail_on),
        select=tuple(_split(select)) or None,
        ignore=tuple(_split(ignore)),
        style=style,
        words=_read_words(words),
    )
    reports = _each_report(run, files, options)
    if fix:
        _emit(run, files, output, ".fixed.txt", _fixed_text, reports)
    elif output_format == "json":
        _emit(run, files, output, ".json", _findings_json, reports)
    else:
        _emit(run, files, output, ".txt", render_check_lines, reports)
    sys.exit(run.exit_code())


def _check_rule_patterns(values: tuple[str, ...], option: str) -> None:
    from ficsense.checks import unknown_patterns

    unknown = unknown_patterns(_split(values))
    if unknown:
        raise click.BadParameter(
            f"{', '.join(unknown)} matches no rule (give a category such as grammar, or a rule id such as "
            "grammar.its_its)",
            param_hint=option,
        )


def _check_fix_target(files: tuple[str, ...], output: Path | None) -> None:
    if output is None:
        raise click.UsageError("--fix needs -o FILE (or -o DIR for several stories): the original is never changed")
    for file in files:
        if Path(file).suffix.lower() not in (".txt", ".md", ".markdown", ""):
            raise click.UsageError(f"--fix writes plain text; {file} is not a .txt or .md story")
        target = _output_path(output, file, ".fixed.txt", many=len(files) > 1)
        if target is not None and target.exists() and target.resolve() == Path(file).resolve():
            raise click.UsageError(f"--fix will not overwrite the original story {file}; choose another -o")


def _fixed_text(report: Report) -> str:
    from ficsense.checks import apply_fixes

    return apply_fixes(report.document.text, report.findings)


def _findings_json(report: Report) -> str:
    import json

    data = {"path": report.document.source.path, "findings": [finding.to_dict() for finding in report.findings]}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


@main.command("tags")
@_FILES
@_OUTPUT
@click.option("--no-evidence", is_flag=True, help="Only the tags, without the passages behind them.")
@_INPUT_FORMAT
@_MAX_MB
def tags_command(
    files: tuple[str, ...], output: Path | None, no_evidence: bool, input_format: str | None, max_mb: float
) -> None:
    """Print an AO3-ready tag block, each tag with its evidence.

    For an AO3 download, the author's own tags are shown beside ours.

    \b
    Examples:
      ficsense tags work.html
      ficsense tags story.txt --no-evidence -o tags.txt
    """
    run = _Run()
    reports = _each_report(run, files, _Options(input_format=input_format, max_mb=max_mb))
    _emit(run, files, output, ".tags.txt", lambda r: render_tags_block(r, evidence=not no_evidence), reports)
    sys.exit(run.exit_code())


@main.command("report")
@click.argument("file", type=click.Path(dir_okay=True, path_type=str))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The HTML file to write.")
@_INPUT_FORMAT
@_MAX_MB
def report_command(file: str, output: Path, input_format: str | None, max_mb: float) -> None:
    """Write a self-contained HTML report (it needs no network to view).

    \b
    Example:
      ficsense report samples/lanterns_ao3.html -o lanterns.html
    """
    run = _Run()
    reports = _each_report(run, (file,), _Options(input_format=input_format, max_mb=max_mb))
    _emit(run, (file,), output, ".html", render_html, reports)
    sys.exit(run.exit_code())


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve_command(host: str, port: int) -> None:
    """Run the local web page: paste or upload a story, get the same report.

    Nothing is stored on disk; uploads over 10 MB are refused. The JSON API is
    POST /api/analyze (schema at /openapi.json, docs at /docs).

    \b
    Examples:
      ficsense serve
      ficsense serve --port 8080
      curl -F file=@story.epub http://127.0.0.1:8000/api/analyze
    """
    from ficsense.interfaces.web import serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read what is pasted", err=True)
    serve(host=host, port=port)


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True, help="Output folder.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="A running Dask scheduler (with --engine dask).")
@_ONLY
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=300,
    show_default=True,
    help="Seconds one work may take before it is recorded as failed (0: no limit).",
)
@click.option("--chunk-size", type=click.IntRange(min=1), help="Works per task (default: balanced, at most 64).")
def batch_command(
    inputs: tuple[str, ...],
    out: Path,
    workers: int,
    engine: str,
    scheduler: str | None,
    only: tuple[str, ...],
    time_limit: float,
    chunk_size: int | None,
) -> None:
    """Analyse a whole corpus into Parquet tables and a DuckDB database.

    INPUT is a folder (searched recursively), a zip of stories, or a JSON Lines
    file of {"id", "text"} records. Re-running the same command skips finished
    works; a work that fails is recorded with its error and the run goes on.

    \b
    Examples:
      ficsense batch samples/ --out corpus-out
      ficsense batch works.jsonl --out out --workers 2
      ficsense batch works.jsonl --out out --engine dask --scheduler tcp://127.0.0.1:8786
    """
    from ficsense.interfaces.progress import batch_progress

    try:
        from ficsense.batch import run_batch
    except ImportError as error:
        _error(f"batch runs need the optional extra: pip install 'ficsense[batch]' ({error.name} is missing)")
        sys.exit(EXIT_BAD_INPUT)
    with batch_progress() as (on_start, on_progress):
        try:
            summary = run_batch(
                inputs,
                out,
                workers=workers,
                engine=engine,
                scheduler=scheduler,
                only=_parse_only(only),
                time_limit=time_limit or None,
                chunk_size=chunk_size,
                on_start=on_start,
                on_progress=on_progress,
                on_wait=lambda: click.echo(f"waiting for an earlier run on {out} to finish…", err=True),
            )
        except (RuntimeError, OSError) as error:
            _error(str(error))
            sys.exit(EXIT_BAD_INPUT)
    rate = summary.done / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"{summary.done} works analysed ({summary.failed} failed), {summary.skipped} already done, "
        f"{summary.words:,} words in {summary.seconds:.1f} s ({rate:.1f} works/s) → {summary.out}",
        err=True,
    )
    if summary.duplicates:
        click.echo(f"{len(summary.duplicates)} duplicate id(s) skipped, e.g. {summary.duplicates[0]}", err=True)


@main.command("query")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.argument("sql")
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json"]), default="table")
def query_command(out: Path, sql: str, output_format: str) -> None:
    """Run SQL (DuckDB) over a batch output: works, findings, characters, quotes, tags, manifest.

    \b
    Examples:
      ficsense query corpus-out "SELECT rating, count(*) FROM works GROUP BY rating"
      ficsense query corpus-out "SELECT rule, count(*) n FROM findings GROUP BY rule ORDER BY n DESC" --format csv
    """
    try:
        from ficsense.batch import query
    except ImportError as error:
        _error(f"queries need the optional extra: pip install 'ficsense[batch]' ({error.name} is missing)")
        sys.exit(EXIT_BAD_INPUT)
    import duckdb

    try:
        columns, rows = query(out, sql)
    except (FileNotFoundError, duckdb.Error) as error:
        _error(str(error).splitlines()[0])
        sys.exit(EXIT_BAD_INPUT)
    from ficsense.interfaces.progress import print_rows

    print_rows(columns, rows, output_format)


if __name__ == "__main__":
    main()
