"""Tests of the `reconcile-kit` command line (reconcile_kit/cli/), one file per command family."""
