#!/usr/bin/env bash
# Install Debian's headless Chromium and ChromeDriver for the widget's browser test when missing.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then echo "chromium missing and not root: browser tests will skip"; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
  || echo "could not install chromium: browser tests will skip"
