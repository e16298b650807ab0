/* %s %c precision and width, * arguments, positional arguments, %p */
#include <stdio.h>
#include <string.h>
#include "test.h"

#define F T_SNPRINTF

int main(void)
{
	char b[64];
	void *p;

	F("hello", "%s", "hello");
	F("hel", "%.3s", "hello");
	F("  hel", "%5.3s", "hello");
	F("hel  |", "%-5.3s|", "hello");
	F("hello", "%.10s", "hello");
	F("he", "%.*s", 2, "hello");
	F("   ab", "%*s", 5, "ab");
	F("ab   |", "%*s|", -5, "ab");
	F("x", "%c", 'x');
	F("    x", "%5c", 'x');
	F("x    |", "%-5c|", 'x');
	F("", "%s", "");
	F("b a 3", "%2$s %1$s %3$d", "a", "b", 3);
	F("0042", "%1$0*2$d", 42, 4);
	/* an unterminated array is fine with a precision */
	{
		char s[3] = { 'a', 'b', 'c' };
		F("abc", "%.3s", s);
	}
	/* %c of a NUL writes a byte */
	T_INT(snprintf(b, sizeof b, "a%cb", 0), 3);
	T(b[1] == 0 && b[2] == 'b');
	/* %p round trips through %p in scanf */
	snprintf(b, sizeof b, "%p", (void *)&p);
	T(sscanf(b, "%p", &p) == 1 && p == (void *)&p);
	return t_status;
}
