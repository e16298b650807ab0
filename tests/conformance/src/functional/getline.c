/* getline and getdelim: lines longer than the buffer, a last line without
 * a newline, embedded NUL bytes, -1 at end of file */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	FILE *f = tmpfile();
	char *line = 0;
	size_t cap = 0, i;
	ssize_t n;

	if (!T(f != 0))
		return t_status;
	fputs("short\n", f);
	for (i = 0; i < 5000; i++)
		fputc('0' + i % 10, f);
	fputc('\n', f);
	fputc('\n', f);
	fwrite("a\0b\n", 1, 4, f);
	fputs("tail", f);
	rewind(f);

	T_INT(n = getline(&line, &cap, f), 6);
	T_STR(line, "short\n");
	T_INT(n = getline(&line, &cap, f), 5001);
	T(cap > 5001);
	T(line[4999] == '9' && line[5000] == '\n' && line[5001] == 0);
	T_INT(getline(&line, &cap, f), 1);
	T_STR(line, "\n");
	T_INT(getline(&line, &cap, f), 4);
	T(!memcmp(line, "a\0b\n", 5));
	T_INT(getline(&line, &cap, f), 4);
	T_STR(line, "tail");
	T_INT(getline(&line, &cap, f), -1);
	T(feof(f));

	rewind(f);
	T_INT(getdelim(&line, &cap, 'o', f), 3);
	T_STR(line, "sho");
	free(line);
	/* a null pointer with a nonzero size is allocated, not used */
	line = 0;
	cap = 100;
	rewind(f);
	T_INT(getline(&line, &cap, f), 6);
	free(line);
	fclose(f);
	return t_status;
}
