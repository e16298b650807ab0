/* The loops of make bench.  The same source runs as the UKL app and as
 * normal static processes (stock musl, glibc, hosted musl-ukl) in one
 * boot.  Prints "bench LABEL NAME VALUE ns/op" lines, LABEL being argv[1];
 * under QEMU -icount shift=0 one ns of guest time is one instruction. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* <linux/futex.h> is not in every libc's include path */
#define FUTEX_WAKE_PRIVATE (1 | 128)

static const char *label = "?";

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

#define LOOP(name, n, body) do { \
	long i_; \
	double t0_ = now(); \
	for (i_ = 0; i_ < (n); i_++) { body; } \
	printf("bench %s %s %.1f ns/op\n", label, name, (now() - t0_) / (n)); \
} while (0)

static void die(const char *what)
{
	perror(what);
	exit(1);
}

#define MSG 64

/* fork, the child exits at once, the parent reaps it */
static void fork_wait(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	if (pid < 0 || waitpid(pid, 0, 0) != pid)
		die("fork");
}

#ifdef BIG_BSS
/* built with -DBIG_BSS: only the fork loop, with 16 MiB of bss in use
 * (volatile: stores to an array nobody reads would go) */
static volatile char big_bss[16 << 20];

int main(int argc, char **argv)
{
	size_t i;

	if (argc > 1)
		label = argv[1];
	for (i = 0; i < sizeof big_bss; i += 4096)
		big_bss[i] = 1;
	LOOP("fork-16m-bss", 20, fork_wait());
	return 0;
}
#else
/* the server side of the request/response loop: echo every message */
static void *echo(void *arg)
{
	int fd = *(int *)arg;
	char buf[MSG];
	ssize_t n;

	while ((n = read(fd, buf, sizeof buf)) > 0)
		if (write(fd, buf, n) != n)
			break;
	return 0;
}

static void round_trip(int fd)
{
	char buf[MSG];

	memset(buf, 'q', sizeof buf);
	if (write(fd, buf, sizeof buf) != sizeof buf || read(fd, buf, sizeof buf) != sizeof buf)
		die("round trip");
}

int main(int argc, char **argv)
{
	static char block[4096];
	char path[] = "/tmp/bench-XXXXXX";
	struct timespec ts, boot;
	struct timeval tv;
	pthread_t server;
	int p[2], s[2], fd, word = 0;
	char c = 0;

	if (argc > 1)
		label = argv[1];
	clock_gettime(CLOCK_BOOTTIME, &boot);
	printf("bench %s boot-to-main %.3f s\n", label, boot.tv_sec + boot.tv_nsec / 1e9);
	if (pipe(p))
		die("pipe");
	if ((fd = mkstemp(path)) < 0 || write(fd, block, sizeof block) != sizeof block)
		die(path);
	unlink(path);
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, s) || pthread_create(&server, 0, echo, &s[1]))
		die("echo server");

	LOOP("call", 1000000, empty());
	LOOP("getppid", 100000, getppid());
	LOOP("clock_gettime", 100000, clock_gettime(CLOCK_MONOTONIC, &ts));
	LOOP("gettimeofday", 100000, gettimeofday(&tv, 0));
	LOOP("pipe-write-read", 20000, (write(p[1], &c, 1), read(p[0], &c, 1)));
	LOOP("pread-4k", 20000, pread(fd, block, sizeof block, 0));
	LOOP("sched_yield", 50000, sched_yield());
	LOOP("futex-wake", 100000, syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1));
	LOOP("unix-echo-rr", 5000, round_trip(s[0]));
	LOOP("fork-exit-wait", 200, fork_wait());

	close(s[0]);
	pthread_join(server, 0);
	return 0;
}
#endif
