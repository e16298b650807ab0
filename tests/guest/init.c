/*
 * /init of the test initramfs: a normal (ring 3) static program that starts
 * the UKL app and reports on the serial console, then powers the VM off.
 *
 *   /init run        start /ukl with the arguments in /ukl-args (NUL
 *                    separated), stream its output, print
 *                    "ukl-exit: status N" or "ukl-exit: signal N"
 *   /init test       run every test named in /tests, one start of /ukl
 *                    per test (argv[1] = name), one built-in check of a
 *                    normal process (names "normal-*") or one normal
 *                    program of the initramfs ("exec:/path"), each with a
 *                    timeout; print KTAP
 *
 * The mode is the first word of /mode.  With /net present, eth0 gets
 * 10.0.2.15/24 (QEMU user networking); lo is always up.  A test's output is prefixed "# "
 * so that it cannot forge a result line.
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
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/wait.h>

#define UKL "/ukl"
#define TEST_TIMEOUT 60	/* seconds per test; /timeout overrides */
#define MAX_TESTS 8192

static int test_timeout = TEST_TIMEOUT;

/* the whole file, NUL-terminated, in memory of its own; 0 if unreadable */
static char *read_file(const char *path, size_t *len)
{
	size_t got = 0, cap = 4096;
	char *buf = malloc(cap), *more;
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0 || !buf) {
		free(buf);
		if (fd >= 0)
			close(fd);
		return 0;
	}
	while ((n = read(fd, buf + got, cap - 1 - got)) > 0) {
		got += n;
		if (got == cap - 1) {
			if (!(more = realloc(buf, cap *= 2)))
				break;
			buf = more;
		}
	}
	close(fd);
	buf[got] = 0;
	if (len)
		*len = got;
	return buf;
}

/* like any init at shutdown: end every process left (a test's daemon
 * escapes its process group), then power off */
static void power_off(void)
{
	int i;

	kill(-1, SIGKILL);
	for (i = 0; i < 100 && waitpid(-1, 0, WNOHANG) >= 0; i++)
		usleep(20000);
	sync();
	reboot(RB_POWER_OFF);
	for (;;)
		pause();
}

/* Bring an interface up, with an IPv4 /24 address if ip is given. */
static void net_up(const char *ifname, const char *ip)
{
	struct ifreq ifr;
	struct sockaddr_in *sin = (struct sockaddr_in *)&ifr.ifr_addr;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&ifr, 0, sizeof ifr);
	strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
	if (ip) {
		sin->sin_family = AF_INET;
		inet_pton(AF_INET, ip, &sin->sin_addr);
		if (ioctl(fd, SIOCSIFADDR, &ifr))
			printf("ukl-init: %s: no address: %s\n", ifname, strerror(errno));
		inet_pton(AF_INET, "255.255.255.0", &sin->sin_addr);
		ioctl(fd, SIOCSIFNETMASK, &ifr);
	}
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0) {
		ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
		ioctl(fd, SIOCSIFFLAGS, &ifr);
	}
	close(fd);
}

/* Copy the child's output to the console, each line prefixed. */
static void relay(int fd, const char *prefix)
{
	char buf[4096];
	int at_start = 1;
	ssize_t n, i;

	while ((n = read(fd, buf, sizeof buf)) > 0)
		for (i = 0; i < n; i++) {
			if (at_start)
				fputs(prefix, stdout);
			putchar(buf[i]);
			at_start = buf[i] == '\n';
		}
	if (!at_start)
		putchar('\n');
	fflush(stdout);
}

/*
 * fork() with the child in a process group of its own and its stdout and
 * stderr on a pipe, whose read end the parent gets in *fd.
 */
static pid_t fork_piped(int *fd)
{
	int p[2];
	pid_t pid;

	if (pipe(p))
		return -1;
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		dup2(p[1], 1);
		dup2(p[1], 2);
		close(p[0]);
		close(p[1]);
		return 0;
	}
	close(p[1]);
	if (pid < 0)
		close(p[0]);
	*fd = p[0];
	return pid;
}

/*
 * Run argv[0] in its own process group, output to a pipe that is relayed
 * with prefix; kill the group after timeout seconds.  Returns the wait
 * status, or -1 on timeout.
 */
