/*
 * The in-guest KTAP runner: a normal static program that /init runs in
 * ukl-run's test mode as "runner LIST TIMEOUT".  Each line of LIST is one
 * test, "NAME" (runs /ukl NAME: one start of the multi-call UKL app) or
 * "NAME PROGRAM [ARGS...]" (runs that program).  Each test runs in a
 * process group of its own, its output into a fresh file (in $TMPDIR, else
 * /tmp) that is printed prefixed "# " (so that it cannot forge a result
 * line) when it ends; the group is killed after TIMEOUT seconds
 * (sigtimedwait on SIGCHLD).  A line "runner: start NAME" before each test
 * (not KTAP; parsers skip it) names the test a crash interrupted.  Exit
 * status as in kselftest: 0 passes, 4 skips, anything else fails.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

#define MAX_TESTS 8192
#define MAX_ARGS 64
static char out[4096];

/* the whole file, NUL-terminated; 0 if unreadable */
static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = 0;
	size_t cap = 0, got = 0, n;

	if (!f)
		return 0;
	do {
		char *more = realloc(buf, cap += 65536);

		if (!more)
			break;
		buf = more;
		got += n = fread(buf + got, 1, cap - got - 1, f);
	} while (n);
	fclose(f);
	if (buf)
		buf[got] = 0;
	return buf;
}

static void print_output(void)
{
	FILE *f = fopen(out, "r");
	int c, at_start = 1;

	if (!f)
		return;
	while ((c = getc(f)) != EOF) {
		if (at_start)
			fputs("# ", stdout);
		putchar(c);
		at_start = c == '\n';
	}
	if (!at_start)
		putchar('\n');
	fclose(f);
}

/* run argv with a timeout; the wait status, or -1 after a timeout */
static int run(char **argv, int timeout)
{
	struct timespec end, now, left;
	sigset_t chld;
	int status, fd;
	pid_t pid;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	/* a new file: not the last test's, nor one a leftover still writes */
	unlink(out);
	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return -2;
	if (pid == 0) {
		setpgid(0, 0);
		sigprocmask(SIG_UNBLOCK, &chld, 0);
		fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
		if (fd < 0)
			_exit(126);	/* never on the console: it could forge results */
		dup2(fd, 1);
		dup2(fd, 2);
		close(fd);
		execv(argv[0], argv);
		printf("exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	setpgid(pid, pid);
	clock_gettime(CLOCK_MONOTONIC, &end);
	end.tv_sec += timeout;
	for (;;) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			break;
		clock_gettime(CLOCK_MONOTONIC, &now);
		left.tv_sec = end.tv_sec - now.tv_sec;
		left.tv_nsec = end.tv_nsec - now.tv_nsec;
		if (left.tv_nsec < 0) {
			left.tv_sec--;
			left.tv_nsec += 1000000000;
		}
		if (left.tv_sec < 0 || (sigtimedwait(&chld, 0, &left) < 0 && errno == EAGAIN)) {
			kill(-pid, SIGKILL);
			waitpid(pid, &status, 0);
			status = -1;
			break;
		}
	}
	/* what the test left behind in its group */
	kill(-pid, SIGKILL);
	return status;
}

int main(int argc, char **argv)
{
	char *list, *line, *save, **tests, *args[MAX_ARGS + 1];
	const char *tmp = getenv("TMPDIR");
	int n = 0, i, j, status, timeout;
	sigset_t chld;

	if (argc != 3 || (timeout = atoi(argv[2])) <= 0) {
		fprintf(stderr, "usage: runner LIST TIMEOUT-SECONDS\n");
		return 2;
	}
	if (!(list = slurp(argv[1]))) {
		printf("runner: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	snprintf(out, sizeof out, "%s/runner-%d.out", tmp && *tmp ? tmp : "/tmp", (int)getpid());
	tests = malloc(MAX_TESTS * sizeof *tests);
	for (line = strtok_r(list, "\n", &save); line && n < MAX_TESTS; line = strtok_r(0, "\n", &save))
		if (*line)
			tests[n++] = line;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, 0);
	setvbuf(stdout, 0, _IOLBF, 0);
	printf("KTAP version 1\n1..%d\n", n);
	for (i = 0; i < n; i++) {
		char *name = strtok_r(tests[i], " ", &save);

		for (j = 0; j < MAX_ARGS && (args[j] = strtok_r(0, " ", &save)); j++)
			;
		if (!j) {
			args[j++] = "/ukl";
			args[j++] = name;
		}
		args[j] = 0;
		printf("runner: start %s\n", name);
		status = run(args, timeout);
		print_output();
		if (status == -1)
			printf("not ok %d %s # TIMEOUT %d seconds\n", i + 1, name, timeout);
		else if (status < -1)
			printf("not ok %d %s # could not start\n", i + 1, name);
		else if (WIFSIGNALED(status))
			printf("not ok %d %s # killed by signal %d\n", i + 1, name, WTERMSIG(status));
		else if (WEXITSTATUS(status) == 4)
			printf("ok %d %s # SKIP\n", i + 1, name);
		else if (WEXITSTATUS(status))
			printf("not ok %d %s # exit status %d\n", i + 1, name, WEXITSTATUS(status));
		else
			printf("ok %d %s\n", i + 1, name);
	}
	unlink(out);
	return 0;
}
