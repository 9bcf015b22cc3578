"""End to end in headless Chromium: upload a sample, read the rating, click a finding, see its suggestion.

Uses Debian's chromium (`apt-get install chromium`) through the `playwright` package; it never downloads a
browser. Skips only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from ficsense.interfaces.web import create_app
from ficsense.pipeline import analyze
from ficsense.report.html import render_html
from tests.conftest import SAMPLES
from tests.report.test_html import fake_registry

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server() -> Iterator[str]:
    """The web app on a free loopback port, in a thread, with stand-in analyses that fill every section."""
    port = _free_port()
    config = uvicorn.Config(create_app(registry=fake_registry()), host="127.0.0.1", port=port, log_level="warning")
    app_server = uvicorn.Server(config)
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not app_server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _guarded_page(browser: Browser, allowed: str) -> tuple[Page, list[str], list[str]]:
    """A page that may load only from `allowed`; other requests are refused and recorded, as are JS errors."""
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    elsewhere: list[str] = []
    errors: list[str] = []

    def route(request_route):  # type: ignore[no-untyped-def]
        url = request_route.request.url
        if allowed and url.startswith(allowed):
            request_route.continue_()
        else:
            elsewhere.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return page, elsewhere, errors


def test_browser_upload_read_rating_click_finding(server: str, browser: Browser, tmp_path: Path):
    page, elsewhere, errors = _guarded_page(browser, server)
    page.goto(server + "/")
    page.set_input_files("#file", str(SAMPLES / "first_frost.txt"))
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.title() == "first_frost.txt — ficsense report"
    assert page.inner_text("#rating").startswith("Teen And Up Audiences (80%)")

    popover = page.locator("#popover")
    assert popover.is_hidden()
    finding = page.locator("mark.f-spelling", has_text="breathe").first
    finding.scroll_into_view_if_needed()
    finding.click()
    popover.wait_for(state="visible")
    assert "“breathe” is the verb; the noun is “breath”." in popover.inner_text()
    assert "Suggestion: breath" in popover.inner_text()
    page.screenshot(path=str(tmp_path / "finding.png"))
    assert (tmp_path / "finding.png").stat().st_size > 10_000

    page.keyboard.press("Escape")
    assert popover.is_hidden()
    # unticking a category takes its highlights away, and a click on them opens nothing
    page.locator("input[data-category=spelling]").uncheck()
    finding.click()
    assert popover.is_hidden()

    assert elsewhere == []
    assert errors == []


def test_browser_evidence_link_jumps_to_the_passage(server: str, browser: Browser):
    page, elsewhere, errors = _guarded_page(browser, server)
    page.goto(server + "/")
    page.fill("#text", (SAMPLES / "first_frost.txt").read_text(encoding="utf-8"))
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.locator("#tags a[href^='#ev-']").first.click()
    target = page.evaluate("location.hash")
    assert target.startswith("#ev-")
    assert page.locator(target).inner_text() == "afraid"
    assert page.locator(target).is_visible()
    assert page.locator(".lit").all_inner_texts() == ["afraid"]
    assert elsewhere == [] and errors == []


def test_browser_bad_upload_shows_the_message(server: str, browser: Browser, tmp_path: Path):
    broken = tmp_path / "broken.epub"
    broken.write_bytes(b"PK\x03\x04 not an archive at all")
    page, _, _ = _guarded_page(browser, server)
    page.goto(server + "/")
    page.set_input_files("#file", str(broken))
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.inner_text("#error").startswith("broken.epub: ")


def test_browser_opens_the_report_of_a_novel(browser: Browser, shared_data: Path, tmp_path: Path):
    novel = shared_data / "pdnc" / "data" / "Persuasion" / "novel_text.txt"
    if not novel.is_file():
        pytest.skip("Persuasion is not in ../shared/data")
    report_file = tmp_path / "persuasion.html"
    report = analyze(novel, registry=fake_registry(), settings={"proofreading": {"every": 40}})
    report_file.write_text(render_html(report), encoding="utf-8")
    assert report_file.stat().st_size < 5 * 2**20
    page, elsewhere, errors = _guarded_page(browser, report_file.as_uri())
    started = time.monotonic()
    page.goto(report_file.as_uri())
    assert time.monotonic() - started < 30
    assert page.locator("p[id^='p-']").count() == len(report.document.paragraphs)
    page.locator("mark.f").nth(500).click()
    assert "a filler word" in page.locator("#popover").inner_text()
    assert elsewhere == [] and errors == []
