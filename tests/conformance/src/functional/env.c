/* getenv/setenv/unsetenv/putenv/clearenv and environ */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

extern char **environ;

static int in_environ(const char *entry)
{
	char **e;
	for (e = environ; e && *e; e++)
		if (!strcmp(*e, entry))
			return 1;
	return 0;
}

int main(void)
{
	static char put[] = "T_PUT=first";

	T_OK(setenv("T_VAR", "one", 1));
	T_STR(getenv("T_VAR"), "one");
	T(in_environ("T_VAR=one"));
	T_OK(setenv("T_VAR", "two", 0));
	T_STR(getenv("T_VAR"), "one");
	T_OK(setenv("T_VAR", "three", 1));
	T_STR(getenv("T_VAR"), "three");
	T(!in_environ("T_VAR=one"));
	T_OK(setenv("T_EMPTY", "", 1));
	T_STR(getenv("T_EMPTY"), "");
	T(getenv("T_VA") == 0);
	T_OK(unsetenv("T_VAR"));
	T(getenv("T_VAR") == 0);
	T_OK(unsetenv("T_NEVER_SET"));

	T_FAIL(setenv("A=B", "x", 1), EINVAL);
	T_FAIL(setenv("", "x", 1), EINVAL);
	T_FAIL(unsetenv("A=B"), EINVAL);

	/* putenv uses the string itself */
	T_INT(putenv(put), 0);
	T_STR(getenv("T_PUT"), "first");
	memcpy(put + 6, "again", 5);
	T_STR(getenv("T_PUT"), "again");
	T_OK(setenv("T_PUT", "set", 1));
	T_STR(getenv("T_PUT"), "set");

	T_INT(clearenv(), 0);
	T(getenv("T_PUT") == 0);
	T(environ == 0 || environ[0] == 0);
	T_OK(setenv("T_AFTER", "x", 1));
	T_STR(getenv("T_AFTER"), "x");
	T(environ && environ[0] && !strcmp(environ[0], "T_AFTER=x") && !environ[1]);
	return t_status;
}
