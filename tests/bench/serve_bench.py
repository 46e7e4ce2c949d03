#!/usr/bin/env python3
"""How long `presscheck serve` takes to check a 5,000-word draft and show it.

Starts the real binary on a free port, builds a 5,000-word French draft from the bundled
samples (their planted slips included, so the page has findings to highlight), then prints:

- POST /api/lint and POST /api/draft: median and p90 of the wall-clock time of a request
  over one kept-alive connection, as a CMS plug-in sees it;
- the page: from a click on "Check" to the findings highlighted and the next frame drawn,
  in headless Chromium, measured with the page's own performance.now().

The issue's target: checked and displayed in under 300 ms on the 2-core machine.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = 5000


def sample_draft(samples):
    """The first French sample's front matter, then every French sample's body in turn."""
    files = sorted(Path(samples, "fr").glob("*.md"))
    first = files[0].read_text("utf-8")
    front = re.match(r"---\n.*?\n---\n", first, re.S).group(0)
    paragraphs = []
    for path in files:
        body = re.sub(r"^---\n.*?\n---\n", "", path.read_text("utf-8"), flags=re.S)
        paragraphs += [p.strip() for p in body.split("\n\n")
                       if p.strip() and not p.lstrip().startswith("#")]
    out, count, i = [], 0, 0
    while count < WORDS:
        out.append(paragraphs[i % len(paragraphs)])
        count += len(out[-1].split())
        i += 1
    return front + "\n" + "\n\n".join(out) + "\n", count


def start(binary):
    cwd = tempfile.mkdtemp(prefix="presscheck-serve-bench-")
    process = subprocess.Popen([binary, "serve", "--port", "0"], cwd=cwd,
                               stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))
    return process, port, cwd


def time_route(port, path, body, runs):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    times, answer = [], None
    for _ in range(runs):
        begin = time.perf_counter()
        connection.request("POST", path, body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = response.read()
        times.append((time.perf_counter() - begin) * 1000)
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status} {answer[:200]!r}")
    connection.close()
    return times, json.loads(answer)


PAGE_TIMING = """
const done = arguments[arguments.length - 1];
document.getElementById('draft-text').value = arguments[0];
draft.result = null;
const status = document.getElementById('check-status');
status.textContent = '';
const begin = performance.now();
document.getElementById('check-button').click();
(function poll() {
  if (draft.result && document.querySelector('#findings-list li')) {
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - begin), 0));
  } else {
    setTimeout(poll, 1);
  }
})();
"""


def time_page(url, text, runs):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    user_data = tempfile.mkdtemp(prefix="presscheck-chromium-")
    for flag in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900",
                 f"--user-data-dir={user_data}"):
        options.add_argument(flag)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or
                                              "/usr/bin/chromedriver"), options=options)
    try:
        driver.set_script_timeout(30)
        driver.get(url)
        times = [driver.execute_async_script(PAGE_TIMING, text) for _ in range(runs + 1)][1:]
        marks = len(driver.find_elements("css selector", "mark.finding"))
    finally:
        driver.quit()
        shutil.rmtree(user_data, ignore_errors=True)
    return times, marks


def summary(times):
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"median {statistics.median(ordered):.1f} ms, p90 {p90:.1f} ms ({len(ordered)} runs)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the presscheck program")
    parser.add_argument("--samples", default=str(Path(__file__).resolve().parents[2] / "samples"))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-browser", action="store_true", help="time the API only")
    args = parser.parse_args()
    text, words = sample_draft(args.samples)
    process, port, cwd = start(str(Path(args.binary).resolve()))
    try:
        body = json.dumps({"text": text, "filename": "long.md"})
        print(f"draft: {words} words, {len(text.encode())} bytes")
        lint_times, lint = time_route(port, "/api/lint", body, args.runs)
        print(f"POST /api/lint:  {summary(lint_times)}; {len(lint['diagnostics'])} findings")
        draft_times, _ = time_route(port, "/api/draft", body, args.runs)
        print(f"POST /api/draft: {summary(draft_times)}")
        if not args.no_browser:
            page_times, marks = time_page(f"http://127.0.0.1:{port}/", text, min(args.runs, 10))
            print(f"page, click to findings drawn: {summary(page_times)}; {marks} highlights")
    finally:
        process.stdout.close()
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(cwd, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
