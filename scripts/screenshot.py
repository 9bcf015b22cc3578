"""Write docs/screenshot.png: the HTML report of a bundled sample as headless Chromium shows it.

Run it again whenever the report or the analyses change, so the README shows the page as it is:

    .venv/bin/python scripts/screenshot.py [--sample samples/lanterns_ao3.html] [--output docs/screenshot.png]

Needs Debian's chromium (`apt-get install chromium`) and the `playwright` package from the dev extra; it
never downloads a browser.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from ficsense.pipeline import analyze
from ficsense.report.html import render_html

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def screenshot(sample: Path, output: Path, *, width: int = 1100, height: int = 1400) -> None:
    """Render the sample's report and save what the top of the page looks like."""
    page_html = render_html(analyze(sample))
    output.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            # The report is one self-contained page; nothing it shows comes from the network.
            page.route("**/*", lambda route: route.abort())
            page.set_content(page_html, wait_until="load")
            page.screenshot(path=str(output), full_page=False)
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=REPO / "samples" / "lanterns_ao3.html")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshot.png")
    arguments = parser.parse_args()
    screenshot(arguments.sample, arguments.output)


if __name__ == "__main__":
    main()
