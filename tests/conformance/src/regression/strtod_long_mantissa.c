/* decimal input much longer than any double: hundreds of digits before
 * and after the point, and values exactly halfway between two doubles
 * followed by many zeros and then a non-zero digit */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	static char s[4000];
	char *end;
	size_t i, n;

	/* 1 followed by 800 zeros and e-800 */
	s[0] = '1';
	memset(s + 1, '0', 800);
	strcpy(s + 801, "e-800");
	T_DBL(strtod(s, &end), 1.0);
	T(*end == 0);
	/* 0.(800 zeros)1e801 = 1 */
	strcpy(s, "0.");
	memset(s + 2, '0', 800);
	strcpy(s + 802, "1e801");
	T_DBL(strtod(s, &end), 1.0);
	T(*end == 0);
	/* 2^53 + 1 is halfway: ties to even gives 2^53, but any later non-zero
	 * digit makes it round up */
	strcpy(s, "9007199254740993.");
	n = strlen(s);
	memset(s + n, '0', 2000);
	s[n + 2000] = 0;
	T_DBL(strtod(s, 0), 9007199254740992.0);
	s[n + 1999] = '1';
	T_DBL(strtod(s, 0), 9007199254740994.0);
	/* many significant digits of 1/3 */
	strcpy(s, "0.");
	for (i = 2; i < 1002; i++)
		s[i] = '3';
	s[1002] = 0;
	T_DBL(strtod(s, 0), 1.0 / 3);
	return t_status;
}
