/* The tools suite's app: "say WORD STATUS [ACTION [PATH]]" prints WORD on
 * stdout, does ACTION, and exits with STATUS.  ACTION: meminfo prints the
 * guest's MemTotal line; cat copies stdin to stdout to its EOF, then says
 * on stderr how many bytes; stderr says WORD on stderr too; kmsg writes
 * WORD as a kernel message (/dev/kmsg, which the console shows); write
 * PATH writes WORD to the file PATH; read PATH prints the file PATH.
 * Built with -DWHO=N it is app N, a different object, and says so. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int copy(int from, int to, long *total)
{
	char buf[65536];
	ssize_t n, w, done;

	while ((n = read(from, buf, sizeof buf)) > 0) {
		for (done = 0; done < n; done += w)
			if ((w = write(to, buf + done, n - done)) <= 0)
				return -1;
		*total += n;
	}
	return n;
}

int main(int argc, char **argv)
{
	const char *act = argc > 3 ? argv[3] : "", *path = argc > 4 ? argv[4] : 0;
	char line[128];
	long total = 0;
	FILE *f;
	int fd;

	if (argc < 3)
		return 2;
	printf("say: %s\n", argv[1]);
#ifdef WHO
	printf("app %d\n", WHO);
#endif
	fflush(stdout);
	if (!strcmp(act, "meminfo") && (f = fopen("/proc/meminfo", "r"))) {
		while (fgets(line, sizeof line, f))
			if (!strncmp(line, "MemTotal:", 9))
				fputs(line, stdout);
		fclose(f);
	} else if (!strcmp(act, "cat")) {
		if (copy(0, 1, &total))
			return 3;
		fprintf(stderr, "say: %ld bytes to EOF\n", total);
	} else if (!strcmp(act, "stderr")) {
		fprintf(stderr, "say-err: %s\n", argv[1]);
	} else if (!strcmp(act, "kmsg")) {
		if ((fd = open("/dev/kmsg", O_WRONLY)) < 0 || dprintf(fd, "<3>say-kmsg: %s\n", argv[1]) < 0)
			return 3;
		close(fd);
	} else if (!strcmp(act, "write") && path) {
		if (!(f = fopen(path, "w")) || fprintf(f, "%s\n", argv[1]) < 0 || fclose(f))
			return perror(path), 3;
	} else if (!strcmp(act, "read") && path) {
		if ((fd = open(path, O_RDONLY)) < 0 || copy(fd, 1, &total))
			return perror(path), 3;
	} else if (*act) {
		return 2;
	}
	return atoi(argv[2]);
}
