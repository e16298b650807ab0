/* %n after literal text counts the characters consumed even when no
 * conversion was done (return value 0), and a literal that fails to match
 * stops before later %n; a %n at end of input still stores */
#include <stdio.h>
#include "test.h"

int main(void)
{
	int n = -1, m = -1, a;

	T_INT(sscanf("abcdef", "abc%n", &n), 0);
	T_INT(n, 3);
	n = -1;
	T_INT(sscanf("abX", "abc%n", &n), 0);
	T_INT(n, -1);
	T_INT(sscanf("12", "%d%n", &a, &n), 1);
	T_INT(n, 2);
	T_INT(sscanf("  x", " %n", &m), 0);
	T_INT(m, 2);
	T_INT(sscanf("5 6", "%d %n%d", &a, &n, &m), 2);
	T_INT(n, 2);
	T_INT(m, 6);
	return t_status;
}
