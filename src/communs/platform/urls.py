"""Root URLs: admin, language switch, the JSON API and each app's pages."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from communs.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/", api.urls),
    path("", include("communs.elections.urls")),
    path("", include("communs.assistant.urls")),
    path("", include("communs.consultations.urls")),
    path("", include("communs.review.urls")),
]
