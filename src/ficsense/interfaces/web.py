"""`ficsense serve`: a local web page to paste or upload a story and read its report, and a JSON API.

A thin adapter like the CLI: read the request, make one library call (load, analyse, render), translate
errors. It binds to loopback unless told otherwise and writes nothing to disk: uploads are parsed in memory
(Starlette would spool files over 1 MB to a temporary file; our parser's spool is larger than any body we
accept) and the report is built and sent from memory.

The API documentation at /docs is drawn here from the OpenAPI schema (/openapi.json) rather than by Swagger
UI, which would load its script from a CDN: the page works offline like the rest of ficsense.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from ficsense import __version__
from ficsense.analyses import Analysis
from ficsense.errors import InputError
from ficsense.loaders import load_bytes
from ficsense.pipeline import analyze
from ficsense.report.html import assets, environment, render_html
from ficsense.report.model import Report

DEFAULT_MAX_UPLOAD_BYTES = 10 * 2**20
# Room for the multipart envelope (boundaries, part headers, the other field) around a file at the limit.
_ENVELOPE_BYTES = 64 * 1024
_FORMATS = ".txt, .md, .html or .epub"


class _TooLarge(Exception):
    """The request carries more than the upload limit."""

    def __init__(self, size: int | None, limit: int) -> None:
        got = f"{_size(size)} is" if size is not None else "it is"
        super().__init__(f"too large: {got} over the {_size(limit)} upload limit; split the story into parts")


def _size(count: int) -> str:
    if count >= 2**20:
        return f"{round(count / 2**20, 1):g} MB"
    return f"{round(count / 2**10, 1):g} KB"


@dataclass(frozen=True, slots=True)
class _Upload:
    data: bytes
    filename: str | None


class _InMemoryMultiPartParser(MultiPartParser):
    """Starlette's multipart parser with a spool larger than any accepted body, so nothing reaches disk."""

    def __init__(self, request: Request, stream: AsyncGenerator[bytes, None], *, limit: int) -> None:
        super().__init__(request.headers, stream, max_files=1, max_fields=8, max_part_size=limit + _ENVELOPE_BYTES)
        self.spool_max_size = limit + 2 * _ENVELOPE_BYTES


async def _limited(request: Request, limit: int) -> AsyncGenerator[bytes, None]:
    """The request body, stopped as soon as it runs past the limit (and the envelope around a file)."""
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit + _ENVELOPE_BYTES:
            raise _TooLarge(None, limit)
        yield chunk


async def _read_upload(request: Request, limit: int) -> _Upload:
    """The story bytes and file name from a form (file or pasted text), a JSON body or a raw body."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + _ENVELOPE_BYTES:
        raise _TooLarge(int(declared), limit)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = _limited(request, limit)
    if content_type == "multipart/form-data":
        upload = await _form_upload(request, body, limit)
    else:
        raw = b"".join([chunk async for chunk in body])
        if content_type == "application/json":
            upload = _json_upload(raw)
        elif content_type == "application/x-www-form-urlencoded":
            # Percent-escapes are ASCII; parse_qs decodes what they encode as UTF-8.
            fields = parse_qs(raw.decode("ascii", errors="replace"), keep_blank_values=True)
            upload = _Upload("".join(fields.get("text", [""])[:1]).encode("utf-8"), None)
        else:
            upload = _Upload(raw, _basename(request.query_params.get("filename")))
    if len(upload.data) > limit:
        raise _TooLarge(len(upload.data), limit)
    if not upload.data.strip():
        raise InputError(f"nothing to read: paste a story or choose a {_FORMATS} file")
    return upload


async def _form_upload(request: Request, body: AsyncGenerator[bytes, None], limit: int) -> _Upload:
    """The file of a form when one was chosen, else its pasted text."""
    try:
        form = await _InMemoryMultiPartParser(request, body, limit=limit).parse()
    except MultiPartException as error:
        raise InputError(f"cannot read the form: {error.message}") from None
    file = form.get("file")
    if isinstance(file, UploadFile) and file.filename:
        return _Upload(await file.read(), _basename(file.filename))
    text = form.get("text")
    return _Upload(text.encode("utf-8") if isinstance(text, str) else b"", None)


def _basename(name: str | None) -> str | None:
    """The file's own name: browsers on Windows may send a whole path, with backslashes."""
    return PureWindowsPath(name).name or None if name else None


def _json_upload(raw: bytes) -> _Upload:
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"the body is not JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError('a JSON body must be an object with the story in "text"')
    filename = data.get("filename")
    return _Upload(data["text"].encode("utf-8"), _basename(filename) if isinstance(filename, str) else None)


# The analyses share loaded models (the name tagger among them) that are not known to be thread-safe, and a
# local single-user page gains nothing from running two analyses at once on two cores.
_ANALYSIS_LOCK = threading.Lock()


def _analyze(upload: _Upload, registry: Sequence[Analysis] | None) -> Report:
    # Bytes, never `ficsense.load(str)`: a pasted line that names a file on this machine must not be read.
    doc = load_bytes(upload.data, path=upload.filename)
    with _ANALYSIS_LOCK:
        return analyze(doc, registry=registry)


