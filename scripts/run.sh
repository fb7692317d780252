#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command from a fresh Debian 12 machine to SteerDesk on the demo database:
# installs what is missing, builds (Release) and opens the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${STEERDESK_BUILD_PACKAGES[@]}"
configure_build
cmake --build "$STEERDESK_BUILD" --target steerdesk -j "$(build_jobs)"
app="$STEERDESK_BUILD/app/steerdesk"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    demo="$STEERDESK_BUILD/steerdesk-demo.sqlite"
    [ -f "$demo" ] || "$app" demo --out "$demo"
    cat <<MSG
SteerDesk is built, but there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the
window cannot open. On a desktop, run:  $app --demo
Headless commands work now, for example:
  $app check "$demo"
  $app demo --out my-demo.sqlite
  $app init my-committee.sqlite
  $app --help
MSG
    exit 0
fi

exec "$app" --demo "$@"
