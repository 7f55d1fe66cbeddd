"""The suite runs offline: a network connection attempt inside a test fails (tests/conftest.py)."""

from __future__ import annotations

import socket

import pytest
import pytest_socket

pytestmark = pytest.mark.filterwarnings("ignore:A test tried to use socket:UserWarning")


def test_tcp_connect_is_blocked():
    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_name_lookup_is_blocked():
    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.getaddrinfo("localhost", 80)


def test_unix_socketpair_still_works():
    left, right = socket.socketpair()
    left.sendall(b"ok")
    assert right.recv(2) == b"ok"
    left.close(), right.close()
