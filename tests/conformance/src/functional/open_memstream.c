/* open_memstream: the buffer grows, fflush publishes pointer and size,
 * the size excludes the terminating NUL, seeking past the end fills zeros */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char *p = 0;
	size_t n = 1, i;
	FILE *f;

	T((f = open_memstream(&p, &n)) != 0);
	if (!f)
		return t_status;
	T_INT(fflush(f), 0);
	T(p != 0);
	T_INT(n, 0);
	fputs("hello", f);
	fflush(f);
	T_INT(n, 5);
	T_STR(p, "hello");
	for (i = 0; i < 10000; i++)
		fputc('a' + i % 26, f);
	fflush(f);
	T_INT(n, 10005);
	T_INT(strlen(p), 10005);
	T(p[5] == 'a' && p[10004] == 'a' + 9999 % 26);
	T_INT(fseek(f, 10010, SEEK_SET), 0);
	fputc('Z', f);
	fflush(f);
	T_INT(n, 10011);
	T(p[10005] == 0 && p[10009] == 0 && p[10010] == 'Z' && p[10011] == 0);
	T_INT(fclose(f), 0);
	free(p);
	return t_status;
}
