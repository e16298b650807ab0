/* the initial environment reaches main (environ and getenv agree, entries
 * have a '='), and a spawned child sees changes made with setenv and
 * putenv and not unset variables */
#define _XOPEN_SOURCE 700
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include "test.h"

extern char **environ;

int main(void)
{
	static char put[] = "T_PUTENV=via-putenv";
	const char *gv[] = { "getenv", "T_SETENV", 0 }, *pv[] = { "getenv", "T_PUTENV", 0 };
	const char *uv[] = { "getenv", "T_GONE", 0 };
	char out[64], name[64], **e;
	int st, n = 0;

	T(environ != 0);
	for (e = environ; e && *e; e++) {
		char *eq = strchr(*e, '=');
		n++;
		if (!eq || eq == *e) {
			t_error("environ entry without a name: %s\n", *e);
			continue;
		}
		if ((size_t)(eq - *e) < sizeof name) {
			memcpy(name, *e, eq - *e);
			name[eq - *e] = 0;
			if (getenv(name) == 0)
				t_error("getenv(%s) does not find environ's entry\n", name);
		}
	}
	T(n > 0);
	if (!t_child())
		return t_status;
	T_OK(setenv("T_SETENV", "via-setenv", 1));
	st = t_run_child(gv, 0, out, sizeof out);
	T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	T_STR(out, "via-setenv\n");
	T_INT(putenv(put), 0);
	st = t_run_child(pv, 0, out, sizeof out);
	T_STR(out, "via-putenv\n");
	T_OK(setenv("T_GONE", "x", 1));
	T_OK(unsetenv("T_GONE"));
	st = t_run_child(uv, 0, out, sizeof out);
	T(WIFEXITED(st) && WEXITSTATUS(st) == 1);	/* unset in the child */
	return t_status;
}
