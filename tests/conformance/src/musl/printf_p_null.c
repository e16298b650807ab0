/* musl formats %p like %#lx, so a null pointer prints as "0" (glibc
 * prints "(nil)") */
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char b[32];
	snprintf(b, sizeof b, "%p", (void *)0);
	T_STR(b, "0");
	snprintf(b, sizeof b, "%p", (void *)0x1234);
	T_STR(b, "0x1234");
	return t_status;
}
