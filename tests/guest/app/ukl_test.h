/* One multi-call app holds every in-guest test: /ukl NAME runs the test
 * that UKL_TEST(NAME) defines, through tests/lib/multicall.c.  A test
 * fails if it returns non-zero or if any check of test.h failed. */
#include <asm/ukl.h>
#include "test.h"

#define STR(x) #x
#define XSTR(x) STR(x)
/* inline asm: the ABI's call sequence (<asm/ukl.h>), returning to the 9:
 * after it */
#define UKL_JUMP "lea " XSTR(UKL_ENTRY) "(%%rip), %%rcx\n\tlea 9f(%%rip), %%r11\n\tjmp *%%rcx\n9:\n\t"

#define EFLAGS_IF (1UL << 9)
#define EFLAGS_AC (1UL << 18)

static inline unsigned long flags_now(void)
{
	unsigned long f;

	__asm__ __volatile__ ("pushfq\n\tpopq %0" : "=r"(f) : : "memory");
	return f;
}

/* the kernel's process-id functions (UKL_SYS_DIRECT of <asm/ukl.h>) */
int UKL_SYS_DIRECT(getpid)(void);
int UKL_SYS_DIRECT(getppid)(void);
int UKL_SYS_DIRECT(gettid)(void);
int UKL_SYS_DIRECT(getuid)(void);
int UKL_SYS_DIRECT(geteuid)(void);
int UKL_SYS_DIRECT(getgid)(void);
int UKL_SYS_DIRECT(getegid)(void);

#define UKL_TEST(name) \
	static int ukl_body_##name(int, char **); \
	int ukl_test_##name(int argc, char **argv, char **envp) \
	{ \
		int r = ukl_body_##name(argc, argv); \
		(void)envp; \
		return r | t_status; \
	} \
	static int ukl_body_##name(int argc, char **argv)
