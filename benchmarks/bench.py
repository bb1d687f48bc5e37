"""Throughput of the public portal as a ratio to a bare Django view served the same way.

Absolute figures say more about the machine than about the portal (these machines are
shared and noisy), so each page's requests per second are divided by those of a bare
Django view (benchmarks/bare_view.py) measured in the same round, under the same gunicorn
settings, with the same wrk load. Three modes: the portal as configured ("cached"), with
its page cache switched off (PAGE_CACHE=off, "uncached"), which is what a page costs to
build, and behind its front ("front": Varnish before two nodes sharing Redis, as `make
stack` runs them). Everything is measured twice (two rounds), since one round can be
spoiled by a neighbour. After the rounds, the front takes a long run at many connections,
then the same load while slow clients hold half-open connections.

Usage: python benchmarks/bench.py [--seconds N] [--connections N] [--rounds N]
                                  [--pages PATH...] [--skip-uncached] [--skip-front]
Run by `make bench`, which first collects static files, migrates and loads the content.
"""

import argparse
import contextlib
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

# The servers and the node's environment are those of `make stack` and the tests (deploy/).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from front import SlowClients, start_front  # noqa: E402
from wrk import Wrk, check_page  # noqa: E402

from deploy.environment import node_environment, secret_key  # noqa: E402
from deploy.servers import BIN, ROOT, AppNode, EmbeddedPostgres, Gunicorn, Supervisor  # noqa: E402

# The servers' logs of the last run, read when one of them fails.
LOGS = ROOT / ".data" / "bench"

PAGES = [
    "/",
    "/en/",
    "/reseaux-de-villes/",
    "/reseaux-de-villes/cites-unies-france/",
    "/en/city-networks/united-cities-france/",
    "/recherche/?q=cooperation",
]
SEARCH = "/recherche/?q=cooperation"
DETAIL = "/reseaux-de-villes/cites-unies-france/"
BARE = "bare view"

# The targets (benchmarks/README.md): cached pages, search excepted, at 64 connections.
CACHED_RATIO, CACHED_P99_MS, TARGET_CONNECTIONS = 0.5, 50.0, 64
UNCACHED_DETAIL_RATIO = 0.05
# Through Varnish: cached pages at 10 x the bare view; a long run at 256 connections and
# the load beside 50 slow clients without an error and with a p99 under 20 ms.
FRONT_RATIO = 10.0
HEAVY_CONNECTIONS, HEAVY_SECONDS, FRONT_P99_MS = 256, 30, 20.0
SLOW_CLIENTS, SLOW_KEPT_SHARE = 50, 0.8


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds",
        type=int,
        default=int(os.environ.get("BENCH_SECONDS") or 10),
        help="measured seconds per page (BENCH_SECONDS, 10)",
    )
    parser.add_argument(
        "--connections",
        type=int,
        default=int(os.environ.get("BENCH_CONNECTIONS") or 64),
        help="concurrent connections (BENCH_CONNECTIONS, 64)",
    )
    parser.add_argument("--warmup", type=int, default=2, help="warm-up seconds per page, not measured (2)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds (2)")
    parser.add_argument("--pages", nargs="+", default=PAGES, metavar="PATH", help="paths to measure")
    parser.add_argument("--skip-uncached", action="store_true", help="do not measure the uncached mode")
    parser.add_argument("--skip-front", action="store_true", help="do not measure through Varnish")
    parser.add_argument(
        "--heavy-seconds", type=int, default=HEAVY_SECONDS, help=f"the long run through Varnish ({HEAVY_SECONDS})"
    )
    args = parser.parse_args()
    if not 1 <= args.seconds <= 120 or not 1 <= args.connections <= 512 or not 1 <= args.rounds <= 5:
        parser.error("keep the load bounded: 1-120 seconds, 1-512 connections, 1-5 rounds")
    if any(not page.startswith("/") for page in args.pages):
        parser.error("pages are paths starting with /")
    return args


