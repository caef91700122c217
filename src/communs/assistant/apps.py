from django.apps import AppConfig


class AssistantConfig(AppConfig):
    name = "communs.assistant"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Panoramic assistant"
