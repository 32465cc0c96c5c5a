#!/usr/bin/python3
"""Hostile HTTP clients for bench/server_abuse.sh.

Runs every kind of abuse below against a khulasa server on loopback, each
in its own threads, for --seconds, and prints one line per kind:
  kind attempts answered(status counts) cut(connection closed or reset)
Kinds: slowloris (headers one line at a time), huge bodies (a 100 MB
Content-Length, streamed), header floods (endless header lines), deep JSON
(nesting near the body limit), invalid UTF-8 (text and JSON bodies), bad
ranges (reversed, past the end, thousands of parts), garbage (random bytes,
bad request lines, 64 KB URIs), connection churn (connect, close), and the
attacks of issue 17 on connections and decoding: 100 slowloris connections
at 1 byte/s, 300 idle keep-alive connections, 33 keep-alive pingers (GET
/health every 4 s), gzip bombs (100 KB that inflate to 100 MB), three
pipelined GETs in one packet, a client that half-closes after a 200 KB
body, and a /health probe every 100 ms on a fresh connection (its latency
is the last line). The many-connection kinds spread over the source
addresses 127.0.0.10-19 (at most 100 per address), as many clients would.
Standard library only.
"""
import argparse
import collections
import gzip
import random
import selectors
import socket
import threading
import time

LOCK = threading.Lock()
STATS = collections.defaultdict(lambda: collections.Counter())


def record(kind, outcome):
    with LOCK:
        STATS[kind]["attempts"] += 1
        STATS[kind][outcome] += 1


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.settimeout(10)
    return s


def read_status(s):
    """Returns 'HTTP <code>' of the first answer, or 'cut' when none."""
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    if data.startswith(b"HTTP/1.1 "):
        return "HTTP " + data[9:12].decode("ascii", "replace")
    return "cut"


def exchange(kind, port, payload_parts, pause=0.0):
    try:
        s = connect(port)
    except OSError:
        record(kind, "connect failed")
        return
    try:
        for part in payload_parts:
            s.sendall(part)
            if pause:
                time.sleep(pause)
        record(kind, read_status(s))
    except OSError:
        record(kind, "cut")
    finally:
        s.close()


def slowloris(port, stop):
    while not stop.is_set():
        parts = [b"POST /v1/summarize HTTP/1.1\r\n"] + [b"X-Slow: 1\r\n"] * 200
        exchange("slowloris", port, parts, pause=0.5)


def huge_body(port, stop):
    block = b"a" * (1 << 16)
    while not stop.is_set():
        head = (b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: text/plain\r\nContent-Length: 104857600\r\n\r\n")
        exchange("huge body (100 MB)", port, [head] + [block] * 1600)


def header_flood(port, stop):
    lines = b"".join(b"X-Flood-%d: %s\r\n" % (i, b"v" * 100) for i in range(1000))
    while not stop.is_set():
        exchange("header flood", port,
                 [b"GET /health HTTP/1.1\r\nHost: x\r\n"] + [lines] * 300)


def request(method, path, body=b"", content_type=b"application/json",
            extra=b""):
    return (b"%s %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n%s\r\n" %
            (method, path, content_type, len(body), extra)) + body


def deep_json(port, stop):
    depth = 900000  # 1.8 MB, under the 2 MB body limit
    bodies = [b"[" * depth + b"]" * depth,
              b'{"text":' + b'{"a":' * 150000 + b"1" + b"}" * 150000 + b"}"]
    while not stop.is_set():
        for body in bodies:
            exchange("deep JSON", port, [request(b"POST", b"/v1/summarize", body)])


def invalid_utf8(port, stop):
    rng = random.Random(1)
    while not stop.is_set():
        junk = bytes(rng.randrange(0x80, 0x100) for _ in range(2000))
        exchange("invalid UTF-8", port,
                 [request(b"POST", b"/v1/summarize", b"\xd8\xa7" + junk,
                          b"text/plain; charset=utf-8")])
        exchange("invalid UTF-8", port,
                 [request(b"POST", b"/v1/summarize",
                          b'{"text":"' + junk.replace(b'"', b"x") + b'"}')])


def bad_ranges(port, stop):
    many = b"bytes=" + b",".join(b"%d-%d" % (i, i + 1) for i in range(0, 8000, 2))
    ranges = [b"bytes=999999999-", b"bytes=5-2", b"bytes=-0", b"bytes=abc",
              b"bytes=0-0,-1,0-", many]
    while not stop.is_set():
        for r in ranges:
            exchange("bad ranges", port,
                     [request(b"GET", b"/app.js", extra=b"Range: " + r + b"\r\n")])


def garbage(port, stop):
    rng = random.Random(2)
    while not stop.is_set():
        choice = rng.randrange(4)
        if choice == 0:
            payload = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000)))
        elif choice == 1:
            payload = b"GET /" + b"a" * 65536 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
        elif choice == 2:
            payload = b"BREW /pot HTTP/9.9\r\n\r\n"
        else:
            payload = request(b"POST", b"/v1/summarize", b"x" * 100,
                              extra=b"Content-Length: 5\r\n")
        exchange("garbage", port, [payload])


def churn(port, stop):
    while not stop.is_set():
        try:
            s = connect(port)
            s.close()
            record("connection churn", "closed")
        except OSError:
            record("connection churn", "connect failed")


