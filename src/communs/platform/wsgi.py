"""WSGI entry point (gunicorn communs.platform.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "communs.platform.settings")
application = get_wsgi_application()
