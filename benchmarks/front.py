"""The portal behind its front, as `make stack` runs it: Varnish in front of two app nodes
sharing Redis (the servers of deploy/servers.py), on the benchmark's database.

Measured here: the cached pages through Varnish, a long run at many connections, and the
same load while slow clients hold half-open connections (the attack that used to freeze
gunicorn, whose sync workers wait for a whole request each).
"""

import contextlib
import socket
import threading
import time

from deploy.servers import AppNode, Front, RedisServer


def start_front(supervisor, folder, portal_environment):
    """Redis, two nodes and Varnish in ``folder``, started by ``supervisor`` (which stops
    them in the reverse order); ``portal_environment(**parameters)`` is the benchmark's
    node environment, given Redis and the front."""
    redis = supervisor.start(RedisServer(folder / "redis"))
    nodes = []
    front = Front(folder / "varnish", nodes)
    environment = portal_environment(redis_url=redis.url, front_url=front.url)
    for number in (1, 2):
        nodes.append(supervisor.start(AppNode(folder / "logs", environment, name=f"node{number}")))
    return supervisor.start(front)


class SlowClients:
    """``count`` visitors on a very slow line (the "slowloris" pattern): each opens a
    connection, sends the start of a request, then one more header every ``pace`` seconds,
    never finishing it, and opens a new one when the server gives up on it, so that
    ``count`` such connections are open all along. ``closed`` counts the server's refusals."""

    def __init__(self, base_url, count=50, pace=2.0):
        host, _sep, port = base_url.removeprefix("http://").partition(":")
        self.address = (host, int(port))
        self.count = count
        self.pace = pace
        self.sockets = []
        self.closed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._trickle, daemon=True)

    def __enter__(self):
        self._open(self.count)
        self._thread.start()
        time.sleep(self.pace)
        return self

    def _open(self, count):
        for _ in range(count):
            sock = socket.create_connection(self.address, timeout=5)
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            self.sockets.append(sock)

    def _trickle(self):
        number = 0
        while not self._stop.wait(self.pace):
            number += 1
            for sock in list(self.sockets):
                try:
                    sock.sendall(f"X-Slow-{number}: 1\r\n".encode())
                except OSError:
                    self.closed += 1
                    self.sockets.remove(sock)
                    sock.close()
            self._open(self.count - len(self.sockets))

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.close()

