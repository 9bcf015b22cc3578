"""The batch output folder: committed partitions, the lock that keeps two runs apart, DuckDB views.

A partition is one folder `parts/<chunk>/` holding one Parquet file per table. It is written under a
temporary name and renamed into place in one step, so a killed run leaves either a whole partition or
none: the set of committed partitions is the only record of what is done, and nothing is written twice.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ficsense.batch.tables import TABLES

PARTS = "parts"
DATABASE = "ficsense.duckdb"
MANIFEST = "manifest.parquet"
_TEMPORARY_PREFIX = ".tmp-"


class BatchStore:
    """Reads and writes one batch output folder."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.parts = self.out / PARTS

    @contextmanager
    def locked(self, *, on_wait: object = None) -> Iterator[None]:
        """Hold the folder's lock for a whole run; wait while an earlier run still holds it."""
        self.parts.mkdir(parents=True, exist_ok=True)
        with open(self.out / ".lock", "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if callable(on_wait):
                    on_wait()
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def remove_temporary(self) -> None:
        """Drop partitions a killed run left half-written."""
        if self.parts.is_dir():
            for entry in self.parts.iterdir():
                if entry.name.startswith(_TEMPORARY_PREFIX):
                    shutil.rmtree(entry, ignore_errors=True)

    def partitions(self) -> list[Path]:
        """Committed partition folders, in name order."""
        if not self.parts.is_dir():
            return []
        return sorted(p for p in self.parts.iterdir() if p.is_dir() and not p.name.startswith(_TEMPORARY_PREFIX))

    def finished_ids(self) -> set[str]:
        """Ids of every work already recorded (done or failed)."""
        finished: set[str] = set()
        for partition in self.partitions():
            table = pq.read_table(partition / "works.parquet", columns=["id"])
            finished.update(table.column("id").to_pylist())
        return finished

    def commit(self, chunk_id: str, tables: dict[str, pa.Table]) -> bool:
        """Write one partition atomically; False when that partition was already committed."""
        target = self.parts / chunk_id
        if target.exists():
            return False
        temporary = self.parts / f"{_TEMPORARY_PREFIX}{chunk_id}-{os.getpid()}"
        temporary.mkdir(parents=True, exist_ok=False)
        for name in TABLES:
            path = temporary / f"{name}.parquet"
            pq.write_table(tables[name], path)
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        try:
            os.rename(temporary, target)
        except OSError:
            shutil.rmtree(temporary, ignore_errors=True)
            return False
        _fsync_directory(self.parts)
        return True

    def write_manifest_and_views(self) -> None:
        """Rebuild `manifest.parquet` and the DuckDB views from the committed partitions."""
        import duckdb

        partitions = self.partitions()
        manifest_rows: dict[str, list] = {"id": [], "status": [], "error": [], "partition": []}
        for partition in partitions:
            works = pq.read_table(partition / "works.parquet", columns=["id", "error"]).to_pylist()
            for row in works:
                manifest_rows["id"].append(row["id"])
                manifest_rows["status"].append("done" if row["error"] is None else "failed")
                manifest_rows["error"].append(row["error"])
                manifest_rows["partition"].append(partition.name)
        pq.write_table(pa.table(manifest_rows, schema=_MANIFEST_SCHEMA), self.out / f".{MANIFEST}.tmp")
        os.replace(self.out / f".{MANIFEST}.tmp", self.out / MANIFEST)
        database = self.out / DATABASE
        temporary = self.out / f".{DATABASE}.tmp"
        temporary.unlink(missing_ok=True)
        with duckdb.connect(str(temporary)) as connection:
            connection.execute(f"SET file_search_path = '{_sql_string(str(self.out))}'")
            for name in TABLES:
                source = f"read_parquet('{PARTS}/*/{name}.parquet', union_by_name = true)" if partitions else None
                if source is None:
                    connection.execute(f"CREATE VIEW {name} AS SELECT * FROM ({_empty_select(name)})")
                else:
                    connection.execute(f"CREATE VIEW {name} AS SELECT * FROM {source}")
            connection.execute(f"CREATE VIEW manifest AS SELECT * FROM read_parquet('{MANIFEST}')")
        os.replace(temporary, database)


def _empty_select(name: str) -> str:
    from ficsense.batch.tables import SCHEMAS

    columns = ", ".join(f'NULL::{_duck_type(field.type)} AS "{field.name}"' for field in SCHEMAS[name])
    return f"SELECT {columns} WHERE false"


def _duck_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_integer(arrow_type):
        return "BIGINT"
    if pa.types.is_floating(arrow_type):
        return "DOUBLE"
    if pa.types.is_list(arrow_type):
        return "VARCHAR[]"
    if pa.types.is_struct(arrow_type):
        fields = ", ".join(f'"{field.name}" {_duck_type(field.type)}' for field in arrow_type)
        return f"STRUCT({fields})"
    return "VARCHAR"


def _sql_string(value: str) -> str:
    return value.replace("'", "''")


def _fsync_directory(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


_MANIFEST_SCHEMA = pa.schema(
    [("id", pa.string()), ("status", pa.string()), ("error", pa.string()), ("partition", pa.string())]
)
