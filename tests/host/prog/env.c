/* argv and the environment as passed; setenv/unsetenv/putenv */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(int argc, char **argv)
{
	extern char **environ;
	char **e;
	int found = 0;

	T_INT(argc, 3);
	T_STR(argv[1], "first arg");
	T_STR(argv[2], "2");
	T(argv[3] == 0);
	T(getenv("UKL_TEST_VAR") && strcmp(getenv("UKL_TEST_VAR"), "v=1") == 0);
	for (e = environ; *e; e++)
		if (!strcmp(*e, "UKL_TEST_VAR=v=1"))
			found = 1;
	T(found);
	T(setenv("NEW_VAR", "abc", 0) == 0);
	T_STR(getenv("NEW_VAR"), "abc");
	T(setenv("NEW_VAR", "def", 0) == 0);
	T_STR(getenv("NEW_VAR"), "abc");
	T(setenv("NEW_VAR", "def", 1) == 0);
	T_STR(getenv("NEW_VAR"), "def");
	T(unsetenv("NEW_VAR") == 0);
	T(getenv("NEW_VAR") == 0);
	T(putenv("PUT_VAR=x") == 0);
	T_STR(getenv("PUT_VAR"), "x");
	T(getenv("NOT_THERE_AT_ALL") == 0);
	return t_status;
}
