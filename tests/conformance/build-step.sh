#!/bin/sh
# One step of build-suite.sh's build: the recipes of the rules in suite.mk,
# which make runs in the test tree DIR.  Not for use by hand.  The settings
# (compilers, flags, DIR) come from OUT/config, written by build-suite.sh;
# every result is written under a temporary name and renamed last, so an
# interrupted step leaves nothing that looks up to date.
#
# Usage: build-step.sh OUT STEP [ARG]
#   test CAT/NAME    build one test; its manifest line in res/CAT/NAME
#   common ukl|base  src/common (not runtest.c, nothing defining main) into
#                    obj/common/libtest.a or base/common/libtest.a
#   syms             libc.syms and provided.syms: what a test may use
#   manifest         manifest.new: the lines of res/ in the order of tests
#   link             tests.def from manifest.new, then suite.ukl from
#                    tests/lib/multicall.c and the shared tests' objects
#   child NAME       child/NAME from DIR/child/NAME.c
set -eu
export LC_ALL=C	# one collation for sort and comm, bytes for awk
me=build-step.sh
die() { echo "$me: error: $*" >&2; exit 1; }
[ $# -ge 2 ] || die "usage: $me OUT STEP [ARG] (run by suite.mk)"
O=$1 step=$2
[ -f "$O/config" ] || die "no $O/config: run build-suite.sh"
. "$O/config"	# D ukl_cc base_cc cflags libc rt multicall
cd "$D"

# the symbol a test's main becomes, from its name alone (so adding a test
# changes no other object): lt_main_ and the name with every byte but a
# letter or digit written _XX in hex ("_" too, so no two names meet)
mainsym='
	BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i }
	function mainsym(t,    s, c, i) {
		s = "lt_main_"
		for (i = 1; i <= length(t); i++) {
			c = substr(t, i, 1)
			s = s (c ~ /[A-Za-z0-9]/ ? c : sprintf("_%02x", ord[c]))
		}
		return s
	}'

first_error() {	# LOG: its first line saying error (not a "+ command" line), else its first
	{ grep -v '^+ ' "$1" | grep -m1 -i -E 'error|undefined reference|multiple definition' || grep -v '^+ ' "$1" | head -n1 || true; } |
		sed 's/	/ /g' | cut -c1-200
}

