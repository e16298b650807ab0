/* system and popen with /bin/sh: exit status of the command, a command
 * killed by a signal, system(NULL); popen reading and writing; pclose
 * returns the status */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char cmd[4200], line[64];
	FILE *f;
	int st;

	T(system(0) != 0);
	st = system("exit 3");
	T(WIFEXITED(st) && WEXITSTATUS(st) == 3);
	st = system("true");
	T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	st = system("kill -TERM $$");
	T(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
	snprintf(cmd, sizeof cmd, "echo written > %s", t_tmppath("sys"));
	T_INT(system(cmd), 0);
	f = fopen(t_tmppath("sys"), "r");
	T(f && fgets(line, sizeof line, f) && !strcmp(line, "written\n"));
	if (f)
		fclose(f);

	f = popen("echo one; echo two", "r");
	if (T(f != 0)) {
		T(fgets(line, sizeof line, f) && !strcmp(line, "one\n"));
		T(fgets(line, sizeof line, f) && !strcmp(line, "two\n"));
		T(fgets(line, sizeof line, f) == 0);
		st = pclose(f);
		T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	}
	snprintf(cmd, sizeof cmd, "cat > %s; exit 5", t_tmppath("pw"));
	f = popen(cmd, "w");
	if (T(f != 0)) {
		fputs("through popen\n", f);
		st = pclose(f);
		T(WIFEXITED(st) && WEXITSTATUS(st) == 5);
	}
	f = fopen(t_tmppath("pw"), "r");
	T(f && fgets(line, sizeof line, f) && !strcmp(line, "through popen\n"));
	if (f)
		fclose(f);
	return t_status;
}
