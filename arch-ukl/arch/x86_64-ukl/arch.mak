# x86_64-ukl: musl's x86_64 port entering the kernel through the UKL entry.
# UKL_MODEL=kernel builds for linking into vmlinux; UKL_MODEL=hosted builds
# the same code at user addresses for host tests.  Both forbid the red zone:
# in ring 0 an interrupt pushes its frame onto the current stack.

UKL_MODEL ?= kernel
ifeq ($(UKL_MODEL),kernel)
CFLAGS_AUTO += -mcmodel=kernel
endif
CFLAGS_AUTO += -mno-red-zone -fno-pic -fno-pie -I$(UKL_ABI_INCLUDE)

# static only and never PIC: no Scrt1/rcrt1, no libc.so, no musl-gcc
# wrapper, and libc.a from .o files (configure picks .lo when gcc defaults
# to PIE)
AOBJS = $(LIBC_OBJS)
CRT_LIBS = lib/crt1.o lib/crti.o lib/crtn.o
SHARED_LIBS =
TOOL_LIBS =
ALL_TOOLS =

# .S files take syscall numbers from the generated header; a rule here
# would otherwise become the default goal
.DEFAULT_GOAL := all
$(filter %.o,$(ARCH_OBJS:%=obj/%)): obj/include/bits/syscall.h
