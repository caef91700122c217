from django.urls import path

from communs.elections import views

app_name = "elections"

urlpatterns = [
    path("", views.home, name="home"),
    path("elections/", views.election_list, name="list"),
]
