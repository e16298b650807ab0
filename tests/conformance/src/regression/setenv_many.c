/* setting, overwriting and unsetting many variables keeps the environment
 * consistent: no stale duplicates, getenv finds the newest value */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

extern char **environ;

int main(void)
{
	char name[32], val[32], **e;
	int i, round, count;

	for (round = 0; round < 3; round++)
		for (i = 0; i < 200; i++) {
			snprintf(name, sizeof name, "T_MANY_%d", i);
			snprintf(val, sizeof val, "%d.%d", round, i);
			if (setenv(name, val, 1))
				t_error("setenv %s failed\n", name);
		}
	for (i = 0; i < 200; i += 2) {
		snprintf(name, sizeof name, "T_MANY_%d", i);
		unsetenv(name);
	}
	for (i = 0; i < 200; i++) {
		const char *v;
		snprintf(name, sizeof name, "T_MANY_%d", i);
		snprintf(val, sizeof val, "2.%d", i);
		v = getenv(name);
		if (i % 2 ? !v || strcmp(v, val) : v != 0)
			t_error("getenv(%s) = %s\n", name, v ? v : "NULL");
	}
	count = 0;
	for (e = environ; *e; e++)
		if (!strncmp(*e, "T_MANY_", 7))
			count++;
	T_INT(count, 100);
	return t_status;
}
