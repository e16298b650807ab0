#define _DEFAULT_SOURCE
/* ctype in the C locale for every byte value: classes match ASCII, high
 * bytes are in no class, toupper/tolower only change letters */
#include <ctype.h>
#include <stdio.h>
#include "test.h"

int main(void)
{
	int c;

	for (c = -1; c < 256; c++) {
		int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
		int dig = c >= '0' && c <= '9';
		int sp = c == ' ' || (c >= '\t' && c <= '\r');
		int pr = c >= 0x20 && c < 0x7f;
		int pu = pr && c != ' ' && !up && !lo && !dig;
		int xd = dig || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
		int cn = (c >= 0 && c < 0x20) || c == 0x7f;

		if ((isupper(c) != 0) != up || (islower(c) != 0) != lo || (isdigit(c) != 0) != dig ||
		    (isalpha(c) != 0) != (up || lo) || (isalnum(c) != 0) != (up || lo || dig) ||
		    (isspace(c) != 0) != sp || (isprint(c) != 0) != pr || (isgraph(c) != 0) != (pr && c != ' ') ||
		    (ispunct(c) != 0) != pu || (isxdigit(c) != 0) != xd || (iscntrl(c) != 0) != cn ||
		    (isblank(c) != 0) != (c == ' ' || c == '\t'))
			t_error("classes of %d are wrong\n", c);
		if (toupper(c) != (lo ? c - 32 : c) || tolower(c) != (up ? c + 32 : c))
			t_error("toupper/tolower(%d) = %d/%d\n", c, toupper(c), tolower(c));
	}
	T(isascii(0x7f) && !isascii(0x80));
	return t_status;
}
