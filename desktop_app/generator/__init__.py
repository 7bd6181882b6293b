"""The large-dossier generator: synthetic meetings for `chancery generate` and the benchmarks."""
