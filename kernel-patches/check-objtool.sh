#!/bin/sh
# objtool's warnings in a kernel build log fail the build, but for the
# one the unpatched Debian tree gives as well with the mitigations of
# debug.config (its SRSO backport calls __handle_intr_saferet, which
# returns, before untraining on error_entry's kernel path).
# Usage: check-objtool.sh BUILD_LOG
set -eu
[ $# = 1 ] && [ -r "$1" ] || { echo "usage: check-objtool.sh BUILD_LOG" >&2; exit 2; }
known='warning: objtool: __handle_intr_saferet+0x[0-9a-f]*: RET before UNTRAIN$'
if grep 'warning: objtool' "$1" | grep -v "$known"; then
	echo "KERNEL  objtool warnings (above); see $1" >&2
	exit 1
fi
