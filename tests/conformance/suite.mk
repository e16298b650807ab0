# The rules of a conformance build: what is out of date in OUT, and the
# build-step.sh step that remakes it.  build-suite.sh runs this as
#
#   make -r -C DIR -f suite.mk BS_OUT=OUT
#
# in the test tree DIR (source paths are relative to it, as the compilers
# see them), after writing OUT/config (compilers and flags, rewritten only
# when they change) and OUT/tests.mk (the tests found in DIR: TESTS,
# CHILDREN, each test's extra sources, the tools).  Every test's result
# OUT/res/CAT/NAME has a rule of its own: from src/CAT/NAME.c, the headers
# its last compile read (obj/CAT/NAME.d), its NAME.mk and NAME_dso.c, the
# common library and the tools; so touching one test rebuilds that test,
# the manifest and the suite link.

O := $(BS_OUT)
ifeq ($(O),)
$(error run by build-suite.sh, which sets BS_OUT)
endif
all:	# the default goal, whatever tests.mk holds
include $(O)/tests.mk

# anything built depends on the settings, the tools and the recipes
TOOLS := $(O)/config $(TOOLS) $(STEP_SH)
STEP := sh $(STEP_SH) $(O)
RES := $(addprefix $(O)/res/,$(TESTS))
COMMON := $(filter-out src/common/runtest.c,$(wildcard src/common/*.c)) $(wildcard src/common/*.h)
LIBTEST := $(O)/obj/common/libtest.a $(if $(BASE),$(O)/base/common/libtest.a)

all: $(O)/manifest.tsv
	@:

$(O)/obj/common/libtest.a: $(COMMON) $(TOOLS)
	@$(STEP) common ukl

$(O)/base/common/libtest.a: $(COMMON) $(TOOLS)
	@$(STEP) common base

$(O)/provided.syms: $(O)/obj/common/libtest.a $(TOOLS)
	@$(STEP) syms

$(RES): $(O)/res/%: src/%.c $(O)/provided.syms $(LIBTEST) $(TOOLS)
	@$(STEP) test $*

# OUT/tests changes only when the list does
$(O)/manifest.new: $(RES) $(O)/tests $(TOOLS)
	@$(STEP) manifest

$(O)/obj/suite.stamp: $(O)/manifest.new $(MULTICALL) $(O)/obj/common/libtest.a $(TOOLS)
	@$(STEP) link

$(CHILDREN): $(O)/child/%: child/%.c $(TOOLS)
	@$(STEP) child $*

# last, so that a manifest.tsv is never newer than what it lists
$(O)/manifest.tsv: $(O)/manifest.new $(O)/obj/suite.stamp $(CHILDREN)
	@cp $(O)/manifest.new $@.tmp && mv $@.tmp $@

-include $(wildcard $(O)/obj/*/*.d)

.PHONY: all
.SUFFIXES:
.DELETE_ON_ERROR:
