/* getopt: flags, arguments attached and separate, unknown options, "--",
 * and stopping at the first non-option */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char *args1[] = { "prog", "-a", "-bval", "-c", "x", "-ab", "y", "--", "-a", 0 };
	char *args2[] = { "prog", "-z", "file", "-a", 0 };
	char *args3[] = { "prog", "-c", 0 };
	char got[64] = "";
	int c, n;

	opterr = 0;
	n = 9;
	while ((c = getopt(n, args1, "ab:c:")) != -1) {
		char item[16];
		snprintf(item, sizeof item, "%c%s;", c, optarg && c != 'a' ? optarg : "");
		strcat(got, item);
	}
	T_STR(got, "a;bval;cx;a;by;");
	T_INT(optind, 8);
	T_STR(args1[optind], "-a");

	optind = 1;
	T_INT(getopt(4, args2, "a"), '?');
	T_INT(optopt, 'z');
	T_INT(getopt(4, args2, "a"), -1);
	T_INT(optind, 2);

	optind = 1;
	T_INT(getopt(2, args3, "c:"), '?');
	T_INT(optopt, 'c');
	optind = 1;
	T_INT(getopt(2, args3, ":c:"), ':');
	return t_status;
}