def portal_environment(database_url, page_cache=True, **parameters):
    """The environment of `make serve` (its key, media served by the node) on the
    benchmark's database, the page cache on or switched off; ``parameters`` go to
    deploy.environment.node_environment (Redis, Varnish in front)."""
    page_cache = "on" if page_cache else "off"
    return node_environment(secret_key(), database_url=database_url, PAGE_CACHE=page_cache, **parameters)


def count_queries(pages, env):
    """The queries column, from a separate process (benchmarks/count_queries.py)."""
    script = ROOT / "benchmarks" / "count_queries.py"
    out = subprocess.run(
        [sys.executable, str(script), *pages], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    if out.returncode != 0:
        raise SystemExit(f"Counting the queries failed:\n{out.stdout}\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def check_pages(base_url, pages, label):
    """Every page must answer 200 before it is measured, or the figures mean nothing."""
    failures = []
    for page in pages:
        status, size = check_page(base_url + page)
        print(f"  {label:9} {status}  {size / 1024:5.1f} KB  {page}")
        if status != 200:
            failures.append(f"{page} answered {status}")
    if failures:
        raise SystemExit(f"{label}: not every page answers 200: " + "; ".join(failures))


def measure(wrk, base_url, page, args):
    """A warm-up, then the measured run, each followed by one plain request.

    gunicorn's sync workers still owe an answer to the connections wrk leaves in the listen
    queue when it stops (up to one per connection, seconds of work for a slow page): the
    plain request, queued behind them, returns once they are served, so that no run pays
    for the previous one.
    """
    url = base_url + page
    if args.warmup:
        wrk.run(url, args.warmup)
        check_page(url)
    figures = wrk.run(url, args.seconds)
    check_page(url)
    return figures


def measure_portal(wrk, database_url, cached, args):
    mode = "cached" if cached else "uncached"
    environment = portal_environment(database_url, page_cache=cached)
    with AppNode(LOGS, environment, name=f"portal-{mode}") as portal:
        check_pages(portal.url, args.pages, mode)
        results = {}
        for page in args.pages:
            results[page] = measure(wrk, portal.url, page, args)
            print(f"  {mode:9} {results[page]['rps']:8.1f} req/s  {page}", flush=True)
        return results


def print_table(title, bare, results, queries):
    """A Markdown table, so that a run can be pasted into benchmarks/README.md as it is."""
    print(f"\n{title}\n")
    print(
        f"| {'page':41} | {'req/s':>8} | {'p50 ms':>7} | {'p99 ms':>7} | {'errors':>6} | {'queries':>7} | {'ratio':>6} |"
    )
    print(f"|{'-' * 43}|{'-' * 9}:|{'-' * 8}:|{'-' * 8}:|{'-' * 7}:|{'-' * 8}:|{'-' * 7}:|")
    rows = [(BARE, bare, "")] + [(page, r, queries.get(page, "")) for page, r in results.items()]
    for page, r, count in rows:
        print(
            f"| {page:41} | {r['rps']:8.1f} | {r['p50_ms']:7.1f} | {r['p99_ms']:7.1f} | {r['errors']:6d} "
            f"| {count!s:>7} | {r['rps'] / bare['rps']:6.3f} |"
        )


def verdicts(rounds, args):
    """One PASS/FAIL line per target; a target passes when every round meets it."""
    lines = []
    cached_pages = [page for page in args.pages if page != SEARCH]
    misses = []
    for number, (bare, modes) in enumerate(rounds, 1):
        for page in cached_pages:
            r = modes["cached"][page]
            ratio = r["rps"] / bare["rps"]
            if ratio < CACHED_RATIO or r["p99_ms"] >= CACHED_P99_MS or r["errors"]:
                misses.append(
                    f"round {number} {page}: ratio {ratio:.3f}, p99 {r['p99_ms']:.1f} ms, "
                    f"{r['errors']} errors"
                )
    target = f"cached pages but search: ratio >= {CACHED_RATIO}, p99 < {CACHED_P99_MS:g} ms, 0 errors"
    if args.connections != TARGET_CONNECTIONS:
        target += f" (set for {TARGET_CONNECTIONS} connections, measured with {args.connections})"
    lines.append(("FAIL" if misses else "PASS") + " " + target)
    lines += [f"       {miss}" for miss in misses]

    target = f"uncached {DETAIL}: ratio >= {UNCACHED_DETAIL_RATIO}"
    if args.skip_uncached or DETAIL not in args.pages:
        lines.append(f"SKIP {target} (not measured)")
    else:
        ratios = [modes["uncached"][DETAIL]["rps"] / bare["rps"] for bare, modes in rounds]
        verdict = "PASS" if min(ratios) >= UNCACHED_DETAIL_RATIO else "FAIL"
        lines.append(
            f"{verdict} {target} (" + ", ".join(f"round {n}: {r:.3f}" for n, r in enumerate(ratios, 1)) + ")"
        )
    return lines


def front_verdicts(rounds, args, heavy, slow):
    """The targets of the front: ratio in every round, then the long and the slow runs."""
    if args.skip_front:
        return ["SKIP front targets (not measured)"]
    misses = []
    for number, (bare, modes) in enumerate(rounds, 1):
        for page in args.pages:
            r = modes["front"][page]
            if page != SEARCH and (r["rps"] / bare["rps"] < FRONT_RATIO or r["errors"]):
                misses.append(f"round {number} {page}: ratio {r['rps'] / bare['rps']:.1f}, {r['errors']} errors")
    lines = [("FAIL" if misses else "PASS") + f" front, cached pages but search: ratio >= {FRONT_RATIO:g}, 0 errors"]
    lines += [f"       {miss}" for miss in misses]
    met = heavy["errors"] == 0 and heavy["p99_ms"] < FRONT_P99_MS
    lines.append(
        ("PASS" if met else "FAIL")
        + f" front, {HEAVY_CONNECTIONS} connections for {args.heavy_seconds} s: 0 errors, p99 < {FRONT_P99_MS:g} ms"
        + f" ({heavy['rps']:.0f} req/s, p99 {heavy['p99_ms']:.1f} ms, {heavy['errors']} errors)"
    )
    alone, beside = slow["alone"], slow["beside"]
    kept = beside["rps"] / alone["rps"]
    met = beside["errors"] == 0 and beside["p99_ms"] < FRONT_P99_MS and kept >= SLOW_KEPT_SHARE
    lines.append(
        ("PASS" if met else "FAIL")
        + f" front, beside {SLOW_CLIENTS} slow half-open connections: 0 errors, p99 < {FRONT_P99_MS:g} ms,"
        + f" at least {SLOW_KEPT_SHARE:.0%} of the throughput without them ({beside['rps']:.0f} against"
        + f" {alone['rps']:.0f} req/s, {kept:.0%}; p99 {beside['p99_ms']:.1f} ms; {beside['errors']} errors;"
        + f" {SLOW_CLIENTS} slow connections open all along, {slow['closed']} of them closed by Varnish and reopened)"
    )
    return lines


def measure_front(wrk, front, args):
    results = {}
    check_pages(front.url, args.pages, "front")
    for page in args.pages:
        results[page] = measure(wrk, front.url, page, args)
        print(f"  {'front':9} {results[page]['rps']:8.1f} req/s  {page}", flush=True)
    return results


def measure_front_limits(front, args, stack):
    """The long run at many connections, then the detail page alone and beside slow clients."""
    heavy_wrk = Wrk(HEAVY_CONNECTIONS)
    stack.callback(heavy_wrk.close)
    print(f"\nFront: {HEAVY_CONNECTIONS} connections for {args.heavy_seconds} s on {DETAIL}", flush=True)
    heavy = heavy_wrk.run(front.url + DETAIL, args.heavy_seconds)
    print(f"  {heavy['rps']:.0f} req/s, p99 {heavy['p99_ms']:.1f} ms, {heavy['errors']} errors", flush=True)
    wrk = Wrk(args.connections)
    stack.callback(wrk.close)
    print(f"Front: {args.connections} connections on {DETAIL}, alone then beside {SLOW_CLIENTS} slow clients")
    alone = measure(wrk, front.url, DETAIL, args)
    with SlowClients(front.url, SLOW_CLIENTS) as slow_clients:
        beside = measure(wrk, front.url, DETAIL, args)
        closed = slow_clients.closed
    for label, r in (("alone", alone), ("beside", beside)):
        print(f"  {label:7} {r['rps']:8.0f} req/s, p99 {r['p99_ms']:.1f} ms, {r['errors']} errors")
    return heavy, {"alone": alone, "beside": beside, "closed": closed}


def run(args, stack):
    wrk = Wrk(args.connections)
    stack.callback(wrk.close)
    shutil.rmtree(LOGS, ignore_errors=True)
    # Every server below, stopped in the reverse order when the run ends, however it ends.
    supervisor = stack.enter_context(Supervisor())
    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        database_url = supervisor.start(EmbeddedPostgres(LOGS)).url

    print("Counting the queries of an uncached render...", flush=True)
    queries = count_queries(args.pages, portal_environment(database_url, page_cache=False))

    bare_server = supervisor.start(
        Gunicorn(LOGS, dict(os.environ), "bare_view:application", name="bare-view", chdir=ROOT / "benchmarks")
    )

    front = None
    if not args.skip_front:
        front = start_front(supervisor, LOGS / "front", functools.partial(portal_environment, database_url))

    modes = ["cached"] if args.skip_uncached else ["cached", "uncached"]
    rounds = []
    for number in range(1, args.rounds + 1):
        print(f"\nRound {number} of {args.rounds}", flush=True)
        check_pages(bare_server.url, ["/"], BARE)
        bare = measure(wrk, bare_server.url, "/", args)
        print(f"  {BARE:9} {bare['rps']:8.1f} req/s", flush=True)
        results = {mode: measure_portal(wrk, database_url, mode == "cached", args) for mode in modes}
        if front:
            results["front"] = measure_front(wrk, front, args)
        rounds.append((bare, results))
        for mode in results:
            print_table(f"Round {number}, {mode}", bare, results[mode], queries)
    if front is None:
        return rounds, None, None
    return (rounds, *measure_front_limits(front, args, stack))


def main():
    args = parse_args()
    # A SIGTERM (from make or a CI runner) unwinds like Ctrl-C, so the servers are stopped.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    modes = 1 + (not args.skip_uncached) + (not args.skip_front)
    per_round = (args.warmup + args.seconds) * (1 + modes * len(args.pages))
    after = 0 if args.skip_front else args.heavy_seconds + 2 * (args.warmup + args.seconds)
    print(
        f"wrk: {args.connections} connections, 2 threads, {args.seconds} s per page after a "
        f"{args.warmup} s warm-up; gunicorn: {os.environ.get('WEB_CONCURRENCY', '2')} workers "
        f"({BIN / 'gunicorn'}); about {(args.rounds * per_round + after) / 60:.1f} min of load."
    )
    started = time.monotonic()
    try:
        with contextlib.ExitStack() as stack:
            rounds, heavy, slow = run(args, stack)
    except KeyboardInterrupt:
        print("\nInterrupted: the servers were stopped.", file=sys.stderr)
        return 130
    print(f"\nTargets (every round must meet them; took {(time.monotonic() - started) / 60:.1f} min):")
    for line in verdicts(rounds, args) + front_verdicts(rounds, args, heavy, slow):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
