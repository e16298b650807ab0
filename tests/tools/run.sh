#!/bin/sh
# The tools suite: ukl-run and ukl-image as a user runs them, on the built
# kernel.  An app object named app.o beside its app.c links as it is
# (kbuild must not recompile it); the second run of an unchanged app boots
# without a link, and the final link alone gives the kernel a make gives;
# two runs of different apps at once each give their own output and
# status; stdin, stdout and stderr are the app's, byte for byte, with the
# kernel's messages kept apart; --share shows a host directory; --memory
# reaches the guest; gdb stops in the app's main with --gdb; --sh runs a
# command line around the app; an image from ukl-image boots with the
# command line it prints, and with ukl-run --image.  Results through
# tests/lib/ktap.sh.
# Usage: tests/tools/run.sh BUILD_DIR
set -u
[ $# = 1 ] || { echo "usage: tests/tools/run.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=$(cd "$1" && pwd)
W=$B/tools
suite=tools
. "$top/tests/lib/ktap.sh"
rm -rf "$W" && mkdir -p "$W/src" || exit 1
: > "$W/results"

# result NAME STATUS LOG: one result line; STATUS 0 passes
result() {
	if [ "$2" = 0 ]; then o=pass; else o=fail; fi
	printf '%s\t%s\t%s\t%s\t%s\n' "$suite" "$1" $o "$(tail -n 1 "$3" | tr '\t' ' ')" "$3" >> "$W/results"
}
# run LOG ARGS...: ukl-run ARGS with its output and progress lines in LOG;
# its status
run() {
	log=$1; shift
	"$B/bin/ukl-run" --verbose --timeout 120 "$@" > "$log" 2>&1
}

# an app object app.o beside an app.c newer than it (--relink: an earlier
# run of this suite cached the same object)
cp "$here/say.c" "$W/src/say.c"
(cd "$W/src" && "$B/bin/x86_64-ukl-gcc" -O2 -o say.o say.c) || exit 1
touch "$W/src/say.c"
t() {
	run "$W/app-o.log" --relink "$W/src/say.o" -- beside 7
	st=$?
	echo "exit status $st" >> "$W/app-o.log"
	[ $st = 7 ] && grep -q '^say: beside$' "$W/app-o.log" && cmp -s "$here/say.c" "$W/src/say.c"
}
t; result app-o-beside-c $? "$W/app-o.log"

# the same app again: no relink, unless asked for
t() {
	run "$W/cached.log" "$W/src/say.o" -- again 0 &&
	grep -q '^LINK    cached: say.o unchanged' "$W/cached.log" && grep -q '^say: again$' "$W/cached.log" &&
	run "$W/relink.log" --relink "$W/src/say.o" -- relinked 0 &&
	cat "$W/relink.log" >> "$W/cached.log" &&
	grep -q '^LINK    vmlinux with say.o in' "$W/relink.log" && grep -q '^say: relinked$' "$W/relink.log"
}
t; result cached-relink $? "$W/cached.log"

# two different apps at once, each its own copy of the object: linked one
# after the other by --relink's make, then (new objects, a cache miss) by
# two final links at the same time; each with its own output and status
"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=1 -o "$W/a.ukl" "$here/say.c" &&
	"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=2 -o "$W/b.ukl" "$here/say.c" || exit 1
n=$(($(date +%s) % 100000 * 10))
"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=$((n + 1)) -o "$W/a2.ukl" "$here/say.c" &&
	"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=$((n + 2)) -o "$W/b2.ukl" "$here/say.c" || exit 1
t() {
	run "$W/a.log" --relink "$W/a.ukl" -- first 3 & a=$!
	run "$W/b.log" --relink "$W/b.ukl" -- second 5 & b=$!
	wait $a; sa=$?
	wait $b; sb=$?
	run "$W/a2.log" "$W/a2.ukl" -- third 6 & a=$!
	run "$W/b2.log" "$W/b2.ukl" -- fourth 7 & b=$!
	wait $a; sa2=$?
	wait $b; sb2=$?
	echo "statuses $sa $sb $sa2 $sb2" >> "$W/b.log"
	cat "$W/a.log" "$W/a2.log" "$W/b2.log" >> "$W/b.log"
	[ $sa = 3 ] && [ $sb = 5 ] && grep -q '^say: first$' "$W/a.log" && grep -q '^app 1$' "$W/a.log" &&
		grep -q '^say: second$' "$W/b.log" && grep -q '^app 2$' "$W/b.log" && ! grep -q 'app 2' "$W/a.log" &&
		[ $sa2 = 6 ] && [ $sb2 = 7 ] && grep -q "^app $((n + 1))\$" "$W/a2.log" && grep -q "^app $((n + 2))\$" "$W/b2.log" &&
		grep -q '(the final link)$' "$W/a2.log" && grep -q '(the final link)$' "$W/b2.log"
}
t; result concurrent-runs $? "$W/b.log"

# stdin, stdout, stderr: 1 MiB of random bytes through the app and back,
# the same bytes (cmp), EOF seen; an empty stdin is EOF at once; a pipe
t() {
	head -c 1048576 /dev/urandom > "$W/in.bin"
	st=0
	"$B/bin/ukl-run" --timeout 120 "$W/src/say.o" -- rt 5 cat < "$W/in.bin" > "$W/out.bin" 2> "$W/stdin.log" || st=$?
	echo "exit status $st" >> "$W/stdin.log"
	{ printf 'say: rt\n'; cat "$W/in.bin"; } > "$W/want.bin"
	cmp "$W/want.bin" "$W/out.bin" >> "$W/stdin.log" 2>&1 && [ $st = 5 ] &&
		grep -q '^say: 1048576 bytes to EOF$' "$W/stdin.log" || return 1
	run "$W/stdin-empty.log" "$W/src/say.o" -- empty 0 cat < /dev/null &&
		cat "$W/stdin-empty.log" >> "$W/stdin.log" && grep -q '^say: 0 bytes to EOF$' "$W/stdin-empty.log" || return 1
	printf 'piped\n' | "$B/bin/ukl-run" --timeout 120 "$W/src/say.o" -- p 0 cat > "$W/stdin-pipe.out" 2>> "$W/stdin.log" &&
		printf 'say: p\npiped\n' | cmp - "$W/stdin-pipe.out" >> "$W/stdin.log" 2>&1
}
t; result stdin-stdout-bytes $? "$W/stdin.log"

# stderr is apart from stdout; a kernel message during the run is in
# --log (and with --console on stderr), in neither output otherwise
t() {
	"$B/bin/ukl-run" --timeout 120 --log "$W/kmsg.console" "$W/src/say.o" -- noisy 0 kmsg \
		> "$W/kmsg.out" 2> "$W/kmsg.err" || return 1
	"$B/bin/ukl-run" --timeout 120 "$W/src/say.o" -- apart 0 stderr > "$W/err.out" 2> "$W/err.err" || return 1
	"$B/bin/ukl-run" --timeout 120 --console "$W/src/say.o" -- shown 0 kmsg > "$W/kmsg2.out" 2> "$W/kmsg2.err" || return 1
	for f in kmsg.out kmsg.err err.out err.err kmsg2.out kmsg2.err; do echo "== $f"; cat "$W/$f"; done > "$W/streams.log"
	printf 'say: noisy\n' | cmp -s - "$W/kmsg.out" && printf 'say: apart\n' | cmp -s - "$W/err.out" &&
		printf 'say: shown\n' | cmp -s - "$W/kmsg2.out" &&
		grep -q 'say-kmsg: noisy' "$W/kmsg.console" && [ ! -s "$W/kmsg.err" ] &&
		printf 'say-err: apart\n' | cmp -s - "$W/err.err" &&
		grep -q 'say-kmsg: shown' "$W/kmsg2.err" && grep -q '^ukl-init: start$' "$W/kmsg2.err"
}
t; result stderr-apart-kernel-messages-apart $? "$W/streams.log"

# --share: the app reads a host file, writes one that is on the host
# after ukl-run returns, and cannot write into a ,ro share
t() {
	rm -rf "$W/share" "$W/ro" && mkdir -p "$W/share" "$W/ro" && echo "from the host" > "$W/share/in.txt" || return 1
	st=0
	run "$W/share.log" --share "$W/share:/data" --share "$W/ro:/ro,ro" --cwd /data \
		--sh 'say r 0 read in.txt && say w 0 write out.txt; say x 0 write /ro/no.txt; echo "ro status $?"; exit 3' \
		"$W/src/say.o" || st=$?
	ls -la "$W/share" "$W/ro" >> "$W/share.log"
	echo "exit status $st" >> "$W/share.log"
	[ $st = 3 ] && grep -q '^from the host$' "$W/share.log" && [ "$(cat "$W/share/out.txt")" = w ] &&
		grep -q '^ro status 3$' "$W/share.log" && grep -q 'Read-only file system' "$W/share.log" &&
		[ ! -e "$W/ro/no.txt" ]
}
t; result share $? "$W/share.log"

# the final link alone (a cache miss) writes nothing in the shared kernel
# build tree and gives the kernel that a make of the kernel (--relink)
# gives: the same symbols at the same addresses
"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=$(($(date +%s) % 1000000 + 3)) -o "$W/c.ukl" "$here/say.c" || exit 1
t() {
	touch "$W/before-link"
	sleep 1
	run "$W/link.log" "$W/c.ukl" -- fast 0 && grep -q '^LINK    vmlinux with c.ukl in .* (the final link)$' "$W/link.log" || return 1
	# nothing in the shared kernel build tree was written but the cache
	find "$B/kernel-6.1" -newer "$W/before-link" ! -path '*/ukl-run-cache*' ! -name .ukl-run.lock > "$W/link-wrote"
	cat "$W/link-wrote" >> "$W/link.log"
	[ ! -s "$W/link-wrote" ] || return 1
	cache=$B/kernel-6.1/ukl-run-cache
	nm -n "$cache/$(ls -t "$cache" | grep -vx accel | head -n 1)/vmlinux" > "$W/fast.nm" || return 1
	run "$W/link-make.log" --relink "$W/c.ukl" -- made 0 && cat "$W/link-make.log" >> "$W/link.log" &&
		grep -q '^LINK    vmlinux with c.ukl in .* (make)$' "$W/link-make.log" || return 1
	nm -n "$cache/$(ls -t "$cache" | grep -vx accel | head -n 1)/vmlinux" > "$W/make.nm" &&
		grep -q ' T ukl_main$' "$W/fast.nm" && diff "$W/fast.nm" "$W/make.nm" >> "$W/link.log"
}
t; result final-link-as-make $? "$W/link.log"

# ukl-image: the image, copied away from the build tree, boots with the
# QEMU command line ukl-image printed; ukl-run --image boots it with the
# app's stdio and status
t() {
	rm -rf "$W/img" "$W/away" && mkdir -p "$W/away" || return 1
	"$B/bin/ukl-image" --env WORD=x "$W/src/say.o" -o "$W/img" -- imaged 9 stderr > "$W/image.log" 2>&1 || return 1
	ls -l "$W/img" >> "$W/image.log"
	cp -R "$W/img" "$W/away/img" || return 1
	line=$(sed -n 's/^RUN     .*, or in [^ ]*: //p' "$W/image.log")
	echo "$line" | grep -q '^qemu-system-x86_64 .*-kernel bzImage -initrd initrd.img ' || return 1
	! grep -q "$B" "$W/away/img/run.sh" || return 1
	(cd "$W/away/img" && timeout 120 sh -c "$line" < /dev/null) > "$W/image-qemu.log" 2>&1
	tr -d '\r' < "$W/image-qemu.log" >> "$W/image.log"
	grep -q '^say: imaged' "$W/image.log" && grep -q '^ukl-exit: status 9' "$W/image.log" || return 1
	st=0
	"$B/bin/ukl-run" --timeout 120 --image "$W/away/img" > "$W/image.out" 2> "$W/image.err" || st=$?
	cat "$W/image.out" "$W/image.err" >> "$W/image.log"
	echo "exit status $st" >> "$W/image.log"
	[ $st = 9 ] && printf 'say: imaged\n' | cmp -s - "$W/image.out" && grep -q '^say-err: imaged$' "$W/image.err"
}
t; result image $? "$W/image.log"

# the reader of stdout gone (head), the VM is stopped and ukl-run ends as
# by SIGPIPE, long before its timeout; a working directory /init cannot
# make is /init's error (125), named
t() {
	st=0
	( "$B/bin/ukl-run" --timeout 100 "$W/src/say.o" -- endless 0 cat < /dev/zero 2> "$W/epipe.log"; echo $? > "$W/epipe.st" ) |
		head -c 100000 | wc -c > "$W/epipe.count"
	echo "ukl-run status $(cat "$W/epipe.st"), $(cat "$W/epipe.count") bytes read" >> "$W/epipe.log"
	[ "$(cat "$W/epipe.st")" = 141 ] && [ "$(cat "$W/epipe.count")" = 100000 ] || return 1
	"$B/bin/ukl-run" --timeout 100 --cwd /proc/none "$W/src/say.o" -- never 0 > "$W/cwd.out" 2> "$W/cwd.err" || st=$?
	cat "$W/cwd.out" "$W/cwd.err" >> "$W/epipe.log"
	echo "exit status $st" >> "$W/epipe.log"
	[ $st = 125 ] && grep -q '^ukl-init: error: working directory /proc/none: ' "$W/cwd.err" && [ ! -s "$W/cwd.out" ]
}
t; result broken-pipe-init-error $? "$W/epipe.log"

# --memory: the guest's MemTotal below the size given
t() {
	run "$W/memory.log" --memory 256 "$W/src/say.o" -- memory 0 meminfo || return 1
	kb=$(sed -n 's/^MemTotal: *\([0-9]*\) kB.*/\1/p' "$W/memory.log")
	echo "MemTotal $kb kB" >> "$W/memory.log"
	[ -n "$kb" ] && [ "$kb" -le 262144 ] && [ "$kb" -gt 131072 ]
}
t; result memory $? "$W/memory.log"

# --sh: a command line around the app, with its status; the app under
# its own name (say.o: say) or --name's, busybox's applets beside it; the
# working directory --cwd makes
t() {
	st=0
	run "$W/sh.log" --sh 'say one 0 && say two 3; echo "status $?"; say three 0 | tr a-z A-Z; say four 0 > mid; say five 0 cat < mid | wc -l; exit 5' \
		"$W/src/say.o" || st=$?
	run "$W/sh-name.log" --name talk --cwd /tmp/work --sh 'talk hello 0 > out; pwd; cat out' "$W/src/say.o" || return 1
	cat "$W/sh-name.log" >> "$W/sh.log"
	echo "exit status $st" >> "$W/sh.log"
	[ $st = 5 ] && grep -q '^say: two$' "$W/sh.log" && grep -q '^status 3$' "$W/sh.log" &&
		grep -q '^SAY: THREE$' "$W/sh.log" && grep -q '^say: hello$' "$W/sh.log" && grep -q '^/tmp/work$' "$W/sh.log" &&
		grep -q '^2$' "$W/sh.log"
}
t; result sh $? "$W/sh.log"

# --gdb: gdb stops in the app's main (its source name in the symbol file),
# detaches, and the app runs to its end
eval "$(sed -n '/^free_port() {$/,/^}$/p' "$top/tests/run-sample.sh")"
t() {
	command -v gdb > /dev/null || { echo "no gdb on this machine" > "$W/gdb.log"; return 4; }
	port=$(free_port 20000 60000) || return 1
	run "$W/gdb-run.log" --gdb "$port" "$W/src/say.o" -- debugged 4 & r=$!
	for i in $(seq 100); do grep -q '^BOOT' "$W/gdb-run.log" && break; sleep 0.2; done
	symbols=$(sed -n 's/^GDB .* \(\/[^ ]*vmlinux-gdb\)$/\1/p' "$W/gdb-run.log")
	timeout 60 gdb -batch -nx -ex "target remote 127.0.0.1:$port" -ex 'break main' -ex continue \
		-ex delete -ex detach "$symbols" > "$W/gdb.log" 2>&1
	wait $r; st=$?
	cat "$W/gdb-run.log" >> "$W/gdb.log"
	echo "exit status $st" >> "$W/gdb.log"
	[ $st = 4 ] && grep -q 'hit Breakpoint 1, 0x[0-9a-f]* in main ()' "$W/gdb.log" && grep -q '^say: debugged$' "$W/gdb.log"
}
t; st=$?
if [ $st = 4 ]; then
	printf '%s\tgdb\tskip\tno gdb on this machine\n' "$suite" >> "$W/results"
else
	result gdb $st "$W/gdb.log"
fi

ktap_report "$W/results" "$top/tests/known-failures"
