/* The first things an app does: print, see its arguments and environment,
 * use libc, TLS, time, and its own static data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "ukl_test.h"

UKL_TEST(hello)
{
	(void)argc; (void)argv;
	printf("hello, world\n");
	return 42;
}

UKL_TEST(args)
{
	T(argc == 3);
	T(argc > 2 && !strcmp(argv[1], "two words") && !strcmp(argv[2], "3"));
	T(getenv("UKL_TEST_ENV") && !strcmp(getenv("UKL_TEST_ENV"), "yes"));
	T_INT(getauxval(AT_PAGESZ), 4096UL);
	T(getauxval(AT_RANDOM) != 0);
	T(getauxval(AT_PHNUM) == 1);
	T(getauxval(AT_ENTRY) >= 0xffffffff80000000UL);
	return 0;
}

UKL_TEST(libc)
{
	char buf[64], *p[1000];
	int i;

	(void)argc; (void)argv;
	snprintf(buf, sizeof buf, "%d %s %.3f %x", -5, "str", 2.5, 255);
	T(!strcmp(buf, "-5 str 2.500 ff"));
	for (i = 0; i < 1000; i++) {
		p[i] = malloc(i * 37 + 1);
		memset(p[i], i, i * 37 + 1);
	}
	for (i = 0; i < 1000; i++) {
		T(p[i][i * 37] == (char)i);
		free(p[i]);
	}
	T(strtol("0x10", 0, 16) == 16);
	T(strstr("unikernel", "kern") != 0);
	return 0;
}

static __thread int tls_int = 1234;
static __thread _Alignas(64) char tls_aligned[8] = "tls";
static __thread long tls_zero;

UKL_TEST(tls)
{
	(void)argc; (void)argv;
	T_INT(tls_int, 1234);
	T(!strcmp(tls_aligned, "tls"));
	{
		/* read at run time: the compiler knows the declared alignment */
		volatile uintptr_t at = (uintptr_t)tls_aligned;
		T(at % 64 == 0);
	}
	T_INT(tls_zero, 0L);
	tls_int++;
	T_INT(tls_int, 1235);
	/* the TLS block is in the user half */
	T((uintptr_t)&tls_int < 0x800000000000UL);
	return 0;
}

UKL_TEST(time)
{
	struct timespec a, b, d = { 0, 20000000 };

	(void)argc; (void)argv;
	T(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	T(nanosleep(&d, 0) == 0);
	T(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	T((b.tv_sec - a.tv_sec) * 1000000000L + b.tv_nsec - a.tv_nsec >= 20000000L);
	T(time(0) > 1000000000);
	return 0;
}

static int initialized = 5;
static int zeroed;

/* run twice: each start sees the image's values, not the last run's */
UKL_TEST(fresh)
{
	(void)argc; (void)argv;
	T_INT(initialized, 5);
	T_INT(zeroed, 0);
	initialized = 6;
	zeroed = 1;
	return 0;
}

/* busy in ring 0 for about a second: the timer must preempt it */
UKL_TEST(spin)
{
	struct timespec a, b;

	(void)argc; (void)argv;
	clock_gettime(CLOCK_MONOTONIC, &a);
	do
		clock_gettime(CLOCK_MONOTONIC, &b);
	while ((b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000 < 1000);
	return 0;
}

UKL_TEST(sleep)
{
	(void)argc; (void)argv;
	sleep(3);
	return 0;
}

/* exec of a normal program from the app runs it as a normal process:
 * /prog-entry (hosted, user addresses) would fault in ring 0 (SMEP) */
UKL_TEST(exec_normal)
{
	char *prog[] = { "/prog-entry", 0 };

	(void)argc; (void)argv;
	execv(prog[0], prog);
	t_error("execv %s failed\n", prog[0]);
	return 1;
}

/* 3 MiB of initialized data arrive as linked: the image's template of the
 * app's data lies between segments that a bzImage's decompressor moves,
 * and must not be overwritten by them */
#define BIG_DATA (3 << 20)
static unsigned char big_data[BIG_DATA] = { [0] = 1, [1 << 20] = 2, [BIG_DATA - 1] = 3 };

UKL_TEST(data_template)
{
	size_t i, bad = 0;

	(void)argc; (void)argv;
	T_INT(big_data[0], 1);
	T_INT(big_data[1 << 20], 2);
	T_INT(big_data[BIG_DATA - 1], 3);
	for (i = 1; i < BIG_DATA - 1; i++)
		if (big_data[i] && i != 1 << 20 && !bad++)
			t_error("big_data[%#zx] is %#x, not 0\n", i, big_data[i]);
	T_INT((long)bad, 0);
	return 0;
}
