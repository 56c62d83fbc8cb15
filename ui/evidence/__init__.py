"""Evidence images: strip, import, screen capture and full-size viewer."""
