/* Microbenchmarks run both as the UKL app (ring 0, call entry) and as a
 * normal static process (hosted musl-ukl: the same libc, syscall
 * instruction) in one boot.  Prints "bench MODE NAME VALUE unit" lines;
 * under QEMU -icount shift=0 one ns of guest time is one instruction. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

__attribute__((noinline)) static void empty(void)
{
	__asm__ volatile ("");
}

static const char *mode(void)
{
	unsigned short cs;

	__asm__ ("mov %%cs, %0" : "=r"(cs));
	return cs & 3 ? "normal" : "ukl";
}

#define LOOP(name, n, body) do { \
	long i_; \
	double t0_ = now(); \
	for (i_ = 0; i_ < (n); i_++) { body; } \
	printf("bench %s %s %.1f ns/op\n", mode(), name, (now() - t0_) / (n)); \
} while (0)

int main(void)
{
	struct timespec ts, boot;
	int p[2];
	char c = 0;

	clock_gettime(CLOCK_BOOTTIME, &boot);
	printf("bench %s boot-to-main %.3f s\n", mode(), boot.tv_sec + boot.tv_nsec / 1e9);
	if (pipe(p))
		return 1;
	LOOP("call", 1000000, empty());
	LOOP("getppid", 100000, getppid());
	LOOP("clock_gettime", 100000, clock_gettime(CLOCK_MONOTONIC, &ts));
	LOOP("pipe-write-read", 20000, (write(p[1], &c, 1), read(p[0], &c, 1)));
	return 0;
}
