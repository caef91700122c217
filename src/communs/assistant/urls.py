from django.urls import path

from communs.assistant import views

app_name = "assistant"

urlpatterns = [
    path("elections/<slug:slug>/ask/", views.ask_view, name="ask"),
    path("elections/<slug:slug>/compare/", views.compare_view, name="compare"),
    path("elections/<slug:slug>/answers/<int:answer_id>/report/", views.report_view, name="report"),
    path("elections/<slug:slug>/answers/<int:answer_id>/easy/", views.easy_view, name="easy"),
]
