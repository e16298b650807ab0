/* /child: a normal (ring 3) program for the UKL app to start.
 *   child exit N      exit with status N
 *   child echo WORDS  print the words, space separated, and a newline
 *   child cat         copy stdin to stdout
 *   child kill SIG    die by signal SIG (default action) */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[4096];
	ssize_t n;
	int i;

	if (argc >= 3 && !strcmp(argv[1], "exit"))
		return atoi(argv[2]);
	if (argc >= 2 && !strcmp(argv[1], "echo")) {
		for (i = 2; i < argc; i++)
			printf("%s%s", argv[i], i + 1 < argc ? " " : "");
		printf("\n");
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "cat")) {
		while ((n = read(0, buf, sizeof buf)) > 0)
			if (write(1, buf, n) != n)
				return 1;
		return n < 0;
	}
	if (argc == 3 && !strcmp(argv[1], "kill")) {
		signal(atoi(argv[2]), SIG_DFL);
		raise(atoi(argv[2]));
		return 1;
	}
	fprintf(stderr, "usage: child exit N | echo WORDS | cat | kill SIG\n");
	return 2;
}
