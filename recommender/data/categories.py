"""Product categories derived from descriptions (the UCI data has none).

Keyword rules, first match wins; the order puts the most specific themes first.
The rules are data, so a marketer-facing guide can list them.
"""

from __future__ import annotations

import re

CATEGORY_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("Christmas", ("CHRISTMAS", "XMAS", "ADVENT", "SANTA", "REINDEER", "SNOWFLAKE", "NATIVITY")),
    ("Candles & Lights", ("T-LIGHT", "TEA LIGHT", "CANDLE", "LANTERN", "NIGHT LIGHT", "LIGHTS",
                          "LAMP", "HOLDER")),
    ("Kitchen & Dining", ("MUG", "CUP", "PLATE", "BOWL", "TEA", "CAKE", "JAR", "BAKING", "LUNCH",
                          "KITCHEN", "SPOON", "CUTLERY", "NAPKIN", "TRAY", "TEAPOT", "COFFEE",
                          "BOTTLE", "JUG", "APRON", "CHOPPING", "BISCUIT", "JAM", "SWEETHEART")),
    ("Bags & Storage", ("BAG", "BASKET", "STORAGE", "BOX", "CRATE", "CASE", "HOLDALL", "TRUNK")),
    ("Stationery & Cards", ("CARD", "WRAP", "NOTEBOOK", "PEN", "PENCIL", "STICKER", "PAPER",
                            "ENVELOPE", "DIARY", "ERASER", "BOOK", "TAPE", "RIBBON", "TAG")),
    ("Toys & Games", ("TOY", "GAME", "PLAYHOUSE", "DOLL", "SPACEBOY", "JIGSAW", "PUZZLE",
                      "SKITTLES", "DOMINO", "BLOCK", "SOLDIER", "TEDDY", "RABBIT", "CHILDREN")),
    ("Party & Gifts", ("PARTY", "BUNTING", "BALLOON", "GIFT", "WEDDING", "BIRTHDAY", "CONFETTI",
                       "STRAWS")),
    ("Garden & Outdoor", ("GARDEN", "PLANT", "BIRD", "WATERING", "FLOWER POT", "PARASOL",
                          "PICNIC", "HAMMOCK", "SEED")),
    ("Jewellery & Accessories", ("NECKLACE", "BRACELET", "EARRING", "RING", "HAIR", "PURSE",
                                 "UMBRELLA", "CHARM", "BROOCH", "SCARF", "WALLET", "MIRROR")),
    ("Home Decor", ("HEART", "FRAME", "CLOCK", "SIGN", "DOORMAT", "CUSHION", "HANGING",
                    "ORNAMENT", "DECORATION", "VINTAGE", "WALL", "HOOK", "COAT", "DOORSTOP",
                    "GLASS", "VASE", "CHALKBOARD", "BUNNY", "WREATH", "STAR")),
]
OTHER = "Other"
CATEGORIES: list[str] = [name for name, _ in CATEGORY_RULES] + [OTHER]

_PATTERNS = [
    (name, re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")S?\b"))
    for name, keys in CATEGORY_RULES
]


def categorize(description: str | None) -> str:
    """The category of one product description (``Other`` when no rule matches)."""
    text = (description or "").upper()
    for name, pattern in _PATTERNS:
        if pattern.search(text):
            return name
    return OTHER
