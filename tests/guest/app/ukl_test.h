/* One multi-call app holds every in-guest test: /ukl NAME runs the test
 * that UKL_TEST(NAME) defines, through tests/lib/multicall.c.  A test
 * fails if it returns non-zero or if any check of test.h failed. */
#include "test.h"

#define STR(x) #x
#define XSTR(x) STR(x)
/* inline asm: the ABI's call sequence (<asm/ukl.h>), returning to the 9:
 * after it */
#define UKL_JUMP "lea " XSTR(UKL_ENTRY) "(%%rip), %%rcx\n\tlea 9f(%%rip), %%r11\n\tjmp *%%rcx\n9:\n\t"

#define UKL_TEST(name) \
	static int ukl_body_##name(int, char **); \
	int ukl_test_##name(int argc, char **argv, char **envp) \
	{ \
		int r = ukl_body_##name(argc, argv); \
		(void)envp; \
		return r | t_status; \
	} \
	static int ukl_body_##name(int argc, char **argv)
