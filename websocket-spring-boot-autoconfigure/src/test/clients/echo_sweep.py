"""Echo sweep with Python's websockets library, run by IndependentClientTests.

Usage: echo_sweep.py URL COMPRESS SIZES. Sends each message of the sweep to the echo endpoint,
one at a time, and prints one JSON line: the agreed extensions, how many were sent, what came
back wrong.
"""
import asyncio
import json
import os
import sys

import websockets

LETTERS = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "


def random_text(size):
    return bytes(LETTERS[b % len(LETTERS)] for b in os.urandom(size)).decode("ascii")


def json_text(size):
    parts, length, i = ["["], 1, 0
    while length < size:
        part = '{"id":%d,"name":"item %d"},' % (i, i % 97)
        parts.append(part)
        length += len(part)
        i += 1
    return "".join(parts)[:size]


SHAPES = {
    "text, one repeated byte": lambda size: "b" * size,
    "text, random": random_text,
    "text, JSON": json_text,
    "text, three-byte characters": lambda size: "\u20ac" * (size // 3) + "a" * (size % 3),
    "binary, one repeated byte": lambda size: bytes([7]) * size,
    "binary, random": os.urandom,
}


def length(message):
    return len(message.encode("utf-8")) if isinstance(message, str) else len(message)


async def sweep(url, compress, sizes):
    wrong, sent = [], 0
    async with websockets.connect(url, compression="deflate" if compress else None, max_size=None) as socket:
        extensions = socket.response_headers.get("Sec-WebSocket-Extensions", "")
        for size in sizes:
            for shape, make in SHAPES.items():
                message = make(size)
                await socket.send(message)
                echo = await socket.recv()
                sent += 1
                if echo != message:
                    wrong.append("%s of %d bytes came back as %d bytes" % (shape, size, length(echo)))
    return {"extensions": extensions, "sent": sent, "wrong": wrong}


def main():
    url, compress, sizes = sys.argv[1], sys.argv[2] == "true", [int(size) for size in sys.argv[3].split(",")]
    print(json.dumps(asyncio.run(sweep(url, compress, sizes))))


main()
