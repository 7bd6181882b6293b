# The Linux installer (docs/packaging.md): included by the Makefile.
# `make bundle`: a PyInstaller one-folder bundle, a tarball and a .deb in build/bundle/.
# `make bundle-test`: unpacks the .deb and runs the installed Chancery (CLI, window under Xvfb).
BUNDLE_OUT := build/bundle
BUNDLE_TOOLS := $(VENV)/.bundle-installed

.PHONY: bundle bundle-test

# PyInstaller comes from the `bundle` extra of pyproject.toml (at the pinned versions where
# a constraints.txt pins them).
$(BUNDLE_TOOLS): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet $(if $(wildcard constraints.txt),-c constraints.txt) -e '.[bundle]'
	@touch $@

bundle: setup $(BUNDLE_TOOLS)
	packaging/pyinstaller/build.sh $(BIN)/python $(BUNDLE_OUT)

bundle-test: bundle
	packaging/pyinstaller/bundle-test.sh $(BUNDLE_OUT)
