/* fread/fwrite of binary records, a short read at end of file, the
 * end-of-file and error indicators, clearerr */
#include <stdio.h>
#include <string.h>
#include "test.h"

struct rec { int a; double b; char c[5]; };

int main(void)
{
	struct rec in[10], out[10];
	FILE *f = tmpfile();
	unsigned char raw[8];
	int i;

	if (!T(f != 0))
		return t_status;
	memset(in, 0, sizeof in);
	for (i = 0; i < 10; i++) {
		in[i].a = i * 7 - 3;
		in[i].b = i / 4.0;
		memcpy(in[i].c, "\xff\0\n\r", 5);
	}
	T_INT(fwrite(in, sizeof in[0], 10, f), 10);
	T_INT(fwrite(in, 0, 10, f), 0);
	T_INT(ftell(f), (long)sizeof in);
	rewind(f);
	T_INT(fread(out, sizeof out[0], 10, f), 10);
	T(!memcmp(in, out, sizeof in));
	T(!feof(f));
	T_INT(fread(out, 1, 1, f), 0);
	T(feof(f) && !ferror(f));
	clearerr(f);
	T(!feof(f));
	fseek(f, -3, SEEK_END);
	T_INT(fread(raw, 2, 4, f), 1);
	T(feof(f));
	fclose(f);

	f = fopen("/dev/null", "r");
	if (T(f != 0)) {
		T_INT(fwrite("x", 1, 1, f), 0);
		T(ferror(f));
		clearerr(f);
		T(!ferror(f));
		fclose(f);
	}
	return t_status;
}
