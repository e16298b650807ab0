/*
 * Checks made by normal (ring 3) processes around the UKL app, one
 * multi-call program (tests/lib/multicall.c): "/normal NAME" runs the
 * check NAME.  Each starts /ukl (the app) and looks at it from outside:
 * its output and exit status, faults killing it with the right signal,
 * permissions, preemption, signals sent to it.  Exit status 0 passes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/capability.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>

#include "mce.h"

#define UKL "/ukl"

/* a check, int NAME(void); the dispatcher calls main_NAME, and tests.def
 * lists it as "NAME" with '-' for '_' */
#define CHECK(name) static int name(void); \
	int main_##name(int argc, char **argv, char **envp) \
	{ (void)argc; (void)argv; (void)envp; setvbuf(stdout, 0, _IONBF, 0); return name(); } \
	static int name(void)

/* fork() with the child's stdout and stderr on a pipe, whose read end the
 * parent gets in *fd */
static pid_t fork_piped(int *fd)
{
	int p[2];
	pid_t pid;

	if (pipe(p))
		return -1;
	pid = fork();
	if (pid == 0) {
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

/* copy what fd gives to stdout until its end */
static void relay(int fd)
{
	char buf[4096];
	ssize_t n;

	while ((n = read(fd, buf, sizeof buf)) > 0)
		fwrite(buf, 1, n, stdout);
	fflush(stdout);
}

/* reap pid: 0 if it exited with status 0, else 1 after saying so */
static int exited_zero(pid_t pid, const char *what)
{
	int status;

	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("%s: status %#x, expected exit 0\n", what, status);
		return 1;
	}
	return 0;
}

/* relay the rest of pid's output from fd, then reap it as exited_zero() */
static int finish(pid_t pid, int fd, const char *what)
{
	relay(fd);
	close(fd);
	return exited_zero(pid, what);
}

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
CHECK(normal_efault)
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
CHECK(normal_unprivileged)
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
CHECK(normal_preempt)
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

/* a second start while the first runs gets data of its own: it sees the
 * image's initial values, and the first goes on with its own */
CHECK(normal_second_start)
{
	char *counting[] = { UKL, "count_alone", "3000000", 0 };
	char *fresh[] = { UKL, "fresh", 0 };
	pid_t first = start_app(counting), second;

	usleep(100000);
	second = start_app(fresh);
	return exited_zero(second, "second start") | exited_zero(first, "first start");
}

/*
 * n instances of the app started at once by a shell, each counting in its
 * own data, bss and TLS to its own correct result; with a victim, one
 * more that is killed meanwhile (status 137) while the others go on
 */
static int concurrent(int n, int victim)
{
	char script[600];
	int status;
	pid_t sh;

	snprintf(script, sizeof script,
		 "pids=; i=0; while [ $i -lt %d ]; do\n"
		 "  " UKL " count_alone 2000000 & pids=\"$pids $!\"; i=$((i + 1))\n"
		 "done\n"
		 "fail=0\n"
		 "if [ %d = 1 ]; then\n"
		 "  " UKL " count_alone 1000000000 & victim=$!\n"
		 "  sleep 0.3; kill -9 $victim; wait $victim; s=$?\n"
		 "  [ $s = 137 ] || { echo \"killed instance: status $s\"; fail=1; }\n"
		 "fi\n"
		 "for p in $pids; do\n"
		 "  wait $p; s=$?\n"
		 "  [ $s = 0 ] || { echo \"instance $p: status $s\"; fail=1; }\n"
		 "done\n"
		 "exit $fail\n", n, victim);
	sh = fork();
	if (sh == 0) {
		execl("/bin/sh", "sh", "-c", script, (char *)0);
		_exit(127);
	}
	if (waitpid(sh, &status, 0) != sh || !WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("%d instances%s: shell status %#x\n", n,
		       victim ? " and a victim" : "", status);
		return 1;
	}
	return 0;
}

CHECK(normal_concurrent_two) { return concurrent(2, 0); }
CHECK(normal_concurrent_eight) { return concurrent(8, 1); }

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
CHECK(normal_args)
{
	char *argv[] = { UKL, "args", "two words", "3", 0 }, out[1024];
	int status = start_capture_argv(argv, out, sizeof out);

	printf("%s", out);
	return !WIFEXITED(status) || WEXITSTATUS(status);
}

/* the app's output reaches its parent, and so does its exit status */
CHECK(normal_hello)
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
CHECK(normal_segv) { return expect_signal("segv", SIGSEGV); }
CHECK(normal_abort) { return expect_signal("abort", SIGABRT); }
CHECK(normal_ud2) { return expect_signal("ud2", SIGILL); }
CHECK(normal_div0) { return expect_signal("div0", SIGFPE); }

/* exit paths: atexit handlers in reverse order, then destructors, then
 * the stdio flush, and main's return value as the status; _exit skips all
 * that */
CHECK(normal_exit)
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
CHECK(normal_signals)
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
	return finish(pid, fd, "/ukl sig_from_parent") | bad;
}

