"""The HTML report in a real browser: headless Chromium driven through Selenium.

Uses the system's Chromium and ChromeDriver (Debian packages ``chromium`` and
``chromium-driver``); nothing is downloaded. Without a browser the tests skip with the
reason, except when ``FACTCHECK_REQUIRE_BROWSER=1`` (CI), where they fail instead.
``FACTCHECK_UPDATE_SCREENSHOT=1`` also saves the screenshot as docs/img/report.png.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_report_escaping import hostile_report_input

from factcheck.cli import main
from factcheck.report import build_report, render_report

ROOT = Path(__file__).resolve().parent.parent
# Relative paths (the tests run from the repository root), so the page shows them as a user would.
FOUNDING = "claims/founding"
REFERENCE = "claims/reference"  # entity names: "NV" is The New Voice of Ukraine
UAVS = "q-5900a13a6dba"  # "more than 70 UAVs"
MISSILES = "q-437124fb0417"  # "three ballistic missiles", the next claim in the text
PROJECTILES = "q-a247e5194187"  # "over 300 projectiles"


def _unavailable(reason: str) -> None:
    if os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1":
        pytest.fail(f"FACTCHECK_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install -e '.[dev]')")
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        _unavailable("no Chromium and ChromeDriver on PATH (apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1100",
    ):
        options.add_argument(argument)
    try:
        driver = webdriver.Chrome(options=options, service=Service(executable_path=str(driver_path)))
    except WebDriverException as exc:
        _unavailable(f"Chromium did not start: {exc.msg}")
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _founding_page(tmp_path: Path) -> Path:
    """The founding report with a hand-made finding and verdicts, written by the command line."""
    findings = tmp_path / "findings.json"
    findings.write_text(
        json.dumps(
            [
                {
                    "code": "FC205",
                    "name": "year-inferred",
                    "severity": "info",
                    "message": "the year of 'on April 13' is inferred from the publication date",
                    "claim_ids": [UAVS],
                    "path": "claims/founding/claims.yaml",
                    "line": 1429,
                    "column": 5,
                }
            ]
        ),
        encoding="utf-8",
    )
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(
        json.dumps(
            [
                {
                    "claim_id": UAVS,
                    "label": "supported",
                    "rule": "quantity-interval",
                    "explanation": "hand-made test verdict: 'more than 70 drones' states the same interval",
                    "evidence": [
                        {
                            "claim_id": "q-00000000c001",
                            "document": "test-wire",
                            "publisher": "Test Wire",
                            "url": "https://wire.example/uavs",
                            "published": "2024-04-14",
                            "relation": "supports",
                            "score": 93,
                            "spans": [{"document": "test-wire", "start": 0, "end": 19, "text": "more than 70 drones"}],
                        }
                    ],
                },
                {
                    "claim_id": PROJECTILES,
                    "label": "refined",
                    "rule": "quantity-interval",
                    "explanation": "hand-made test verdict: a later figure is more specific",
                    "evidence": [
                        {
                            "claim_id": f"q-00000000c00{n}",
                            "document": f"test-wire-{n}",
                            "publisher": "Test Wire",
                            "published": when,
                            "relation": relation,
                            "score": 90,
                            "spans": [{"document": f"test-wire-{n}", "start": 0, "end": len(text), "text": text}],
                        }
                        for n, when, relation, text in (
                            (2, "2024-04-13T22:00:00", "related", "more than 200 drones and missiles"),
                            (3, "2024-04-14T03:00:00", "supports", "more than 300 projectiles"),
                            (4, "2024-04-14T16:00:00", "refines", "about 350 missiles and drones"),
                        )
                    ],
                },
            ]
        ),
        encoding="utf-8",
    )
    page = tmp_path / "report.html"
    argv = ["report", FOUNDING, REFERENCE, "-o", str(page), "--findings", str(findings), "--verdicts", str(verdicts)]
    assert main(argv) == 0
    return page


def _text(driver: Any, css: str) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.CSS_SELECTOR, css).text)


def test_selecting_a_claim_shows_its_provenance_and_verdict(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(_founding_page(tmp_path).as_uri())
    assert browser.find_element(By.ID, "inspector-empty").is_displayed()
    assert not browser.find_element(By.ID, f"claim-{UAVS}").is_displayed()

    browser.find_element(By.ID, f"item-{UAVS}").click()
    panel = browser.find_element(By.ID, f"claim-{UAVS}")
    assert panel.is_displayed() and not browser.find_element(By.ID, "inspector-empty").is_displayed()
    shown = panel.text
    assert "more than 70 UAVs (70, inf)" in shown  # the normalised value, as a person reads it
    assert "NV [= The New Voice of Ukraine]" in shown and "published, 2024-05-27 (day)" in shown  # the chain
    assert "nv-nato-skies-2024-05-27" in shown and "characters 1396-1413" in shown  # provenance
    assert "extractor manual, rule hand-annotated, version 0.1.0" in shown
    assert "claims/founding/claims.yaml:1429:5" in shown
    assert "FC205" in shown  # its finding
    assert "supported" in shown and "more than 70 drones" in shown and "Test Wire" in shown  # verdict, evidence
    link = panel.find_element(By.CSS_SELECTOR, ".evidence a")
    assert link.get_attribute("href") == "https://wire.example/uavs"
    # The claim's span in the article is outlined.
    selected = browser.find_elements(By.CSS_SELECTOR, "mark.selected")
    assert [m.text for m in selected] == ["more than 70 UAVs"]

    # Keyboard: j moves to the next claim in text order.
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    assert browser.find_element(By.ID, f"item-{MISSILES}").get_attribute("aria-selected") == "true"
    assert browser.find_element(By.ID, f"claim-{MISSILES}").is_displayed()

    # Clicking a highlight in the article selects its claim; the timeline is shown.
    mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-claims^="{PROJECTILES}"]')
    mark.click()
    panel = browser.find_element(By.ID, f"claim-{PROJECTILES}")
    assert panel.is_displayed()
    timeline = [li.text for li in panel.find_elements(By.CSS_SELECTOR, ".timeline li")]
    assert [entry.split(" ")[0] for entry in timeline] == [
        "2024-04-13T22:00:00",
        "2024-04-14T03:00:00",
        "2024-04-14T16:00:00",
    ]

    # A referenced claim id in a panel selects that claim.
    browser.find_element(By.ID, f"item-{UAVS}").click()
    browser.find_element(By.CSS_SELECTOR, f'#claim-{UAVS} button.ref[data-claim="{PROJECTILES}"]').click()
    assert browser.find_element(By.ID, f"claim-{PROJECTILES}").is_displayed()
    assert not browser.find_element(By.ID, f"claim-{UAVS}").is_displayed()

    # Filters: three quantity claims; one with an info finding.
    Select(browser.find_element(By.ID, "filter-kind")).select_by_value("quantity")
    assert _text(browser, "#shown-count") == "3"
    Select(browser.find_element(By.ID, "filter-kind")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-severity")).select_by_value("info")
    assert _text(browser, "#shown-count") == "1"
    Select(browser.find_element(By.ID, "filter-severity")).select_by_value("")
    assert _text(browser, "#shown-count") == "29"

    # The print layout shows every claim's panel and hides the controls.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    panels = browser.find_elements(By.CSS_SELECTOR, ".claim-detail")
    assert len(panels) == 29 and all(panel.is_displayed() for panel in panels)
    assert not browser.find_element(By.CSS_SELECTOR, ".filters").is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    # Back on screen, nothing is selected: the severity filter dropped the selected claim.
    assert not any(panel.is_displayed() for panel in panels)
    assert browser.find_element(By.ID, "inspector-empty").is_displayed()

    browser.find_element(By.ID, f"item-{UAVS}").click()
    _screenshot(browser, tmp_path / "report.png")


def _screenshot(browser: Any, image: Path) -> None:
    from selenium.webdriver.common.by import By

    mark = browser.find_element(By.CSS_SELECTOR, "mark.selected")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    assert browser.save_screenshot(str(image))
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and image.stat().st_size > 20_000


def test_the_founding_report_against_the_sources(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's command on the shipped example, end to end in a browser; the docs' screenshot.

    ``factcheck report claims/`` runs the checks and verifies each document against the others;
    for the founding article that is the verdict of ``verify`` against ``claims/sources``.
    """
    from selenium.webdriver.common.by import By

    from factcheck.files.load import load_paths, merge_files
    from factcheck.match import verify

    monkeypatch.chdir(ROOT)
    page = tmp_path / "report.html"
    assert main(["report", "claims/", "-o", str(page)]) == 0
    verdict = verify(merge_files(load_paths([FOUNDING, REFERENCE])), merge_files(load_paths(["claims/sources"]))).get(
        UAVS
    )
    assert verdict is not None and verdict.evidence
    browser.get(page.as_uri())
    browser.find_element(By.ID, f"item-{UAVS}").click()
    panel = browser.find_element(By.ID, f"claim-{UAVS}")
    label = panel.find_element(By.CSS_SELECTOR, ".verdict .badge").text
    assert label.startswith(verdict.label.value.replace("_", " "))
    first = panel.find_element(By.CSS_SELECTOR, ".evidence li")
    assert verdict.evidence[0].claim_id in first.text
    image = tmp_path / "report.png"
    browser.set_window_size(1400, 1500)  # tall enough for the panel down to the verdict's evidence
    try:
        _screenshot(browser, image)
    finally:
        browser.set_window_size(1400, 1100)
    if os.environ.get("FACTCHECK_UPDATE_SCREENSHOT") == "1":
        target = ROOT / "docs" / "img" / "report.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(image, target)


def test_hostile_input_runs_no_script_in_the_browser(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    claims, findings, verdicts = hostile_report_input()
    page = tmp_path / "hostile.html"
    page.write_text(render_report(build_report(claims, findings, verdicts, checked=True), "html"), encoding="utf-8")
    browser.get(page.as_uri())
    # Select every claim, so every panel's content is rendered and shown once.
    for item in browser.find_elements(By.CSS_SELECTOR, ".claim-list button"):
        item.click()
    assert browser.execute_script("return window.__xss === undefined")
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1
    assert browser.find_elements(By.CSS_SELECTOR, "img, svg, iframe, textarea, a") == []
    assert "<script>window.__xss = 1</script>" in browser.find_element(By.CSS_SELECTOR, ".text").text
