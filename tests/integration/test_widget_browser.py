"""The chat widget in a real headless Chromium against the real local server: open the page,
ask a question, see the answer and the tool chip, keep the session in the tab, show errors
kindly. Saves a screenshot (``WIDGET_SCREENSHOT=path`` to keep it)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

from tests.integration import api_helpers  # noqa: F401  (puts chalicelib on sys.path)

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1200,900"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("headless Chromium not installed (/usr/bin/chromium, /usr/bin/chromedriver):"
                    " run `bash scripts/ensure_chromium.sh` as root")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def shop_port() -> int:
    """Port of another site (another origin) that embeds the widget."""
    return _free_port()


@pytest.fixture(scope="module")
def server(ready_settings, shop_port):
    from chalicelib.local import BackgroundServer
    from chalicelib.services import ApiServices

    services = ApiServices(ready_settings.model_copy(update={
        "rate_limit_per_minute": 1000, "cors_origins": [f"http://127.0.0.1:{shop_port}"]}))
    _, key = services.keys.create("browser", "chat,tools")
    with BackgroundServer(services) as running:
        yield running, key


@pytest.fixture(scope="module")
def shop(server, shop_port, tmp_path_factory):
    """A plain static page on another origin with the one-tag embed."""
    running, key = server
    root = tmp_path_factory.mktemp("shop")
    (root / "index.html").write_text(
        "<!doctype html><html><head><title>Shop</title></head><body><h1>Our shop</h1>"
        f'<script src="{running.url}/widget.js" data-endpoint="{running.url}" '
        f'data-api-key="{key}"></script></body></html>')
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", shop_port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{shop_port}/index.html"
    httpd.shutdown()
    httpd.server_close()


def _shadow(driver):
    from selenium.webdriver.common.by import By

    host = driver.find_element(By.CSS_SELECTOR, "marketing-assistant-widget")
    return host.shadow_root


def _wait(driver, condition, timeout=60):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.2).until(condition)


def _open_fresh(driver, url):
    """Open the page in a tab with no earlier conversation, then open the chat."""
    from selenium.webdriver.common.by import By

    driver.get(url)
    driver.execute_script("sessionStorage.clear()")
    _wait(driver, lambda d: _shadow(d)).find_element(By.CSS_SELECTOR, "button.bubble").click()


def _ask(driver, text):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    root = _shadow(driver)
    before = len(root.find_elements(By.CSS_SELECTOR, ".msg.assistant, .msg.error"))
    field = root.find_element(By.CSS_SELECTOR, "textarea")
    field.send_keys(text)
    field.send_keys(Keys.ENTER)
    _wait(driver, lambda d: len(_shadow(d).find_elements(
        By.CSS_SELECTOR, ".msg.assistant, .msg.error")) > before)
    return _shadow(driver).find_elements(By.CSS_SELECTOR, ".msg.assistant, .msg.error")[-1]


def test_ask_a_question_and_see_the_answer_with_its_tool_chip(browser, server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    running, key = server
    browser.get(f"{running.url}/?key={key}")
    browser.execute_script("sessionStorage.clear()")
    root = _wait(browser, lambda d: _shadow(d))
    bubble = root.find_element(By.CSS_SELECTOR, "button.bubble")
    # The host page styles every <button> red with !important: none of it reaches the widget.
    assert browser.execute_script(
        "return getComputedStyle(arguments[0]).backgroundColor", bubble) == "rgb(79, 70, 229)"
    assert bubble.get_attribute("aria-expanded") == "false"
    bubble.send_keys(Keys.ENTER)  # keyboard opens it
    assert bubble.get_attribute("aria-expanded") == "true"
    focused = browser.execute_script(
        "return document.querySelector('marketing-assistant-widget')"
        ".shadowRoot.activeElement.tagName")
    assert focused == "TEXTAREA"

    answer = _ask(browser, "What should we recommend to customer 12347?")
    assert "msg assistant" in answer.get_attribute("class")
    assert "12347" in answer.text
    chips = [c.text for c in answer.find_elements(By.CSS_SELECTOR, ".chip")]
    assert chips == ["recommend-for-user"]
    assert answer.find_elements(By.CSS_SELECTOR, ".sources li")

    browser.execute_script("arguments[0].scrollIntoView({block: 'end'})",
                           answer.find_element(By.CSS_SELECTOR, ".chip"))
    shot = tmp_path / "widget.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("WIDGET_SCREENSHOT"):
        shutil.copy(shot, os.environ["WIDGET_SCREENSHOT"])

    # The session lives in this tab: a reload shows the conversation again.
    session = browser.execute_script(
        "return Object.keys(sessionStorage).filter(k => k.startsWith('ma-chat-session'))"
        ".map(k => sessionStorage.getItem(k))[0]")
    assert session
    browser.refresh()
    _wait(browser, lambda d: _shadow(d)).find_element(By.CSS_SELECTOR, "button.bubble").click()
    _wait(browser, lambda d: any("12347" in m.text for m in _shadow(d).find_elements(
        By.CSS_SELECTOR, ".msg.user")))

    # Escape closes the panel and gives focus back to the bubble.
    _shadow(browser).find_element(By.CSS_SELECTOR, "textarea").send_keys(Keys.ESCAPE)
    assert _shadow(browser).find_element(By.CSS_SELECTOR, "button.bubble").get_attribute(
        "aria-expanded") == "false"


def test_passage_citations_are_shown_as_sources(browser, server):
    from selenium.webdriver.common.by import By

    running, key = server
    _open_fresh(browser, f"{running.url}/?key={key}")
    answer = _ask(browser, "What is our returns policy?")
    assert [c.text for c in answer.find_elements(By.CSS_SELECTOR, ".chip")] == [
        "search-knowledge-base"]
    summaries = answer.find_elements(By.CSS_SELECTOR, ".sources details summary")
    assert summaries, answer.text
    summaries[0].click()  # expandable source
    assert answer.find_element(By.CSS_SELECTOR, ".sources details").get_attribute("open")


def test_a_bad_key_gets_a_kind_error_not_a_crash(browser, server):

    running, _ = server
    _open_fresh(browser, f"{running.url}/?key=mk_000000000000_" + "0" * 48)
    message = _ask(browser, "Hello?")
    assert "msg error" in message.get_attribute("class")
    assert "valid key" in message.text
    assert message.get_attribute("role") == "alert"


def test_one_tag_on_another_site_works_across_origins(browser, shop):
    """The widget on a page of another origin: CORS preflight and answer in a real browser."""
    from selenium.webdriver.common.by import By

    _open_fresh(browser, shop)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Our shop"
    answer = _ask(browser, "Which segment is customer 12583 in?")
    assert "msg assistant" in answer.get_attribute("class"), answer.text
    assert [c.text for c in answer.find_elements(By.CSS_SELECTOR, ".chip")] == [
        "segment-customer"]