/* a kernel without UNIKERNEL_LINUX knows no UKL files */
CHECK(normal_no_ukl)
{
	char *argv[] = { UKL, "hello", 0 };

	execv(UKL, argv);
	if (errno != ENOEXEC) {
		printf("exec %s: errno %d, expected ENOEXEC\n", UKL, errno);
		return 1;
	}
	return 0;
}



/* start /ukl ptrace_target [drop] and wait until it is ready; its pid */
static pid_t start_target(char *drop, int *fd)
{
	char *argv[] = { UKL, "ptrace_target", drop, 0 };
	pid_t pid = fork_piped(fd);

	if (pid == 0) {
		execv(UKL, argv);
		_exit(127);
	}
	if (pid > 0 && wait_ready(*fd)) {
		kill(pid, SIGKILL);
		waitpid(pid, 0, 0);
		return -1;
	}
	return pid;
}

/* start the target and attach to it as root: its pid, stopped, or -1 */
static pid_t attach_target(int *fd)
{
	int status;
	pid_t app = start_target(0, fd);

	if (app < 0)
		return -1;
	if (ptrace(PTRACE_ATTACH, app, 0, 0) || waitpid(app, &status, 0) != app || !WIFSTOPPED(status)) {
		printf("PTRACE_ATTACH by root: %s, status %#x\n", strerror(errno), status);
		kill(app, SIGKILL);
		waitpid(app, 0, 0);
		close(*fd);
		return -1;
	}
	return app;
}

/* detach from the stopped target, which must then exit normally; 0 if so */
static int detach_target(pid_t app, int fd)
{
	int bad = 0;

	if (ptrace(PTRACE_DETACH, app, 0, 0)) {
		printf("PTRACE_DETACH: %s\n", strerror(errno));
		bad = 1;
	}
	return finish(app, fd, "the traced app") | bad;
}

/*
 * The app dropped to uid 1000 and stays dumpable: a process of that uid
 * still may not attach to it, open its memory or write it (its user-half
 * memory is ring-0 control data), as an unprivileged one may not start it.
 */
CHECK(normal_ptrace_unprivileged)
{
	int fd, status, bad = 0;
	pid_t app = start_target("drop", &fd), child;

	if (app < 0)
		return 1;
	child = fork();
	if (child == 0) {
		long word = 0;
		struct iovec local = { &word, sizeof word }, remote = { &word, sizeof word };
		char path[64];

		if (setgid(1000) || setuid(1000))
			_exit(2);
		errno = 0;
		if (ptrace(PTRACE_ATTACH, app, 0, 0) != -1 || errno != EPERM) {
			printf("PTRACE_ATTACH by uid 1000: errno %d, expected EPERM\n", errno);
			_exit(1);
		}
		snprintf(path, sizeof path, "/proc/%d/mem", (int)app);
		errno = 0;
		if (open(path, O_RDWR) != -1 || errno != EACCES) {
			printf("open %s by uid 1000: errno %d, expected EACCES\n", path, errno);
			_exit(1);
		}
		errno = 0;
		if (process_vm_writev(app, &local, 1, &remote, 1, 0) != -1 || errno != EPERM) {
			printf("process_vm_writev by uid 1000: errno %d, expected EPERM\n", errno);
			_exit(1);
		}
		_exit(0);
	}
	waitpid(child, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("the uid 1000 process: status %#x\n", status);
		bad = 1;
	}
	kill(app, SIGKILL);
	waitpid(app, 0, 0);
	close(fd);
	return bad;
}

/*
 * Root (CAP_SYS_MODULE) still traces the app as strace would: attach,
 * PTRACE_SYSCALL stops at entry and exit of its calls with their numbers
 * in orig_rax, detach, and the app goes on to exit normally.
 */
