"""The packing workflow, Qt-free: what a scan does, when Complete is allowed,
completion values, verification, bundles, papers, shift statistics, delivery."""
