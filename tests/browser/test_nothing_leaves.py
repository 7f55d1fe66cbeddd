"""Nothing leaves the machine: the suite fails on any request to another host, and Lab calls nobody.

Every browser test is checked after it runs (conftest.py, `OUTSIDE`): a request from a page, a
server or a kernel to any host but the suite's loopback servers fails it, naming the URL. The first
test here proves that check bites: a throwaway notebook asks a public host for a stylesheet, and its
kernel looks up an address that is not loopback, on purpose.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from . import servers
from .conftest import OUTSIDE, NotebookRunner, new_context
from .jlab import open_notebook, run_all

pytestmark = pytest.mark.browser

REMOTE_CSS = "https://example.com/reconcile-kit-remote.css"  # reserved for examples (RFC 2606); aborted anyway
THROWAWAY = "throwaway_remote_stylesheet.ipynb"
# the kernel "looks up" TEST-NET-1 (RFC 5737): a number needs no lookup, so nothing is sent, but it is not loopback
KERNEL_LOOKUP = "import socket\nsocket.getaddrinfo('192.0.2.1', 443)\n"


def notebook_showing(html: str) -> str:
    """A one-cell notebook whose cell looks up a host that is not loopback, then displays `html`."""
    cell = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
            "source": f"{KERNEL_LOOKUP}from IPython.display import HTML\nHTML({html!r})"}
    return json.dumps({"cells": [cell], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                       "language": "python"}}, "nbformat": 4, "nbformat_minor": 5})


def test_a_remote_stylesheet_and_a_kernels_lookup_fail_the_check_and_are_named(browser: Any, lab_server: servers.Server,
                                                           notebooks: NotebookRunner) -> None:
    notebooks.close()  # one kernel at a time
    (lab_server.root / THROWAWAY).write_text(notebook_showing(f'<link rel="stylesheet" href="{REMOTE_CSS}">'))
    context = new_context(browser)
    try:
        page = context.new_page()
        open_notebook(page, lab_server, THROWAWAY)
        with page.expect_request(REMOTE_CSS):
            run_all(page)
        with pytest.raises(AssertionError, match=re.escape(f"browser: GET {REMOTE_CSS}\nserver: socket.getaddrinfo 192.0.2.1:443")):
            OUTSIDE.check()
    finally:
        context.close()
        servers.shutdown_sessions(lab_server)
        (lab_server.root / THROWAWAY).unlink()


def test_lab_has_news_and_update_checks_off(lab_server: servers.Server) -> None:
    settings = json.loads(lab_server.get("/lab/api/settings/@jupyterlab/apputils-extension:notification"))["settings"]
    news, update = json.loads(lab_server.get("/lab/api/news")), json.loads(lab_server.get("/lab/api/update"))
    assert (settings["fetchNews"], settings["checkForUpdates"], news["news"], update["notification"]) == ("false", False, [], None)


def test_the_apps_token_page_asks_nothing_outside(page: Page, voila: servers.Server) -> None:
    page.goto(f"{voila.url}/")  # no token: Jupyter's login page
    expect(page.get_by_label("Password or token")).to_be_visible()
