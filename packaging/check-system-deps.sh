#!/usr/bin/env bash
# Checks the Debian packages PersonaBuilder needs at run time and installs the missing ones
# when that is possible (root, or passwordless sudo, and apt-get present). Never fails the
# build on a machine that is not Debian-like: it says what to install instead.
set -u
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian-like system; install Pango >= 1.44 and HarfBuzz for WeasyPrint" >&2; exit 0; }
missing=()
for pkg in "$@"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo_cmd=(); elif sudo -n true 2>/dev/null; then sudo_cmd=(sudo -n); else
  echo "system-deps: please install: ${missing[*]}" >&2; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || {
  "${sudo_cmd[@]}" apt-get update -q >/dev/null 2>&1
  "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}" >/dev/null || echo "system-deps: could not install ${missing[*]}" >&2
}
exit 0
