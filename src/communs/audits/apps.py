from django.apps import AppConfig


class AuditsConfig(AppConfig):
    name = "communs.audits"
    default_auto_field = "django.db.models.BigAutoField"
