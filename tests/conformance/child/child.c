/* Helper program for the process and exit tests: a normal static program,
 * started through posix_spawn (never fork) with its absolute path in the
 * environment variable T_CHILD.  It is not a test.  The guest suite
 * (tests/guest/app/procs.c) starts the same program as /child.
 *
 * child exit N          exit(N)
 * child return N        return N from main
 * child echo WORD...    print the words, space-separated, and a newline
 * child cat             copy stdin to stdout
 * child kill SIG        raise(SIG) (number) with its default action, then
 *                       exit 100 (when SIG does not kill, e.g. SIGCHLD)
 * child abort           abort()
 * child printf-exit S   printf S (no newline), exit(0)
 * child printf-return S printf S (no newline), return 0 from main
 * child printf-_exit S  printf S (no newline), _exit(0): S is lost
 * child atexit          register handlers printing 1, 2, 3; they run 3 2 1
 * child quick-exit      at_quick_exit prints q, atexit prints a; quick_exit(3)
 * child thread-exit N   exit(N) from a second thread while main waits
 * child getenv NAME     print the value; exit 1 when unset
 * child ppid            print getppid()
 * child isopen FD       exit 0 if FD is open, 1 if not
 * child sigmask SIG     exit 1 if SIG is blocked, 0 if not
 * child sigdisp SIG     print "ignored" or "default" (or "handled")
 * child stderr S        write S to stderr
 * child sleep-ms N      sleep N milliseconds, then exit 0
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void a1(void) { printf("1"); }
static void a2(void) { printf("2"); }
static void a3(void) { printf("3"); }
static void qa(void) { printf("q"); fflush(stdout); }
static void aa(void) { printf("a"); }

static void *exiter(void *p)
{
	exit(*(int *)p);
}

static int usage(void)
{
	fputs("child: unknown command (see child/child.c)\n", stderr);
	return 127;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";
	const char *arg = argc > 2 ? argv[2] : 0;
	int n = arg ? atoi(arg) : 0;

	if (!strcmp(cmd, "exit") && arg)
		exit(n);
	if (!strcmp(cmd, "return") && arg)
		return n;
	if (!strcmp(cmd, "echo")) {
		int i;
		for (i = 2; i < argc; i++)
			printf("%s%s", argv[i], i + 1 < argc ? " " : "");
		printf("\n");
		return 0;
	}
	if (!strcmp(cmd, "cat")) {
		char buf[4096];
		ssize_t r;
		while ((r = read(0, buf, sizeof buf)) > 0)
			if (write(1, buf, r) != r)
				return 1;
		return r < 0;
	}
	if (!strcmp(cmd, "kill") && arg) {
		signal(n, SIG_DFL);
		raise(n);
		return 100;
	}
	if (!strcmp(cmd, "abort"))
		abort();
	if (!strcmp(cmd, "printf-exit") && arg) {
		printf("%s", arg);
		exit(0);
	}
	if (!strcmp(cmd, "printf-return") && arg) {
		printf("%s", arg);
		return 0;
	}
	if (!strcmp(cmd, "printf-_exit") && arg) {
		printf("%s", arg);
		_exit(0);
	}
	if (!strcmp(cmd, "atexit")) {
		atexit(a1);
		atexit(a2);
		atexit(a3);
		return 0;
	}
	if (!strcmp(cmd, "quick-exit")) {
		atexit(aa);
		at_quick_exit(qa);
		quick_exit(3);
	}
	if (!strcmp(cmd, "thread-exit") && arg) {
		pthread_t t;
		if (pthread_create(&t, 0, exiter, &n))
			return 101;
		for (;;)
			pause();
	}
	if (!strcmp(cmd, "getenv") && arg) {
		const char *v = getenv(arg);
		if (!v)
			return 1;
		printf("%s\n", v);
		return 0;
	}
	if (!strcmp(cmd, "ppid")) {
		printf("%ld\n", (long)getppid());
		return 0;
	}
	if (!strcmp(cmd, "isopen") && arg)
		return fcntl(n, F_GETFD) == -1;
	if (!strcmp(cmd, "sigmask") && arg) {
		sigset_t s;
		sigprocmask(SIG_BLOCK, 0, &s);
		return sigismember(&s, n) == 1;
	}
	if (!strcmp(cmd, "sigdisp") && arg) {
		struct sigaction sa;
		if (sigaction(n, 0, &sa))
			return 1;
		printf("%s\n", sa.sa_handler == SIG_IGN ? "ignored" :
			sa.sa_handler == SIG_DFL ? "default" : "handled");
		return 0;
	}
	if (!strcmp(cmd, "stderr") && arg) {
		fputs(arg, stderr);
		return 0;
	}
	if (!strcmp(cmd, "sleep-ms") && arg) {
		struct timespec ts = { n / 1000, n % 1000 * 1000000L };
		while (nanosleep(&ts, &ts) && errno == EINTR);
		return 0;
	}
	return usage();
}