def source_address(i):
    """Spreads many connections over 127.0.0.10-19, 100 per address at most."""
    return ("127.0.0.%d" % (10 + (i // 100) % 10), 0)


def held_connections(kind, port, stop, count, first, every, offset):
    """Keeps `count` connections open: each sends `first` once, then
    `every()` (bytes, seconds) when its time comes; records how each one
    ends ('cut' by the server, or 'held' at the end) and the statuses of
    the answers it gets."""
    sel = selectors.DefaultSelector()
    conns = {}

    def open_one(i):
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5,
                                         source_address=source_address(offset + i))
            s.setblocking(False)
            s.send(first)
        except OSError:
            record(kind, "connect failed")
            time.sleep(0.05)
            return
        data, wait = every()
        conns[s] = [i, time.monotonic() + wait, b""]
        sel.register(s, selectors.EVENT_READ)

    for i in range(count):
        if stop.is_set():
            break
        open_one(i)
    while not stop.is_set():
        for key, _ in sel.select(timeout=0.05):
            s = key.fileobj
            try:
                chunk = s.recv(65536)
            except OSError:
                chunk = b""
            if not chunk:
                sel.unregister(s)
                i = conns.pop(s)[0]
                s.close()
                record(kind, "cut")
                open_one(i)
                continue
            buf = conns[s][2] + chunk
            while b"\r\n" in buf and buf.startswith(b"HTTP/1.1 "):
                record(kind, "HTTP " + buf[9:12].decode("ascii", "replace"))
                end = buf.find(b"\r\n\r\n")
                length = 0
                for line in buf[:end].split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                if end < 0 or len(buf) < end + 4 + length:
                    break
                buf = buf[end + 4 + length:]
            conns[s][2] = buf
        now = time.monotonic()
        for s, state in list(conns.items()):
            if state[1] <= now:
                data, wait = every()
                state[1] = now + wait
                if data:
                    try:
                        s.send(data)
                    except OSError:
                        pass
    for s in list(conns):
        record(kind, "held")
        s.close()


def slowloris_100(port, stop):
    """100 connections, 1 byte/s of headers that never end."""
    held_connections("slowloris x100 (1 byte/s)", port, stop, 100,
                     b"POST /v1/summarize HTTP/1.1\r\n",
                     lambda: (b"X", 1.0), 0)


def idle_keepalive_300(port, stop):
    """300 connections: one GET /health each, then silence."""
    held_connections("idle keep-alive x300", port, stop, 300,
                     b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n",
                     lambda: (b"", 3600.0), 100)


def pingers_33(port, stop):
    """33 keep-alive connections, GET /health every 4 s each."""
    held_connections("pingers x33 (GET /health / 4 s)", port, stop, 33,
                     b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n",
                     lambda: (b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n", 4.0),
                     400)


BOMB = gzip.compress(b"\0" * (100 << 20), 9)  # ~100 KB -> 100 MB


def gzip_bomb(port, stop):
    while not stop.is_set():
        exchange("gzip bomb (100 KB -> 100 MB)", port,
                 [request(b"POST", b"/v1/summarize", BOMB, b"text/plain",
                          b"Content-Encoding: gzip\r\n")])


def pipelining(port, stop):
    get = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
    last = b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    while not stop.is_set():
        try:
            s = connect(port)
            s.sendall(get + get + last)
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
            record("3 pipelined GETs", "%d answers" % data.count(b"HTTP/1.1 "))
            s.close()
        except OSError:
            record("3 pipelined GETs", "cut")
        time.sleep(0.05)


def half_close(port, stop):
    body = b"\xd8\xa7\xd9\x84 " * 50000  # 200 KB
    while not stop.is_set():
        try:
            s = connect(port)
            s.sendall(request(b"POST", b"/v1/summarize", body,
                              b"text/plain; charset=utf-8"))
            s.shutdown(socket.SHUT_WR)
            record("half-close after 200 KB", read_status(s))
            s.close()
        except OSError:
            record("half-close after 200 KB", "cut")
        time.sleep(0.05)


HEALTH_MS = []


def health_probe(port, stop):
    while not stop.is_set():
        start = time.monotonic()
        status = "cut"
        try:
            s = connect(port)
            s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            status = read_status(s)
            s.close()
        except OSError:
            pass
        HEALTH_MS.append((time.monotonic() - start) * 1000)
        record("/health probe (every 0.1 s)", status)
        time.sleep(0.1)


KINDS = [(slowloris, 8), (huge_body, 2), (header_flood, 2), (deep_json, 1),
         (invalid_utf8, 1), (bad_ranges, 1), (garbage, 1), (churn, 1),
         (slowloris_100, 1), (idle_keepalive_300, 1), (pingers_33, 1),
         (gzip_bomb, 8), (pipelining, 1), (half_close, 1), (health_probe, 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--kinds", default="",
                        help="comma-separated function names (default: all)")
    args = parser.parse_args()
    wanted = set(filter(None, args.kinds.split(",")))
    stop = threading.Event()
    threads = []
    for function, count in KINDS:
        if wanted and function.__name__ not in wanted:
            continue
        for _ in range(count):
            t = threading.Thread(target=function, args=(args.port, stop), daemon=True)
            t.start()
            threads.append(t)
    time.sleep(args.seconds)
    stop.set()
    for t in threads:
        t.join(timeout=15)
    for kind in sorted(STATS):
        counts = STATS[kind]
        outcomes = ", ".join("%s %d" % (k, v) for k, v in sorted(counts.items())
                             if k != "attempts")
        print("%s | %d | %s" % (kind, counts["attempts"], outcomes))
    if HEALTH_MS:
        ms = sorted(HEALTH_MS)
        print("/health probe latency | %d | p50 %.1f ms, p99 %.1f ms, max %.1f ms"
              % (len(ms), ms[len(ms) // 2], ms[min(len(ms) - 1, len(ms) * 99 // 100)],
                 ms[-1]))


if __name__ == "__main__":
    main()
