"""Serve every folder of ROOT as a site on 127.0.0.1 until stdin closes.

    python bench/serve_sites.py ROOT [--unconditional]

Prints one JSON line (site key -> base URL) once listening. Conditional GETs
(ETag / Last-Modified, 304) are on unless ``--unconditional``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from monitor.sites import StaticSites  # noqa: E402


def main() -> None:
    root = Path(sys.argv[1])
    with StaticSites(root, conditional="--unconditional" not in sys.argv[2:]) as sites:
        print(json.dumps(sites.bases), flush=True)
        sys.stdin.read()  # returns when the parent closes our stdin (or dies)


if __name__ == "__main__":
    main()
