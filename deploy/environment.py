"""The environment of a production app node on this machine: the one builder that
`make serve`, `make stack` (deploy/stack.py), `make bench` and the tests that run the
portal under gunicorn (tests/portal_server.py) all use, so that they start the same node.

What differs between them is a parameter: the database, Redis, the object storage, the
host names and addresses, Varnish in front. Everything else is what compose.yaml gives its
nodes, but for plain HTTP (these nodes listen on loopback, with no TLS proxy in front).

    python -m deploy.environment [--hosts H,H] [--site-url URL] [--database-url URL] -- COMMAND...

runs COMMAND in that environment (`make serve` runs gunicorn so), with the key of
.data/secret_key and the embedded PostgreSQL unless a database URL is given.
"""

import argparse
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = "127.0.0.1"
# The key of `make serve` and `make bench`, made once per checkout.
SERVE_SECRET_KEY = ROOT / ".data" / "secret_key"


def secret_key(path=SERVE_SECRET_KEY):
    """The key kept in ``path``, created there (readable by its owner only) when missing."""
    path = Path(path)
    if not path.is_file() or not path.read_text().strip():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50) + "\n")
        path.chmod(0o600)
    return path.read_text().strip()


def node_environment(
    key,
    *,
    database_url=None,
    redis_url=None,
    storage=None,
    hosts=(LOOPBACK, "localhost"),
    site_url=None,
    front_url=None,
    base=None,
    **variables,
):
    """The variables of one production app node, on top of ``base`` (this process's
    environment by default).

    ``database_url``: its PostgreSQL; without it, the embedded one (a local check only).
    ``redis_url``: the Redis shared by the nodes (caches, pages, sessions); without it,
    each node keeps its own. ``storage``: the object storage (deploy.object_storage), or
    None for media on this node's disk, served by the node itself. ``hosts``: the names it
    answers to. ``site_url``: the address people open (admin links, trusted origins).
    ``front_url``: Varnish in front of it, which it purges and which adds one proxy hop.
    ``variables``: any other setting (folders, PAGE_CACHE=off…), last, so they win.
    """
    environment = {
        **(os.environ if base is None else base),
        "DJANGO_SETTINGS_MODULE": "angers_intl.settings.production",
        "SECRET_KEY": key,
        "HTTPS": "0",
        "ALLOWED_HOSTS": ",".join(hosts),
    }
    if database_url:
        environment["DATABASE_URL"] = database_url
    else:
        # Production settings refuse to start without DATABASE_URL unless told so.
        environment["EMBEDDED_DATABASE"] = "1"
    if redis_url:
        environment["REDIS_URL"] = redis_url
    if storage is None:
        environment["SERVE_MEDIA"] = "1"
    else:
        environment.update(storage.portal_environment())
    if site_url:
        # The same site opened as localhost is the same origin for the people testing it.
        origins = dict.fromkeys([site_url, site_url.replace(f"//{LOOPBACK}", "//localhost")])
        environment["WAGTAILADMIN_BASE_URL"] = site_url
        environment["CSRF_TRUSTED_ORIGINS"] = ",".join(origins)
    if front_url:
        environment["FRONTEND_CACHE_URL"] = front_url
        # Varnish adds the visitor's address to X-Forwarded-For: one proxy to trust.
        environment["TRUSTED_PROXY_COUNT"] = "1"
    environment.update(variables)
    return environment


def main():
    parser = argparse.ArgumentParser(description="Run a command in the environment of a production app node.")
    parser.add_argument("--hosts", default=f"{LOOPBACK},localhost", help="ALLOWED_HOSTS, comma-separated")
    parser.add_argument("--site-url", help="the address people open (WAGTAILADMIN_BASE_URL)")
    parser.add_argument("--database-url", help="its PostgreSQL (default: DATABASE_URL, or the embedded one)")
    parser.add_argument("command", nargs="+", help="the command and its arguments, after --")
    args = parser.parse_args()
    environment = node_environment(
        secret_key(),
        database_url=args.database_url,
        hosts=[host.strip() for host in args.hosts.split(",") if host.strip()],
        site_url=args.site_url,
    )
    # Replaced, not started: Ctrl-C and make's signals reach the command itself.
    try:
        os.execvpe(args.command[0], args.command, environment)
    except OSError as error:
        sys.exit(f"{args.command[0]}: {error.strerror}")


if __name__ == "__main__":
    main()
