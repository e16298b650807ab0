/* fmemopen: reading a buffer, writing into one, seeking within it */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char in[] = "line one\nline two\n";
	char buf[32], out[16];
	FILE *f;

	T((f = fmemopen(in, strlen(in), "r")) != 0);
	T(fgets(buf, sizeof buf, f) != 0);
	T_STR(buf, "line one\n");
	T(fgets(buf, sizeof buf, f) != 0);
	T_STR(buf, "line two\n");
	T(fgets(buf, sizeof buf, f) == 0);
	T(feof(f));
	T_INT(fseek(f, 5, SEEK_SET), 0);
	T_INT(fgetc(f), 'o');
	T_INT(ftell(f), 6);
	fclose(f);

	memset(out, 'x', sizeof out);
	T((f = fmemopen(out, sizeof out, "w")) != 0);
	T_INT(fprintf(f, "%d-%s", 42, "ab"), 5);
	T_INT(fflush(f), 0);
	T(!memcmp(out, "42-ab", 6));	/* with its NUL */
	T_INT(ftell(f), 5);
	T_INT(fseek(f, 1, SEEK_SET), 0);
	fputc('X', f);
	fflush(f);
	T(!memcmp(out, "4X", 2));
	fclose(f);

	/* nothing is written past the end */
	memset(out, 'x', sizeof out);
	T((f = fmemopen(out, 4, "w")) != 0);
	setvbuf(f, 0, _IONBF, 0);
	fputs("abcdef", f);
	T(ftell(f) <= 4);
	fclose(f);
	T(!memcmp(out, "abc", 3));
	T(!memcmp(out + 4, "xxxxxxxxxxxx", 12));

	/* a null buffer: fmemopen allocates it */
	T((f = fmemopen(0, 64, "w+")) != 0);
	fputs("scratch", f);
	rewind(f);
	T(fgets(buf, sizeof buf, f) != 0);
	T_STR(buf, "scratch");
	fclose(f);
	return t_status;
}
