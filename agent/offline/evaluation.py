"""Slot extraction measured on the labelled questions (each records its expected values)."""

from __future__ import annotations

from typing import Any

from agent.offline.slots import extract_slots


def slot_values(text: str) -> dict[str, Any]:
    """The slots the rules find, in the same shape as the labelled files."""
    slots = extract_slots(text)
    found: dict[str, Any] = {}
    if slots.customer_ids:
        found["customer_id"] = slots.customer_ids[0]
    if slots.item_ids:
        found["item_id"] = slots.item_ids[0]
    if slots.k or slots.small_numbers:
        found["k"] = slots.k or slots.small_numbers[0]
    for name in ("country", "category", "segment"):
        if getattr(slots, name):
            found[name] = getattr(slots, name)
    if slots.date_from:
        found["date_from"] = slots.date_from.isoformat()
    if slots.date_to:
        found["date_to"] = slots.date_to.isoformat()
    if slots.texts:
        found["texts"] = slots.texts
    return found


def evaluate_slots(examples: list[dict[str, Any]]) -> dict[str, float]:
    """Share of questions whose slots are all exactly right, and per-slot accuracy."""
    exact = 0
    per_slot: dict[str, list[int]] = {}
    for example in examples:
        expected = example.get("slots", {})
        found = slot_values(example["text"])
        for name, value in expected.items():
            hits = per_slot.setdefault(name, [0, 0])
            hits[0] += found.get(name) == value
            hits[1] += 1
        if "category" not in expected:
            found.pop("category", None)  # a category word in a non-recommend question is fine
        exact += found == expected
    result = {"all_slots_exact": exact / max(len(examples), 1)}
    result.update({f"accuracy_{name}": hit / total for name, (hit, total) in per_slot.items()})
    return result


def measure(paths: list[Any] | None = None) -> dict[str, dict[str, float]]:
    """Intent exact-set accuracy and slot accuracy of the trained planner on held-out files
    (default: test.jsonl and the two blind sets)."""
    from agent.offline.intents import DATA_DIR, evaluate, load_classifier, load_examples

    files = paths or [DATA_DIR / name for name in ("test.jsonl", "blind.jsonl", "blind2.jsonl")]
    model = load_classifier()
    results = {}
    for path in files:
        examples = load_examples(path)
        results[path.name] = {"n": float(len(examples)),
                              "intent_exact": evaluate(model, examples)["exact_match"],
                              **evaluate_slots(examples)}
    return results


if __name__ == "__main__":  # python -m agent.offline.evaluation
    for name, scores in measure().items():
        print(name, ", ".join(f"{k} {v:.3f}" if k != "n" else f"n {v:.0f}"
                              for k, v in scores.items()))
