"""Django's system checks pass (``communs manage check``, ``migrate``, ``runserver`` run them), the platform's own
checks catch a middleware arrangement that would drop messages or the clickjacking header for pages, and
``COMMUNS_HTTPS`` / ``COMMUNS_HSTS_SECONDS`` turn on the HTTPS settings ``check --deploy`` asks for."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from django.core import checks
from django.test import override_settings

from communs.platform.checks import PAGE


def _ids(deploy: bool = False) -> set[str]:
    return {m.id for m in checks.run_checks(include_deployment_checks=deploy) if m.level >= checks.WARNING and not m.is_silenced()}


def test_system_checks_pass_with_the_shipped_middleware() -> None:
    assert not {i for i in _ids() if i and not i.startswith("security.")}
    assert "communs.W002" not in _ids(deploy=True) and "security.W002" not in _ids(deploy=True)


def test_removing_the_page_middleware_is_caught(settings) -> None:  # type: ignore[no-untyped-def]
    with override_settings(MIDDLEWARE=[m for m in settings.MIDDLEWARE if m != PAGE]):
        assert "communs.E001" in _ids()
        assert "communs.W002" in _ids(deploy=True)


def _settings_under(env: dict[str, str]) -> dict[str, object]:
    code = ("import django, json; django.setup(); from django.conf import settings as s; "
            "print(json.dumps([s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
            "s.SECURE_PROXY_SSL_HEADER, s.SECURE_HSTS_SECONDS]))")
    base = {k: v for k, v in os.environ.items() if k not in {"COMMUNS_HTTPS", "COMMUNS_HSTS_SECONDS"}}
    out = subprocess.run([sys.executable, "-c", code], env={**base, **env,
                         "DJANGO_SETTINGS_MODULE": "communs.platform.settings"},
                         capture_output=True, text=True, check=True, timeout=120)
    keys = ["redirect", "session_secure", "csrf_secure", "proxy_header", "hsts"]
    return dict(zip(keys, json.loads(out.stdout.strip().splitlines()[-1]), strict=True))


def test_https_settings_follow_the_environment() -> None:
    plain = _settings_under({})
    assert plain == {"redirect": False, "session_secure": False, "csrf_secure": False, "proxy_header": None,
                     "hsts": 0}
    https = _settings_under({"COMMUNS_HTTPS": "true", "COMMUNS_HSTS_SECONDS": "31536000"})
    assert https == {"redirect": True, "session_secure": True, "csrf_secure": True,
                     "proxy_header": ["HTTP_X_FORWARDED_PROTO", "https"], "hsts": 31536000}
