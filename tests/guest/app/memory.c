/* Memory of the app: a large mmap, deep stack, and faults that must kill
 * the app with the right signal and leave the kernel alive. */
#include <sys/mman.h>
#include <string.h>
#include "ukl_test.h"

UKL_TEST(mmap)
{
	size_t size = 256 << 20, i;
	unsigned char *p;

	(void)argc; (void)argv;
	p = mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T(p != MAP_FAILED);
	if (p == MAP_FAILED)
		return 1;
	for (i = 0; i < size; i += 4096)
		p[i] = i >> 12;
	for (i = 0; i < size; i += 4096)
		if (p[i] != (unsigned char)(i >> 12))
			return t_error("page %zu lost its value\n", i >> 12), 1;
	return munmap(p, size) != 0;
}

static int deep(int n)
{
	volatile int frame[256];

	frame[0] = n;
	if (n == 0)
		return frame[0];
	return deep(n - 1) + frame[0] - n;
}

/* 8 MiB of stack: grows the stack VMA page by page */
UKL_TEST(stack)
{
	(void)argc; (void)argv;
	return deep(7 * 1024) != 0;
}

UKL_TEST(segv)
{
	(void)argc; (void)argv;
	return *(volatile int *)0;
}

UKL_TEST(ud2)
{
	(void)argc; (void)argv;
	__asm__ volatile ("ud2");
	return 0;
}

UKL_TEST(div0)
{
	int q = 1, zero = 0;

	(void)argc; (void)argv;
	__asm__ volatile ("cltd; idivl %2" : "+a"(q) : "0"(q), "r"(zero) : "rdx");
	return q;
}
