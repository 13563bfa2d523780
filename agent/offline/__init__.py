"""The offline chat model (no network): learned intents, rule slots, grounded answers."""

from agent.offline.model import MODEL_NAME, OfflineChatModel

__all__ = ["MODEL_NAME", "OfflineChatModel"]
