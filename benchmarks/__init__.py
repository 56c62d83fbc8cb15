"""Speed and memory benchmarks: `python -m benchmarks` prints every figure against its budget."""
