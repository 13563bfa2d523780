"""Personal data is masked in the agent's logs."""

from __future__ import annotations

import logging

from agent.guards import mask_pii


def test_emails_and_phone_numbers_are_masked_but_ids_and_dates_are_not():
    text = ("customer 12347 (jane.doe@example.co.uk, +44 20 7946 0958, 0612345678) "
            "wrote on 2011-03-04")
    masked = mask_pii(text)
    assert "jane.doe" not in masked and "7946" not in masked and "0612345678" not in masked
    assert "[email]" in masked and masked.count("[phone]") == 2
    assert "12347" in masked and "2011-03-04" in masked


def test_agent_logs_are_masked(agent, caplog):
    with caplog.at_level(logging.INFO, logger="assistant.agent"):
        agent.ask("segment of 12347, reply to bob@shop.com or 06 12 34 56 78")
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "turn session=" in logged
    assert "bob@shop.com" not in logged and "06 12 34 56 78" not in logged