static int run_prog(char **argv, const char *prefix, int timeout)
{
	int fd, status;
	pid_t pid = fork_piped(&fd), watchdog;

	if (pid < 0)
		return -2;
	if (pid == 0) {
		execv(argv[0], argv);
		printf("exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	watchdog = fork();
	if (watchdog == 0) {
		sleep(timeout);
		kill(-pid, SIGKILL);
		_exit(0);
	}
	relay(fd, prefix);
	close(fd);
	waitpid(pid, &status, 0);
	kill(-pid, SIGKILL);
	/* ended here, not timeout seconds later against a reused group id */
	if (watchdog > 0)
		kill(watchdog, SIGKILL);
	while (waitpid(-1, 0, WNOHANG) > 0)
		;
	if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
		return -1;
	return status;
}

static int run_ukl(char **argv, const char *prefix, int timeout)
{
	argv[0] = UKL;
	return run_prog(argv, prefix, timeout);
}

static void mode_run(void)
{
	size_t len, i;
	char *args = read_file("/ukl-args", &len), *argv[256];
	int argc = 0, status;

	argv[argc++] = UKL;
	for (i = 0; args && i < len && argc < 255; i += strlen(args + i) + 1)
		argv[argc++] = args + i;
	argv[argc] = 0;
	status = run_ukl(argv, "", 24 * 3600);
	if (status >= 0 && WIFEXITED(status))
		printf("ukl-exit: status %d\n", WEXITSTATUS(status));
	else if (status >= 0 && WIFSIGNALED(status))
		printf("ukl-exit: signal %d\n", WTERMSIG(status));
	else
		printf("ukl-exit: error\n");
	fflush(stdout);
}

/* --- checks made by normal processes --- */

/* start /ukl with argv in a child; its pid */
static pid_t start_app(char **argv)
{
	pid_t pid = fork();

	if (pid == 0) {
		execv(UKL, argv);
		_exit(127);
	}
	return pid;
}

/* a normal process passing a kernel address to read still gets EFAULT */
static int normal_efault(void)
{
	int p[2];
	char *kernel = (char *)0xffffffff81000000UL;

	if (pipe(p) || write(p[1], "x", 1) != 1)
		return 1;
	errno = 0;
	if (read(p[0], kernel, 1) != -1 || errno != EFAULT) {
		printf("read into %p: errno %d, expected EFAULT\n", kernel, errno);
		return 1;
	}
	if (write(p[1], kernel, 1) != -1 || errno != EFAULT) {
		printf("write from %p: errno %d, expected EFAULT\n", kernel, errno);
		return 1;
	}
	return 0;
}

/* an unprivileged process may not start the app */
static int normal_unprivileged(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		char *argv[] = { UKL, "hello", 0 };

		if (setgid(1000) || setuid(1000))
			_exit(2);
		execv(UKL, argv);
		_exit(errno == EPERM ? 0 : 1);
	}
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("unprivileged exec of %s: status %#x, expected EPERM\n", UKL, status);
		return 1;
	}
	return 0;
}

