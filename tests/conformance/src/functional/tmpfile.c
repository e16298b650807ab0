/* tmpfile: a read-write file that has no name left to find */
#include <stdio.h>
#include <sys/stat.h>
#include "test.h"

int main(void)
{
	FILE *f = tmpfile(), *g = tmpfile();
	struct stat st;
	char b[8];

	if (!T(f != 0 && g != 0))
		return t_status;
	T(fileno(f) != fileno(g));
	fputs("temp", f);
	fputs("other", g);
	rewind(f);
	T(fgets(b, sizeof b, f) != 0);
	T_STR(b, "temp");
	T_OK(fstat(fileno(f), &st));
	T(S_ISREG(st.st_mode));
	T_INT(st.st_nlink, 0);
	fclose(f);
	fclose(g);
	return t_status;
}
