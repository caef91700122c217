from django.urls import path

from communs.review import views

app_name = "review"

urlpatterns = [
    path("consultations/<slug:slug>/synthesis/", views.published, name="published"),
    path("consultations/<slug:slug>/synthesis/bundle.zip", views.published_bundle, name="published_bundle"),
    path("review/", views.run_list, name="runs"),
    path("review/runs/<int:run_id>/", views.run_detail, name="run"),
    path("review/runs/<int:run_id>/steps/<slug:key>/", views.step_action, name="step_action"),
    path("review/runs/<int:run_id>/publish/", views.publish_run, name="publish"),
]