CHECK(normal_ptrace_root)
{
	struct user_regs_struct regs;
	int fd, status = 0, i, getppids = 0, bad = 0;
	pid_t app = attach_target(&fd);

	if (app < 0)
		return 1;
	ptrace(PTRACE_SETOPTIONS, app, 0, PTRACE_O_TRACESYSGOOD);
	for (i = 0; i < 40; i++) {
		if (ptrace(PTRACE_SYSCALL, app, 0, 0) || waitpid(app, &status, 0) != app || !WIFSTOPPED(status))
			break;
		if (WSTOPSIG(status) != (SIGTRAP | 0x80))
			continue;	/* the attach's SIGSTOP, or another signal */
		if (ptrace(PTRACE_GETREGS, app, 0, &regs)) {
			printf("PTRACE_GETREGS: %s\n", strerror(errno));
			bad = 1;
			break;
		}
		getppids += regs.orig_rax == SYS_getppid;
	}
	if (getppids < 4) {
		printf("%d getppid stops in %d stops, status %#x\n", getppids, i, status);
		bad = 1;
	}
	if (!WIFSTOPPED(status)) {
		printf("the app left the tracer's stops: status %#x\n", status);
		return 1;
	}
	return detach_target(app, fd) | bad;
}

/*
 * A tracer can neither single-step a UKL task nor enable a hardware
 * breakpoint or watchpoint in DR7 (EOPNOTSUPP: its #DB would never reach
 * the tracer); addresses, DR7's other bits and clearing are allowed.  The
 * app goes on.
 */
CHECK(normal_ptrace_step)
{
	static const struct { int reg; unsigned long val, want; } dr[] = {
		{ 0, 0x1000, 0 }, { 7, 1, EOPNOTSUPP }, { 7, 0x80, EOPNOTSUPP },
		{ 7, 0x10000, 0 }, { 7, 0, 0 }, { 0, 0, 0 },
	};
	int fd, bad = 0;
	unsigned i;
	pid_t app = attach_target(&fd);

	if (app < 0)
		return 1;
	errno = 0;
	if (ptrace(PTRACE_SINGLESTEP, app, 0, 0) != -1 || errno != EOPNOTSUPP) {
		printf("PTRACE_SINGLESTEP: errno %d, expected EOPNOTSUPP\n", errno);
		bad = 1;
	}
	for (i = 0; i < sizeof dr / sizeof dr[0]; i++) {
		long off = offsetof(struct user, u_debugreg) + dr[i].reg * sizeof(long);
		long r;

		errno = 0;
		r = ptrace(PTRACE_POKEUSER, app, (void *)off, (void *)dr[i].val);
		if (dr[i].want ? r != -1 || errno != (int)dr[i].want : r != 0) {
			printf("POKEUSER DR%d = %#lx: %ld, errno %d, expected errno %lu\n",
			       dr[i].reg, dr[i].val, r, errno, dr[i].want);
			bad = 1;
		}
	}
	return detach_target(app, fd) | bad;
}

/*
 * A root tracer's PTRACE_SETREGS with what an IRET back to the app would
 * fault on: a user SS (taken, and the app's forced on return), a
 * non-canonical ip or sp (refused with EIO); the registers as read are
 * taken back unchanged.  The app goes on and exits normally.
 */
CHECK(normal_ptrace_setregs)
{
	struct user_regs_struct regs, bad;
	int fd, i, r, bad_result = 0;
	pid_t app = attach_target(&fd);

	if (app < 0)
		return 1;
	if (ptrace(PTRACE_GETREGS, app, 0, &regs)) {
		printf("PTRACE_GETREGS: %s\n", strerror(errno));
		bad_result = 1;
	}
	for (i = 0; i < 4 && !bad_result; i++) {
		bad = regs;
		if (i == 1)
			bad.ss = 0x2b;	/* __USER_DS */
		else if (i == 2)
			bad.rip = 0x8000000000000000UL;
		else if (i == 3)
			bad.rsp = 0x8000000000000000UL;
		errno = 0;
		r = ptrace(PTRACE_SETREGS, app, 0, &bad);
		if (i < 2 ? r != 0 : r != -1 || errno != EIO) {
			printf("PTRACE_SETREGS %s: %d, errno %d\n",
			       (const char *[]){ "as read", "ss 0x2b", "rip", "rsp" }[i], r, errno);
			bad_result = 1;
		}
	}
	/* the user SS stays in pt_regs; the return to the app ignores it */
	return detach_target(app, fd) | bad_result;
}