async def _report_for(request: Request, limit: int, registry: Sequence[Analysis] | None) -> Report:
    upload = await _read_upload(request, limit)
    return await run_in_threadpool(_analyze, upload, registry)


def _failure(error: Exception) -> tuple[int, str]:
    """The HTTP status and the one-line message the CLI would print for this error."""
    if isinstance(error, _TooLarge):
        return 413, str(error)
    if isinstance(error, InputError):
        return 400, str(error)
    return 500, f"internal error, please report it: {type(error).__name__}: {error}"


def _page(template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    page = assets()
    html = (
        environment()
        .get_template(template)
        .render(css=page.css, script="", csp=page.csp(form_action="'self'"), version=__version__, **context)
    )
    return HTMLResponse(html, status_code=status_code)


_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": f"The story: a {_FORMATS} file or pasted text in a form, a JSON object, or the raw file.",
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": f"A {_FORMATS} file."},
                        "text": {"type": "string", "description": "Story text, used when no file is given."},
                    },
                }
            },
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {"text": {"type": "string", "description": "Story text."}},
                }
            },
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "description": "Story text (plain, Markdown or HTML)."},
                        "filename": {"type": "string", "description": "A name whose extension hints the format."},
                    },
                }
            },
            "application/octet-stream": {
                "schema": {"type": "string", "format": "binary"},
                "description": "The file's bytes; pass ?filename=work.epub to hint the format.",
            },
        },
    }
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The input cannot be read as a story (the message says why)."},
    413: {"description": "The upload is over the limit."},
}


def create_app(
    *, max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES, registry: Sequence[Analysis] | None = None
) -> FastAPI:
    """The web app; `registry` replaces the analyses (tests use stand-ins)."""
    app = FastAPI(
        title="ficsense",
        version=__version__,
        summary="An offline beta reader and tag wrangler for fan fiction.",
        description="Everything runs on this machine: nothing is sent anywhere and nothing is stored.",
        docs_url=None,
        redoc_url=None,
    )

    @app.get("/", response_class=HTMLResponse, summary="The page to paste or upload a story")
    def index() -> HTMLResponse:
        return _page("web_index.html.j2", title="ficsense", max_size=_size(max_upload_bytes))

    @app.post(
        "/report",
        response_class=HTMLResponse,
        summary="The HTML report of a story",
        description="What `ficsense report FILE -o report.html` writes, for a pasted or uploaded story.",
        openapi_extra=_BODY,
        responses=_ERRORS,
    )
    async def report_page(request: Request) -> HTMLResponse:
        try:
            report = await _report_for(request, max_upload_bytes, registry)
        except Exception as error:
            status, message = _failure(error)
            return _page("web_error.html.j2", status_code=status, title="ficsense: cannot read that", message=message)
        return HTMLResponse(render_html(report))

    @app.post(
        "/api/analyze",
        summary="The report of a story as JSON",
        description="Exactly what `ficsense analyze --format json` prints: the report, schema 1 (docs/schema.md).",
        openapi_extra=_BODY | {"responses": {"200": {"content": {"application/json": {"schema": _schema_ref()}}}}},
        responses=_ERRORS | {200: {"description": "The report."}},
    )
    async def api_analyze(request: Request) -> Response:
        try:
            report = await _report_for(request, max_upload_bytes, registry)
        except Exception as error:
            status, message = _failure(error)
            return JSONResponse({"detail": message}, status_code=status)
        return JSONResponse(report.to_dict())

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return _page("web_docs.html.j2", title="ficsense API", api=_describe(app.openapi()))

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            schema.setdefault("components", {}).setdefault("schemas", {}).update(_report_schemas())
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _schema_ref() -> dict[str, str]:
    return {"$ref": "#/components/schemas/Report"}


def _report_schemas() -> dict[str, Any]:
    """The report's JSON Schema (src/ficsense/report/schema.json), its $defs moved to OpenAPI components."""
    schema = json.loads(files("ficsense.report").joinpath("schema.json").read_text(encoding="utf-8"))
    text = json.dumps(schema)
    text = re.sub(r'"#/\$defs/([^"]+)"', r'"#/components/schemas/Report_\1"', text)
    schema = json.loads(text)
    definitions = schema.pop("$defs", {})
    schema.pop("$schema", None)
    schema.pop("$id", None)
    return {"Report": schema} | {f"Report_{name}": value for name, value in definitions.items()}


def _describe(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of an OpenAPI document, flattened for the docs page."""
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            body = operation.get("requestBody", {}).get("content", {})
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "body": [
                        (content_type, ", ".join(sorted(item.get("schema", {}).get("properties", {}))))
                        for content_type, item in body.items()
                    ],
                    "responses": [
                        (code, response.get("description", "")) for code, response in operation["responses"].items()
                    ],
                }
            )
    return operations


def serve(*, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web app with uvicorn until interrupted (loopback only unless another host is given)."""
    import uvicorn

    uvicorn.run(create_app(), host=host, port=port, log_level="info")
