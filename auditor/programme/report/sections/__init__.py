"""The programme report's sections, each a function of the render context returning flowables."""
