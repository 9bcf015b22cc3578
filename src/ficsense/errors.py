"""The one exception a user ever sees: input ficsense cannot read, with a message that says why."""

from __future__ import annotations


class InputError(Exception):
    """The input cannot be read as a story (empty, binary, undecodable, too large, broken archive...)."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message
