#!/bin/sh
# check-identity.sh PRISTINE_SRC NOUKL_OBJ WORK: that the series changes
# nothing with UNIKERNEL_LINUX=n.  Builds the unpatched tree PRISTINE_SRC
# out of tree in WORK with the .config of NOUKL_OBJ (the patched tree built
# with UNIKERNEL_LINUX=n, make kernel-noukl), then compares the two: the
# vmlinux section sizes, the set of objects and each object's disassembly.
# Lists what differs; exit 1 if anything does.  (make check-identity)
set -eu
[ $# = 3 ] || { echo "usage: kernel-patches/check-identity.sh PRISTINE_SRC NOUKL_OBJ WORK" >&2; exit 2; }
src=$1 noukl=$(cd "$2" && pwd) work=$3
[ -f "$noukl/vmlinux" ] || { echo "check-identity: no $noukl/vmlinux (run make kernel-noukl)" >&2; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)
cp "$noukl/.config" "$work/.config"
make -s -C "$src" O="$work" olddefconfig > "$work/config.log" 2>&1
# the option the unpatched Kconfig does not know is all that may differ
grep -v UNIKERNEL_LINUX "$noukl/.config" > "$work/config.noukl"
grep -v UNIKERNEL_LINUX "$work/.config" > "$work/config.pristine"
diff -u "$work/config.pristine" "$work/config.noukl" ||
	{ echo "check-identity: the configurations differ" >&2; exit 1; }
echo "KERNEL  the unpatched tree, the same configuration (about 4 min; log: $work/build.log)"
make -C "$src" O="$work" -j"$(nproc)" vmlinux > "$work/build.log" 2>&1 ||
	{ tail -n 20 "$work/build.log"; echo "check-identity: the unpatched build failed" >&2; exit 1; }

status=0
size -A "$noukl/vmlinux" | sed 1d > "$work/size.noukl"
size -A "$work/vmlinux" | sed 1d > "$work/size.pristine"
diff -u "$work/size.pristine" "$work/size.noukl" || { echo "check-identity: vmlinux section sizes differ"; status=1; }
objects() { (cd "$1" && find . -name '*.o' ! -name 'vmlinux.o' ! -name '.tmp_*' | sort); }
objects "$noukl" > "$work/objects.noukl"
objects "$work" > "$work/objects.pristine"
diff -u "$work/objects.pristine" "$work/objects.noukl" || { echo "check-identity: the sets of objects differ"; status=1; }
n=0 differ=0
for o in $(comm -12 "$work/objects.pristine" "$work/objects.noukl"); do
	n=$((n + 1))
	# the file name line aside, the disassembly with its raw bytes
	objdump -d "$work/$o" | sed 1,2d > "$work/dis.pristine"
	objdump -d "$noukl/$o" | sed 1,2d > "$work/dis.noukl"
	if ! cmp -s "$work/dis.pristine" "$work/dis.noukl"; then
		echo "differs: $o"
		differ=$((differ + 1))
	fi
done
echo "check-identity: $n objects compared, $differ differ"
[ $differ = 0 ] || status=1
exit $status
