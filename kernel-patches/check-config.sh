#!/bin/sh
# Every option of the fragment must hold in the final .config: a silent
# miss (a dependency not met) would build some other kernel.
# Usage: check-config.sh FRAGMENT CONFIG
set -eu
[ $# = 2 ] || { echo "usage: check-config.sh FRAGMENT CONFIG" >&2; exit 2; }
bad=0
while IFS= read -r line; do
	case $line in
	CONFIG_*=*) want=$line ;;
	"# CONFIG_"*" is not set") want=$line ;;
	*) continue ;;
	esac
	name=$(echo "$want" | sed 's/^# //; s/[= ].*//')
	got=$(grep -E "^$name=|^# $name is not set" "$2" || echo "# $name is not set")
	if [ "$got" != "$want" ]; then
		echo "check-config.sh: error: $name: wanted '$want', got '$got'" >&2
		bad=1
	fi
done < "$1"
exit $bad