/* while the app spins in ring 0, a normal process on the same CPUs runs */
static int normal_preempt(void)
{
	volatile unsigned long *count = mmap(0, 4096, PROT_READ | PROT_WRITE,
					     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	char *argv[] = { UKL, "spin", 0 };
	pid_t counter, app;
	int status;

	counter = fork();
	if (counter == 0)
		for (;;)
			(*count)++;
	app = start_app(argv);
	waitpid(app, &status, 0);
	kill(counter, SIGKILL);
	waitpid(counter, 0, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("spinning app: status %#x\n", status);
		return 1;
	}
	if (*count < 1000) {
		printf("normal process counted to %lu while the app spun\n", *count);
		return 1;
	}
	printf("normal process counted to %lu while the app spun\n", *count);
	return 0;
}

/* a second start while the first runs is refused with EBUSY */
static int normal_second_start(void)
{
	char *argv[] = { UKL, "sleep", 0 };
	pid_t first = start_app(argv), second;
	int status;

	usleep(300000);
	second = fork();
	if (second == 0) {
		char *hello[] = { UKL, "hello", 0 };

		execv(UKL, hello);
		_exit(errno == EBUSY ? 0 : 1);
	}
	waitpid(second, &status, 0);
	kill(first, SIGKILL);
	waitpid(first, 0, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("second start: status %#x, expected EBUSY\n", status);
		return 1;
	}
	return 0;
}

/* start /ukl TEST [ARG...], its output into out; the wait status */
static int start_capture_argv(char **argv, char *out, size_t cap)
{
	int fd, status;
	size_t got = 0;
	ssize_t n;
	pid_t pid = fork_piped(&fd);

	if (pid < 0)
		return -1;
	if (pid == 0) {
		execv(UKL, argv);
		_exit(127);
	}
	while (got < cap - 1 && (n = read(fd, out + got, cap - 1 - got)) > 0)
		got += n;
	out[got] = 0;
	close(fd);
	waitpid(pid, &status, 0);
	return status;
}

static int start_capture(char *test, char *out, size_t cap)
{
	char *argv[] = { UKL, test, 0 };

	return start_capture_argv(argv, out, cap);
}

/* arguments reach the app as given, the environment as init's */
static int normal_args(void)
{
	char *argv[] = { UKL, "args", "two words", "3", 0 }, out[1024];
	int status = start_capture_argv(argv, out, sizeof out);

	printf("%s", out);
	return !WIFEXITED(status) || WEXITSTATUS(status);
}

/* the app's output reaches its parent, and so does its exit status */
static int normal_hello(void)
{
	char out[64];
	int status = start_capture("hello", out, sizeof out);

	printf("output \"%s\", status %#x\n", out, status);
	return strcmp(out, "hello, world\n") || !WIFEXITED(status) ||
	       WEXITSTATUS(status) != 42;
}

/* a fault in the app kills it with the right signal; the kernel lives */
static int expect_signal(char *test, int sig)
{
	char out[256];
	int status = start_capture(test, out, sizeof out);

	printf("%s", out);
	if (!WIFSIGNALED(status) || WTERMSIG(status) != sig) {
		printf("/ukl %s: status %#x, expected signal %d\n", test, status, sig);
		return 1;
	}
	return 0;
}
static int normal_segv(void) { return expect_signal("segv", SIGSEGV); }
static int normal_abort(void) { return expect_signal("abort", SIGABRT); }
static int normal_ud2(void) { return expect_signal("ud2", SIGILL); }
static int normal_div0(void) { return expect_signal("div0", SIGFPE); }

/* exit paths: atexit handlers in reverse order, then destructors, then
 * the stdio flush, and main's return value as the status; _exit skips all
 * that */
static int normal_exit(void)
{
	char out[256];
	int status = start_capture("exit_return", out, sizeof out), bad = 0;

	if (!WIFEXITED(status) || WEXITSTATUS(status) != 3 ||
	    strcmp(out, "main\natexit 2\natexit 1\ndestructor\n")) {
		printf("exit_return: status %#x, output \"%s\"\n", status, out);
		bad = 1;
	}
	status = start_capture("exit_underscore", out, sizeof out);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 4 || *out) {
		printf("exit_underscore: status %#x, output \"%s\"\n", status, out);
		bad = 1;
	}
	return bad;
}

/* read the app's output until it printed "ready\n" */
static int wait_ready(int fd)
{
	char out[64];
	size_t got = 0;
	ssize_t n;

	while (got < sizeof out - 1 && (n = read(fd, out + got, sizeof out - 1 - got)) > 0) {
		got += n;
		out[got] = 0;
		if (strstr(out, "ready\n"))
			return 0;
	}
	printf("the app did not get ready: \"%.*s\"\n", (int)got, out);
	return 1;
}

/*
 * Signals from another process: SIGUSR1 to the app spinning in ring 0 (an
 * interrupt context), then to the app blocked in read with an SA_RESTART
 * handler, then SIGSTOP and SIGCONT, with no handler, which the kernel
 * restarts by itself; the read returns the data written after all that.
 * Then SIGSTOP and SIGCONT in a nanosleep, resumed by restart_syscall.
 */
static int normal_signals(void)
{
	char *argv[] = { UKL, "sig_from_parent", 0 };
	int in[2], fd, status, bad = 0;
	pid_t pid;

	if (pipe(in))
		return 1;
	pid = fork_piped(&fd);
	if (pid < 0)
		return 1;
	if (pid == 0) {
		dup2(in[0], 0);
		close(in[0]);
		close(in[1]);
		execv(UKL, argv);
		_exit(127);
	}
	close(in[0]);
	bad |= wait_ready(fd);
	usleep(100000);
	kill(pid, SIGUSR1);
	bad |= wait_ready(fd);
	usleep(200000);
	kill(pid, SIGUSR1);
	usleep(200000);
	kill(pid, SIGSTOP);
	if (waitpid(pid, &status, WUNTRACED) != pid || !WIFSTOPPED(status)) {
		printf("SIGSTOP: status %#x, expected stopped\n", status);
		bad = 1;
	}
	kill(pid, SIGCONT);
	usleep(200000);
	if (write(in[1], "data\n", 5) != 5)
		bad = 1;
	close(in[1]);
	/* stop and continue it in nanosleep: restart_syscall resumes it */
	bad |= wait_ready(fd);
	usleep(100000);
	kill(pid, SIGSTOP);
	waitpid(pid, &status, WUNTRACED);
	kill(pid, SIGCONT);
	relay(fd, "");
	close(fd);
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("/ukl sig_from_parent: status %#x\n", status);
		bad = 1;
	}
	return bad;
}

