from django.apps import AppConfig


class ElectionsConfig(AppConfig):
    name = "communs.elections"
    default_auto_field = "django.db.models.BigAutoField"
