"""Helpers for the browser tests: Debian's headless Chromium driven by Playwright against a live server.

The `live_server` and `browser` fixtures live in tests/conftest.py; a browser test module sets
``pytestmark = BROWSER_TEST`` so it skips, saying why, where no Chromium is installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "browser"
# Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no browser: /usr/bin/chromium is missing "
                                                     "(apt-get install chromium; .ci/run installs it)"),
]


def signed_in_page(browser, base: str, user, password: str, height: int = 900, width: int = 1280):
    """Open a new browser context ``width`` px wide and sign ``user`` in through the real login form."""
    context = browser.new_context(locale="zh-CN", viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(f"{base}/auth/login")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]:has-text('登录'), input[type=submit][value='登录']")
    page.wait_for_load_state()
    return page


def screenshot(page, name: str) -> None:
    """Save a full-page screenshot under test-artifacts/browser/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
