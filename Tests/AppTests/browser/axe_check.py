#!/usr/bin/env python3
"""Accessibility and behaviour check of the app's page in a real browser (`make test` runs it).

Starts the real `network-map app` on a scratch copy of the example networks, opens the printed address in
headless Chromium (Debian's `chromium` and `chromium-driver`, driven by selenium), and runs axe-core (bundled in
PyPI's `axe-selenium-python`) on every state of the page: the list, a loaded network's check, a broken network's
check with errors, the map, the findings, a what-if, the edit forms, the downloads, after an upload, in German
and in English, and on the HTML report (`network-map report --format html`). The flow a user goes through is
checked on the way: click an actor on the map and see it highlighted with its neighbours, ask what happens if
the QM office leaves, correct a tie (written to the file), fetch the handout. Fails on any serious or critical violation, on a
console error (a Content-Security-Policy violation shows as one), and when the page cannot be used with the
keyboard alone (skip link first, focus visible, a network chosen with Enter).

Without Chromium, chromedriver or the Python packages it skips with a note, except under CI (CI set), where a
missing browser must not pass as a green check.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BINARY = os.environ.get("NETWORK_MAP_BINARY", os.path.join(ROOT, ".build", "debug", "network-map"))
CHROMIUM = next((p for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] if os.path.exists(p)), None)
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def unavailable(reason):
    if os.environ.get("CI"):
        print(f"axe_check: FAILED: {reason} (CI must run the browser check).", file=sys.stderr)
        sys.exit(1)
    print(f"axe_check: skipped: {reason}.")
    sys.exit(0)


try:
    from axe_selenium_python import Axe
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError as error:
    unavailable(f"{error.name} is not installed (pip install selenium axe-selenium-python)")
if CHROMIUM is None or not os.path.exists(CHROMEDRIVER):
    unavailable("chromium or chromium-driver is not installed (apt-get install chromium chromium-driver)")
if not os.path.exists(BINARY):
    print(f"axe_check: FAILED: {BINARY} is missing; run swift build first.", file=sys.stderr)
    sys.exit(1)

failures = []


def fail(message):
    failures.append(message)
    print("  FAIL: " + message)


def scratch_folder():
    folder = tempfile.mkdtemp(prefix="network-map-axe-")
    for name in ["muehlenviertel", "riverside"]:
        shutil.copytree(os.path.join(ROOT, "networks", name), os.path.join(folder, name))
    broken = os.path.join(folder, "broken")
    os.mkdir(broken)
    with open(os.path.join(broken, "actors.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,type\na1,Kita Sonnenschein,association\na2,Café <img src=x onerror=alert(1)>,business\n")
    with open(os.path.join(broken, "ties.csv"), "w", encoding="utf-8") as f:
        f.write("source,target\na1,Kita Sonnenschien\na1,a2\n")
    return folder


def start_app(folder):
    environment = {k: v for k, v in os.environ.items() if k not in ("BROWSER", "DISPLAY", "WAYLAND_DISPLAY")}
    process = subprocess.Popen([BINARY, "app", folder, "--no-browser"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=environment, text=True)
    line = process.stdout.readline().strip()
    if not line.startswith("http://127.0.0.1:"):
        process.kill()
        print(f"axe_check: FAILED: the app printed {line!r} first; stderr: {process.stderr.read()}", file=sys.stderr)
        sys.exit(1)
    return process, line


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-extensions",
                     "--user-data-dir=" + tempfile.mkdtemp(prefix="network-map-chromium-"), "--window-size=1280,900"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    # axe-core on a page with a map takes a while on a busy machine.
    driver.set_script_timeout(110)
    return driver


def wait_for(driver, condition, what, timeout=20):
    try:
        WebDriverWait(driver, timeout).until(lambda d: condition(d))
    except Exception:
        fail(f"timed out waiting for {what}")
        return False
    return True


def audit(driver, state):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    violations = results.get("violations", [])
    serious = [v for v in violations if v.get("impact") in ("serious", "critical")]
    print(f"  axe on {state}: {len(results.get('passes', []))} rules passed, {len(violations)} violations "
          f"({len(serious)} serious or critical)")
    for violation in violations:
        targets = [node.get("target") for node in violation.get("nodes", [])][:3]
        print(f"    {violation.get('impact')}: {violation.get('id')}: {violation.get('help')} at {targets}")
    for violation in serious:
        fail(f"{state}: {violation.get('id')} ({violation.get('impact')})")


def console_errors(driver, state):
    for entry in driver.get_log("browser"):
        # The browser asks for /favicon.ico on its own in some versions; nothing else may fail.
        if entry.get("level") == "SEVERE" and "favicon" not in entry.get("message", ""):
            fail(f"{state}: console error: {entry.get('message')}")


def check_language(driver, base, lang, folder):
    print(f"page in {lang}:")
    driver.get(base + f"/?lang={lang}")
    if not wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true",
                    "the network list"):
        return
    if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != lang:
        fail(f"html lang is not {lang}")
    audit(driver, f"{lang}: list")

    # Keyboard only: the first Tab reaches the skip link, and focus is visible on it.
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    if "skip" not in (focused.get_attribute("class") or ""):
        fail(f"{lang}: the first Tab does not reach the skip link")
    outline = driver.execute_script("var s = getComputedStyle(document.activeElement);"
                                    " return [s.outlineStyle, s.outlineWidth];")
    if outline[0] == "none" or outline[1] in ("0px", ""):
        fail(f"{lang}: the focused skip link shows no focus ring ({outline})")
    # Tab on to the first network and choose it with Enter.
    buttons = driver.find_elements(By.CSS_SELECTOR, "#network-list button")
    if not buttons:
        fail(f"{lang}: no network buttons")
        return
    target = next(b for b in buttons if b.get_attribute("data-name") == "muehlenviertel")
    for _ in range(12):
        if driver.switch_to.active_element == target:
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    if driver.switch_to.active_element != target:
        fail(f"{lang}: Tab does not reach the network list")
        target.click()
    else:
        target.send_keys(Keys.ENTER)
    if wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#check-details dl"), "the check of muehlenviertel"):
        status = driver.find_element(By.ID, "network-status").text
        if "147" not in status:
            fail(f"{lang}: the check's status does not give the 147 actors: {status!r}")
        audit(driver, f"{lang}: check of a network")
    # The views on the smaller example: axe-core takes minutes on the map of 147 actors and 398 ties.
    riverside = next(b for b in driver.find_elements(By.CSS_SELECTOR, "#network-list button")
                     if b.get_attribute("data-name") == "riverside")
    riverside.click()
    # The views in one language: they are the same markup in both, and axe-core takes minutes on a busy machine.
    if lang == "de" and wait_for(driver, lambda d: "Riverside" in d.find_element(By.ID, "network-status").text,
                                 "the check of riverside"):
        flow(driver, lang, folder)

    broken = next(b for b in driver.find_elements(By.CSS_SELECTOR, "#network-list button")
                  if b.get_attribute("data-name") == "broken")
    broken.click()
    if wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#check-details li.error"), "the broken check"):
        text = driver.find_element(By.ID, "check-details").text
        if "Kita Sonnenschein" not in text:
            fail(f"{lang}: the error does not name the actor it meant")
        if driver.find_elements(By.CSS_SELECTOR, "#check-details img"):
            fail(f"{lang}: markup from the data became an element")
        audit(driver, f"{lang}: check with errors")

    # Upload through the file chooser: two CSV files become a new network, announced in the status.
    files = driver.find_element(By.ID, "files")
    files.send_keys(os.path.join(folder, "riverside", "actors.csv") + "\n" + os.path.join(folder, "riverside", "ties.csv"))
    driver.find_element(By.ID, "network-name").send_keys(f"Upload {lang}")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").send_keys(Keys.ENTER)
    if wait_for(driver, lambda d: f"Upload-{lang}" in d.find_element(By.ID, "add-status").text, "the upload"):
        if not os.path.exists(os.path.join(folder, f"Upload-{lang}", "actors.csv")):
            fail(f"{lang}: the upload is not in the folder")
        audit(driver, f"{lang}: after an upload")
    console_errors(driver, lang)


def open_view(driver, name):
    driver.find_element(By.CSS_SELECTOR, f'#views-nav a[data-view="{name}"]').click()
    return wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-view") == name,
                    f"the view {name}")


def flow(driver, lang, folder):
    """The views of riverside as a user goes through them (the network is chosen)."""
    # Map: the shared explorer script; a click on an actor highlights it and its neighbours.
    if open_view(driver, "map") and wait_for(driver, lambda d: d.find_element(By.ID, "map").get_attribute("data-ready") == "29",
                                              "the map", timeout=60):
        audit(driver, f"{lang}: map")
        node = driver.find_element(By.CSS_SELECTOR, "#map g.node")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", node)
        if wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#details h3"), "the details of a clicked actor"):
            if "selected" not in (node.get_attribute("class") or ""):
                fail(f"{lang}: the clicked actor is not highlighted")
            if not driver.find_elements(By.CSS_SELECTOR, "#map g.node.dim"):
                fail(f"{lang}: the others are not dimmed")
            rows = driver.find_elements(By.CSS_SELECTOR, "#actor-list tr")
            if len(rows) != 29:
                fail(f"{lang}: the map's list has {len(rows)} rows, not 29")
            audit(driver, f"{lang}: map with an actor chosen")
        if "Mary O." in driver.find_element(By.ID, "map").get_attribute("innerHTML"):
            fail(f"{lang}: a private person's name is on the map while names are off")
    if open_view(driver, "findings") and wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#findings-body h3"),
                                                   "the findings", timeout=60):
        audit(driver, f"{lang}: findings")
    # What-if: the QM office leaves.
    if open_view(driver, "whatif") and wait_for(driver, lambda d: d.find_element(By.ID, "home-leaves").is_displayed(),
                                                 "the QM office's button", timeout=60):
        driver.find_element(By.ID, "home-leaves").click()
        if wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-whatif") == "1"
                    and d.find_elements(By.CSS_SELECTOR, "#whatif-map svg"), "the what-if", timeout=60):
            audit(driver, f"{lang}: what-if")
    # Edit: a tie's strength, written to ties.csv with a backup.
    if open_view(driver, "edit") and wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#tie-choice option")) > 1,
                                               "the edit forms"):
        audit(driver, f"{lang}: edit forms")
        ties = os.path.join(folder, "riverside", "ties.csv")
        with open(ties, "rb") as f:
            before = f.read()
        driver.execute_script("var s = document.getElementById('tie-choice'); s.value = '0';"
                              " s.dispatchEvent(new Event('change'));")
        strength = driver.find_element(By.ID, "tie-strength")
        new = "1" if strength.get_attribute("value") != "1" else "2"
        driver.execute_script(f"arguments[0].value = '{new}';", strength)
        driver.find_element(By.ID, "tie-save").click()
        if wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-saved"), "the saved edit"):
            with open(ties, "rb") as f:
                after = f.read()
            old_lines, new_lines = before.split(b"\n"), after.split(b"\n")
            changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b]
            if len(old_lines) != len(new_lines) or changed != [1]:
                fail(f"{lang}: the edit changed lines {changed}, not just the first tie's")
            if not os.path.isdir(os.path.join(folder, "riverside", ".network-map-backup")):
                fail(f"{lang}: no backup kept")
        driver.execute_script("document.body.removeAttribute('data-saved');")
    # Downloads: the handout is a PDF with the network's name.
    if open_view(driver, "downloads"):
        audit(driver, f"{lang}: downloads")
        link = driver.find_element(By.CSS_SELECTOR, '#download-list a[data-file="handout.pdf"]').get_attribute("href")
        head = driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
            " return r.arrayBuffer().then(function (b) { done([r.status, r.headers.get('Content-Disposition'),"
            " String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))]); }); });", link)
        if head != [200, 'attachment; filename="riverside-handout.pdf"', "%PDF-"]:
            fail(f"{lang}: the handout download answered {head}")
    open_view(driver, "check")


def check_report(driver, folder):
    """The HTML report, as `network-map report --format html` writes it: axe, and the same click behaviour."""
    print("HTML report:")
    path = os.path.join(folder, "report.html")
    result = subprocess.run([BINARY, "report", os.path.join(folder, "riverside"), "--format", "html", "-o", path],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"report --format html failed: {result.stderr}")
        return
    driver.get("file://" + path)
    if not wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-ready") == "29", "the report"):
        return
    audit(driver, "HTML report")
    node = driver.find_element(By.CSS_SELECTOR, "#map g.node")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", node)
    if not driver.find_elements(By.CSS_SELECTOR, "#details h3") or "selected" not in (node.get_attribute("class") or ""):
        fail("report: a clicked actor is not shown")
    if len(driver.find_elements(By.CSS_SELECTOR, "#actor-list tr")) != 29:
        fail("report: the list does not hold the 29 actors")
    audit(driver, "HTML report with an actor chosen")
    console_errors(driver, "report")


def main():
    folder = scratch_folder()
    process, address = start_app(folder)
    base = address.split("/?")[0]
    driver = None
    try:
        driver = browser()
        # The first load brings the token; the page then takes it out of the address, and the cookie carries on.
        driver.get(address)
        wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true",
                 "the first load")
        if "token=" in driver.current_url:
            fail("the token stays in the address bar")
        driver.refresh()
        wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true",
                 "the page after a reload")
        for lang in ["de", "en"]:
            check_language(driver, base, lang, folder)
        check_report(driver, folder)
    finally:
        if driver is not None:
            driver.quit()
        process.send_signal(2)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            fail("the app did not stop on Ctrl-C")
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        print(f"axe_check: {len(failures)} failure(s).", file=sys.stderr)
        sys.exit(1)
    print("axe_check: no serious or critical violation; keyboard, reload, map click, what-if, edit, handout, upload and console fine.")


if __name__ == "__main__":
    main()
