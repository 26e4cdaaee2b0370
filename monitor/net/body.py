"""Read a response body under two caps: raw bytes on the wire, decoded bytes.

Content-Encoding is removed here, not by httpx: httpx inflates each network
chunk in one call, so 64 KiB of a gzip bomb becomes 64 MiB before anyone can
count it. Our decoders yield bounded pieces (``_PIECE`` bytes at most), so a
bomb is stopped within one piece of the cap, whatever its ratio.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Protocol

import brotli

from monitor.errors import TooLarge, TransportError, UnsupportedContent

log = logging.getLogger(__name__)

_PIECE = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...
    def finish(self) -> Iterator[bytes]: ...


class _ZlibDecoder:
    """gzip (several members allowed) or zlib-wrapped deflate."""

    def __init__(self, wbits: int, name: str) -> None:
        self._wbits = wbits
        self._name = name
        self._obj = zlib.decompressobj(wbits)
        self._done = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        while not self._done:
            if self._obj.eof and not self._next_member(data):
                return
            try:
                out = self._obj.decompress(data, _PIECE)
            except zlib.error as exc:
                raise TransportError(f"corrupt {self._name} body: {exc}") from None
            if out:
                yield out
            if self._obj.eof:
                data = self._obj.unused_data
                if not data:
                    return
                continue
            data = self._obj.unconsumed_tail
            # A full piece may leave output pending inside zlib (a long match).
            if not data and len(out) < _PIECE:
                return

    def _next_member(self, data: bytes) -> bool:
        """After a finished stream: start the next gzip member, or ignore the rest."""
        if not data:
            return False
        if self._name == "gzip" and data.startswith(_GZIP_MAGIC):
            self._obj = zlib.decompressobj(self._wbits)
            return True
        self._done = True  # trailing bytes after the stream are ignored, as browsers do
        return False

    def finish(self) -> Iterator[bytes]:
        if not (self._done or self._obj.eof):
            raise TransportError(f"truncated {self._name} body")
        return iter(())


class _DeflateDecoder:
    """``deflate`` is zlib-wrapped by the spec, raw by some servers: try both."""

    def __init__(self) -> None:
        self._inner: _ZlibDecoder | None = None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._inner is None and data:
            wrapped = len(data) >= 2 and (data[0] * 256 + data[1]) % 31 == 0 \
                and data[0] & 0x0F == 8
            self._inner = _ZlibDecoder(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS, "deflate")
        if self._inner is not None:
            yield from self._inner.feed(data)

    def finish(self) -> Iterator[bytes]:
        if self._inner is None:
            return iter(())
        return self._inner.finish()


class _BrotliDecoder:
    def __init__(self) -> None:
        self._obj = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            out = self._obj.process(data, output_buffer_limit=_PIECE)
            if out:
                yield out
            # Drain what this input holds, one bounded piece at a time; the
            # decoder's own can_accept_more_data() turns True too early.
            while out and not self._obj.is_finished():
                out = self._obj.process(b"", output_buffer_limit=_PIECE)
                if out:
                    yield out
        except brotli.error as exc:
            raise TransportError(f"corrupt br body: {exc}") from None

    def finish(self) -> Iterator[bytes]:
        if not self._obj.is_finished():
            raise TransportError("truncated br body")
        return iter(())


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data

    def finish(self) -> Iterator[bytes]:
        return iter(())


def _decoder_for(coding: str) -> Decoder:
    if coding in ("gzip", "x-gzip"):
        return _ZlibDecoder(16 + zlib.MAX_WBITS, "gzip")
    if coding == "deflate":
        return _DeflateDecoder()
    if coding == "br":
        return _BrotliDecoder()
    if coding in ("identity", ""):
        return _Identity()
    raise UnsupportedContent(f"unsupported Content-Encoding {coding!r}")


class DecoderChain:
    """Undo every listed Content-Encoding, last applied first."""

    def __init__(self, content_encoding: str | None) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        if len(codings) > 2:
            raise UnsupportedContent(f"too many Content-Encodings: {content_encoding!r}")
        self._chain = [_decoder_for(c) for c in reversed(codings)]

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._run(0, data)

    def _run(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._chain):
            if data:
                yield data
            return
        for piece in self._chain[index].feed(data):
            yield from self._run(index + 1, piece)

    def finish(self) -> Iterator[bytes]:
        for index, decoder in enumerate(self._chain):
            for piece in decoder.finish():
                yield from self._run(index + 1, piece)


def check_declared_length(content_length: str | None, max_bytes: int, url: str) -> None:
    """Refuse before reading when the server announces more than the cap."""
    if content_length is None:
        return
    try:
        declared = int(content_length.strip())
    except ValueError:
        return  # h11 already rejects malformed lengths; nothing to add here
    if declared > max_bytes:
        raise TooLarge(f"Content-Length {declared} is over the {max_bytes}-byte cap", url)


async def read_capped(raw_chunks: AsyncIterator[bytes], content_encoding: str | None, *,
                      max_bytes: int, max_decoded: int, url: str,
                      truncate: bool = False) -> bytes:
    """The decoded body; TooLarge past either cap (or cut there if ``truncate``)."""
    chain = DecoderChain(content_encoding)
    out = bytearray()
    raw_total = 0
    async for chunk in raw_chunks:
        raw_total += len(chunk)
        if raw_total > max_bytes:
            if truncate:
                return bytes(out)
            raise TooLarge(f"body over the {max_bytes}-byte cap", url)
        if _append(out, chain.feed(chunk), max_decoded, url, truncate):
            return bytes(out)
    _append(out, chain.finish(), max_decoded, url, truncate)
    return bytes(out)


def _append(out: bytearray, pieces: Iterator[bytes], cap: int, url: str, truncate: bool) -> bool:
    """Add pieces to ``out``; True when ``truncate`` cut the body at the cap."""
    for piece in pieces:
        out += piece
        if len(out) > cap:
            if truncate:
                del out[cap:]
                return True
            raise TooLarge(f"decoded body over the {cap}-byte cap", url)
    return False


def decode_bounded(data: bytes, content_encoding: str, cap: int, url: str) -> bytes:
    """Decode an in-memory body (a ``.gz`` sitemap) under the same cap."""
    chain = DecoderChain(content_encoding)
    out = bytearray()
    try:
        _append(out, chain.feed(data), cap, url, False)
        _append(out, chain.finish(), cap, url, False)
    except TransportError as exc:
        raise TransportError(str(exc), url) from None
    return bytes(out)
