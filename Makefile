#
# musl-ukl: musl libc for Unikernel Linux (UKL) on x86-64.
#
# Settings come from config.mak, written by ./configure; do not change
# them here.  Everything is built under build/; nothing leaves it before
# "make install".
#

MUSL_VERSION = 1.2.5
LINUX_SERIES = 6.1
prefix = /usr/local/musl-ukl
CC = gcc

B = build
ABI_INCLUDE = $(CURDIR)/kernel-patches/include/uapi
SYSROOT_kernel = $(B)/x86_64-ukl
SYSROOT_hosted = $(B)/x86_64-ukl-hosted
BIN = $(B)/bin

-include config.mak

.DELETE_ON_ERROR:

.PHONY: FORCE all musl-kernel musl-hosted hosted check check-host check-guest run bench bench-trace install clean distclean linux-source kernel kernel-noukl kernel-debug check-series check-identity stock conformance libc-test

ifeq ($(TARGET),)

all check check-host check-guest run bench bench-trace install linux-source kernel kernel-noukl kernel-debug check-series check-identity stock conformance libc-test:
	@echo "Please run ./configure --target=x86_64-ukl first (see ./configure --help)."
	@exit 1

else

all: $(BIN)/x86_64-ukl-gcc

# --- musl sources: fetched or given, verified, unpacked; never modified ---

ifeq ($(wildcard $(MUSL_SOURCE)/VERSION),)
MUSL_PRISTINE = $(B)/musl-$(MUSL_VERSION).orig
MUSL_PRISTINE_STAMP = $(MUSL_PRISTINE).unpacked

$(B)/sources/musl-$(MUSL_VERSION).tar.gz:
	musl-ukl/fetch-musl.sh $(MUSL_VERSION) $@ $(B)/apt $(MUSL_SOURCE)

# read-only, so that nothing can edit upstream by accident
$(MUSL_PRISTINE_STAMP): $(B)/sources/musl-$(MUSL_VERSION).tar.gz
	chmod -R u+w $(MUSL_PRISTINE) $(MUSL_PRISTINE).tmp 2>/dev/null || true
	rm -rf $(MUSL_PRISTINE) $(MUSL_PRISTINE).tmp
	mkdir -p $(MUSL_PRISTINE).tmp
	tar -xzf $< -C $(MUSL_PRISTINE).tmp --strip-components=1
	chmod -R a-w $(MUSL_PRISTINE).tmp
	mv $(MUSL_PRISTINE).tmp $(MUSL_PRISTINE)
	touch $@
else
MUSL_PRISTINE = $(MUSL_SOURCE)
MUSL_PRISTINE_STAMP = $(MUSL_SOURCE)/VERSION
endif

# Objects and sysroots of another musl would look up to date (upstream
# files are older than our objects): start over when the source changes.
MUSL_ID = $(MUSL_VERSION) $(MUSL_SOURCE)
$(B)/musl.id: FORCE
	@mkdir -p $(@D)
	@if [ "$$(cat $@ 2>/dev/null)" != "$(MUSL_ID)" ]; then \
		chmod -R u+w $(B)/musl-kernel $(B)/musl-hosted 2>/dev/null || true; \
		rm -rf $(B)/musl-kernel $(B)/musl-hosted $(SYSROOT_kernel) $(SYSROOT_hosted) $(FARM); \
		echo "$(MUSL_ID)" > $@; \
	fi

# --- the merged tree: pristine musl + arch-ukl overlay ---

FARM = $(B)/musl-farm
OVERLAY_FILES = $(shell find arch-ukl -type f)

$(FARM)/.made: $(B)/musl.id $(MUSL_PRISTINE_STAMP) $(OVERLAY_FILES) musl-ukl/mkfarm.sh kernel-patches/include/uapi/asm/ukl.h
	musl-ukl/mkfarm.sh $(MUSL_PRISTINE) arch-ukl $(FARM)
	touch $@

# --- libc, one build per code model, installed into its sysroot ---

