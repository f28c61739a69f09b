#!/usr/bin/env python3
"""Sum the <Counters> of every *.trx file under a folder (and the test cases of JUnit *.xml reports, e.g. newman's)
and print, as the LAST line,
`N passed, N failed` (plus `, N skipped` when some tests were not executed).

Before that line it lists failed tests (name + first line of the message), at most 50.

Exit code: 0 all passed (and at least one test ran), 1 any failure or unreadable TRX, 2 no tests found.
Usage: summarize-trx.py RESULTS_DIR
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
FIELDS = ("total", "executed", "passed", "failed", "error", "timeout", "aborted",
          "inconclusive", "notExecuted", "notRunnable")
MAX_LISTED = 50


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def main() -> int:
    root_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    files = sorted(root_dir.rglob("*.trx")) if root_dir.is_dir() else []
    sums = dict.fromkeys(FIELDS, 0)
    failures: list[str] = []
    bad_files = 0

    for f in files:
        try:
            doc = ET.parse(f).getroot()
        except ET.ParseError as e:
            print(f"warning: cannot parse {f}: {e}")
            bad_files += 1
            continue
        counters = next((el for el in doc.iter() if local(el.tag) == "Counters"), None)
        if counters is None:
            print(f"warning: no <Counters> in {f}")
            bad_files += 1
            continue
        for k in FIELDS:
            try:
                sums[k] += int(counters.get(k, "0") or 0)
            except ValueError:
                pass
        for r in doc.iter():
            if local(r.tag) != "UnitTestResult":
                continue
            if r.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
                continue
            msg = ""
            m = next((el for el in r.iter() if local(el.tag) == "Message"), None)
            if m is not None and m.text:
                msg = m.text.strip().splitlines()[0][:200] if m.text.strip() else ""
            failures.append(f"  FAILED {r.get('testName', '?')}" + (f": {msg}" if msg else ""))

    # JUnit reports (newman's Postman assertions): one <testcase> per assertion, failed when it holds <failure>/<error>.
    junit_files = sorted(root_dir.rglob("*.xml")) if root_dir.is_dir() else []
    for f in junit_files:
        try:
            doc = ET.parse(f).getroot()
        except ET.ParseError as e:
            print(f"warning: cannot parse {f}: {e}")
            bad_files += 1
            continue
        if local(doc.tag) not in ("testsuites", "testsuite"):
            continue
        for case in doc.iter():
            if local(case.tag) != "testcase":
                continue
            sums["total"] += 1
            sums["executed"] += 1
            bad = next((el for el in case if local(el.tag) in ("failure", "error")), None)
            if bad is None:
                sums["passed"] += 1
            else:
                sums["failed"] += 1
                msg = (bad.get("message") or "").strip().splitlines()
                failures.append(f"  FAILED {f.parent.name}: {case.get('classname', '?')} / {case.get('name', '?')}" + (f": {msg[0][:200]}" if msg else ""))

    passed = sums["passed"]
    failed = sums["failed"] + sums["error"] + sums["timeout"] + sums["aborted"]
    skipped = max(sums["total"] - sums["executed"], sums["notExecuted"] + sums["notRunnable"], 0)

    print(f"TRX files: {len(files)} under {root_dir}" + (f", JUnit reports: {len(junit_files)}" if junit_files else ""))
    if failures:
        print(f"Failed tests ({len(failures)}):")
        print("\n".join(failures[:MAX_LISTED]))
        if len(failures) > MAX_LISTED:
            print(f"  ... and {len(failures) - MAX_LISTED} more")

    no_tests = sums["total"] == 0 and passed == 0 and failed == 0
    if no_tests:
        print("NO TESTS FOUND: no TRX results or zero tests in them (did the build or test discovery fail?)")
    if bad_files:
        print(f"{bad_files} TRX file(s) could not be read (test host crash?)")

    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line, flush=True)

    if failed or bad_files:
        return 1
    if no_tests:
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