# --- one test: its objects and programs, then res/CAT/NAME ---
test_() {
	t=$1 cat=${1%%/*} name=${1#*/}
	obj=$O/obj/$cat log=$O/log/$cat/$name.log
	src=src/$cat/$name.c partner=
	[ -f "src/$cat/${name}_dso.c" ] && partner=src/$cat/${name}_dso.c
	mkdir -p "$obj" "$O/log/$cat" "$O/res/$cat" "$O/base/$cat"
	# what an earlier build made of it goes first: nothing stale survives
	rm -f "$O/res/$t" "$obj/$name.o" "$obj/$name.c.o" "$obj/$name.d" "$obj/$name.dso.d" "$obj/$name.dso.o" \
		"$O/base/$t" "$O/alone/$t.ukl" "$log.base"
	: > "$log"
	ukl=none base=none status=ok reason=-

	# extra flags from a libc-test NAME.mk: "$(N).CFLAGS := ..." or "+="
	mkflags=
	[ ! -f "src/$cat/$name.mk" ] ||
		mkflags=$(sed -n 's/^\$(N)\.CFLAGS *[:+]*= *//p' "src/$cat/$name.mk" | tr '\n' ' ')
	flags="$cflags $mkflags -Isrc/common -Isrc/$cat"

	if grep -Eq '(^|[^A-Za-z0-9_])dl(open|sym|close)[^A-Za-z0-9_]' "$src"; then
		printf '%s\tnone\tnone\tn/a\tneeds dlopen and shared objects\n' "$t" > "$O/res/$t.tmp"
		mv "$O/res/$t.tmp" "$O/res/$t"
		echo "  n/a          $t (dlopen)"
		return 0
	fi

	# the UKL object: compile (the headers it reads go in NAME.d, for
	# make), add the partner, check the symbols
	uo=$obj/$name.o
	dep="-MMD -MP -MT $O/res/$t"
	ok=yes
	echo "+ $ukl_cc $flags -c $src" >> "$log"
	if ! $ukl_cc $flags $dep -MF "$obj/$name.d" -c "$src" -o "$obj/$name.c.o" >> "$log" 2>&1; then
		ok=no reason="ukl: $(first_error "$log")"
	elif [ -n "$partner" ]; then
		if $ukl_cc $flags $dep -MF "$obj/$name.dso.d" -c "$partner" -o "$obj/$name.dso.o" >> "$log" 2>&1 &&
		   ld -r -o "$obj/$name.all.o" "$obj/$name.c.o" "$obj/$name.dso.o" >> "$log" 2>&1; then
			mv "$obj/$name.all.o" "$obj/$name.c.o"
			# as -MP does for headers: if the partner goes, make goes on
			echo "$partner:" >> "$obj/$name.dso.d"
			reason="partner $(basename "$partner") linked in"
		else
			ok=no reason="ukl: $(first_error "$log")"
		fi
	fi
	if [ $ok = yes ]; then
		nm -g --defined-only "$obj/$name.c.o" | awk 'NF >= 3 { print $3 }' | sort -u > "$obj/$name.defs"
		undef=$(nm -u "$obj/$name.c.o" | awk '$1 == "U" { print $2 }' | sort -u |
			comm -23 - "$O/provided.syms" | head -n 5 | tr '\n' ' ')
		clash=$(grep -vx main "$obj/$name.defs" | comm -12 - "$O/libc.syms" | head -n 5 | tr '\n' ' ')
		if ! grep -qx main "$obj/$name.defs"; then
			ok=no reason="ukl: defines no main"
		elif [ -n "$undef" ]; then
			ok=no reason="ukl: undefined reference to ${undef% }"
		elif [ -n "$clash" ]; then
			# it replaces part of libc: only in an image of its own
			echo "+ $ukl_cc -o alone/$t.ukl" >> "$log"
			mkdir -p "$O/alone/$cat"
			if $ukl_cc -o "$O/alone/$t.ukl.tmp" "$obj/$name.c.o" "$O/obj/common/libtest.a" \
				-lpthread -lm -lrt >> "$log" 2>&1; then
				mv "$O/alone/$t.ukl.tmp" "$O/alone/$t.ukl"
				ukl=alone:alone/$t.ukl status=alone reason="defines libc symbols: ${clash% }"
			else
				rm -f "$O/alone/$t.ukl.tmp"
				ok=no reason="ukl: $(first_error "$log")"
			fi
		else
			# objcopy refuses an empty list file
			loc=
			grep -vx main "$obj/$name.defs" > "$obj/$name.local" &&
				loc=--localize-symbols=$obj/$name.local
			if objcopy $loc "$obj/$name.c.o" "$uo.tmp" >> "$log" 2>&1 &&
			   objcopy --redefine-sym main="$(echo "$t" | awk "$mainsym"' { print mainsym($0) }')" "$uo.tmp" "$uo" >> "$log" 2>&1; then
				ukl=shared
			else
				rm -f "$uo"
				ok=no reason="ukl: objcopy failed"
			fi
			rm -f "$uo.tmp"
		fi
	fi
	[ $ok = yes ] || status=build-error

	# the baseline: the same source as a normal static program
	if [ "$base_cc" != none ]; then
		echo "+ $base_cc -static $flags -o base/$t $src $partner" >> "$log.base"
		if $base_cc -static $flags -o "$O/base/$t.tmp" "$src" $partner \
			"$O/base/common/libtest.a" -lpthread -lm -lrt >> "$log.base" 2>&1; then
			mv "$O/base/$t.tmp" "$O/base/$t"
			base=base/$t
		else
			rm -f "$O/base/$t.tmp"
			status=build-error
			r="baseline: $(first_error "$log.base")"
			[ "$reason" = - ] || case $reason in partner*) ;; *) r="$reason; $r" ;; esac
			reason=$r
		fi
		cat "$log.base" >> "$log"
		rm -f "$log.base"
	fi
	printf '%s\t%s\t%s\t%s\t%s\n' "$t" "$ukl" "$base" "$status" "$reason" > "$O/res/$t.tmp"
	mv "$O/res/$t.tmp" "$O/res/$t"
	[ $status = ok ] || printf '  %-12s %s (%s)\n' "$status" "$t" "$reason"
}

