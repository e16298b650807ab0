/* ungetc: pushed back bytes come first, EOF cannot be pushed, a seek drops
 * them, ungetc clears the end-of-file indicator */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	FILE *f = tmpfile();
	char b[16];

	if (!T(f != 0))
		return t_status;
	fputs("abc", f);
	rewind(f);
	T_INT(fgetc(f), 'a');
	T_INT(ungetc('x', f), 'x');
	T_INT(ftell(f), 0);
	T_INT(fgetc(f), 'x');
	T_INT(fgetc(f), 'b');
	T_INT(ungetc(EOF, f), EOF);
	T_INT(fgetc(f), 'c');
	T_INT(fgetc(f), EOF);
	T(feof(f));
	T_INT(ungetc('z', f), 'z');
	T(!feof(f));
	T_INT(fgetc(f), 'z');
	T_INT(fgetc(f), EOF);

	rewind(f);
	T_INT(ungetc('q', f), 'q');
	T_INT(fseek(f, 1, SEEK_SET), 0);
	T_INT(fgetc(f), 'b');

	/* a pushed-back byte may differ from the one read; fgets sees it */
	rewind(f);
	fgetc(f);
	ungetc('Y', f);
	T(fgets(b, sizeof b, f) != 0);
	T_STR(b, "Ybc");
	/* ungetc is a byte: 0xff is not EOF */
	rewind(f);
	T_INT(ungetc(0xff, f), 0xff);
	T_INT(fgetc(f), 0xff);
	fclose(f);
	return t_status;
}
