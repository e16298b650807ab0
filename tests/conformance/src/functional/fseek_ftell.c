/* fseek/ftell/fgetpos/fsetpos/rewind, seeking past the end */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	FILE *f = tmpfile();
	fpos_t pos;
	char b[16];

	if (!T(f != 0))
		return t_status;
	fputs("0123456789", f);
	T_INT(ftell(f), 10);
	T_INT(fseek(f, 2, SEEK_SET), 0);
	T_INT(fgetc(f), '2');
	T_INT(fseek(f, 3, SEEK_CUR), 0);
	T_INT(fgetc(f), '6');
	T_INT(fseek(f, -1, SEEK_END), 0);
	T_INT(fgetc(f), '9');
	T_INT(fseek(f, 4, SEEK_SET), 0);
	T_INT(fgetpos(f, &pos), 0);
	fgets(b, sizeof b, f);
	T_STR(b, "456789");
	T_INT(fsetpos(f, &pos), 0);
	T_INT(fgetc(f), '4');
	T(fseek(f, -20, SEEK_SET) != 0);
	/* past the end: the gap reads as zeros */
	T_INT(fseek(f, 12, SEEK_SET), 0);
	fputc('Z', f);
	T_INT(ftell(f), 13);
	fseek(f, 9, SEEK_SET);
	T(fread(b, 1, 4, f) == 4 && !memcmp(b, "9\0\0Z", 4));
	/* rewind clears the error indicator */
	fgetc(f);
	T(feof(f));
	rewind(f);
	T(!feof(f) && ftell(f) == 0);
	/* ftell after writes that are still in the buffer */
	fseek(f, 0, SEEK_END);
	fputs("ab", f);
	T_INT(ftell(f), 15);
	fclose(f);
	return t_status;
}
