from django.urls import path, re_path

from communs.elections import views

app_name = "elections"

urlpatterns = [
    path("", views.home, name="home"),
    path("elections/", views.election_list, name="list"),
    path("elections/<slug:slug>/", views.election_detail, name="detail"),
    path("elections/<slug:slug>/glossary/", views.glossary_page, name="election_glossary"),
    path("glossary/", views.glossary_page, name="glossary"),
    # /sources/<id>?passage=<pid> (issue 2); the trailing slash is optional so both forms open the viewer.
    re_path(r"^sources/(?P<source_id>[0-9]+)/?$", views.source_view, name="source"),
]
