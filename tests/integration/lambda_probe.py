"""Run inside an unzipped Lambda package with ``python -S`` (no site-packages): import the app
as Lambda does, answer a few API Gateway events, report what was imported."""

from __future__ import annotations

import json
import sys


def event(method: str, path: str, headers: dict[str, str] | None = None,
          body: str | None = None) -> dict:
    return {
        "resource": path, "path": path, "httpMethod": method,
        "headers": headers or {}, "multiValueHeaders": {},
        "queryStringParameters": None, "multiValueQueryStringParameters": None,
        "pathParameters": None, "stageVariables": None, "body": body,
        "isBase64Encoded": False,
        "requestContext": {"resourcePath": path, "httpMethod": method, "stage": "api",
                           "path": "/api" + path, "requestId": "probe"},
    }


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    from app import app

    out = {}
    for name, (method, path, headers, body) in {
        "health": ("GET", "/health", None, None),
        "openapi": ("GET", "/openapi.json", None, None),
        "widget": ("GET", "/widget.js", None, None),
        "chat_no_key": ("POST", "/chat", {"content-type": "application/json"},
                        '{"message": "hi"}'),
    }.items():
        response = app(event(method, path, headers, body), None)
        out[name] = {"status": response["statusCode"], "body": response["body"]}
    heavy = sorted({m.split(".")[0] for m in sys.modules}
                   & {"pandas", "scipy", "sklearn", "pyarrow", "lightgbm", "matplotlib"})
    out["heavy_modules"] = heavy
    out["site_packages_used"] = [m.__file__ for m in list(sys.modules.values())
                                 if "site-packages" in (getattr(m, "__file__", "") or "")][:5]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
