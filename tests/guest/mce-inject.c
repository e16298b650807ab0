/*
 * mce-inject CONSOLE QMP_SOCKET: the host's half of tests/guest/mce.h.
 * Follows the guest's console (the file ukl-run --log writes) and, for
 * each line "ukl-mce: phys=P from=A to=B" on it, injects one machine
 * check through QEMU's QMP socket (ukl-run --qmp): it stops the VM, reads
 * the vCPU's RIP, and if it is in [A, B), the guest's load loop, injects
 * an uncorrected data-load error (SRAR, MCACOD 0x134) for physical
 * address P in bank 1 of CPU 0, then lets the VM go on; otherwise it lets
 * it run a little and looks again.  Stopping first makes the error arrive
 * in the loop and nowhere else, so the result does not depend on timing.
 * One vCPU (ukl-run --smp 1): Linux then waits for no other CPU.  Ends
 * when QEMU closes the socket; exit status 1 if an injection failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/un.h>

/* MCi_STATUS: VAL UC EN MISCV ADDRV S AR, MCACOD data load; MCG_STATUS:
 * RIPV EIPV MCIP; MCi_MISC: a physical address, valid from bit 12 */
#define MCE_STATUS 0xbd80000000000134ULL
#define MCG_STATUS 0x7
#define MCE_MISC ((2 << 6) | 12)
#define ATTEMPTS 2000

static FILE *qmp_in, *qmp_out;
static const char *me = "mce-inject";

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, ms % 1000 * 1000000 };

	nanosleep(&ts, 0);
}

/* send one command; the reply line (events skipped) into buf; 0 on EOF */
static int qmp(const char *cmd, char *buf, size_t size)
{
	fprintf(qmp_out, "%s\n", cmd);
	fflush(qmp_out);
	while (fgets(buf, size, qmp_in))
		if (!strstr(buf, "\"event\""))
			return 1;
	return 0;
}

/* an HMP command through QMP; its output, as a JSON string, into buf */
static int hmp(const char *line, char *buf, size_t size)
{
	char cmd[256];

	snprintf(cmd, sizeof cmd,
		 "{\"execute\": \"human-monitor-command\", \"arguments\": {\"command-line\": \"%s\"}}", line);
	return qmp(cmd, buf, size);
}

static int qmp_connect(const char *path)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char buf[4096];
	int fd = -1, i;

	if (strlen(path) >= sizeof sa.sun_path) {
		fprintf(stderr, "%s: socket path too long: %s\n", me, path);
		return 0;
	}
	strcpy(sa.sun_path, path);
	for (i = 0; i < 3000; i++) {	/* QEMU creates it once the relink is done */
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if (fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0)
			break;
		if (fd >= 0)
			close(fd);
		fd = -1;
		sleep_ms(100);
	}
	if (fd < 0) {
		fprintf(stderr, "%s: cannot connect to %s: %s\n", me, path, strerror(errno));
		return 0;
	}
	qmp_in = fdopen(fd, "r");
	qmp_out = fdopen(dup(fd), "w");
	if (!fgets(buf, sizeof buf, qmp_in))	/* the greeting */
		return 0;
	return qmp("{\"execute\": \"qmp_capabilities\"}", buf, sizeof buf) && strstr(buf, "\"return\"");
}

/* 1 injected, 0 the VM ended, -1 failed */
static int inject(unsigned long long phys, unsigned long long from, unsigned long long to)
{
	char buf[8192], cmd[160], *p;
	unsigned long long rip;
	int i;

	for (i = 0; i < ATTEMPTS; i++) {
		if (!qmp("{\"execute\": \"stop\"}", buf, sizeof buf) || !hmp("info registers", buf, sizeof buf))
			return 0;
		p = strstr(buf, "RIP=");
		if (!p || sscanf(p + 4, "%llx", &rip) != 1) {
			fprintf(stderr, "%s: no RIP in: %.200s\n", me, buf);
			return -1;
		}
		if (rip >= from && rip < to) {
			snprintf(cmd, sizeof cmd, "mce 0 1 %#llx %#x %#llx %#x", MCE_STATUS, MCG_STATUS, phys, MCE_MISC);
			if (!hmp(cmd, buf, sizeof buf))
				return 0;
			/* HMP's mce prints nothing unless it refused */
			if (!strstr(buf, "\"return\": \"\"")) {
				fprintf(stderr, "%s: '%s' refused: %.200s\n", me, cmd, buf);
				return -1;
			}
			fprintf(stderr, "%s: machine check for %#llx at rip %#llx (attempt %d)\n", me, phys, rip, i + 1);
			return qmp("{\"execute\": \"cont\"}", buf, sizeof buf) ? 1 : 0;
		}
		if (!qmp("{\"execute\": \"cont\"}", buf, sizeof buf))
			return 0;
		sleep_ms(5 + i % 7);
	}
	fprintf(stderr, "%s: the vCPU was not in %#llx-%#llx in %d looks\n", me, from, to, ATTEMPTS);
	return -1;
}

int main(int argc, char **argv)
{
	char line[512];
	unsigned long long phys, from, to;
	FILE *console;
	int status = 0, r;

	if (argc != 3 || !strcmp(argv[1], "--help")) {
		fprintf(argc == 2 ? stdout : stderr, "usage: %s CONSOLE_LOG QMP_SOCKET\n", me);
		return argc == 2 ? 0 : 2;
	}
	console = fopen(argv[1], "r");
	if (!console) {
		fprintf(stderr, "%s: %s: %s\n", me, argv[1], strerror(errno));
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);	/* QEMU's end: a failed write, not death */
	if (!qmp_connect(argv[2]))
		return 2;
	for (;;) {
		long at = ftell(console);

		if (!fgets(line, sizeof line, console) || !strchr(line, '\n')) {
			char probe[4096];

			/* a partial line: read it again when it is whole */
			fseek(console, at, SEEK_SET);
			clearerr(console);
			if (!qmp("{\"execute\": \"query-status\"}", probe, sizeof probe))
				return status;	/* QEMU ended */
			sleep_ms(20);
			continue;
		}
		if (sscanf(line, "ukl-mce: phys=%llx from=%llx to=%llx", &phys, &from, &to) != 3)
			continue;
		r = inject(phys, from, to);
		if (r == 0)
			return status;
		if (r < 0)
			status = 1;
	}
}
