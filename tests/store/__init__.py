"""Tests of the journal store (reconcile_kit/store/), one file per module or job."""
