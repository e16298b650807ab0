/* fscanf from a file: mixed conversions across lines, pushback of the
 * character that ended a field, EOF */
#include <stdio.h>
#include "test.h"

int main(void)
{
	FILE *f = tmpfile();
	int a, b;
	char w[16];
	double d;

	if (!T(f != 0))
		return t_status;
	fputs("10 apples\n  2.5x\n-7\n", f);
	rewind(f);
	T_INT(fscanf(f, "%d %15s", &a, w), 2);
	T_INT(a, 10);
	T_STR(w, "apples");
	T_INT(fscanf(f, "%lf", &d), 1);
	T_DBL(d, 2.5);
	T_INT(fgetc(f), 'x');
	T_INT(fscanf(f, "%d", &b), 1);
	T_INT(b, -7);
	T_INT(fscanf(f, "%d", &b), EOF);
	fclose(f);
	return t_status;
}
