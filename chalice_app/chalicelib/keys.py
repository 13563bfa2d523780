"""API keys: a name, scopes (``chat``, ``tools``) and a salted SHA-256 of the secret.

A key reads ``mk_<key id>_<secret>``: the id finds the record in one lookup, the secret is
never stored (only ``sha256(salt + secret)``), so a leaked key file or table gives no key.
Two stores share the logic: :class:`FileKeyStore` (``<artifacts>/api_keys.json``) and
:class:`DynamoKeyStore` (one DynamoDB table, boto3 client passed in).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant.errors import AssistantError

SCOPES = ("chat", "tools")
PREFIX = "mk"
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_KEY = re.compile(r"^mk_([0-9a-f]{12})_([0-9a-f]{48})$")


class ApiKey(BaseModel):
    """What is stored about a key (no secret)."""

    name: str = Field(description="Human name of the key, unique.")
    key_id: str = Field(description="Public id, the middle part of the key.")
    scopes: list[str] = Field(description="What the key may call: 'chat', 'tools'.")
    created_at: str = Field(description="When the key was created (ISO 8601, UTC).")
    salt: str = Field(repr=False, description="Random salt of the hash.")
    digest: str = Field(repr=False, description="sha256(salt + secret), hex.")

    def public(self) -> dict[str, Any]:
        """Name, id, scopes and creation time (for listings)."""
        return self.model_dump(include={"name", "key_id", "scopes", "created_at"})


def parse_scopes(scopes: str | list[str]) -> list[str]:
    """``"chat,tools"`` -> ``["chat", "tools"]``; an unknown scope is an error naming it."""
    items = scopes.split(",") if isinstance(scopes, str) else list(scopes)
    clean = sorted({s.strip().lower() for s in items if s.strip()})
    unknown = [s for s in clean if s not in SCOPES]
    if unknown or not clean:
        raise AssistantError(f"unknown scope {', '.join(unknown) or '(none)'}; use one or more "
                             f"of: {', '.join(SCOPES)}", details={"field": "scopes"})
    return clean


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256((salt + secret).encode()).hexdigest()


class KeyStore:
    """Create, verify and revoke keys; subclasses store :class:`ApiKey` records."""

    def create(self, name: str, scopes: str | list[str]) -> tuple[ApiKey, str]:
        """A new key: its record and the plaintext key (shown once, never stored)."""
        if not _NAME.match(name or ""):
            raise AssistantError(f"invalid key name {name!r}: use 1-64 letters, digits, '.', "
                                 "'_' or '-'", details={"field": "name"})
        scope_list = parse_scopes(scopes)
        if self._by_name(name) is not None:
            raise AssistantError(f"a key named {name!r} already exists; revoke it first "
                                 f"(assistant keys revoke {name})", details={"field": "name"})
        key_id, secret, salt = secrets.token_hex(6), secrets.token_hex(24), secrets.token_hex(16)
        record = ApiKey(name=name, key_id=key_id, scopes=scope_list, salt=salt,
                        digest=_digest(salt, secret),
                        created_at=datetime.now(UTC).isoformat(timespec="seconds"))
        self._put(record)
        return record, f"{PREFIX}_{key_id}_{secret}"

    def verify(self, presented: str | None) -> ApiKey | None:
        """The key's record when ``presented`` is a valid, unrevoked key; else None."""
        match = _KEY.match((presented or "").strip())
        if match is None:
            return None
        record = self._by_id(match.group(1))
        if record is None:
            return None
        ok = hmac.compare_digest(record.digest, _digest(record.salt, match.group(2)))
        return record if ok else None

    def revoke(self, name: str) -> ApiKey:
        """Delete a key by name (not_found naming the known keys when absent)."""
        record = self._by_name(name)
        if record is None:
            known = ", ".join(k.name for k in self.list()) or "none"
            raise AssistantError(f"no API key named {name!r} (known: {known})", code="not_found")
        self._delete(record)
        return record

    def get(self, name: str) -> ApiKey | None:
        """A key's record by name."""
        return self._by_name(name)

    # -- storage ------------------------------------------------------------------------
    def list(self) -> list[ApiKey]:  # noqa: A003
        """Every key, by name."""
        raise NotImplementedError

    def _put(self, record: ApiKey) -> None:
        raise NotImplementedError

    def _delete(self, record: ApiKey) -> None:
        raise NotImplementedError

    def _by_id(self, key_id: str) -> ApiKey | None:
        raise NotImplementedError

    def _by_name(self, name: str) -> ApiKey | None:
        return next((k for k in self.list() if k.name == name), None)


