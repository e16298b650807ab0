#!/bin/sh
# Make a merged musl tree: symlinks to the pristine tree, plus the x86_64-ukl
# arch (links to unchanged x86_64 files, the arch-ukl overlay, derived files).
# Nothing in the pristine tree is written.
# Usage: mkfarm.sh PRISTINE_DIR OVERLAY_DIR OUT_DIR
set -eu
[ $# = 3 ] || { echo "usage: mkfarm.sh PRISTINE_DIR OVERLAY_DIR OUT_DIR" >&2; exit 2; }
abs() { (cd "$1" && pwd); }
pristine=$(abs "$1")
overlay=$(abs "$2")
out=$3

[ -f "$pristine/arch/x86_64/syscall_arch.h" ] ||
	{ echo "mkfarm.sh: $pristine is not a musl source tree" >&2; exit 1; }

rm -rf "$out.tmp"
mkdir -p "$out.tmp"
cp -as "$pristine/." "$out.tmp/"

# the overlay, as links, so an edit there needs no new farm
(cd "$overlay" && find arch src crt -type f 2>/dev/null) | while read -r f; do
	mkdir -p "$out.tmp/$(dirname "$f")"
	ln -s "$overlay/$f" "$out.tmp/$f"
done

omitted() { grep -q "^$1	" "$overlay/omit"; }
# overridden PATH: the overlay has a file of the same name, any extension
overridden() {
	for g in "$overlay/${1%.*}".*; do [ -e "$g" ] && return 0; done
	return 1
}

# unchanged x86_64 files become links in the x86_64-ukl dirs
(cd "$pristine" && find arch/x86_64 src/*/x86_64 crt/x86_64 -maxdepth 1 -mindepth 1) |
while read -r f; do
	u=$(echo "$f" | sed 's,/x86_64\(/[^/]*\)$,/x86_64-ukl\1,')
	omitted "$f" && continue
	overridden "$u" && continue
	mkdir -p "$out.tmp/$(dirname "$u")"
	ln -s "$pristine/$f" "$out.tmp/$u"
done

"$overlay/derive.sh" "$out.tmp"

rm -rf "$out"
mv "$out.tmp" "$out"
