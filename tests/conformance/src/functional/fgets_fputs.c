/* fgets with a small buffer splits a line; fputs/puts/fputc return values */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	FILE *f = tmpfile();
	char b[8];

	if (!T(f != 0))
		return t_status;
	T(fputs("abcdefghij\n", f) >= 0);
	T_INT(fputc('k', f), 'k');
	T(fputs("", f) >= 0);
	rewind(f);
	T(fgets(b, 5, f) == b);
	T_STR(b, "abcd");
	T(fgets(b, sizeof b, f) == b);
	T_STR(b, "efghij\n");
	T(fgets(b, sizeof b, f) == b);
	T_STR(b, "k");
	T(fgets(b, sizeof b, f) == 0);
	/* size 1: only the NUL */
	rewind(f);
	memset(b, 'x', sizeof b);
	T(fgets(b, 1, f) == b);
	T(b[0] == 0 && b[1] == 'x');
	T_INT(fgetc(f), 'a');
	fclose(f);
	return t_status;
}
