"""The web app: paste or upload a story and get the same report the CLI writes; errors as the CLI words them."""

from __future__ import annotations

import inspect
import tempfile
import warnings
from pathlib import Path

import pytest

from ficsense.errors import InputError
from ficsense.interfaces import web
from ficsense.interfaces.web import create_app
from ficsense.loaders import load_bytes
from ficsense.pipeline import analyze
from ficsense.report.html import render_html
from tests.conftest import SAMPLES
from tests.report.test_html import STORY, fake_registry

with warnings.catch_warnings():
    # Starlette now asks for the `httpx2` package for its test client; plain httpx still works.
    warnings.filterwarnings("ignore", message=".*httpx2", category=UserWarning)
    from fastapi.testclient import TestClient

MARKDOWN = "# Frost\n\nMarcus found *Ana* on the wall. She was afraid of the dark.\n\n“Go to bed,” she said.\n"


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(registry=fake_registry()))


def _expected_page(data: bytes, name: str | None) -> str:
    return render_html(analyze(load_bytes(data, path=name), registry=fake_registry()))


def test_web_index_offers_paste_and_upload(client: TestClient):
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert '<textarea id="text" name="text"' in page
    assert '<input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.epub">' in page
    assert "up to 10 MB" in page
    assert "form-action &#39;self&#39;" in page
    assert "<script" not in page


def test_web_report_of_pasted_text_is_the_report_the_cli_writes(client: TestClient):
    # as a browser sends the form (multipart) and as curl -d sends it (urlencoded)
    for response in (
        client.post("/report", files={"text": (None, STORY)}),
        client.post("/report", data={"text": STORY}),
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        assert response.text == _expected_page(STORY.encode("utf-8"), None)
        assert "Teen And Up Audiences (80%)" in response.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("first_frost.txt", (SAMPLES / "first_frost.txt").read_bytes()),
        ("frost.md", MARKDOWN.encode("utf-8")),
        ("lanterns_ao3.html", (SAMPLES / "lanterns_ao3.html").read_bytes()),
        ("tide_and_ember.epub", (SAMPLES / "tide_and_ember.epub").read_bytes()),
    ],
)
def test_web_report_of_each_uploaded_format(client: TestClient, name: str, data: bytes):
    response = client.post("/report", files={"file": (name, data)})
    assert response.status_code == 200
    assert response.text == _expected_page(data, name)
    assert f"from {name} (" in response.text


def test_web_upload_wins_over_an_empty_text_field(client: TestClient):
    data = (SAMPLES / "first_frost.txt").read_bytes()
    response = client.post("/report", data={"text": ""}, files={"file": ("first_frost.txt", data)})
    assert response.status_code == 200
    assert "The frost came early to Greywatch" in response.text


def test_web_upload_over_the_limit_gets_a_clear_413():
    client = TestClient(create_app(max_upload_bytes=2048, registry=fake_registry()))
    data = b"The frost came early. " * 200  # 4.3 KB
    response = client.post("/report", files={"file": ("long.txt", data)})
    assert response.status_code == 413
    assert '<p class="error" id="error">too large: 4.3 KB is over the 2 KB upload limit' in response.text
    response = client.post("/api/analyze", files={"file": ("long.txt", data)})
    assert response.status_code == 413
    assert response.json() == {"detail": "too large: 4.3 KB is over the 2 KB upload limit; split the story into parts"}
    response = client.post("/api/analyze", data={"text": data.decode()})
    assert response.status_code == 413


def test_web_body_far_over_the_limit_is_refused_before_it_is_read():
    client = TestClient(create_app(max_upload_bytes=2048, registry=fake_registry()))
    response = client.post("/api/analyze", files={"file": ("huge.txt", b"word " * 100_000)})
    assert response.status_code == 413
    assert response.json()["detail"].startswith("too large: 48")
    assert response.json()["detail"].endswith("over the 2 KB upload limit; split the story into parts")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.epub", b"PK\x03\x04 this is not really a zip"),
        ("notes.zip", b"PK\x03\x04\x14\x00\x00\x00\x00\x00" + b"\x00" * 40),
        ("noise.txt", bytes(range(256)) * 8),
        ("empty.txt", b""),
    ],
)
def test_web_bad_file_gets_the_loaders_message(client: TestClient, name: str, data: bytes):
    try:
        load_bytes(data, path=name)
    except InputError as error:
        expected = str(error)
    else:
        expected = ""
    response = client.post("/api/analyze", files={"file": (name, data)})
    assert response.status_code == 400
    if data:
        assert expected.startswith(f"{name}: ")
        assert response.json() == {"detail": expected}
    else:  # an empty file is refused before the loader sees it
        assert response.json() == {
            "detail": "nothing to read: paste a story or choose a .txt, .md, .html or .epub file"
        }
    page = client.post("/report", files={"file": (name, data)})
    assert page.status_code == 400
    assert "ficsense cannot read that" in page.text


