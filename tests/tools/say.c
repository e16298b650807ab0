/* The tools suite's app: "say WORD STATUS [meminfo]" prints WORD, with
 * "meminfo" also the guest's MemTotal line, and exits with STATUS.  Built
 * with -DWHO=N it is app N, a different object, and says so. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	char line[128];
	FILE *f;

	if (argc < 3)
		return 2;
	printf("say: %s\n", argv[1]);
#ifdef WHO
	printf("app %d\n", WHO);
#endif
	if (argc > 3 && !strcmp(argv[3], "meminfo") && (f = fopen("/proc/meminfo", "r"))) {
		while (fgets(line, sizeof line, f))
			if (!strncmp(line, "MemTotal:", 9))
				fputs(line, stdout);
		fclose(f);
	}
	return atoi(argv[2]);
}
