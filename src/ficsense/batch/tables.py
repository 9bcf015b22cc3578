"""The batch tables: their Parquet schemas and the rows one Report contributes to each.

Schemas are explicit so that a partition with no findings still has every column, and DuckDB can read all
partitions of a table as one.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from ficsense.loaders.corpus import WorkLocator
from ficsense.report.model import Report, Tag

_STATS = pa.struct(
    [
        ("words", pa.int64()),
        ("chapters", pa.int64()),
        ("scenes", pa.int64()),
        ("paragraphs", pa.int64()),
        ("sentences", pa.int64()),
        ("dialogue_ratio", pa.float64()),
        ("reading_minutes", pa.float64()),
    ]
)
SCHEMAS: dict[str, pa.Schema] = {
    "works": pa.schema(
        [
            ("id", pa.string()),
            ("path", pa.string()),
            ("format", pa.string()),
            ("title", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("words", pa.int64()),
            ("rating", pa.string()),
            ("warnings", pa.list_(pa.string())),
            ("tags", pa.list_(pa.string())),
            ("stats", _STATS),
            ("author_tags", pa.string()),
            ("analyses", pa.string()),
            ("ficsense_version", pa.string()),
            ("seconds", pa.float64()),
            ("error", pa.string()),
        ]
    ),
    "findings": pa.schema(
        [
            ("work_id", pa.string()),
            ("rule", pa.string()),
            ("category", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("message", pa.string()),
            ("suggestions", pa.list_(pa.string())),
            ("confidence", pa.float64()),
        ]
    ),
    "characters": pa.schema(
        [
            ("work_id", pa.string()),
            ("name", pa.string()),
            ("aliases", pa.list_(pa.string())),
            ("mentions", pa.int64()),
            ("gender", pa.string()),
            ("role", pa.string()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("work_id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("speaker", pa.string()),
            ("addressee", pa.string()),
            ("confidence", pa.float64()),
        ]
    ),
    "tags": pa.schema(
        [
            ("work_id", pa.string()),
            ("field", pa.string()),
            ("tag", pa.string()),
            ("webis", pa.string()),
            ("confidence", pa.float64()),
            ("evidence", pa.string()),
        ]
    ),
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)


def empty_rows() -> dict[str, list[dict[str, Any]]]:
    """One empty row list per table."""
    return {table: [] for table in TABLES}


def failed_work_row(locator: WorkLocator, error: str, seconds: float, version: str) -> dict[str, Any]:
    """The `works` row of a work that could not be analysed: its error, and nothing invented."""
    return {
        "id": locator.id,
        "path": locator.label,
        "warnings": [],
        "tags": [],
        "authors": [],
        "seconds": round(seconds, 3),
        "ficsense_version": version,
        "error": error,
    }


def report_rows(locator: WorkLocator, report: Report, seconds: float) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysed work adds to each table."""
    data = report.to_dict()
    work_id = locator.id
    rows = empty_rows()
    tags = report.tags
    rows["works"].append(
        {
            "id": work_id,
            "path": locator.label,
            "format": data["source"]["format"],
            "title": data["source"]["title"],
            "authors": data["source"]["authors"],
            "words": report.stats.words,
            "rating": tags.rating.tag if tags.rating else None,
            "warnings": [tag.tag for tag in tags.archive_warnings],
            "tags": [tag.tag for tag in tags.additional],
            "stats": data["stats"],
            "author_tags": json.dumps(data["source"]["metadata"], sort_keys=True, ensure_ascii=False),
            "analyses": json.dumps(data["analyses"], sort_keys=True),
            "ficsense_version": report.ficsense_version,
            "seconds": round(seconds, 3),
            "error": None,
        }
    )
    rows["findings"] = [{"work_id": work_id, **finding} for finding in data["findings"]]
    rows["characters"] = [
        {key: value for key, value in {"work_id": work_id, **character}.items() if key != "evidence"}
        for character in data["characters"]
    ]
    rows["quotes"] = [{"work_id": work_id, **quote} for quote in data["quotes"]]
    fields: list[tuple[str, tuple[Tag, ...]]] = [
        ("rating", (tags.rating,) if tags.rating else ()),
        ("archive_warning", tags.archive_warnings),
        ("category", tags.categories),
        ("fandom", tags.fandoms),
        ("relationship", tags.relationships),
        ("character", tags.characters),
        ("additional", tags.additional),
    ]
    for field, values in fields:
        for tag in values:
            rows["tags"].append(
                {
                    "work_id": work_id,
                    "field": field,
                    "tag": tag.tag,
                    "webis": tag.webis,
                    "confidence": tag.confidence,
                    "evidence": json.dumps([item.to_dict() for item in tag.evidence]),
                }
            )
    return rows


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table of the named schema (missing keys become nulls)."""
    schema = SCHEMAS[name]
    return pa.Table.from_pylist([{field: row.get(field) for field in schema.names} for row in rows], schema=schema)