def test_web_api_analyze_returns_the_report_json(client: TestClient):
    expected = analyze(load_bytes(STORY.encode("utf-8"), path=None), registry=fake_registry()).to_dict()
    response = client.post("/api/analyze", files={"text": (None, STORY)})
    assert response.status_code == 200
    assert response.json() == expected
    assert client.post("/api/analyze", data={"text": STORY}).json() == expected
    assert response.json()["tags"]["rating"]["tag"] == "Teen And Up Audiences"
    assert client.post("/api/analyze", json={"text": STORY}).json() == expected
    epub = (SAMPLES / "tide_and_ember.epub").read_bytes()
    raw = client.post(
        "/api/analyze",
        content=epub,
        params={"filename": "tide_and_ember.epub"},
        headers={"content-type": "application/octet-stream"},
    )
    assert raw.status_code == 200
    assert raw.json()["source"]["format"] == "epub"
    assert raw.json()["source"]["path"] == "tide_and_ember.epub"


def test_web_api_rejects_json_without_text(client: TestClient):
    response = client.post("/api/analyze", json={"story": STORY})
    assert response.status_code == 400
    assert response.json() == {"detail": 'a JSON body must be an object with the story in "text"'}


def test_web_pasted_path_is_text_never_a_file_to_read(client: TestClient, tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The server's private notes.\n", encoding="utf-8")
    pasted = str(secret)
    response = client.post("/report", files={"text": (None, pasted)})
    assert response.status_code == 200
    assert "private notes" not in response.text
    assert f'<p id="p-0">{pasted}</p>' in response.text


def test_web_writes_nothing_to_disk(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the web app tried to create a file")

    for name in ("TemporaryFile", "NamedTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    client = TestClient(create_app(registry=[]))
    # Over Starlette's 1 MB spool, which would roll over to a temporary file.
    data = ("She walked home.\n\n" * 60_000).encode("utf-8")
    assert len(data) > 2**20
    response = client.post("/api/analyze", files={"file": ("long.txt", data)})
    assert response.status_code == 200
    assert response.json()["stats"]["words"] == 180_000


def test_web_openapi_json_describes_the_api(client: TestClient):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    operation = spec["paths"]["/api/analyze"]["post"]
    assert set(operation["requestBody"]["content"]) == {
        "multipart/form-data",
        "application/x-www-form-urlencoded",
        "application/json",
        "application/octet-stream",
    }
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Report"}
    components = spec["components"]["schemas"]
    assert "findings" in components["Report"]["properties"]
    refs = [part.split('"')[0] for part in response.text.split('"$ref":"')[1:]]
    assert all(ref.removeprefix("#/components/schemas/") in components for ref in refs)
    assert {"400", "413"} <= set(operation["responses"])


def test_web_docs_page_works_offline(client: TestClient):
    response = client.get("/docs")
    assert response.status_code == 200
    assert "<code>POST /api/analyze</code>" in response.text
    assert "<script" not in response.text
    assert 'href="/openapi.json"' in response.text
    assert "cdn" not in response.text.lower()


def test_web_serve_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch):
    import uvicorn

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    web.serve()
    assert calls[0]["host"] == "127.0.0.1"
    assert calls[0]["port"] == 8000
    parameters = inspect.signature(web.serve).parameters
    assert all(parameter.kind is inspect.Parameter.KEYWORD_ONLY for parameter in parameters.values())


def test_web_malformed_form_gets_a_400(client: TestClient):
    response = client.post("/api/analyze", content=b"text=hi", headers={"content-type": "multipart/form-data"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("cannot read the form: ")


def test_web_keeps_only_the_file_name_of_an_upload(client: TestClient):
    data = (SAMPLES / "first_frost.txt").read_bytes()
    response = client.post("/api/analyze", files={"file": ("C:\\Users\\me\\Stories\\first_frost.txt", data)})
    assert response.status_code == 200
    assert response.json()["source"]["path"] == "first_frost.txt"
