#!/usr/bin/python3
"""A loopback HTTP server for the URL tests (tests/fetch_cli_test.cc).

Usage: fetch_test_server.py PAGE.html
Listens on 127.0.0.1 on a free port, prints the port on stdout, then serves:
  /article.html       PAGE as UTF-8 (text/html; charset=utf-8)
  /cp1256.html        PAGE in windows-1256, said by the header; its meta tag
                      lies (iso-8859-6), so only the header reads it right
  /redirect/N         N redirects (302), then /article.html
  /missing            404
  /huge               a body past 16 MiB, streamed without a length
  /huge-declared      Content-Length of 100 MB (a few bytes sent)
  /image.png          image/png
  /agent              PAGE when the User-Agent starts with "khulasa/", else 403
Never reaches beyond the loopback interface.
"""
import http.server
import sys

PAGE = open(sys.argv[1], encoding="utf-8").read()
CP1256 = PAGE.replace('<meta charset="utf-8">',
                      '<meta charset="iso-8859-6">').encode("cp1256")


class Handler(http.server.BaseHTTPRequestHandler):
    def send_body(self, body, content_type, status=200):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path == "/article.html":
            self.send_body(PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/cp1256.html":
            self.send_body(CP1256, 'text/html; charset="Windows-1256"')
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", "/redirect/%d" % (n - 1)
                             if n > 1 else "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/huge":
            # HTTP/1.0 without a length: the body ends when we close.
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                for _ in range(17 * 16 + 1):  # > 17 MiB
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000000")
            self.end_headers()
            try:
                self.wfile.write(b"<p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/image.png":
            self.send_body(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        elif path == "/agent":
            agent = self.headers.get("User-Agent", "")
            if agent.startswith("khulasa/"):
                self.send_body(PAGE.encode("utf-8"),
                               "text/html; charset=utf-8")
            else:
                self.send_body(b"forbidden", "text/plain", 403)
        else:
            self.send_body(b"not found", "text/plain", 404)

    def log_message(self, format, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
