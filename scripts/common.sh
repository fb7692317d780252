#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: installs the Debian 12 packages SteerDesk needs, when they are missing,
# and configures the one build folder both scripts use.
set -euo pipefail

STEERDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STEERDESK_BUILD=${STEERDESK_BUILD:-"$STEERDESK_ROOT/build"}

# What building and running SteerDesk needs (Qt 6.4 from Debian 12, SQLite driver, translations tools).
STEERDESK_BUILD_PACKAGES=(
    cmake g++ make
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev
    pkg-config libxlsxwriter-dev libminizip-dev
)

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            echo "$pkg"
        fi
    done
}

install_packages() {
    local missing
    missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "SteerDesk: installing missing packages:" $missing
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "SteerDesk: these packages are missing and this is not root: apt-get install $missing" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing
}

configure_build() {
    cmake -S "$STEERDESK_ROOT" -B "$STEERDESK_BUILD" -DCMAKE_BUILD_TYPE=Release -DSTEERDESK_BUILD_TESTS=ON >/dev/null
}

build_jobs() {
    nproc 2>/dev/null || echo 2
}
