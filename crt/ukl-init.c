/*
 * /init of every ukl-run boot: a normal (ring 3) static program.  It
 * mounts /proc, /dev, /tmp and /dev/shm, brings up lo (and eth0 at
 * 10.0.2.15/24, QEMU user networking, when the kernel command line has
 * ukl.net=10.0.2.15), adds the KEY=VALUE
 * lines of /env to the environment, then runs one command: the
 * NUL-separated argv in /ukl-args (by default /ukl, the app), in the
 * directory /cwd names (by default /).  The command's stdin, stdout and
 * stderr are the virtio-serial ports named ukl.stdin, ukl.stdout and
 * ukl.stderr when the VM has them (ukl-run), else the console (ukl-run's
 * test mode, or an image booted by a plain QEMU command line).  The 9p
 * exports that "ukl.share=TAG,PATH[,ro]" on the kernel command line name
 * are mounted at PATH first.  The command's end is reported on the
 * console as "ukl-exit: status N" or "ukl-exit: signal N", or as
 * "ukl-exit: error" after an "ukl-init: error: ..." line, before the VM
 * powers off.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dirent.h>
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
#define MAX_SHARES 16

static char *cmdline;			/* the kernel's, with a blank first */
static char *shares[MAX_SHARES];	/* mount points, for the unmount */
static int nshares;

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
	while (nshares > 0)
		umount(shares[--nshares]);
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

/* "/dev/vportNpM" of the virtio-serial port named name, in buf; 0 if the
 * VM has none */
static char *find_port(const char *name, char *buf, size_t size)
{
	DIR *d = opendir("/sys/class/virtio-ports");
	struct dirent *e;
	char path[300], *got = 0, *n;

	while (d && !got && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "/sys/class/virtio-ports/%s/name", e->d_name);
		n = read_file(path, 0);
		if (n && strcspn(n, "\n") == strlen(name) && !strncmp(n, name, strlen(name))) {
			snprintf(buf, size, "/dev/%s", e->d_name);
			got = buf;
		}
		free(n);
	}
	if (d)
		closedir(d);
	return got;
}

/* fd 0, 1, 2 on the ports ukl.stdin, ukl.stdout and ukl.stderr.  With
 * ukl.stdio=ports on the kernel command line (ukl-run) they must come: the
 * kernel adds and names them after a round trip to the host, so wait up
 * to 10 s; without it (an image under a plain QEMU) the console stays.
 * 0, or -1 after a message on the console. */
static int stdio_on_ports(void)
{
	static const char *name[3] = { "ukl.stdin", "ukl.stdout", "ukl.stderr" };
	int required = cmdline && strstr(cmdline, " ukl.stdio=ports");
	char dev[3][300];
	int fd[3], i, tries;

	for (i = 0; i < 3; i++)
		for (tries = 0; !find_port(name[i], dev[i], sizeof dev[i]); tries++) {
			if (!required)
				return 0;
			if (tries == 1000) {
				printf("ukl-init: error: no virtio-serial port %s after 10 s\n", name[i]);
				return -1;
			}
			usleep(10000);
		}
	for (i = 0; i < 3; i++)
		if ((fd[i] = open(dev[i], i ? O_WRONLY : O_RDONLY)) < 0) {
			printf("ukl-init: error: %s (%s): %s\n", dev[i], name[i], strerror(errno));
			return -1;
		}
	for (i = 0; i < 3; i++) {
		dup2(fd[i], i);
		close(fd[i]);
	}
	return 0;
}

/* Run the command of /ukl-args (default: /ukl) in a process group of its
 * own, in the working directory /cwd names (default /; made if need be),
 * its stdio on ukl-run's ports or the console, and report how it ended. */
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
			printf("ukl-init: error: working directory %s: %s\n", cwd, strerror(errno));
			_exit(127);
		}
		if (stdio_on_ports())
			_exit(127);
		execv(argv[0], argv);
		dprintf(2, "ukl-init: exec %s: %s\n", argv[0], strerror(errno));
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

/* The 9p exports named by "ukl.share=TAG,PATH[,ro]" words of the kernel
 * command line, mounted at PATH (made if need be); -1 after an error */
static int mount_shares(void)
{
	char *words = cmdline ? strdup(cmdline) : 0, *word, *tag, *path, *mode;
	unsigned long flags;

	for (word = strtok(words ? words : "", " \n"); word; word = strtok(0, " \n")) {
		if (strncmp(word, "ukl.share=", 10))
			continue;
		tag = word + 10;
		path = strchr(tag, ',');
		if (!path || path[1] != '/' || nshares == MAX_SHARES) {
			printf("ukl-init: error: %s: not ukl.share=TAG,/PATH[,ro]\n", word);
			return -1;
		}
		*path++ = 0;
		flags = 0;
		if ((mode = strchr(path, ','))) {
			*mode++ = 0;
			if (strcmp(mode, "ro")) {
				printf("ukl-init: error: share %s: mode '%s' is not ro\n", tag, mode);
				return -1;
			}
			flags = MS_RDONLY;
		}
		if (make_dirs(path) || mount(tag, path, "9p", flags,
					     "trans=virtio,version=9p2000.L,msize=262144,cache=mmap")) {
			printf("ukl-init: error: share %s at %s: %s\n", tag, path, strerror(errno));
			return -1;
		}
		shares[nshares++] = path;
	}
	return 0;
}

int main(void)
{
	mount("proc", "/proc", "proc", 0, 0);
	mkdir("/sys", 0755);
	mount("sysfs", "/sys", "sysfs", 0, 0);
	mount("devtmpfs", "/dev", "devtmpfs", 0, 0);
	mount("tmpfs", "/tmp", "tmpfs", 0, 0);
	mkdir("/dev/shm", 01777);		/* shm_open, sem_open */
	mount("tmpfs", "/dev/shm", "tmpfs", 0, 0);
	setvbuf(stdout, 0, _IOLBF, 0);
	net_up("lo", 0);
	cmdline = read_file("/proc/cmdline", 0);
	if (cmdline && (cmdline = realloc(cmdline, strlen(cmdline) + 2))) {
		memmove(cmdline + 1, cmdline, strlen(cmdline) + 1);
		cmdline[0] = ' ';
	}
	if (cmdline && strstr(cmdline, " ukl.net=10.0.2.15"))
		net_up("eth0", "10.0.2.15");	/* QEMU user networking */
	add_env();
	printf("ukl-init: start\n");
	if (mount_shares())
		printf("ukl-exit: error\n");
	else
		run_command();
	printf("ukl-init: done\n");
	fflush(stdout);
	power_off();
	return 0;
}
