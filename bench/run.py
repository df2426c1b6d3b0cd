#!/usr/bin/env python3
"""careplan benchmark: documents per second, CPU per document, PDF size and
peak memory, for a typical 5-7 page care plan.

Usage: bench/run.py [--binary build/careplan] [--docs 200] [--big 2000]
Prints a Markdown table for bench/README.md. Uses only the standard library;
each figure comes from the child processes' own rusage (os.wait4), so other
load on the machine does not change CPU or memory figures.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_measured(args):
    """Runs a command; returns (wall seconds, cpu seconds, peak RSS in KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark command failed: {' '.join(args)}\n{stderr}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def pdf_sizes(folder):
    return [os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder)
            if name.endswith(".pdf")]


def page_counts(folder, sample=20):
    counts = []
    for name in sorted(os.listdir(folder))[:sample]:
        if name.endswith(".pdf"):
            out = subprocess.run(["pdfinfo", os.path.join(folder, name)], capture_output=True,
                                 text=True).stdout
            counts += [int(line.split()[-1]) for line in out.splitlines()
                       if line.startswith("Pages:")]
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "careplan"))
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--big", type=int, default=2000)
    parser.add_argument("--fresh-runs", type=int, default=21)
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    with tempfile.TemporaryDirectory(prefix="careplan-bench-") as tmp:
        inputs = os.path.join(tmp, "in")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_profiles.py"), inputs,
                        str(max(args.docs, args.big))], check=True)
        names = sorted(os.listdir(inputs))
        docs_dir = os.path.join(tmp, "docs")
        os.makedirs(docs_dir)
        for name in names[:args.docs]:
            os.link(os.path.join(inputs, name), os.path.join(docs_dir, name))
        one_dir = os.path.join(tmp, "one")
        os.makedirs(one_dir)
        os.link(os.path.join(inputs, names[0]), os.path.join(one_dir, names[0]))

        fresh = [run_measured([args.binary, "render", os.path.join(inputs, names[0]), "-o",
                               os.path.join(tmp, "fresh.pdf")])
                 for _ in range(args.fresh_runs)]
        fresh_wall = statistics.median(w for w, _, _ in fresh)

        results = {}
        for jobs in sorted({1, cores}):
            out = os.path.join(tmp, f"out-j{jobs}")
            wall, cpu, rss = run_measured([args.binary, "batch", docs_dir, "-o", out, "-j",
                                           str(jobs), "--quiet"])
            results[jobs] = (wall, cpu, rss, out)

        _, _, rss_one = run_measured([args.binary, "batch", one_dir, "-o",
                                      os.path.join(tmp, "out-one"), "-j", "1", "--quiet"])
        _, _, rss_big = run_measured([args.binary, "batch", inputs, "-o",
                                      os.path.join(tmp, "out-big"), "-j", "1", "--quiet"])

        wall1, cpu1, _, out1 = results[1]
        sizes = pdf_sizes(out1)
        pages = page_counts(out1)
        rows = [
            ("One document, fresh process (median wall)", f"{fresh_wall * 1000:.1f} ms"),
            (f"Batch -j 1, {args.docs} documents", f"{args.docs / wall1:.0f} documents/s"),
            ("CPU per document (-j 1)", f"{cpu1 * 1000 / args.docs:.2f} ms"),
        ]
        if cores > 1:
            wallc, cpuc, _, _ = results[cores]
            rows.append((f"Batch -j {cores}, {args.docs} documents",
                         f"{args.docs / wallc:.0f} documents/s "
                         f"({wall1 / wallc:.2f}x -j 1)"))
        rows += [
            ("Mean PDF size", f"{statistics.mean(sizes) / 1024:.1f} KB"),
            ("Pages per document (sample)", f"{min(pages)}-{max(pages)}, "
                                            f"mean {statistics.mean(pages):.1f}"),
            ("Peak memory, 1 document (batch -j 1)", f"{rss_one / 1024:.1f} MB"),
            (f"Peak memory, {args.big} documents (batch -j 1)",
             f"{rss_big / 1024:.1f} MB ({rss_big / rss_one:.2f}x)"),
        ]
        print(f"| measure ({cores} cores) | careplan |")
        print("|---|---|")
        for label, value in rows:
            print(f"| {label} | {value} |")


if __name__ == "__main__":
    main()
