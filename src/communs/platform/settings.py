"""Django settings for communs. Every setting read from the environment is declared here once, with its help text
in docs/operator-guide.md (kept true by tests/test_docs.py)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(os.environ.get("COMMUNS_HOME", Path.cwd())).resolve()
VAR_DIR = Path(os.environ.get("COMMUNS_VAR_DIR", BASE_DIR / "var"))


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = _env_bool("COMMUNS_DEBUG", False)
SECRET_KEY = os.environ.get("COMMUNS_SECRET_KEY", "")
if not SECRET_KEY:
    # Development default: stable per checkout, never used when COMMUNS_SECRET_KEY is set (production).
    SECRET_KEY = "communs-insecure-development-key-set-COMMUNS_SECRET_KEY-in-production"
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("COMMUNS_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("COMMUNS_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "communs.elections",
    "communs.assistant",
    "communs.consultations",
    "communs.review",
    "communs.platform",
]

# Security, static files, sessions, CSRF and authentication run for every request. The JSON API (/api/) then skips
# what only pages need: PageMiddleware runs Locale, Common, Messages and XFrameOptions for pages only, and the vote
# POST (the hottest write) is answered by VoteFastPathMiddleware with the django-ninja operation's own checks and
# answers (see communs/platform/middleware.py).
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "communs.platform.middleware.VoteFastPathMiddleware",
    "communs.platform.middleware.PageMiddleware",
]

# admin.E409 and security.W002 look for MessageMiddleware and XFrameOptionsMiddleware in MIDDLEWARE; both run inside
# PageMiddleware (pages and admin), which communs.platform.checks verifies instead (communs.E001, communs.W002).
SILENCED_SYSTEM_CHECKS = ["admin.E409", "security.W002"]

ROOT_URLCONF = "communs.platform.urls"
WSGI_APPLICATION = "communs.platform.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://..., sqlite:///...). Default: SQLite under var/, WAL, synchronous=FULL.
DEFAULT_SQLITE_PATH = VAR_DIR / "communs.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DEFAULT_SQLITE_PATH}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent connections (one per gunicorn thread): opening one and running the PRAGMAs cost ~2 ms CPU per
    # request. Safe with threads (Django connections are per thread) and WAL; a broken one is dropped at request end.
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("COMMUNS_SQLITE_CONN_MAX_AGE", "600"))
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            # One writer at a time: BEGIN IMMEDIATE takes the write lock up front, so concurrent writers queue
            # (busy timeout) instead of failing with "database is locked" half-way through a transaction.
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;",
        }
    )
    # Tests use an in-memory database unless COMMUNS_TEST_DB_FILE names a file: the contract suite runs once more
    # on a real SQLite file (WAL, locking between connections) as production does.
    if os.environ.get("COMMUNS_TEST_DB_FILE"):
        DATABASES["default"]["TEST"] = {"NAME": os.environ["COMMUNS_TEST_DB_FILE"]}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# WhiteNoise serves from the finders; an existing (even empty) root keeps it from warning at start-up. On a
# read-only install collectstatic will say what is wrong.
with contextlib.suppress(OSError):
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
WHITENOISE_USE_FINDERS = True

# Uploads and ingestion: the largest source file accepted (bytes).
COMMUNS_MAX_SOURCE_BYTES = int(os.environ.get("COMMUNS_MAX_SOURCE_BYTES", str(50 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("COMMUNS_MAX_REQUEST_BYTES", str(2 * 1024 * 1024)))

# Backends, chosen by name and resolved in one factory per kind.
COMMUNS_EMBEDDER = os.environ.get("COMMUNS_EMBEDDER", "use-multilingual")
# One BLAS thread per process: server workers already use every core, and OpenBLAS threads that wait for a busy
# core cost far more than they save (measured at load average 8 on 2 cores: 636 vs 48 texts/s for a batch, 2 vs
# 139 ms CPU per question). Raise it for batch jobs on an otherwise idle machine.
COMMUNS_EMBEDDER_THREADS = int(os.environ.get("COMMUNS_EMBEDDER_THREADS", "1"))
COMMUNS_LLM_BASE_URL = os.environ.get("COMMUNS_LLM_BASE_URL", "")
COMMUNS_LLM_MODEL = os.environ.get("COMMUNS_LLM_MODEL", "")
COMMUNS_LLM_API_KEY = os.environ.get("COMMUNS_LLM_API_KEY", "")
COMMUNS_LLM_TIMEOUT = float(os.environ.get("COMMUNS_LLM_TIMEOUT", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("COMMUNS_LOG_LEVEL", "WARNING")},
}

# Django's database sessions, read with one plain SQL query (see the module).
SESSION_ENGINE = "communs.consultations.sessions"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Served over HTTPS (behind a reverse proxy that sets X-Forwarded-Proto): redirect plain HTTP, secure-only cookies.
if _env_bool("COMMUNS_HTTPS", False):
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("COMMUNS_HSTS_SECONDS", "0"))
