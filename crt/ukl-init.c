/*
 * /init of every ukl-run boot: a normal (ring 3) static program.  It
 * mounts /proc, /dev, /tmp and /dev/shm, brings up lo (and eth0 at
 * 10.0.2.15/24, QEMU user networking, when /net exists), adds the KEY=VALUE
 * lines of /env to the environment, then runs one command: the
 * NUL-separated argv in /ukl-args (by default /ukl, the app), in the
 * directory /cwd names (by default /).  The
 * command's output goes to the console; its end is reported as
 * "ukl-exit: status N" or "ukl-exit: signal N" before the VM powers off.
 * ukl-run's test mode runs the KTAP runner (tests/guest/runner.c) this way.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/wait.h>

#define UKL "/ukl"
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

/* mkdir -p of an absolute path; 0, or -1 with errno */
static int make_dirs(const char *path)
{
	char dir[4096];
	size_t i, n = strlen(path);

	if (n >= sizeof dir)
		return errno = ENAMETOOLONG, -1;
	for (i = 1; i <= n; i++)
		if (path[i] == '/' || path[i] == 0) {
			memcpy(dir, path, i);
			dir[i] = 0;
			if (mkdir(dir, 0755) && errno != EEXIST)
				return -1;
		}
	return 0;
}

/* Run the command of /ukl-args (default: /ukl) in a process group of its
 * own, in the working directory /cwd names (default /; made if need be),
 * its output on the console, and report how it ended. */
static void run_command(void)
{
	size_t len, i;
	char *args = read_file("/ukl-args", &len), *argv[256] = { UKL };
	char *cwd = read_file("/cwd", 0);
	int argc = 0, status;
	pid_t pid, w = -1;

	for (i = 0; args && i < len && argc < 255; i += strlen(args + i) + 1)
		argv[argc++] = args + i;
	if (!argc)
		argc = 1;
	argv[argc] = 0;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		if (cwd && (make_dirs(cwd) || chdir(cwd))) {
			printf("ukl-init: working directory %s: %s\n", cwd, strerror(errno));
			_exit(127);
		}
		execv(argv[0], argv);
		printf("ukl-init: exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	/* as pid 1, reap the orphans too until the command ends */
	while (pid > 0 && (w = waitpid(-1, &status, 0)) != pid)
		if (w < 0 && errno != EINTR)
			break;
	if (pid < 0 || w != pid)
		printf("ukl-exit: error\n");
	else if (WIFEXITED(status))
		printf("ukl-exit: status %d\n", WEXITSTATUS(status));
	else
		printf("ukl-exit: signal %d\n", WTERMSIG(status));
	fflush(stdout);
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
	printf("ukl-init: start\n");
	run_command();
	printf("ukl-init: done\n");
	fflush(stdout);
	power_off();
	return 0;
}
