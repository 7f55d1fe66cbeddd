"""The journal store: one private SQLite file per person; the only package that touches SQLite.

    from reconcile_kit.store import Journal
    with Journal.open() as journal:          # $RECONCILE_KIT_JOURNAL or the user data dir
        journal.add(Interaction(...))

Modules, one job each:

- `journal.py`     the `Journal` class: the public API over everything below
- `connection.py`  opening the file (WAL, synchronous=FULL, busy timeout), write transactions, errors
- `schema.py`      the tables, the forward migrations, the "is this a journal?" check
- `rows.py`        `Interaction` <-> row, and the vectorised checks of imported frames
- `tables.py`      settings, reflections, the checklist, habits and check-ins
- `backup.py`      rolling backups and restore
- `crypto.py`      optional SQLCipher encryption, passphrase lookup

Importing this package stays light (no pandas, no numpy): the CLI's `log` starts through it.
"""

from __future__ import annotations

from .journal import ENV_VAR, ImportResult, Journal, default_path

__all__ = ["Journal", "ImportResult", "default_path", "ENV_VAR"]
