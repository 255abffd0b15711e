#!/usr/bin/env python3
"""Serves the biaslens static site folder on 127.0.0.1 (loopback only).

    python3 scripts/serve.py [SITE_DIR] [--port 8080]

SITE_DIR defaults to build/web/site. --port 0 picks a free port. The first line printed is
"Serving http://127.0.0.1:PORT/" (tests read the port from it). .wasm is served as
application/wasm (needed for streaming compilation). Responses say "no-cache": the browser
revalidates every file (304 when unchanged), so a rebuild shows at once while an unchanged
app.wasm keeps the browser's compiled-code cache. HTTP/1.1 keep-alive serves the page's dozen
start-up requests over a few connections. Any static server works for the same folder; this one only needs Python 3.
"""
import argparse
import functools
import http.server
import os
import sys

MIME_TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):  # quiet unless asked
        if self.server.verbose:
            super().log_message(fmt, *args)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", nargs="?", default=os.path.join(root, "build", "web", "site"))
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--verbose", action="store_true", help="log each request")
    args = parser.parse_args()
    site_dir = os.path.abspath(args.site_dir)
    if not os.path.isfile(os.path.join(site_dir, "index.html")):
        sys.exit(f"serve.py: {site_dir}/index.html not found: build the web target first")
    handler = functools.partial(SiteHandler, directory=site_dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.verbose = args.verbose
    print(f"Serving http://127.0.0.1:{server.server_address[1]}/ from {site_dir}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
