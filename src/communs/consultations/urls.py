from django.urls import path

from communs.consultations import views

app_name = "consultations"

urlpatterns = [
    path("consultations/", views.consultation_list, name="list"),
    path("consultations/<slug:slug>/", views.consultation_detail, name="detail"),
    path("consultations/<slug:slug>/vote/", views.vote, name="vote"),
    path("consultations/<slug:slug>/contribute/", views.contribute, name="contribute"),
    path("consultations/<slug:slug>/report/", views.report, name="report"),
]
