"""A form's error is on the page in one place at every moment, not just at the end (issue 16).

The browser sees every value a widget takes, one comm message each: an error line written
with the full message and then shortened showed the message twice for a moment, and the
browser test's strict locator found two.
"""

import ipywidgets as widgets
import pytest

from reconcile_kit.forms import LogInteractionForm


def html_lines(widget):
    """Every HTML widget inside `widget` (the form's error, status and field lines)."""
    if isinstance(widget, widgets.HTML):
        yield widget
    for child in getattr(widget, "children", ()):
        yield from html_lines(child)


@pytest.mark.parametrize(("fields", "words"), [
    ({"summary": ""}, "In a few words is empty"),
    ({"date": None, "summary": "Hello"}, "pick the date"),
])
def test_a_field_error_is_never_in_two_places_at_once(journal, fields, words):
    form, places = LogInteractionForm(journal), []
    lines = list(html_lines(form.widget))
    for line in lines:
        line.observe(lambda _change: places.append(sum(words in each.value for each in lines)), names="value")
    form.fill(**fields)
    form.submit()
    assert (max(places), words in form.error) == (1, True)