class FileKeyStore(KeyStore):
    """Keys in one JSON file (mode 0600), re-read only when it changes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._cache: dict[str, ApiKey] = {}

    def _load(self) -> dict[str, ApiKey]:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._stamp, self._cache = None, {}
            return {}
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp != self._stamp:
            try:
                raw = json.loads(self.path.read_text() or "{}")
            except json.JSONDecodeError as exc:
                raise AssistantError(f"{self.path} is not valid JSON; fix or delete it",
                                     code="unavailable") from exc
            self._cache = {k["key_id"]: ApiKey(**k) for k in raw.get("keys", [])}
            self._stamp = stamp
        return self._cache

    def _save(self, keys: dict[str, ApiKey]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        body = {"keys": [k.model_dump() for k in sorted(keys.values(), key=lambda k: k.name)]}
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(body, handle, indent=2)
        tmp.replace(self.path)

    def list(self) -> list[ApiKey]:  # noqa: A003
        with self._lock:
            return sorted(self._load().values(), key=lambda k: k.name)

    def _put(self, record: ApiKey) -> None:
        with self._lock:
            keys = dict(self._load())
            keys[record.key_id] = record
            self._save(keys)

    def _delete(self, record: ApiKey) -> None:
        with self._lock:
            keys = dict(self._load())
            keys.pop(record.key_id, None)
            self._save(keys)

    def _by_id(self, key_id: str) -> ApiKey | None:
        with self._lock:
            return self._load().get(key_id)


def dynamo_call(client: Any, table: str, operation: str, **kwargs: Any) -> Any:
    """One DynamoDB call; AWS failures become AssistantError 'unavailable' naming the table."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return getattr(client, operation)(TableName=table, **kwargs)
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        if code == "ConditionalCheckFailedException":
            raise
        hint = (" (it does not exist: deploy the infra stack or create it)"
                if code == "ResourceNotFoundException" else "")
        raise AssistantError(f"the DynamoDB table {table!r} could not be used: {code}{hint}",
                             code="unavailable") from exc
    except BotoCoreError as exc:
        raise AssistantError(f"DynamoDB is not reachable ({exc})", code="unavailable") from exc


class DynamoKeyStore(KeyStore):
    """Keys in a DynamoDB table keyed by ``pk`` (``key#<id>``; ``name#<name>`` points at it)."""

    def __init__(self, table: str, client: Any) -> None:
        self.table = table
        self.client = client

    def _call(self, operation: str, **kwargs: Any) -> Any:
        return dynamo_call(self.client, self.table, operation, **kwargs)

    def _get(self, pk: str) -> dict[str, Any] | None:
        item: dict[str, Any] | None = self._call("get_item", Key={"pk": {"S": pk}},
                                                 ConsistentRead=True).get("Item")
        return item

    def _by_id(self, key_id: str) -> ApiKey | None:
        item = self._get(f"key#{key_id}")
        return ApiKey(**json.loads(item["record"]["S"])) if item else None

    def _by_name(self, name: str) -> ApiKey | None:
        item = self._get(f"name#{name}")
        return self._by_id(item["key_id"]["S"]) if item else None

    def _put(self, record: ApiKey) -> None:
        self._call("put_item", Item={
            "pk": {"S": f"name#{record.name}"}, "key_id": {"S": record.key_id}},
            ConditionExpression="attribute_not_exists(pk)")
        self._call("put_item", Item={
            "pk": {"S": f"key#{record.key_id}"}, "record": {"S": record.model_dump_json()}})

    def _delete(self, record: ApiKey) -> None:
        self._call("delete_item", Key={"pk": {"S": f"key#{record.key_id}"}})
        self._call("delete_item", Key={"pk": {"S": f"name#{record.name}"}})

    def list(self) -> list[ApiKey]:  # noqa: A003
        out: list[ApiKey] = []
        kwargs: dict[str, Any] = {"FilterExpression": "begins_with(pk, :p)",
                                  "ExpressionAttributeValues": {":p": {"S": "key#"}}}
        while True:
            page = self._call("scan", **kwargs)
            out += [ApiKey(**json.loads(i["record"]["S"])) for i in page.get("Items", [])]
            if "LastEvaluatedKey" not in page:
                return sorted(out, key=lambda k: k.name)
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def create_table(client: Any, table: str) -> None:
    """Create the keys/counters table (``pk`` hash key, on-demand, TTL on ``expires_at``)."""
    client.create_table(TableName=table, BillingMode="PAY_PER_REQUEST",
                        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}])
    client.get_waiter("table_exists").wait(TableName=table)
    client.update_time_to_live(TableName=table, TimeToLiveSpecification={
        "Enabled": True, "AttributeName": "expires_at"})
