#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need (when missing), builds,
# and runs `swift test`. This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v etcd >/dev/null 2>&1 || need_apt+=(etcd-server)
command -v etcdctl >/dev/null 2>&1 || need_apt+=(etcd-client)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# The official Kubernetes schemas, used to check the JSON we encode (and by the model generator).
if ! python3 -c 'import kubernetes_validate, sys; sys.exit(0 if kubernetes_validate.__version__ == "1.37.0" else 1)' 2>/dev/null \
   && ! pip show kubernetes-validate 2>/dev/null | grep -q '^Version: 1.37.0$'; then
  python3 -m pip install -q "kubernetes-validate==1.37.0"
fi
command -v kubernetes-validate >/dev/null || { echo "kubernetes-validate is not on PATH after install" >&2; exit 1; }

# Generated models must match the generator (a stale commit of either is an error).
python3 scripts/generate-models.py >/dev/null
if ! git diff --quiet -- Sources/KubeModels/Generated 2>/dev/null; then
  echo "Sources/KubeModels/Generated is out of date: run python3 scripts/generate-models.py and commit" >&2
  git --no-pager diff --stat -- Sources/KubeModels/Generated >&2
  exit 1
fi

swift build --build-tests
swift test --skip-build "$@"
