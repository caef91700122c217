"""Topic clusters of contributions: multilingual embeddings (topic, not language, drives the clusters), a
deterministic hierarchical clustering, c-TF-IDF labels per language and representative contributions."""

from communs.core.topics.model import Topic, TopicResult, find_topics

__all__ = ["Topic", "TopicResult", "find_topics"]