/*
 * A root tracer sends the app back onto the jump of the call it stopped
 * at, with a non-canonical return address in r11, and discards the
 * SIGSEGV that follows: the app's context must still be one IRET can
 * return to (the entry, and the same SIGSEGV again), never the bad
 * address (an IRET fault with the kernel's GS live).
 */
CHECK(normal_ptrace_discard_segv)
{
	struct user_regs_struct regs;
	int fd, status, i, segvs = 0;
	pid_t app = attach_target(&fd);

	if (app < 0)
		return 1;
	/* a system call's entry stop: rip is its return address, after the jump */
	if (ptrace(PTRACE_SYSCALL, app, 0, 0) || waitpid(app, &status, 0) != app ||
	    !WIFSTOPPED(status) || ptrace(PTRACE_GETREGS, app, 0, &regs)) {
		printf("no system call stop: status %#x, %s\n", status, strerror(errno));
		kill(app, SIGKILL);
		waitpid(app, 0, 0);
		return 1;
	}
	regs.rip -= 2;
	regs.r11 = 0x8000000000000000UL;
	regs.orig_rax = -1;	/* the stopped call is skipped */
	regs.rax = SYS_getpid;
	if (ptrace(PTRACE_SETREGS, app, 0, &regs)) {
		printf("PTRACE_SETREGS: %s\n", strerror(errno));
		kill(app, SIGKILL);
		waitpid(app, 0, 0);
		return 1;
	}
	for (i = 0; i < 3; i++) {
		if (ptrace(PTRACE_CONT, app, 0, 0) || waitpid(app, &status, 0) != app || !WIFSTOPPED(status))
			break;
		segvs += WSTOPSIG(status) == SIGSEGV;
		/* QEMU's IRET does not fault on a bad rip: look at pt_regs */
		if (ptrace(PTRACE_GETREGS, app, 0, &regs) ||
		    ((long)regs.rip >> 47 != 0 && (long)regs.rip >> 47 != -1)) {
			printf("stop %d: the app's ip is %#llx\n", i, (unsigned long long)regs.rip);
			segvs = -9;
			break;
		}
	}
	kill(app, SIGKILL);
	waitpid(app, 0, 0);
	close(fd);
	if (segvs != 3) {
		printf("%d SIGSEGV stops of 3, last status %#x\n", segvs < 0 ? 0 : segvs, status);
		return 1;
	}
	return 0;
}

/*
 * A tracer without CAP_SYS_MODULE (root that dropped it, keeping
 * CAP_SYS_PTRACE) attached to a launcher before it execs the UKL file:
 * the exec fails with EPERM, as attaching to the app would.
 */
CHECK(normal_ptrace_traced_start)
{
	struct __user_cap_header_struct head = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct caps[2];
	int go[2], status, i;
	pid_t launcher;
	char c;

	if (pipe(go))
		return 1;
	launcher = fork();
	if (launcher == 0) {
		char *argv[] = { UKL, "hello", 0 };

		close(go[1]);
		if (read(go[0], &c, 1) != 1)
			_exit(3);
		execv(UKL, argv);
		_exit(errno == EPERM ? 0 : 2);
	}
	close(go[0]);
	if (syscall(SYS_capget, &head, caps))
		return 1;
	caps[0].effective &= ~(1U << CAP_SYS_MODULE);
	caps[0].permitted &= ~(1U << CAP_SYS_MODULE);
	if (syscall(SYS_capset, &head, caps) || ptrace(PTRACE_ATTACH, launcher, 0, 0)) {
		printf("capset/PTRACE_ATTACH: %s\n", strerror(errno));
		kill(launcher, SIGKILL);
		waitpid(launcher, 0, 0);
		return 1;
	}
	if (write(go[1], "x", 1) != 1)
		return 1;
	for (i = 0; i < 20 && waitpid(launcher, &status, 0) == launcher && WIFSTOPPED(status); i++) {
		int sig = WSTOPSIG(status);

		ptrace(PTRACE_CONT, launcher, 0, sig == SIGSTOP || sig == SIGTRAP ? 0 : sig);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("the traced launcher: status %#x, expected exit 0 (exec refused with EPERM)\n", status);
		return 1;
	}
	return 0;
}

/* the control for the UKL app's mce_data_load: a normal process's machine
 * check in a data load (mce.h), run in the same boot by the same injector */
CHECK(normal_mce) { return mce_data_load_sigbus(); }
