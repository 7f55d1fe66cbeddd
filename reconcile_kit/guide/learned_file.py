"""The learned models on disk: one file per kind of text, written by the trainer, read by the kit.

A file (`learned_apology.npz` ...) holds every linear model of one kind as the columns of one
matrix, with a row for each feature any of them weighs (`Stored`): numpy's own format, so reading
it is a copy rather than a parse. The trainer rounds every weight to three decimals, so a weight
is kept as a whole number of thousandths (int32, compressed) and read back as exactly the same
float: the file is about a sixth of the JSON it replaces and a check's first reading takes tens of
milliseconds, not a second (docs/guide-quality.md, round 19). The rest (each label's thresholds,
its cross-validated figures, which columns are its models, what it was trained on) is a small
JSON document inside the file (`Stored.meta`).

numpy is imported on first use: `import reconcile_kit` stays light, and where a check runs pandas
has loaded it already.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Stored", "read", "write", "SCALE", "SIZE"]

SCALE = 1000  # weights are kept as whole thousandths: the trainer rounds them to three decimals
SIZE = "#size"  # the feature every model weighs by how much a text says (`learned.size`), kept apart
_OPINIONS = ("own", "bayes", "given")  # a label's models, in the order the meta names their columns


@dataclass(frozen=True)
class Stored:
    """One kind's models as the file keeps them: `meta` ({"version", "trained_on", "labels":
    {label: {"add", "keep", "cv", "own", "bayes"?, "given"?}}, "flawed"?}, where "own", "bayes",
    "given" and "flawed" are column numbers), the `features` (one per row of `weights`), the
    `weights` (features by columns, float) and each column's `bias` and `size` weight."""

    meta: dict[str, Any]
    features: list[str]
    weights: np.ndarray
    bias: np.ndarray
    size: np.ndarray


def read(path: Path) -> Stored:
    """The models kept at `path` (raises FileNotFoundError where there is none)."""
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
        names = data["features"].tobytes().decode("utf-8")
        weights = data["weights"].astype(np.float64) / SCALE
        bias, size = data["bias"].astype(np.float64), data["size"].astype(np.float64)
    return Stored(meta, names.split("\n") if names else [], weights, bias, size)


def write(path: Path, content: dict[str, Any]) -> None:
    """Keep the trainer's `content` at `path`: {"version", "trained_on", "labels": {label: {"bias",
    "weights", "add", "keep", "cv", "bayes"?, "given"?}}, "flawed"?}, where each model is
    {"bias", "weights": {feature: weight}}. A weight that is not a whole number of thousandths, or a
    feature name with a line break, is refused (ValueError): it could not be read back as it was."""
    import numpy as np

    columns: list[dict[str, Any]] = []

    def column(model: dict[str, Any]) -> int:
        columns.append(model)
        return len(columns) - 1

    labels = {}
    for name, label in sorted(content["labels"].items()):  # in name order: the file never depends on the trainer's order
        entry = {key: value for key, value in label.items() if key not in ("bias", "weights", "bayes", "given")}
        entry["own"] = column(label)
        entry.update({key: column(label[key]) for key in _OPINIONS[1:] if key in label})
        labels[name] = entry
    meta = {key: value for key, value in content.items() if key not in ("labels", "flawed")} | {"labels": labels}
    if "flawed" in content:
        meta["flawed"] = column(content["flawed"])
    features = sorted({name for model in columns for name in model["weights"] if name != SIZE})
    if any("\n" in name for name in features):
        raise ValueError("a feature name holds a line break")
    row = {name: i for i, name in enumerate(features)}
    weights = np.zeros((len(features), len(columns)), dtype=np.int32)
    for j, model in enumerate(columns):
        for name, weight in model["weights"].items():
            if name == SIZE:
                continue
            whole = round(weight * SCALE)
            if whole / SCALE != weight:
                raise ValueError(f"weight {weight!r} of {name!r} is not a whole number of thousandths")
            weights[row[name], j] = whole
    arrays = {
        "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
        "features": np.frombuffer("\n".join(features).encode("utf-8"), dtype=np.uint8),
        "weights": weights,
        "bias": np.array([float(model["bias"]) for model in columns]),
        "size": np.array([float(model["weights"].get(SIZE, 0.0)) for model in columns]),
    }
    # numpy's `savez_compressed` stamps each member with the time of writing; a fixed stamp keeps a
    # retrain on the same corpus byte for byte the same file.
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for key, array in arrays.items():
            member = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(member, "w", force_zip64=True) as out:
                np.lib.format.write_array(out, array, allow_pickle=False)