/* a kernel without UNIKERNEL_LINUX knows no UKL files */
static int normal_no_ukl(void)
{
	char *argv[] = { UKL, "hello", 0 };

	execv(UKL, argv);
	if (errno != ENOEXEC) {
		printf("exec %s: errno %d, expected ENOEXEC\n", UKL, errno);
		return 1;
	}
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(void);
} normal_checks[] = {
	{ "normal-no-ukl", normal_no_ukl },
	{ "normal-hello", normal_hello },
	{ "normal-args", normal_args },
	{ "normal-segv", normal_segv },
	{ "normal-abort", normal_abort },
	{ "normal-exit", normal_exit },
	{ "normal-signals", normal_signals },
	{ "normal-ud2", normal_ud2 },
	{ "normal-div0", normal_div0 },
	{ "normal-efault", normal_efault },
	{ "normal-unprivileged", normal_unprivileged },
	{ "normal-preempt", normal_preempt },
	{ "normal-second-start", normal_second_start },
};

static int run_normal(const char *name)
{
	size_t i;
	int fd, status;
	pid_t pid;

	for (i = 0; i < sizeof normal_checks / sizeof *normal_checks; i++)
		if (!strcmp(name, normal_checks[i].name))
			break;
	if (i == sizeof normal_checks / sizeof *normal_checks) {
		printf("# no such check: %s\n", name);
		return 1;
	}
	pid = fork_piped(&fd);
	if (pid < 0)
		return 1;
	if (pid == 0) {
		setvbuf(stdout, 0, _IONBF, 0);
		alarm(test_timeout);
		_exit(normal_checks[i].fn());
	}
	relay(fd, "# ");
	close(fd);
	waitpid(pid, &status, 0);
	return !WIFEXITED(status) || WEXITSTATUS(status);
}

/* why a test failed, from its wait status (-1: timeout) */
static void explain(int status)
{
	if (status == -1)
		printf("# TIMEOUT %d seconds\n", test_timeout);
	else if (status < -1)
		printf("# could not start\n");
	else if (WIFSIGNALED(status))
		printf("# killed by signal %d\n", WTERMSIG(status));
	else if (WEXITSTATUS(status))
		printf("# exit status %d\n", WEXITSTATUS(status));
}

static void mode_test(void)
{
	char *list = read_file("/tests", 0), **names, *s;
	int n = 0, i, status, failed;
	char *argv[3] = { UKL, 0, 0 };

	names = malloc(MAX_TESTS * sizeof *names);
	for (s = strtok(list ? list : "", " \n"); s && n < MAX_TESTS; s = strtok(0, " \n"))
		names[n++] = s;
	printf("KTAP version 1\n1..%d\n", n);
	fflush(stdout);
	for (i = 0; i < n; i++) {
		if (!strncmp(names[i], "exec:", 5)) {
			/* a normal program of the initramfs */
			char *prog[] = { names[i] + 5, 0 };

			status = run_prog(prog, "# ", test_timeout);
			explain(status);
			failed = status != 0;
		} else if (!strncmp(names[i], "normal-", 7)) {
			failed = run_normal(names[i]);
		} else {
			argv[1] = names[i];
			status = run_ukl(argv, "# ", test_timeout);
			explain(status);
			failed = status != 0;
		}
		printf("%sok %d %s\n", failed ? "not " : "", i + 1, names[i]);
		fflush(stdout);
	}
}

/* /env: KEY=VALUE lines added to the environment of everything started */
static void add_env(void)
{
	char *env = read_file("/env", 0), *line;

	for (line = strtok(env ? env : "", "\n"); line; line = strtok(0, "\n"))
		if (strchr(line, '='))
			putenv(line);
}

int main(void)
{
	char *mode;

	mount("proc", "/proc", "proc", 0, 0);
	mount("devtmpfs", "/dev", "devtmpfs", 0, 0);
	mount("tmpfs", "/tmp", "tmpfs", 0, 0);
	mkdir("/dev/shm", 01777);		/* shm_open, sem_open */
	mount("tmpfs", "/dev/shm", "tmpfs", 0, 0);
	setvbuf(stdout, 0, _IOLBF, 0);
	net_up("lo", 0);
	if (access("/net", F_OK) == 0)
		net_up("eth0", "10.0.2.15");	/* QEMU user networking */
	add_env();
	if ((mode = read_file("/timeout", 0)) && atoi(mode) > 0)
		test_timeout = atoi(mode);
	printf("ukl-init: start\n");
	mode = read_file("/mode", 0);
	if (mode && !strncmp(mode, "test", 4))
		mode_test();
	else
		mode_run();
	printf("ukl-init: done\n");
	fflush(stdout);
	power_off();
	return 0;
}
