"""Errors the CLI reports for one input; the core never raises them."""
from __future__ import annotations


class WirecliError(Exception):
    """An input could not be turned into stories.  Seen by users as `wirecli: PATH: reason`."""


class ReadError(WirecliError):
    """The file could not be read (missing, permission denied, a directory, ...)."""


class DecodeError(WirecliError):
    """The bytes are not text wirecli can decode; the message suggests --encoding."""


class NotTextError(WirecliError):
    """The file is binary (an image, PDF, archive, executable)."""


class StoryTooLargeError(WirecliError):
    """One story is longer than --max-story-bytes: stopped before it could exhaust memory."""
