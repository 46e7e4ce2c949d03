#!/usr/bin/env python3
"""The `presscheck serve` desk driven in headless Chromium, as a copy editor uses it.

Starts the real binary on a free port, pastes a draft whose headline negates the quote its
body gives, opens the highlighted finding and reads the body quote shown as evidence; looks
a name up and reads the card; checks that hostile drafts and fact files stay text. With
--screenshots DIR, also saves both pages in French and English (the README's pictures).

Needs chromium, chromium-driver and python3-selenium (.ci/install-deps installs them). It
fails when they are missing; PRESSCHECK_SKIP_BROWSER_TESTS=1 turns that into a skip.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SKIP = 77  # ctest's SKIP_RETURN_CODE for this test

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError as error:  # reported in main(), where a skip may be asked for
    webdriver = None
    IMPORT_ERROR = error

ARGS = None
WAIT_SECONDS = 15

HOSTILE_FACTS = {
    "entities.jsonl": [
        '{"type":"entity","id":"mallory","kind":"person","names":{"fr":["Mallory '
        '<script>window.__pwned=1</script> Lerouge"],"en":["Mallory '
        '<script>window.__pwned=1</script> Lerouge"]},"aliases":{"fr":["\\"><img src=x '
        'onerror=window.__pwned=2>"]}}',
        '{"type":"entity","id":"pranks","kind":"office","names":{"fr":["ministre des Farces"],'
        '"en":["Minister of Pranks"]}}',
    ],
    "properties.jsonl": [
        '{"type":"property","id":"position_held","value_type":"entity","labels":'
        '{"fr":["fonction"],"en":["position held"]}}'
    ],
    "sources.jsonl": [
        '{"type":"source","id":"evil","url":"https://example.org/\\"><img src=x '
        'onerror=window.__pwned=3>","title":"<img src=x onerror=window.__pwned=4>"}'
    ],
    "statements.jsonl": [
        '{"type":"statement","id":"mallory-minister","subject":"mallory","property":'
        '"position_held","value":{"entity":"pranks"},"valid_from":{"date":"2020-01-01",'
        '"precision":"day"},"rank":"normal","sources":["evil"]}'
    ],
}


class Desk:
    """One `presscheck serve --port 0`, stopped on exit."""

    def __init__(self, facts=None):
        command = [ARGS.binary, "serve", "--port", "0"]
        if facts:
            command += ["--facts", str(facts)]
        # A scratch working folder: no .presscheck.toml of the checkout applies.
        self.cwd = tempfile.mkdtemp(prefix="presscheck-desk-")
        self.process = subprocess.Popen(command, cwd=self.cwd, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if "http://" not in line:
            self.stop()
            raise RuntimeError(f"serve did not start: {line!r} {self.process.stderr.read()!r}")
        self.url = line[line.index("http://"):].split()[0]

    def stop(self):
        self.process.stdout.close()
        self.process.stderr.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.cwd, ignore_errors=True)


def start_browser(user_data, lang):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900",
                 f"--user-data-dir={user_data}", f"--lang={lang}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run as root with it
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def paste(driver, text):
    """What a paste does: the text lands in the box and the box says it changed."""
    area = driver.find_element(By.ID, "draft-text")
    driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text)


def wait_for(driver, css):
    return WebDriverWait(driver, WAIT_SECONDS).until(
        ready.presence_of_element_located((By.CSS_SELECTOR, css)))


def wait_for_text(driver, css, text):
    WebDriverWait(driver, WAIT_SECONDS).until(
        ready.text_to_be_present_in_element((By.CSS_SELECTOR, css), text))
    return driver.find_element(By.CSS_SELECTOR, css)


def shoot(driver, name):
    if ARGS.screenshots:
        Path(ARGS.screenshots).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(ARGS.screenshots) / name))


class Browser:
    """One headless Chromium for every test: starting it is most of the run's time."""

    driver = None
    user_data = None

    @classmethod
    def get(cls):
        if cls.driver is None:
            cls.user_data = tempfile.mkdtemp(prefix="presscheck-chromium-")
            cls.driver = start_browser(cls.user_data, "fr-FR")
        return cls.driver

    @classmethod
    def quit(cls):
        if cls.driver is not None:
            cls.driver.quit()
            shutil.rmtree(cls.user_data, ignore_errors=True)


class DeskInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.desk = Desk()
        cls.driver = Browser.get()

    @classmethod
    def tearDownClass(cls):
        cls.desk.stop()

    def open(self, page):
        self.driver.get(f"{self.desk.url}#{page}")
        self.driver.refresh()  # a change of hash alone would keep the previous page's state
        wait_for(self.driver, f"#tab-{page}.active")

    def switch_language(self, to):
        button = self.driver.find_element(By.ID, "ui-lang")
        if button.text != to.upper():
            return
        button.click()
        WebDriverWait(self.driver, WAIT_SECONDS).until(
            lambda d: d.execute_script("return document.documentElement.lang") == to)

    def test_pasted_draft_shows_the_negated_quote_and_its_evidence(self):
        self.open("check")
        self.assertEqual(self.driver.find_element(By.ID, "check-button").text, "Vérifier")
        draft = Path(ARGS.samples, "fr", "grok-titre-nie-la-citation.md").read_text("utf-8")
        paste(self.driver, draft)
        mark = wait_for(self.driver, 'mark.finding[data-rule="headline.negated-quote"]')
        self.assertEqual(mark.text, "ne « prend pas très au sérieux »")
        self.assertIn("error", mark.get_attribute("class").split())
        mark.click()
        evidence = wait_for(self.driver, "#finding-detail .evidence-text")
        self.assertEqual(evidence.text, "très au sérieux")
        detail = self.driver.find_element(By.ID, "finding-detail").text
        self.assertIn("le titre met à la forme négative la citation « prend pas très au sérieux »",
                      detail)
        self.assertIn("ligne 8, colonne 94", detail)
        headline = self.driver.find_element(By.CSS_SELECTOR, "#draft-view p.headline")
        self.assertTrue(headline.text.startswith("Vidéos truquées"))
        self.assertEqual(self.driver.find_element(By.ID, "draft-date").get_attribute("value"),
                         "2026-01-05")
        self.assertEqual(self.driver.find_element(By.ID, "draft-lang").get_attribute("value"), "fr")
        items = self.driver.find_elements(By.CSS_SELECTOR, "#findings-list li")
        self.assertEqual([i.get_attribute("data-rule") for i in items], ["headline.negated-quote"])
        shoot(self.driver, "check-fr.png")
        self.switch_language("en")
        wait_for_text(self.driver, "#finding-detail", "line 8, column 94")
        self.assertEqual(self.driver.find_element(By.ID, "check-button").text, "Check")
        shoot(self.driver, "check-en.png")
        self.switch_language("fr")

    def test_filters_hide_findings_by_severity(self):
        self.open("check")
        draft = Path(ARGS.samples, "fr", "grok-titre-nie-la-citation.md").read_text("utf-8")
        paste(self.driver, draft)
        wait_for(self.driver, 'mark.finding[data-rule="headline.negated-quote"]')
        self.driver.find_element(By.CSS_SELECTOR, '.severity-filter[value="error"]').click()
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "mark.finding"), [])
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "#findings-list li"), [])
        self.driver.find_element(By.CSS_SELECTOR, '.severity-filter[value="error"]').click()
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "mark.finding")), 1)

    def test_hostile_draft_stays_text(self):
        self.open("check")
        draft = ('---\ntitle: "<script>window.__pwned=1</script> \\"><img src=x '
                 'onerror=window.__pwned=2> titre"\nlang: fr\n---\n\n'
                 '<a href="javascript:window.__pwned=3">lien</a> « citation » a dit le '
                 'ministre.\n')
        paste(self.driver, draft)
        headline = wait_for(self.driver, "#draft-view p.headline")
        # The page shows the draft as written, the front matter's escaped quote included.
        self.assertEqual(headline.text,
                         '<script>window.__pwned=1</script> \\"><img src=x '
                         'onerror=window.__pwned=2> titre')
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR,
                                                   "#draft-view img, #draft-view script, "
                                                   "#draft-view a"), [])
        self.assertIsNone(self.driver.execute_script("return window.__pwned"))

    def test_lookup_shows_the_card_as_one_types(self):
        self.open("ask")
        self.driver.execute_script("document.getElementById('lookup-date').value='2025-06-01'")
        self.driver.find_element(By.ID, "lookup-query").send_keys("Thierry Breton")
        name = wait_for_text(self.driver, ".card .card-name", "Thierry Breton")
        self.assertEqual(name.text, "Thierry Breton")
        card = self.driver.find_element(By.CSS_SELECTOR, ".card").text
        self.assertIn("commissaire européen", card)
        link = self.driver.find_element(By.CSS_SELECTOR, ".card a")
        self.assertTrue(link.get_attribute("href").startswith("https://"))
        shoot(self.driver, "ask-fr.png")
        self.switch_language("en")
        wait_for_text(self.driver, ".card", "European Commissioner")
        shoot(self.driver, "ask-en.png")
        self.switch_language("fr")

    def test_verify_box_gives_the_verdict(self):
        self.open("ask")
        box = self.driver.find_element(By.ID, "verify-sentence")
        box.send_keys("Thierry Breton est commissaire européen.")
        self.driver.execute_script("document.getElementById('verify-date').value='2023-03-01'")
        self.driver.find_element(By.ID, "verify-button").click()
        verdict = wait_for(self.driver, "#verify-result .verdict .kind")
        self.assertEqual(verdict.get_attribute("class"), "kind supported")
        self.assertEqual(verdict.text.lower(), "confirmé")

    def test_links_are_made_only_for_http_and_https(self):
        self.open("ask")
        kinds = self.driver.execute_script(
            "return ['javascript:window.__pwned=5', ' JAVASCRIPT:alert(1)', "
            "'data:text/html,<script>1</script>', 'https://example.org/a', 'http://x.fr/']"
            ".map((u) => safeLink(u, 'label').tagName)")
        self.assertEqual(kinds, ["SPAN", "SPAN", "SPAN", "A", "A"])


