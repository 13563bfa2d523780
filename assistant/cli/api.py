"""``assistant serve`` and ``assistant keys create|revoke|list``: the HTTP API and its keys."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from assistant.cli.common import DataOption, JsonFlag, print_json, settings


def _chalicelib() -> None:
    """Put chalice_app/ on sys.path: chalicelib is a top-level package, as in Lambda."""
    spec = importlib.util.find_spec("chalice_app")
    locations = list(spec.submodule_search_locations or []) if spec else []
    folder = locations[0] if locations else str(Path(__file__).resolve().parents[2]
                                                / "chalice_app")
    if folder not in sys.path:
        sys.path.append(folder)


def _keys(data: Path | None) -> Any:
    _chalicelib()
    from chalicelib.services import default_keys

    return default_keys(settings(data))


def _needs_training(cfg: Any) -> bool:
    from recommender.registry import Registry

    if cfg.predictor_backend != "local":
        return False
    registry = Registry(cfg.models_dir)
    if any(registry.champion(k) is None for k in ("recommender", "customers", "feedback")):
        return True
    from knowledge_base.ingest import document_count

    return cfg.kb_backend == "local" and document_count(cfg) == 0


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    """Add ``serve`` and the ``keys`` group."""
    keys = groups["keys"]

    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
        data: DataOption = None,
    ) -> None:
        """Serve the API and the chat widget locally (trains first if no models exist)."""
        _chalicelib()
        from chalicelib.local import dev_key, make_server, warm_up
        from chalicelib.services import ApiServices

        cfg = settings(data)
        if _needs_training(cfg):
            from assistant.bootstrap import ensure_ready

            typer.echo("No trained models yet: preparing data and training (one time)...",
                       err=True)
            for line in ensure_ready(cfg):
                typer.echo(f"  {line}", err=True)
        services = ApiServices(cfg)
        key = dev_key(services.keys, cfg.artifacts / "dev_api_key")
        for problem in warm_up(services):
            typer.secho(f"warning: {problem}", err=True, fg="yellow")
        try:
            server = make_server(services, host, port)
        except OSError as exc:
            from assistant.errors import AssistantError

            raise AssistantError(f"cannot listen on {host}:{port} ({exc.strerror}); choose "
                                 "another port with --port") from exc
        # One thread per connection share the GIL: a shorter switch interval than the 5 ms
        # default keeps short requests from queueing behind long ones.
        sys.setswitchinterval(0.001)
        base = f"http://{host}:{server.port}"
        typer.echo(f"API:        {base}  (docs: {base}/openapi.json, health: {base}/health)")
        typer.echo(f"Chat page:  {base}/?key={key}")
        typer.echo(f"Dev key:    {key}  (header x-api-key; scopes chat, tools)")
        typer.echo("Ctrl+C stops the server.")
        try:
            server.server.serve_forever()
        except KeyboardInterrupt:
            typer.echo("stopped")
        finally:
            server.server.server_close()

    @keys.command("create")
    def keys_create(
        name: Annotated[str, typer.Option("--name", help="Unique name of the key.")],
        scopes: Annotated[str, typer.Option("--scopes", help="Comma-separated: chat, tools.")]
        = "chat,tools",
        as_json: JsonFlag = False,
        data: DataOption = None,
    ) -> None:
        """Create an API key; it is printed once and only its hash is stored."""
        record, plaintext = _keys(data).create(name, scopes)
        if as_json:
            print_json({"name": record.name, "key": plaintext, "scopes": record.scopes})
            return
        typer.echo(plaintext)
        typer.echo(f"key {record.name!r} with scopes {', '.join(record.scopes)}: store it now, "
                   "it cannot be shown again", err=True)

    @keys.command("revoke")
    def keys_revoke(
        name: Annotated[str, typer.Argument(help="Name of the key to revoke.")],
        data: DataOption = None,
    ) -> None:
        """Revoke an API key by name; requests with it get 401 from then on."""
        record = _keys(data).revoke(name)
        typer.echo(f"revoked key {record.name!r}")

    @keys.command("list")
    def keys_list(as_json: JsonFlag = False, data: DataOption = None) -> None:
        """List key names, scopes and creation times (never the keys)."""
        rows = [k.public() for k in _keys(data).list()]
        if as_json:
            print_json(rows)
            return
        for row in rows or []:
            typer.echo(f"{row['name']:<20} {','.join(row['scopes']):<12} {row['created_at']}")
        if not rows:
            typer.echo("no API keys yet: assistant keys create --name NAME --scopes chat,tools")
