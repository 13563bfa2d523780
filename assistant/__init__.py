"""Cross-cutting pieces of the marketing assistant: settings, the domain error and the CLI."""

from assistant.errors import AssistantError
from assistant.settings import Settings, get_settings

__all__ = ["AssistantError", "Settings", "get_settings"]
