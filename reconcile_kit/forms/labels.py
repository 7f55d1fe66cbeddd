"""Errors in the form's own words: a field name opening a message becomes the label the user sees.

The model and the store name fields as the code does ("notes has 120,000 characters", "at is
missing"); a form shows the label beside its input instead ("Note has 120,000 characters",
"When is missing"). Each form keeps its own field -> label table (the labels it shows).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["in_form_words"]


def in_form_words(error: Exception | str, labels: Mapping[str, str], field: str | None = None) -> str:
    """The error's message with its field name (`field`, else `error.field`) replaced by the form's label.

    Only a field name that opens the message is replaced, so words inside the user's own text
    are never touched; a message that names no field of the form is returned as it is.
    """
    message = str(error)
    name = field or getattr(error, "field", None)
    if name and name in labels and message.startswith(f"{name} "):
        return labels[name] + message[len(name) :]
    return message
