# Read with the kernel's Makefile in its build directory ("make -f Makefile
# -f ukl-link-env.mk ukl-link-env"): prints, as sh "export" lines, the
# environment in which kbuild runs scripts/Makefile.vmlinux, so that
# ukl-run can redo the final link of vmlinux with a new app object without
# a walk of the whole tree.  LDFLAGS_vmlinux is exported to the vmlinux
# target only, as the top Makefile does; make's own variables are left out
# (the caller's jobserver must not be kept).
ukl-link-env: private _ukl_ldflags_vmlinux := $(LDFLAGS_vmlinux)
ukl-link-env: export LDFLAGS_vmlinux = $(_ukl_ldflags_vmlinux)
ukl-link-env:
	@export -p | grep -v -E '^export (MAKEFLAGS|MAKELEVEL|MAKEOVERRIDES|MAKE_TERM[A-Z]*|MFLAGS|PATH|PWD|OLDPWD|SHLVL|_)=' && \
		echo "export MAKEFLAGS='-rRs --no-print-directory'"
