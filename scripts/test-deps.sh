#!/bin/sh
# Installs the real consumers the export and http tests parse exports back with:
# the npm packages cytoscape, graphology, graphology-gexf and graphology-graphml
# (export/testdata/consumers/node_modules,
# from the committed package-lock.json) and the Python package networkx (used from
# python3 when it already has it, else installed into export/testdata/consumers/.venv).
# Idempotent and quick when everything is installed. Needs node, npm and python3.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/export/testdata/consumers
cd "$dir"

# npm: reinstall only when node_modules is missing or older than the lock file.
missing=
for pkg in cytoscape graphology graphology-gexf graphology-graphml; do
	[ -f "node_modules/$pkg/package.json" ] || missing=yes
done
if [ -n "$missing" ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "test-deps: npm ci in $dir" >&2
	npm ci --no-audit --no-fund --loglevel=error
fi

# Python: networkx from the system python3, else a venv of our own.
if python3 -c 'import networkx' 2>/dev/null; then
	:
elif [ -x .venv/bin/python ] && .venv/bin/python -c 'import networkx' 2>/dev/null; then
	:
else
	echo "test-deps: installing networkx into $dir/.venv" >&2
	python3 -m venv .venv
	.venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
fi
echo "test-deps: export consumers ready (cytoscape, graphology, graphology-gexf, graphology-graphml, networkx)" >&2
