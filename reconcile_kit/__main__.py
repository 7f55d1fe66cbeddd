"""`python -m reconcile_kit` runs the CLI."""

from .cli import main

main()
