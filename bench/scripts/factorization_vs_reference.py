#!/usr/bin/env python3
"""Hierarchical butterfly factorization: supcert against the authors' reference, in one run.

Usage:
    python3 bench/scripts/factorization_vs_reference.py REFERENCE_CHECKOUT [--n 1024,2048,4096]
        [--targets hadamard,dft] [--repeat 3] [--supcert ./supcert]

REFERENCE_CHECKOUT is a checkout of the code of Zheng, Riccietti, Gribonval, "Efficient
identification of butterfly sparse matrix factorizations" (SIMODS 2023; its
butterfly/factorization.py is imported from there, nothing of it is kept here). Needs numpy and
scipy (Debian: python3-numpy python3-scipy).

Per target and N, the two are run alternately, --repeat times each, balanced tree:
  - reference: the factorization itself (tree_hierarchical_factorization with the LAPACK SVD, its
    supports built before the clock starts), in this Python process;
  - supcert, whole process: wall time of `supcert butterfly --target T:N --tree balanced --json`,
    JVM start included (cold: a new process every time);
  - supcert, cold in-process: the `seconds` that run reports (the factorization alone, first call).
Prints a Markdown table of medians and the ratios reference / supcert.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np
import scipy.linalg


def reference_module(checkout):
    sys.path.insert(0, os.path.join(checkout, "butterfly"))  # its modules import each other flat
    import factorization  # noqa: E402  (the reference's own module)
    return factorization


def target(kind, n):
    if kind == "hadamard":
        return scipy.linalg.hadamard(n).astype(float)
    if kind == "dft":
        bits = n.bit_length() - 1
        perm = [int(format(i, f"0{bits}b")[::-1], 2) for i in range(n)]
        j = np.arange(n)
        return np.exp(-2j * np.pi * np.outer(j, j) / n)[:, perm]  # A P^-1 with the bit reversal
    raise SystemExit(f"unknown target {kind}: hadamard or dft")


def reference_seconds(fact, a):
    num_factors = int(np.log2(a.shape[1]))
    root = fact.generate_balanced_tree(0, num_factors, num_factors)
    t = time.perf_counter()
    fact.tree_hierarchical_factorization(root, a, "lapack")
    return time.perf_counter() - t


def supcert_run(launcher, kind, n):
    t = time.perf_counter()
    p = subprocess.run([launcher, "butterfly", "--target", f"{kind}:{n}", "--tree", "balanced", "--json"],
                       capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    doc = json.loads(p.stdout)
    return wall, doc["seconds"], doc["relError"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reference", help="checkout of the authors' reference code")
    ap.add_argument("--n", default="1024,2048,4096")
    ap.add_argument("--targets", default="hadamard,dft")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--supcert", default=os.path.join(os.path.dirname(__file__), "..", "..", "supcert"))
    args = ap.parse_args()
    fact = reference_module(args.reference)
    launcher = os.path.abspath(args.supcert)
    supcert_run(launcher, "hadamard", 4)  # builds the jar and its start-up cache outside the timings
    print(f"medians of {args.repeat} alternated runs; supcert whole process and cold in-process, reference "
          f"in-process factorization (LAPACK SVD); load average at start {os.getloadavg()[0]:.1f}")
    print()
    print("| target | N | reference fact s | supcert whole process s | ratio | supcert cold in-process s | ratio "
          "| supcert error |")
    print("|---|---|---|---|---|---|---|---|")
    for kind in args.targets.split(","):
        for n in (int(x) for x in args.n.split(",")):
            a = target(kind, n)
            ref, whole, cold, err = [], [], [], 0.0
            for _ in range(args.repeat):
                ref.append(reference_seconds(fact, a))
                w, c, err = supcert_run(launcher, kind, n)
                whole.append(w)
                cold.append(c)
            r, w, c = statistics.median(ref), statistics.median(whole), statistics.median(cold)
            print(f"| {kind} | {n} | {r:.3g} | {w:.3g} | {r / w:.1f}x | {c:.3g} | {r / c:.1f}x | {err:.1e} |",
                  flush=True)
    print()
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
