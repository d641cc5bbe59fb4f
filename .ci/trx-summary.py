#!/usr/bin/env python3
"""Sums the test results of every .trx file under a folder and prints one plain line:

    N passed, N failed[, N skipped]

Each test result is counted from its own <UnitTestResult outcome="..."> (the trx
<Counters> element leaves skipped tests out). Exit status: 0 when at least one test
ran and none failed; 1 when a test failed, no test ran, a run was aborted or a file
could not be read; 2 when there is no .trx file at all.

Usage: trx-summary.py [FOLDER]   (default: artifacts/test-results)
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
PASSED = {"Passed", "PassedButRunAborted"}
SKIPPED = {"NotExecuted", "NotRunnable", "Inconclusive"}
# Anything else (Failed, Error, Timeout, Aborted, ...) is a failure.


def main() -> int:
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts/test-results")
    files = sorted(p for p in folder.rglob("*.trx") if p.is_file())
    if not files:
        print(f"trx-summary: no .trx file under {folder}", file=sys.stderr)
        return 2

    passed = failed = skipped = 0
    trouble = []
    for path in files:
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError) as e:
            trouble.append(f"{path}: unreadable ({e})")
            continue
        results = root.find(f"{NS}Results")
        # Only direct children: data-driven parents may carry <InnerResults> of their own.
        for result in results.findall(f"{NS}UnitTestResult") if results is not None else []:
            outcome = result.get("outcome", "")
            if outcome in PASSED:
                passed += 1
            elif outcome in SKIPPED:
                skipped += 1
            else:
                failed += 1
        summary = root.find(f"{NS}ResultSummary")
        run_outcome = summary.get("outcome", "") if summary is not None else ""
        if run_outcome in {"Aborted", "Error", "Timeout"}:
            trouble.append(f"{path}: the test run ended as {run_outcome}")

    # Diagnostics first, so the summary stays the closing line of the output.
    for t in trouble:
        print(f"trx-summary: {t}", file=sys.stderr)
    if passed + failed == 0:
        print(f"trx-summary: no test ran ({len(files)} .trx file(s))", file=sys.stderr)
    sys.stderr.flush()
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line, flush=True)
    return 1 if failed or trouble or passed + failed == 0 else 0

if __name__ == "__main__":
    sys.exit(main())