# musl's makefile does not know that its objects depend on the overlay's
# headers and the ABI header: a new farm starts the objects over
$(B)/musl-%/config.mak: $(FARM)/.made
	@echo "CONFIGURE musl $(MUSL_VERSION) ($* model)"
	rm -rf $(@D)/obj $(@D)/lib
	mkdir -p $(@D)
	cd $(@D) && $(CURDIR)/$(FARM)/configure --prefix=/ --disable-shared \
		CC="$(CC)" x86_64-ukl > configure.log 2>&1 || { cat configure.log; exit 1; }

musl-kernel musl-hosted: musl-%: $(B)/musl-%/config.mak
	@echo "MUSL    $* model, musl $(MUSL_VERSION) (about 30 s on 2 cores; log: $(B)/musl-$*/build.log)"
	@$(MAKE) -C $(B)/musl-$* ARCH=x86_64-ukl UKL_MODEL=$* UKL_ABI_INCLUDE=$(ABI_INCLUDE) \
		DESTDIR=$(CURDIR)/$(SYSROOT_$*) install > $(B)/musl-$*/build.log 2>&1 || \
		{ tail -n 30 $(B)/musl-$*/build.log; echo "MUSL    $* model failed; see $(B)/musl-$*/build.log"; exit 1; }

# --- compiler-runtime helpers built for each model (the system libgcc.a
#     uses the red zone) ---

