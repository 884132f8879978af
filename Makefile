# network-map: the two commands a newcomer needs are `make demo` and `make test`.
# Both install what is missing first (Debian/Ubuntu packages; apt-get when root, otherwise the sudo line to run).

SWIFT ?= swift
EXAMPLE ?= networks/muehlenviertel
OUT ?= output
BIN = .build/release/network-map
# System packages the build and the tests need: Graphviz's C library (with cairo for PDF/PNG),
# cairo's headers for the handout, poppler-utils to check PDFs in tests, chromium to run the HTML report's script in tests,
# chromium-driver for the app's browser check (Tests/AppTests/browser/axe_check.py, with selenium and axe-core from pip).
# cmark-gfm (GitHub's Markdown) to check in tests that names stay text in the Markdown reports.
# zlib1g-dev: zlib's headers, which ZIPFoundation (the zip container of .xlsx/.ods) builds against on Linux.
PACKAGES = libgraphviz-dev libcairo2-dev pkg-config poppler-utils fonts-dejavu-core chromium chromium-driver cmark-gfm zlib1g-dev
# Only `make test` needs LibreOffice: a test opens our own .xlsx output with soffice (converted to CSV) and compares
# the values; it is skipped where soffice is missing, but under CI (CI set) it must run, so `make test` installs it.
TEST_PACKAGES = libreoffice-calc-nogui

.PHONY: demo test browser-check look lint bench fuzz deps build clean

