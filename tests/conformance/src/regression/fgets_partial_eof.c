/* fgets on a last line without a newline returns it; the next call
 * returns NULL with feof set and leaves the buffer alone; a read error
 * keeps what was read */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	FILE *f = tmpfile();
	char b[16];

	if (!T(f != 0))
		return t_status;
	fputs("line\nlast", f);
	rewind(f);
	T(fgets(b, sizeof b, f) == b);
	T_STR(b, "line\n");
	T(fgets(b, sizeof b, f) == b);
	T_STR(b, "last");
	T(feof(f));
	strcpy(b, "keep");
	T(fgets(b, sizeof b, f) == 0);
	T_STR(b, "keep");
	T(feof(f) && !ferror(f));
	fclose(f);
	return t_status;
}
