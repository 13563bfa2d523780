"""Input limits of a chat turn and masking of personal data in logs."""

from __future__ import annotations

import logging
import re

from assistant.errors import AssistantError

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(?:\+|00)?\d[\d\s().-]{7,}\d(?![\w])")


def check_message(message: object, max_chars: int) -> str:
    """The message stripped; AssistantError invalid_input when empty or too long."""
    if not isinstance(message, str):
        raise AssistantError("the message must be text", details={"field": "message"})
    text = message.strip()
    if not text:
        raise AssistantError("the message is empty: ask a question, e.g. \"segment of "
                             "customer 12347\"", details={"field": "message"})
    if len(text) > max_chars:
        raise AssistantError(f"the message is too long ({len(text)} characters; the limit is "
                             f"{max_chars}): shorten it", details={"field": "message",
                                                                  "limit": max_chars})
    return text


def mask_pii(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers replaced by placeholders.

    Five-digit customer ids and dates are left alone (a phone number has 9+ digits).
    """
    text = _EMAIL.sub("[email]", text)

    def phone(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) < 9 or re.fullmatch(r"\d{4}-\d{2}-\d{2}", match.group(0).strip()):
            return match.group(0)
        return "[phone]"

    return _PHONE.sub(phone, text)


class PiiMaskingFilter(logging.Filter):
    """A logging filter that masks e-mails and phone numbers in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_pii(record.getMessage())
        record.args = ()
        return True


def agent_logger() -> logging.Logger:
    """The agent's logger, with PII masking attached once."""
    logger = logging.getLogger("assistant.agent")
    if not any(isinstance(f, PiiMaskingFilter) for f in logger.filters):
        logger.addFilter(PiiMaskingFilter())
    return logger
