"""The parts of the report, each a function from the render context to a list of flowables."""