# --- src/common, once for each compiler ---
common() {
	case $1 in
	ukl) cc=$ukl_cc dir=$O/obj/common sfx= ;;
	base) cc=$base_cc dir=$O/base/common sfx=.base ;;
	*) die "common ukl|base, not $1" ;;
	esac
	echo "  COMMON $1"
	mkdir -p "$dir" "$O/log/common"
	rm -f "$dir"/*.o "$dir/libtest.a"
	objs=
	for f in src/common/*.c; do
		[ -f "$f" ] || continue
		n=${f##*/} n=${n%.c}
		[ "$n" != runtest ] || continue
		l=$O/log/common/$n$sfx.log
		if ! $cc $cflags -Isrc/common -c "src/common/$n.c" -o "$dir/$n.o" > "$l" 2>&1; then
			echo "  warning: src/common/$n.c does not compile with $cc (see log/common/$n$sfx.log)"
			continue
		fi
		if nm -g --defined-only "$dir/$n.o" | awk '$3 == "main" { f = 1 } END { exit !f }'; then
			rm -f "$dir/$n.o"	# a program of its own
			continue
		fi
		objs="$objs $dir/$n.o"
	done
	ar rcs "$dir/libtest.a.tmp" $objs
	mv "$dir/libtest.a.tmp" "$dir/libtest.a"
}

# --- what a test may use: libc (with the compiler runtime), the common
# files and what the linker defines (gcc names the GOT in code using TLS) ---
syms() {
	nm -g --defined-only "$libc" $rt 2> /dev/null | awk 'NF >= 3 { print $3 }' | sort -u > "$O/libc.syms.tmp"
	[ -s "$O/libc.syms.tmp" ] || die "no symbols in $libc"
	{ nm -g --defined-only "$O/obj/common/libtest.a" | awk 'NF >= 3 { print $3 }'
	  echo _GLOBAL_OFFSET_TABLE_; } | sort -u - "$O/libc.syms.tmp" > "$O/provided.syms.tmp"
	mv "$O/libc.syms.tmp" "$O/libc.syms"
	mv "$O/provided.syms.tmp" "$O/provided.syms"
}

# --- the manifest of this build's tests, in their order ---
manifest() {
	{
		printf '# test\tukl-image\tbaseline\tstatus\treason\n'
		awk -v res="$O/res/" '{
			f = res $0
			if ((getline l < f) <= 0) { print "no result for " $0 > "/dev/stderr"; exit 1 }
			print l
			close(f) }' "$O/tests"
	} > "$O/manifest.new.tmp" || die "the manifest is incomplete"
	mv "$O/manifest.new.tmp" "$O/manifest.new"
}

# --- the multi-call image: tests/lib/multicall.c with OUT/tests.def ---
link() {
	awk -F'\t' '!/^#/ && $2 == "shared" { print $1 }' "$O/manifest.new" > "$O/shared"
	# X("CAT/NAME", symbol): the name as a C string
	awk "$mainsym"' { n = $0; gsub(/[\\"]/, "\\\\&", n); printf "X(\"%s\", %s)\n", n, mainsym($0) }' \
		"$O/shared" > "$O/tests.def"
	rm -f "$O/suite.ukl"
	if [ -s "$O/shared" ]; then
		echo "  LINK suite.ukl ($(wc -l < "$O/shared") tests)"
		sed 's|^\(.*\)/\([^/]*\)$|'"$O"'/obj/\1/\2.o|' "$O/shared" > "$O/shared.objs"
		ld -r -o "$O/obj/tests.o" @"$O/shared.objs" > "$O/log/suite.log" 2>&1 ||
			{ cat "$O/log/suite.log" >&2; die "combining the test objects failed"; }
		$ukl_cc -I"$O" -o "$O/suite.ukl.tmp" "$multicall" "$O/obj/tests.o" "$O/obj/common/libtest.a" \
			-lpthread -lm -lrt >> "$O/log/suite.log" 2>&1 ||
			{ cat "$O/log/suite.log" >&2; die "linking suite.ukl failed (log/suite.log)"; }
		mv "$O/suite.ukl.tmp" "$O/suite.ukl"
	fi
	: > "$O/obj/suite.stamp"
}

# --- a helper program ---
child() {
	echo "  CHILD child/$1"
	mkdir -p "$O/child"
	$base_cc -static -O2 -o "$O/child/$1.tmp" "child/$1.c" > "$O/log/child-$1.log" 2>&1 ||
		{ rm -f "$O/child/$1.tmp"; cat "$O/log/child-$1.log" >&2; die "building child/$1.c failed"; }
	mv "$O/child/$1.tmp" "$O/child/$1"
}

case $step in
test) test_ "${3?}" ;;
common) common "${3?}" ;;
syms) syms ;;
manifest) manifest ;;
link) link ;;
child) child "${3?}" ;;
*) die "unknown step $step" ;;
esac
