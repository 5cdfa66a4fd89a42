"""Start-up and the composition root: the command line, the first frame, the
wiring of the object graph, the smoke test."""
