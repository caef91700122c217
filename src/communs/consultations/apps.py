from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "communs.consultations"
    default_auto_field = "django.db.models.BigAutoField"
