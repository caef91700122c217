"""communs: AI-assisted citizen participation — Panoramic (neutral voter assistant), Dialogue (consultations and
synthesis) and Audit (democratic biases)."""

__version__ = "0.1.0.dev0"