class HostileFactsInBrowser(unittest.TestCase):
    def test_fact_base_text_stays_text(self):
        facts = Path(tempfile.mkdtemp(prefix="presscheck-hostile-facts-"))
        for name, lines in HOSTILE_FACTS.items():
            (facts / name).write_text("\n".join(lines) + "\n", "utf-8")
        desk = Desk(facts)
        driver = Browser.get()
        try:
            driver.get(f"{desk.url}#ask")
            driver.refresh()
            driver.find_element(By.ID, "lookup-query").send_keys("Lerouge")
            name = wait_for_text(driver, ".card .card-name", "Lerouge")
            self.assertEqual(name.text, "Mallory <script>window.__pwned=1</script> Lerouge")
            card = driver.find_element(By.CSS_SELECTOR, ".card")
            self.assertIn('"><img src=x onerror=window.__pwned=2>', card.text)
            link = card.find_element(By.CSS_SELECTOR, "a")
            self.assertEqual(link.text, "<img src=x onerror=window.__pwned=4>")
            self.assertEqual(link.get_attribute("href"),
                             "https://example.org/%22%3E%3Cimg%20src=x%20onerror=window.__pwned=3%3E")
            self.assertEqual(card.find_elements(By.CSS_SELECTOR, "img, script"), [])
            self.assertIsNone(driver.execute_script("return window.__pwned"))
        finally:
            desk.stop()
            shutil.rmtree(facts, ignore_errors=True)


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the presscheck program")
    parser.add_argument("--samples", required=True, help="the checkout's samples/ folder")
    parser.add_argument("--screenshots", help="save the pages as PNG files in this folder")
    ARGS, rest = parser.parse_known_args()
    ARGS.binary = str(Path(ARGS.binary).resolve())
    skip = os.environ.get("PRESSCHECK_SKIP_BROWSER_TESTS") == "1"
    missing = []
    if webdriver is None:
        missing.append(f"python3-selenium ({IMPORT_ERROR})")
    if not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()):
        missing.append("chromium")
    if not (shutil.which("chromedriver") or Path("/usr/bin/chromedriver").exists()):
        missing.append("chromium-driver")
    if missing:
        print(f"desk_browser_test: missing {', '.join(missing)}: run .ci/install-deps",
              file=sys.stderr)
        if skip:
            print("desk_browser_test: skipped (PRESSCHECK_SKIP_BROWSER_TESTS=1)", file=sys.stderr)
            return SKIP
        return 1
    try:
        program = unittest.main(argv=[sys.argv[0], *rest], exit=False, verbosity=2)
    finally:
        Browser.quit()
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
