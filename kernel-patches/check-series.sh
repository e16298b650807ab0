#!/bin/sh
# Every prefix of the series must build: apply the patches one at a time
# to a copy of the pristine tree and build vmlinux after each, with the
# config fragment (UNIKERNEL_LINUX=y once patch 1 adds it); run checkpatch
# on each patch.  Incremental builds in one output directory.
# Usage: check-series.sh ORIG WORKDIR FRAGMENT PATCH...
set -eu
[ $# -ge 4 ] || { echo "usage: check-series.sh ORIG WORKDIR FRAGMENT PATCH..." >&2; exit 2; }
orig=$1 work=$2 frag=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
shift 3
src=$work/src obj=$work/obj
rm -rf "$src"
mkdir -p "$work" "$obj"
cp -al "$orig" "$src"
make -s -C "$src" O="$obj" tinyconfig > "$work/config.log" 2>&1
n=0 bad=0
for p; do
	p=$(cd "$(dirname "$p")" && pwd)/$(basename "$p")
	n=$((n + 1))
	name=$(basename "$p")
	patch -d "$src" -p1 -s -f --no-backup-if-mismatch < "$p" ||
		{ echo "not ok $n $name # does not apply"; bad=1; break; }
	"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$frag" >> "$work/config.log" 2>&1
	make -s -C "$src" O="$obj" olddefconfig >> "$work/config.log" 2>&1
	start=$(date +%s)
	if make -s -C "$src" O="$obj" -j"$(nproc)" vmlinux > "$work/build-$n.log" 2>&1; then
		# from inside the kernel tree: elsewhere checkpatch may take the
		# patch for a source file
		cp=$(cd "$src" && scripts/checkpatch.pl --no-tree -q "$p" 2>&1 | grep -c '^ERROR' || true)
		if [ "$cp" = 0 ]; then echo "ok $n $name # built in $(( $(date +%s) - start )) s"
		else echo "not ok $n $name # checkpatch: $cp errors"; bad=1; fi
	else
		echo "not ok $n $name # does not build; see $work/build-$n.log"
		bad=1
	fi
done
exit $bad
