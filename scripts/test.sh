#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 machine to the whole test suite: installs what is missing, builds
# with tests and runs every test through CTest. Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Tests additionally read PDFs and databases the way a user's tools would.
install_packages "${STEERDESK_BUILD_PACKAGES[@]}" sqlite3
configure_build
cmake --build "$STEERDESK_BUILD" -j "$(build_jobs)"
cd "$STEERDESK_BUILD"
ctest --output-on-failure -j "$(build_jobs)" "$@"
