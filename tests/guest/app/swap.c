/* App memory paged out while the app uses it: a thread blocked in a
 * system call whose stack page goes to swap returns through the entry,
 * which reads nothing from that stack, and finds its data when it runs
 * again.  Needs swap: the debug kernel (kernel-patches/debug.config) has
 * zram; on a kernel without it the test skips. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/swap.h>
#include "ukl_test.h"

#define PAGE 4096
#define SWAP_BYTES (32 << 20)

/* /dev/zram0 as swap, once per boot; the header as mkswap writes it */
static int swap_on(void)
{
	static unsigned char header[PAGE];
	uint32_t info[3] = { 1, SWAP_BYTES / PAGE - 1, 0 };	/* version, last page, bad pages */
	char line[256];
	FILE *f;
	int fd, on = 0;

	if (!(f = fopen("/proc/swaps", "r")))
		return -1;
	while (fgets(line, sizeof line, f))
		on |= !strncmp(line, "/dev/zram0 ", 11);
	fclose(f);
	if (on)
		return 0;
	if ((fd = open("/sys/block/zram0/disksize", O_WRONLY)) < 0)
		return -1;
	/* EBUSY: sized by an earlier run that did not get to swapon */
	if (write(fd, "33554432", 8) != 8 && errno != EBUSY) {
		close(fd);
		return t_error("zram0 disksize: %s\n", strerror(errno)), -2;
	}
	close(fd);
	memcpy(header + 1024, info, sizeof info);
	memcpy(header + PAGE - 10, "SWAPSPACE2", 10);
	if ((fd = open("/dev/zram0", O_WRONLY)) < 0 || pwrite(fd, header, PAGE, 0) != PAGE || fsync(fd))
		return t_error("/dev/zram0: %s\n", strerror(errno)), -2;
	close(fd);
	if (swapon("/dev/zram0", 0))
		return t_error("swapon /dev/zram0: %s\n", strerror(errno)), -2;
	return 0;
}

static int pipefd[2];
static volatile uintptr_t blocked_buf;

static void *blocked_reader(void *arg)
{
	char buf[64];
	volatile long canary = 0x1234567890abcdefL;
	ssize_t n;

	(void)arg;
	memset(buf, 0, sizeof buf);
	blocked_buf = (uintptr_t)buf;
	n = read(pipefd[0], buf, sizeof buf);
	return (void *)(intptr_t)(n == 5 && !memcmp(buf, "hello", 5) && canary == 0x1234567890abcdefL);
}

UKL_TEST(swap_blocked_stack)
{
	pthread_t t;
	unsigned char resident = 1;
	void *ok = 0;
	uintptr_t page;
	int r;

	(void)argc; (void)argv;
	if ((r = swap_on()) == -1) {
		printf("no zram swap in this kernel\n");
		return 4;
	}
	if (r)
		return 1;
	T(pipe(pipefd) == 0);
	T(pthread_create(&t, 0, blocked_reader, 0) == 0);
	while (!blocked_buf)
		usleep(1000);
	usleep(100000);		/* in read() by now */
	page = blocked_buf & -(uintptr_t)PAGE;
	T(madvise((void *)page, PAGE, MADV_PAGEOUT) == 0);
	T(mincore((void *)page, PAGE, &resident) == 0);
	T_INT(resident & 1, 0);
	T(write(pipefd[1], "hello", 5) == 5);
	T(pthread_join(t, &ok) == 0);
	T(ok == (void *)1);
	return 0;
}
