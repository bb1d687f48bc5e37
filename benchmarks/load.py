"""A bounded load on the portal's main pages, from this machine to this machine.

Usage: python benchmarks/load.py BASE_URL [--seconds N] [--concurrency N]
"""

import argparse
import statistics
import threading
import time
import urllib.error
import urllib.request

PATHS = [
    "/healthz",
    "/",
    "/en/",
    "/reseaux-de-villes/",
    "/reseaux-de-villes/cites-unies-france/",
    "/en/city-networks/united-cities-france/",
    "/recherche/?q=cooperation",
]


def hammer(url, seconds, concurrency):
    latencies, errors = [], 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        nonlocal errors
        while time.monotonic() < deadline:
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    response.read()
                    ok = response.status == 200
            except (urllib.error.URLError, TimeoutError):
                ok = False
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                errors += not ok

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    reference = None
    print(f"{'page':45} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7} {'ratio':>6}")
    for path in PATHS:
        latencies, errors = hammer(args.base_url.rstrip("/") + path, args.seconds, args.concurrency)
        rate = len(latencies) / args.seconds
        reference = reference or rate
        print(
            f"{path:45} {rate:8.1f} {statistics.median(latencies) * 1000:8.1f} "
            f"{percentile(latencies, 0.95) * 1000:8.1f} {percentile(latencies, 0.99) * 1000:8.1f} "
            f"{errors:7d} {rate / reference:6.2f}"
        )


if __name__ == "__main__":
    main()
