/* strcmp/strncmp compare as unsigned char; strcasecmp/strncasecmp in the
 * C locale; strcoll and strxfrm in the C locale follow strcmp */
#include <string.h>
#include <strings.h>
#include "test.h"

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void)
{
	char b[8];

	T(strcmp("abc", "abc") == 0);
	T(strcmp("abc", "abd") < 0);
	T(strcmp("abc", "ab") > 0);
	T(strcmp("", "a") < 0);
	T(strcmp("\x80", "a") > 0);
	T(strcmp("a\xff", "a\x01") > 0);
	T(strncmp("abcx", "abcy", 3) == 0);
	T(strncmp("abcx", "abcy", 4) < 0);
	T(strncmp("a", "b", 0) == 0);
	T(strncmp("ab", "ab\0x", 4) == 0);
	T(strcasecmp("HeLLo", "hello") == 0);
	T(strcasecmp("a", "B") < 0);
	T(strcasecmp("[", "a") < 0 || strcasecmp("[", "a") > 0);
	T(strncasecmp("ABCd", "abce", 3) == 0);
	T(strncasecmp("ABCd", "abce", 4) < 0);
	T_INT(sign(strcoll("abc", "abd")), -1);
	T_INT(sign(strcoll("b", "a")), 1);
	T_INT(strxfrm(b, "hello", sizeof b), 5);
	T_STR(b, "hello");
	T_INT(strxfrm(0, "long string", 0), 11);
	return t_status;
}
