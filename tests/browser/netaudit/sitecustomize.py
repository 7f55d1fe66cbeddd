"""Write down every attempt to reach another host, in each Python process the browser suite starts.

The suite puts this folder first on PYTHONPATH for JupyterLab and Voila, so the servers and the
kernels they start all load it. With $RECONCILE_KIT_NET_AUDIT set, an audit hook appends one line
to that file for a name lookup of anything but a loopback name, or a connection (or datagram) to
any address but a loopback one. Nothing is blocked here: the suite reads the file after each test
and fails, naming what was asked (tests/browser/conftest.py, `OutsideWatch`).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import ipaddress
import os
import sys

_LOG = os.environ.get("RECONCILE_KIT_NET_AUDIT", "")
_HERE = os.path.dirname(os.path.abspath(__file__))
_LOOPBACK_NAMES = {"", "localhost", "ip6-localhost", "ip6-loopback"}


def _is_loopback(host: object) -> bool:
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name.lower() in _LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(name.split("%")[0])
    except ValueError:
        return False
    return address.is_loopback or (address.version == 6 and bool(address.ipv4_mapped and address.ipv4_mapped.is_loopback))


def _hook(event: str, args: tuple) -> None:
    if event in ("socket.getaddrinfo", "socket.gethostbyname"):
        host, port = args[0], (args[1] if len(args) > 1 else "")
    elif event in ("socket.connect", "socket.sendto"):
        address = args[1]
        if not isinstance(address, tuple):  # a Unix socket path: stays on this computer
            return
        host, port = address[0], address[1]
    else:
        return
    if not _is_loopback(host):
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{event} {host}:{port} from pid {os.getpid()} ({' '.join(sys.argv)[:160]})\n")


def _chain() -> None:
    """Run any other sitecustomize this one hides (the first one on the path wins)."""
    rest = [path for path in sys.path if os.path.abspath(path or os.curdir) != _HERE]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", rest)
    if spec is not None and spec.loader is not None:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))


if _LOG:
    sys.addaudithook(_hook)
_chain()