RT_SRCS = $(wildcard crt/rt/*.c)
RT_CFLAGS = -std=gnu11 -O2 -ffreestanding -nostdinc -fno-stack-protector \
	-fno-asynchronous-unwind-tables -mno-red-zone -fno-pic -fno-pie
RT_CFLAGS_kernel = $(RT_CFLAGS) -mcmodel=kernel
RT_CFLAGS_hosted = $(RT_CFLAGS)

$(B)/rt-kernel/%.o: crt/rt/%.c crt/rt/mulc3.h
	@mkdir -p $(@D)
	$(CC) $(RT_CFLAGS_kernel) -c -o $@ $<

$(B)/rt-hosted/%.o: crt/rt/%.c crt/rt/mulc3.h
	@mkdir -p $(@D)
	$(CC) $(RT_CFLAGS_hosted) -c -o $@ $<

$(SYSROOT_kernel)/lib/libukl-rt.a: $(RT_SRCS:crt/rt/%.c=$(B)/rt-kernel/%.o) | musl-kernel
$(SYSROOT_hosted)/lib/libukl-rt.a: $(RT_SRCS:crt/rt/%.c=$(B)/rt-hosted/%.o) | musl-hosted
$(SYSROOT_kernel)/lib/libukl-rt.a $(SYSROOT_hosted)/lib/libukl-rt.a:
	rm -f $@.tmp
	ar rcs $@.tmp $^
	mv $@.tmp $@

# --- the app link recipe: the un-prefix list and what may stay undefined ---

$(SYSROOT_kernel)/lib/ukl-unprefix.syms: crt/unprefix.syms.in kernel-patches/include/uapi/asm/ukl.h | musl-kernel
	$(CC) -E -P -x c -I$(ABI_INCLUDE) $< > $@.tmp
	mv $@.tmp $@

$(SYSROOT_kernel)/lib/ukl-kernel.syms: $(SYSROOT_kernel)/lib/ukl-unprefix.syms
	awk '{ print $$2 }' $< > $@.tmp
	mv $@.tmp $@

$(SYSROOT_hosted)/lib/ukl-entry-hosted.o: crt/hosted/ukl-entry.S kernel-patches/include/uapi/asm/ukl.h | musl-hosted
	$(CC) -c -I$(ABI_INCLUDE) -I$(SYSROOT_hosted)/include -o $@ $<

SYSROOT_FILES_kernel = libukl-rt.a ukl-unprefix.syms ukl-kernel.syms
SYSROOT_FILES_hosted = libukl-rt.a ukl-entry-hosted.o

# --- the compiler wrappers ---

# the prefix, read back from the un-prefix list's first line
UNPREFIX = $(SYSROOT_kernel)/lib/ukl-unprefix.syms
UKL_PREFIX = $(shell awk 'NR == 1 { print substr($$1, 1, length($$1) - length($$2)) }' $(UNPREFIX))

$(BIN)/x86_64-ukl-gcc: musl-ukl/x86_64-ukl-gcc.in $(SYSROOT_FILES_kernel:%=$(SYSROOT_kernel)/lib/%)
$(BIN)/x86_64-ukl-hosted-gcc: musl-ukl/x86_64-ukl-gcc.in $(SYSROOT_FILES_hosted:%=$(SYSROOT_hosted)/lib/%) $(UNPREFIX)
$(BIN)/x86_64-ukl-gcc: WRAP = x86_64-ukl-gcc kernel x86_64-ukl \
	one partially linked object for the kernel link, every symbol prefixed $(UKL_PREFIX) except those the kernel provides.
$(BIN)/x86_64-ukl-hosted-gcc: WRAP = x86_64-ukl-hosted-gcc hosted x86_64-ukl-hosted \
	a static host executable that enters a user-mode shim instead of the kernel, for tests.
$(BIN)/x86_64-ukl-gcc $(BIN)/x86_64-ukl-hosted-gcc:
	@mkdir -p $(@D)
	set -- $(WRAP); name=$$1 model=$$2 sysroot=$$3; shift 3; \
	sed -e "s|@NAME@|$$name|g" -e "s|@MODEL@|$$model|g" -e "s|@SYSROOT@|$$sysroot|g" \
	    -e "s|@PRODUCT@|$$*|g" -e "s|@CC@|$(CC)|g" -e "s|@PREFIX@|$(UKL_PREFIX)|g" \
	    $< > $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

hosted: $(BIN)/x86_64-ukl-hosted-gcc

# --- the kernel: Debian's Linux source plus kernel-patches/SERIES, built
#     out of tree; an app joins only at the final link (ukl-run) ---

KSRC = $(B)/linux-$(LINUX_SERIES)
KOBJ = $(B)/kernel-$(LINUX_SERIES)
KPATCHES = $(addprefix kernel-patches/$(LINUX_SERIES)/,$(shell cat kernel-patches/$(LINUX_SERIES)/series))

linux-source: $(KSRC).orig/.unpacked

$(KSRC).orig/.unpacked:
	kernel-patches/linux-source.sh $(LINUX_SERIES) $(KSRC).orig $(B)/apt $(LINUX_SOURCE)

# the patched tree: hard links to the pristine one (patch replaces, never
# edits, the files it changes)
$(KSRC)/.patched: $(KSRC).orig/.unpacked $(KPATCHES)
	kernel-patches/apply.sh $(KSRC).orig $(KSRC) $(KPATCHES)

$(KOBJ)/.config: $(KSRC)/.patched kernel-patches/ukl.config kernel-patches/check-config.sh
	@echo "CONFIG  tinyconfig + kernel-patches/ukl.config"
	@mkdir -p $(KOBJ)
	@$(MAKE) -s -C $(KSRC) O=$(CURDIR)/$(KOBJ) tinyconfig > $(KOBJ)/config.log 2>&1
	@$(KSRC)/scripts/kconfig/merge_config.sh -m -O $(KOBJ) $(KOBJ)/.config kernel-patches/ukl.config >> $(KOBJ)/config.log 2>&1
	@$(MAKE) -s -C $(KSRC) O=$(CURDIR)/$(KOBJ) olddefconfig >> $(KOBJ)/config.log 2>&1
	@kernel-patches/check-config.sh kernel-patches/ukl.config $(KOBJ)/.config || { rm -f $@; exit 1; }

# the same tree with UNIKERNEL_LINUX=n, for the normal-process suite
$(KOBJ)-noukl/.config: $(KSRC)/.patched kernel-patches/ukl.config kernel-patches/check-config.sh
	@echo "CONFIG  tinyconfig + kernel-patches/ukl.config, UNIKERNEL_LINUX=n"
	@mkdir -p $(@D)
	@sed 's/^CONFIG_UNIKERNEL_LINUX=y$$/# CONFIG_UNIKERNEL_LINUX is not set/' kernel-patches/ukl.config > $(@D)/noukl.config
	@$(MAKE) -s -C $(KSRC) O=$(CURDIR)/$(@D) tinyconfig > $(@D)/config.log 2>&1
	@$(KSRC)/scripts/kconfig/merge_config.sh -m -O $(@D) $(@D)/.config $(@D)/noukl.config >> $(@D)/config.log 2>&1
	@$(MAKE) -s -C $(KSRC) O=$(CURDIR)/$(@D) olddefconfig >> $(@D)/config.log 2>&1
	@kernel-patches/check-config.sh $(@D)/noukl.config $(@D)/.config || { rm -f $@; exit 1; }

# the debug configuration of the UKL kernel (kernel-patches/debug.config):
# the guest suite runs on it too
$(KOBJ)-debug/.config: $(KSRC)/.patched kernel-patches/ukl.config kernel-patches/debug.config kernel-patches/check-config.sh
	@echo "CONFIG  tinyconfig + kernel-patches/ukl.config + kernel-patches/debug.config"
	@mkdir -p $(@D)
	@cat kernel-patches/ukl.config kernel-patches/debug.config > $(@D)/debug.config
	@$(MAKE) -s -C $(KSRC) O=$(CURDIR)/$(@D) tinyconfig > $(@D)/config.log 2>&1
	@$(KSRC)/scripts/kconfig/merge_config.sh -m -O $(@D) $(@D)/.config $(@D)/debug.config >> $(@D)/config.log 2>&1
	@$(MAKE) -s -C $(KSRC) O=$(CURDIR)/$(@D) olddefconfig >> $(@D)/config.log 2>&1
	@kernel-patches/check-config.sh $(@D)/debug.config $(@D)/.config || { rm -f $@; exit 1; }

kernel-debug: $(KOBJ)-debug/.config $(BIN)/ukl-run $(BIN)/ukl-image $(B)/guest/init $(B)/guest/runner
	@echo "KERNEL  the same tree, debug configuration (about 5 min; log: $(KOBJ)-debug/build.log)"
	@$(MAKE) -C $(KSRC) O=$(CURDIR)/$(KOBJ)-debug -j$$(nproc) vmlinux > $(KOBJ)-debug/build.log 2>&1 || \
		{ grep -B2 -A6 -E 'error|Error' $(KOBJ)-debug/build.log | tail -n 40; echo "KERNEL  failed; see $(KOBJ)-debug/build.log"; exit 1; }
	@kernel-patches/check-objtool.sh $(KOBJ)-debug/build.log
	@$(call link-env,$(KOBJ)-debug)

kernel-noukl: $(KOBJ)-noukl/.config $(BIN)/ukl-run $(BIN)/ukl-image $(B)/guest/init $(B)/guest/runner
	@echo "KERNEL  the same tree, UNIKERNEL_LINUX=n (about 4 min; log: $(KOBJ)-noukl/build.log)"
	@$(MAKE) -C $(KSRC) O=$(CURDIR)/$(KOBJ)-noukl -j$$(nproc) vmlinux > $(KOBJ)-noukl/build.log 2>&1 || \
		{ grep -B2 -A6 -E 'error|Error' $(KOBJ)-noukl/build.log | tail -n 40; echo "KERNEL  failed; see $(KOBJ)-noukl/build.log"; exit 1; }
	@$(call link-env,$(KOBJ)-noukl)

# with UNIKERNEL_LINUX=n the series changes nothing: the unpatched tree
# built with the same configuration gives the same section sizes and the
# same disassembly for every object (long: one more kernel build; not
# part of make check)
check-identity: kernel-noukl
	kernel-patches/check-identity.sh $(KSRC).orig $(KOBJ)-noukl $(B)/identity-check

# every prefix of the series builds and passes checkpatch (long: one
# kernel build plus increments; not part of make check)
check-series: $(KSRC).orig/.unpacked
	kernel-patches/check-series.sh $(KSRC).orig $(B)/series-check kernel-patches/ukl.config $(KPATCHES)

# link-env DIR: kbuild's environment of the final link of vmlinux in DIR,
# kept as DIR/ukl-link.env, so that ukl-run links an app in half a second
# rather than a walk of the whole tree (crt/ukl-link-env.mk); with no
# variable of the caller's environment but PATH
link-env = env -i PATH="$$PATH" make -s --no-print-directory -C $(1) -f Makefile -f $(CURDIR)/crt/ukl-link-env.mk ukl-link-env \
	> $(1)/ukl-link.env.tmp && mv $(1)/ukl-link.env.tmp $(1)/ukl-link.env

kernel: $(KOBJ)/.config $(BIN)/ukl-run $(BIN)/ukl-image $(B)/guest/init $(B)/guest/runner
	@echo "KERNEL  Linux $$(cat $(KSRC).orig/.debian-version 2>/dev/null || echo $(LINUX_SERIES)) + UKL (about 4 min on 2 cores the first time; log: $(KOBJ)/build.log)"
	@$(MAKE) -C $(KSRC) O=$(CURDIR)/$(KOBJ) -j$$(nproc) vmlinux > $(KOBJ)/build.log 2>&1 || \
		{ grep -B2 -A6 -E 'error|Error' $(KOBJ)/build.log | tail -n 40; echo "KERNEL  failed; see $(KOBJ)/build.log"; exit 1; }
	@kernel-patches/check-objtool.sh $(KOBJ)/build.log
	@$(call link-env,$(KOBJ))

$(BIN)/ukl-run: crt/ukl-run.in
	@mkdir -p $(@D)
	sed -e "s|@KSRC@|linux-$(LINUX_SERIES)|g" -e "s|@KOBJ@|kernel-$(LINUX_SERIES)|g" $< > $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

$(BIN)/ukl-image: crt/ukl-image.in
	@mkdir -p $(@D)
	cp $< $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

$(B)/guest/init: crt/ukl-init.c
$(B)/guest/runner: tests/guest/runner.c
$(B)/guest/init $(B)/guest/runner:
	@mkdir -p $(@D)
	$(CC) -O2 -static -Wall -o $@ $<

# --- stock musl, the baseline of the conformance suites ---

STOCK = $(B)/x86_64-stock

$(STOCK)/bin/musl-gcc: $(MUSL_PRISTINE_STAMP) musl-ukl/build-stock.sh
	@echo "MUSL    stock musl $(MUSL_VERSION), the baseline (about 30 s; log: $(B)/stock-musl/build.log)"
	@musl-ukl/build-stock.sh $(MUSL_PRISTINE) $(B)/stock-musl $(CURDIR)/$(STOCK) > /dev/null

stock: $(STOCK)/bin/musl-gcc

# --- conformance suites in libc-test's layout: ours, or LIBC_TEST ---

SUITE_BUILD = tests/conformance/build-suite.sh --ukl-cc $(CURDIR)/$(BIN)/x86_64-ukl-gcc \
	--base-cc $(CURDIR)/$(STOCK)/bin/musl-gcc
CONFORMANCE_FILES = $(shell find tests/conformance/src tests/conformance/child -type f)

# build-suite.sh is incremental (tests/conformance/suite.mk): it remakes
# what changed; the touch marks the manifest up to date even when nothing did
$(B)/conformance/manifest.tsv: $(CONFORMANCE_FILES) tests/conformance/build-suite.sh \
		tests/conformance/suite.mk tests/conformance/build-step.sh tests/lib/multicall.c \
		$(BIN)/x86_64-ukl-gcc $(STOCK)/bin/musl-gcc
	@echo "SUITE   tests/conformance, UKL and stock musl (log: $(B)/conformance.log)"
	@$(SUITE_BUILD) tests/conformance $(B)/conformance > $(B)/conformance.log 2>&1 || \
		{ tail -n 20 $(B)/conformance.log; echo "SUITE   failed; see $(B)/conformance.log"; exit 1; }
	@touch $@

conformance: $(B)/conformance/manifest.tsv kernel
	@tests/conformance/run-guest.sh --check $(B)/conformance

libc-test: all kernel stock
	@[ -n "$(LIBC_TEST)" ] || { echo "usage: make libc-test LIBC_TEST=/path/to/libc-test"; exit 2; }
	@[ -d "$(LIBC_TEST)/src/functional" ] || \
		{ echo "make libc-test: $(LIBC_TEST) is not a libc-test tree (no src/functional)"; exit 2; }
	@echo "SUITE   $(LIBC_TEST), UKL and stock musl (log: $(B)/libc-test.log)"
	@$(SUITE_BUILD) $(LIBC_TEST) $(B)/libc-test > $(B)/libc-test.log 2>&1 || \
		{ tail -n 20 $(B)/libc-test.log; echo "SUITE   failed; see $(B)/libc-test.log"; exit 1; }
	@tests/conformance/run-guest.sh $(B)/libc-test

# --- tests and the sample ---

# The host suite runs against the configured musl and against the other
# supported release, built under $(B)/other-musl.
OTHER_MUSL = $(if $(filter 1.2.5,$(MUSL_VERSION)),1.2.3,1.2.5)

check: all hosted kernel kernel-noukl kernel-debug $(B)/conformance/manifest.tsv
	@$(MAKE) -s B=$(B)/other-musl MUSL_VERSION=$(OTHER_MUSL) MUSL_SOURCE= all hosted
	@tests/check.sh \
		"host-musl-$(MUSL_VERSION)" "tests/host/run.sh $(B)" \
		"host-musl-$(OTHER_MUSL)" "tests/host/run.sh $(B)/other-musl" \
		"guest-linux-$(LINUX_SERIES)" "tests/guest/run.sh $(B)" \
		"guest-linux-$(LINUX_SERIES)-noukl" "tests/guest/run.sh --noukl $(B)" \
		"guest-linux-$(LINUX_SERIES)-debug" "tests/guest/run.sh --debug $(B)" \
		"tools-linux-$(LINUX_SERIES)" "tests/tools/run.sh $(B)" \
		"conformance-hosted" "tests/conformance/run-host.sh --out $(B)/conformance-host" \
		"conformance-linux-$(LINUX_SERIES)" "tests/conformance/run-guest.sh --check $(B)/conformance"

check-host: all hosted
	@tests/host/run.sh $(B)

check-guest: all kernel
	@tests/guest/run.sh $(B)

run: all hosted kernel
	@tests/run-sample.sh $(B)

bench: all hosted kernel kernel-noukl stock
	@tests/bench/run.sh $(B)

# where one getppid's instructions go, UKL and stock musl and glibc, per
# function (FUNCTION=clock_gettime or sched_yield for another call)
bench-trace: all kernel stock
	@tests/bench/trace.sh $(B) $(FUNCTION)

# --- install: the wrapper and its sysroot, side by side under prefix ---

# ukl-run and ukl-image keep using this build tree's kernel: they are
# installed with its absolute path
install: all $(BIN)/ukl-run $(BIN)/ukl-image
	mkdir -p $(DESTDIR)$(prefix)/bin
	sed "s|^build=.*|build='$$(cd $(B) && pwd | sed 's/[|&\\]/\\&/g')'|" $(BIN)/ukl-run > $(DESTDIR)$(prefix)/bin/ukl-run.tmp
	cp $(BIN)/ukl-image $(DESTDIR)$(prefix)/bin/ukl-image.tmp
	chmod +x $(DESTDIR)$(prefix)/bin/ukl-run.tmp $(DESTDIR)$(prefix)/bin/ukl-image.tmp
	mv $(DESTDIR)$(prefix)/bin/ukl-run.tmp $(DESTDIR)$(prefix)/bin/ukl-run
	mv $(DESTDIR)$(prefix)/bin/ukl-image.tmp $(DESTDIR)$(prefix)/bin/ukl-image
	cp $(BIN)/x86_64-ukl-gcc $(DESTDIR)$(prefix)/bin/x86_64-ukl-gcc.tmp
	mv $(DESTDIR)$(prefix)/bin/x86_64-ukl-gcc.tmp $(DESTDIR)$(prefix)/bin/x86_64-ukl-gcc
	rm -rf $(DESTDIR)$(prefix)/x86_64-ukl.tmp
	cp -R $(SYSROOT_kernel) $(DESTDIR)$(prefix)/x86_64-ukl.tmp
	rm -rf $(DESTDIR)$(prefix)/x86_64-ukl
	mv $(DESTDIR)$(prefix)/x86_64-ukl.tmp $(DESTDIR)$(prefix)/x86_64-ukl

endif

# clean keeps the downloaded sources; distclean also drops them and config.mak
clean:
	chmod -R u+w $(B) 2>/dev/null || true
	find $(B) -mindepth 1 -maxdepth 1 ! -name sources ! -name apt -exec rm -rf {} + 2>/dev/null || true

distclean:
	chmod -R u+w $(B) 2>/dev/null || true
	rm -rf $(B) config.mak

FORCE:
