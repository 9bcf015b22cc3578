"""`python -m ficsense` is the `ficsense` command."""

from ficsense.interfaces.cli import main

main()
