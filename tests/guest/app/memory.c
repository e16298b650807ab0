/* Memory of the app: a large mmap, deep stack, and faults that must kill
 * the app with the right signal and leave the kernel alive. */
#include <sys/mman.h>
#include <time.h>
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

static unsigned long long tsc(void)
{
	unsigned lo, hi;

	__asm__ volatile ("rdtsc" : "=a" (lo), "=d" (hi));
	return (unsigned long long)hi << 32 | lo;
}

/*
 * Spin with rsp just above stack pages that are not present yet, so that
 * the timer interrupts the CPU delivers on this stack in ring 0 fault.
 * The kernel maps the page and must send the lost interrupt again: else
 * the local APIC keeps it in service, the timer never fires on that CPU
 * again, and the sleeps below never end (the test times out).
 */
UKL_TEST(irq_fresh_stack)
{
	size_t pages = 32, i;
	char *m = mmap(0, pages * 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct timespec ms10 = { 0, 10000000 };
	unsigned long long t0, per10ms, end;

	(void)argc; (void)argv;
	T(m != MAP_FAILED);
	t0 = tsc();
	nanosleep(&ms10, 0);
	per10ms = tsc() - t0;
	for (i = 1; i < pages; i += 2) {
		end = tsc() + 3 * per10ms;
		__asm__ volatile (
			"mov %%rsp, %%rbx\n"
			"mov %[sp], %%rsp\n"		/* page i - 1 is not present */
			"1: rdtsc\n"
			"shl $32, %%rdx\n"
			"or %%rdx, %%rax\n"
			"cmp %[end], %%rax\n"
			"jb 1b\n"
			"mov %%rbx, %%rsp\n"
			: : [sp] "r" (m + i * 4096), [end] "r" (end)
			: "rax", "rdx", "rbx", "memory");
		if (nanosleep(&ms10, 0))
			t_error("nanosleep after page %zu failed\n", i);
	}
	return 0;
}
