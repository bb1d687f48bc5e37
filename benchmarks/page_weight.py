"""Weight of pages and of the same-origin CSS, JS and fonts they load, plain and gzip.

Usage: python benchmarks/page_weight.py BASE_URL [PATH ...]
"""

import gzip
import re
import sys
import urllib.request
from urllib.parse import urljoin, urlsplit

DEFAULT_PATHS = ["/", "/reseaux-de-villes/cites-unies-france/", "/en/international-recognition/"]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def main():
    base = sys.argv[1].rstrip("/")
    paths = sys.argv[2:] or DEFAULT_PATHS
    for path in paths:
        url = base + path
        html = fetch(url)
        assets = set(re.findall(rb'(?:href|src)="([^"]+\.(?:css|js|woff2))"', html))
        plain, packed = len(html), len(gzip.compress(html))
        for asset in assets:
            asset_url = urljoin(url, asset.decode())
            if urlsplit(asset_url).netloc != urlsplit(base).netloc:
                continue
            body = fetch(asset_url)
            plain += len(body)
            packed += len(gzip.compress(body))
        verdict = "ok" if packed < 60_000 else "OVER 60 KB"
        print(f"{path:50} {plain:8d} B plain {packed:8d} B gzip  {verdict}")


if __name__ == "__main__":
    main()
