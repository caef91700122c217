"""The functional core: pure Python and numpy. Nothing under ``communs.core`` may import Django."""
