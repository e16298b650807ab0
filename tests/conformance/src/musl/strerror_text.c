/* musl's messages for errno values that are not errors or not known:
 * "No error information" for 0 and for unknown numbers */
#include <string.h>
#include "test.h"

int main(void)
{
	T_STR(strerror(0), "No error information");
	T_STR(strerror(100000), "No error information");
	T_STR(strerror(-5), "No error information");
	return t_status;
}
