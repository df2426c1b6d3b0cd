#!/usr/bin/env python3
"""careplan benchmark: documents per second, CPU per document and per page,
PDF size and peak memory, for two kinds of document.

  long plan   the generated profiles (bench/generate_profiles.py): full care
              plans with the guide sections, 20-60 pages each
  short plan  examples/packet-lungs-waiting-room.yaml copied N times: a
              7-page handout, the size of the "typical plan" (5-7 pages) of
              the Typst comparison in bench/README.md

Usage: bench/run.py [--binary build/careplan] [--docs 200] [--big 2000]
                    [--short-docs 200] [--fresh-runs 21] [--work-dir DIR]
Prints a Markdown table for bench/README.md. Uses only the standard library;
CPU time and peak memory come from the child processes' own rusage
(os.wait4), so other load on the machine does not change them. Wall-clock
figures (documents per second, the fresh process) do depend on that load:
the table says what the load average was. They also include the fsync that
careplan does for every PDF it writes: --work-dir /dev/shm (a tmpfs, where
fsync costs nothing) measures the work without the disk.
"""
import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHORT_PROFILE = os.path.join(ROOT, "examples", "packet-lungs-waiting-room.yaml")


def run_measured(args):
    """Runs a command; returns (wall seconds, cpu seconds, peak RSS in KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read().decode("utf-8", "replace")  # drain: warnings can be long
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark command failed: {' '.join(args)}\n{stderr}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def pdfs(folder):
    return sorted(os.path.join(folder, name) for name in os.listdir(folder)
                  if name.endswith(".pdf"))


def page_counts(files):
    counts = []
    for path in files:
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        counts += [int(line.split()[-1]) for line in out.splitlines()
                   if line.startswith("Pages:")]
    return counts


def same_files(a, b):
    names = sorted(os.listdir(a))
    return names == sorted(os.listdir(b)) and all(
        filecmp.cmp(os.path.join(a, n), os.path.join(b, n), shallow=False) for n in names)


def link_first(inputs, names, count, folder):
    os.makedirs(folder)
    for name in names[:count]:
        os.link(os.path.join(inputs, name), os.path.join(folder, name))
    return folder


class Bench:
    def __init__(self, binary, tmp, cores, fresh_runs):
        self.binary, self.tmp, self.cores, self.fresh_runs = binary, tmp, cores, fresh_runs

    def batch(self, folder, jobs, label):
        out = os.path.join(self.tmp, f"out-{label}-j{jobs}")
        wall, cpu, rss = run_measured([self.binary, "batch", folder, "-o", out, "-j", str(jobs),
                                       "--quiet"])
        return wall, cpu, rss, out

    def measure(self, label, folder, profile_for_fresh, big_folder=None):
        """Everything for one kind of document; returns {row label: value}."""
        count = len(os.listdir(folder))
        fresh = [run_measured([self.binary, "render", profile_for_fresh, "-o",
                               os.path.join(self.tmp, f"fresh-{label}.pdf")])
                 for _ in range(self.fresh_runs)]
        runs = {jobs: self.batch(folder, jobs, label) for jobs in sorted({1, self.cores})}
        wall1, cpu1, _, out1 = runs[1]
        files = pdfs(out1)
        pages = page_counts(files[:50])
        mean_pages = statistics.mean(pages)
        sizes = [os.path.getsize(path) for path in files]
        one = link_first(folder, sorted(os.listdir(folder)), 1,
                         os.path.join(self.tmp, f"one-{label}"))
        _, _, rss_one, _ = self.batch(one, 1, f"{label}-one")
        rows = {
            "Pages per document": f"{min(pages)}-{max(pages)}, mean {mean_pages:.1f}",
            "One document, fresh process: wall (median)":
                f"{statistics.median(w for w, _, _ in fresh) * 1000:.1f} ms",
            "One document, fresh process: CPU (median)":
                f"{statistics.median(c for _, c, _ in fresh) * 1000:.1f} ms",
            f"Batch -j 1, {count} documents": f"{count / wall1:.0f} documents/s",
            "CPU per document (-j 1)": f"{cpu1 * 1000 / count:.2f} ms",
            "CPU per page (-j 1)": f"{cpu1 * 1000 / count / mean_pages:.3f} ms",
        }
        if self.cores > 1:
            wallc, _, _, outc = runs[self.cores]
            rows[f"Batch -j {self.cores}, {count} documents"] = (
                f"{count / wallc:.0f} documents/s ({wall1 / wallc:.2f}x -j 1)")
            rows[f"Same bytes with -j 1 and -j {self.cores}"] = (
                "yes" if same_files(out1, outc) else "NO")
        rows["Mean PDF size"] = f"{statistics.mean(sizes) / 1024:.1f} KB"
        rows["Mean PDF size per page"] = f"{statistics.mean(sizes) / 1024 / mean_pages:.2f} KB"
        rows["Peak memory, 1 document (batch -j 1)"] = f"{rss_one / 1024:.1f} MB"
        if big_folder:
            big = len(os.listdir(big_folder))
            _, _, rss_big, out_big = self.batch(big_folder, 1, f"{label}-big")
            rows[f"Peak memory, {big} documents (batch -j 1)"] = (
                f"{rss_big / 1024:.1f} MB ({rss_big / rss_one:.2f}x)")
            shutil.rmtree(out_big)
        return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "careplan"))
    parser.add_argument("--docs", type=int, default=200, help="long plans per batch")
    parser.add_argument("--big", type=int, default=2000,
                        help="long plans for the peak-memory run (0: skip)")
    parser.add_argument("--short-docs", type=int, default=200,
                        help="short plans per batch (0: skip the short plan)")
    parser.add_argument("--fresh-runs", type=int, default=21)
    parser.add_argument("--work-dir", default=None,
                        help="where profiles and PDFs go (default: the system's temp folder)")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="careplan-bench-", dir=args.work_dir) as tmp:
        inputs = os.path.join(tmp, "in")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_profiles.py"), inputs,
                        str(max(args.docs, args.big))], check=True)
        names = sorted(os.listdir(inputs))
        bench = Bench(args.binary, tmp, cores, args.fresh_runs)
        columns = {}
        long_docs = link_first(inputs, names, args.docs, os.path.join(tmp, "long"))
        columns["long plan (generated)"] = bench.measure(
            "long", long_docs, os.path.join(inputs, names[0]), inputs if args.big else None)
        if args.short_docs:
            short_docs = os.path.join(tmp, "short")
            os.makedirs(short_docs)
            for i in range(args.short_docs):
                shutil.copy(SHORT_PROFILE, os.path.join(short_docs, f"packet-{i:05d}.yaml"))
            columns["short plan (packet)"] = bench.measure("short", short_docs, SHORT_PROFILE)
        load_after = os.getloadavg()[0]

    labels = []
    for rows in columns.values():
        labels += [label for label in rows if label not in labels]
    print(f"| measure ({cores} cores) | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for label in labels:
        print(f"| {label} | " + " | ".join(rows.get(label, "") for rows in columns.values()) +
              " |")
    print(f"\nLoad average (1 min) before/after: {load_before:.2f} / {load_after:.2f}; "
          f"PDFs written under {args.work_dir or tempfile.gettempdir()}")


if __name__ == "__main__":
    main()