deps:
	@missing=""; for p in $(PACKAGES) $(EXTRA_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "Installing missing system packages:$$missing"; \
	if [ "$$(id -u)" = "0" ]; then \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "Please run:  sudo apt-get install -y$$missing"; \
	  echo "then run make again."; exit 1; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: see https://www.swift.org/install/linux/"; exit 1; }

build: deps
	$(SWIFT) build -c release --product network-map

demo: build
	@mkdir -p $(OUT)
	$(BIN) check $(EXAMPLE)
	$(BIN) report $(EXAMPLE) --format md -o $(OUT)/muehlenviertel-report.md
	$(BIN) report $(EXAMPLE) --format html -o $(OUT)/muehlenviertel-report.html
	$(BIN) report $(EXAMPLE) --format csv -o $(OUT)/muehlenviertel-actors.csv
	$(BIN) render $(EXAMPLE) -o $(OUT)/muehlenviertel-map.svg
	$(BIN) render $(EXAMPLE) --format pdf -o $(OUT)/muehlenviertel-map.pdf
	$(BIN) handout $(EXAMPLE) -o $(OUT)/muehlenviertel-handout.pdf
	$(BIN) matrix $(EXAMPLE) -o $(OUT)/muehlenviertel-matrix.svg
	$(BIN) report $(EXAMPLE) --format xlsx -o $(OUT)/muehlenviertel-results.xlsx
	@echo
	@echo "Done. The results for the example quarter are in $(OUT)/:"
	@ls -1 $(OUT) | grep muehlenviertel | sed 's/^/  $(OUT)\//'

# Tests that need Chromium, poppler or LibreOffice show as skipped where they are missing; with CI=1 (CI services
# set CI themselves) a missing tool fails them instead: make test CI=1.
test: EXTRA_PACKAGES = $(TEST_PACKAGES)
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory browser-check

# The app's page in headless Chromium with axe-core: fails on a serious or critical accessibility violation.
# Installs selenium and axe-selenium-python with pip when missing; without a browser it skips, except under CI.
browser-check:
	@if command -v python3 >/dev/null 2>&1 && ! python3 -c "import selenium, axe_selenium_python" >/dev/null 2>&1; then \
	  echo "Installing selenium and axe-selenium-python for the browser check (pip install --quiet)"; \
	  python3 -m pip install --quiet selenium axe-selenium-python >/dev/null 2>&1 || \
	  echo "Could not install selenium/axe-selenium-python."; \
	fi
	python3 Tests/AppTests/browser/axe_check.py

# Pictures for a person to look at after changing how maps or the handout look (not a test: nothing is
# asserted): the example quarter's maps in several views, a what-if, a diff, and the handout's pages, as PNG
# in output/look/.
LOOK = $(OUT)/look
look: build
	@mkdir -p $(LOOK)
	$(BIN) render $(EXAMPLE) --format png -o $(LOOK)/map.png
	$(BIN) render $(EXAMPLE) --format png --color-by community --cluster-by community -o $(LOOK)/map-communities.png
	$(BIN) render $(EXAMPLE) --format png --highlight brokers,bridges,introductions --size-by degree -o $(LOOK)/map-bridges.png
	$(BIN) render $(EXAMPLE) --format png --focus qm-buero --lang en -o $(LOOK)/map-focus-en.png
	$(BIN) whatif $(EXAMPLE) --remove qm-buero --add "ni-nord -- nachbarschaftshaus" --format png -o $(LOOK)/whatif.png
	$(BIN) diff $(EXAMPLE) networks/muehlenviertel-2026 --format png -o $(LOOK)/diff.png
	$(BIN) handout $(EXAMPLE) -o $(LOOK)/handout.pdf
	pdftoppm -png -r 60 $(LOOK)/handout.pdf $(LOOK)/handout
	$(BIN) matrix $(EXAMPLE) --format png -o $(LOOK)/matrix.png
	$(BIN) matrix $(EXAMPLE) --format png --lang en -o $(LOOK)/matrix-en.png
	$(BIN) handout $(EXAMPLE) --detailed -o $(LOOK)/handout-detailed.pdf
	pdftoppm -png -r 60 $(LOOK)/handout-detailed.pdf $(LOOK)/handout-detailed
	@echo
	@echo "Look at these:"
	@ls -1 $(LOOK)/*.png | sed 's/^/  /'

# swift format's rules (.swift-format); pretty-printing findings are ignored, any other finding fails.
lint:
	SWIFT=$(SWIFT) .ci/lint

# Times the whole analysis on generated city networks (1,000 / 10,000 / 100,000 actors) in a release build,
# with igraph, networkit and rustworkx side by side where python3 has them (each installed with pip if missing;
# a library that cannot be installed leaves its column empty, with a note). For every measure the table names
# the fastest of them and our ratio to it.
# BENCH_ARGS passes options through, e.g. make bench BENCH_ARGS="--sizes 1000,10000 --plain" (see
# `network-map-bench --help`). Results: Benchmarks/RESULTS.md.
BENCH_ARGS ?=
BENCH_PEERS = igraph networkit rustworkx
bench: deps
	@if command -v python3 >/dev/null 2>&1; then \
	  for p in $(BENCH_PEERS); do \
	    python3 -c "import $$p" >/dev/null 2>&1 && continue; \
	    echo "Installing $$p for the side-by-side columns (pip install --quiet $$p)"; \
	    python3 -m pip install --quiet $$p >/dev/null 2>&1 || \
	      echo "Could not install $$p; the benchmark runs without its column."; \
	  done; \
	fi
	$(SWIFT) build -c release --product network-map-bench
	.build/release/network-map-bench $(BENCH_ARGS)

# The fuzzer on the release build: mutated networks in every format the loader reads, every command, large
# mutations; failing inputs are minimised into Tests/CLITests/Fixtures/fuzz (replayed by make test).
# FUZZ_ARGS passes options through, e.g. make fuzz FUZZ_ARGS="--cases 20000 --seed 7"; see --help.
FUZZ_ARGS ?=
fuzz: deps
	$(SWIFT) build -c release --product network-map
	$(SWIFT) build -c release --product network-map-fuzz
	.build/release/network-map-fuzz --binary .build/release/network-map $(FUZZ_ARGS)

clean:
	rm -rf .build
