"""Answers given by the assistant, stored with their reproducibility bundle, and citizens' reports on them."""
