"""One page under load with wrk, its figures read back as JSON.

wrk's own report is meant for people ("1.23ms", "2.50k"); a Lua ``done`` hook prints the
same figures as one JSON line in plain units, which is what the tables are built from.
"""

import json
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.request

MARK = "BENCH_JSON "

# summary.errors.status counts responses with a status of 400 or more; the others are
# socket errors. Latencies are in microseconds.
DONE_SCRIPT = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_JSON {\"requests\":%d,\"duration_us\":%d,\"p50_us\":%d,\"p99_us\":%d,"
    .. "\"status_errors\":%d,\"socket_errors\":%d}\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def check_page(url):
    """Status and size of one plain GET, redirects not followed: a 301 would be measured as
    a very fast page otherwise."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=60) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, 0
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        raise SystemExit(f"{url} did not answer: {error}") from error


class Wrk:
    def __init__(self, connections, threads=2, timeout=5):
        if not shutil.which("wrk"):
            raise SystemExit("wrk is not installed: `make bench` installs it (apt-get install wrk).")
        self.connections, self.threads, self.timeout = connections, threads, timeout
        self._script = tempfile.NamedTemporaryFile("w", suffix=".lua", prefix="bench-")
        self._script.write(DONE_SCRIPT)
        self._script.flush()

    def close(self):
        self._script.close()

    def run(self, url, seconds):
        """Requests per second, p50 and p99 in ms, and errors (status >= 400 plus socket errors)."""
        threads = min(self.threads, self.connections)
        args = [
            "wrk",
            "--threads",
            str(threads),
            "--connections",
            str(self.connections),
            "--duration",
            f"{seconds}s",
            "--timeout",
            f"{self.timeout}s",
            "--latency",
            "--script",
            self._script.name,
            url,
        ]
        out = subprocess.run(args, capture_output=True, text=True, timeout=seconds + 60)
        for line in out.stdout.splitlines():
            if line.startswith(MARK):
                figures = json.loads(line[len(MARK) :])
                break
        else:
            raise SystemExit(f"wrk gave no figures for {url}:\n{out.stdout}\n{out.stderr}")
        duration = figures["duration_us"] / 1e6
        return {
            "rps": figures["requests"] / duration if duration else 0.0,
            "p50_ms": figures["p50_us"] / 1000,
            "p99_ms": figures["p99_us"] / 1000,
            "errors": figures["status_errors"] + figures["socket_errors"],
        }
