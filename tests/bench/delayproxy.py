#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""delayproxy.py DELAY_MS HOST PORT — an ssh ProxyCommand that makes a link slow.

Relays stdin to HOST:PORT and the answers back to stdout, handing on every chunk DELAY_MS
after it arrived, in order, in both directions: a request and its answer take 2 x DELAY_MS
more, as on a distant link. bench_hosts.sh uses it where the kernel has no netem.
"""
import queue
import socket
import sys
import threading
import time


def pipe(read, write, delay):
    chunks = queue.Queue()

    def reader():
        while True:
            data = read()
            chunks.put((time.monotonic() + delay, data))
            if not data:
                return

    threading.Thread(target=reader, daemon=True).start()
    while True:
        due, data = chunks.get()
        wait = due - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        if not data:
            return
        write(data)


def main():
    delay = int(sys.argv[1]) / 1000.0
    sock = socket.create_connection((sys.argv[2], int(sys.argv[3])))
    stdin = sys.stdin.buffer.raw
    stdout = sys.stdout.buffer.raw

    def to_stdout(data):
        view = memoryview(data)
        while view:
            view = view[stdout.write(view):]

    def upstream():
        pipe(lambda: stdin.read(65536), sock.sendall, delay)
        sock.shutdown(socket.SHUT_WR)

    threading.Thread(target=upstream, daemon=True).start()
    pipe(lambda: sock.recv(65536), to_stdout, delay)


if __name__ == "__main__":
    main()
