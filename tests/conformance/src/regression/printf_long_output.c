/* printf of values whose output is hundreds of digits long (DBL_MAX with
 * %f, the smallest subnormal with %.1074f) must be exact and must not
 * overrun internal buffers */
#include <float.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	static char b[2000];
	int n;

	n = snprintf(b, sizeof b, "%f", DBL_MAX);
	T_INT(n, 309 + 7);
	T(!strncmp(b, "17976931348623157081452742373170435679807056752584499659891747680315726078002853876058955863276687817154045895351438246423432132688946418276846754670353751698604991057655128207624549009038932894407586850845513394230458323690322294816580855933212334827479782620414472316873817718091929988125040402618412485836", 308));
	T_STR(b + 309, ".000000");
	n = snprintf(b, sizeof b, "%.1074f", 0x1p-1074);
	T_INT(n, 1076);
	/* 2^-1074 = 4.94...e-324: 323 zeros after the point, then 494065... */
	T(!strncmp(b, "0.000", 5) && b[325] == '4' && b[326] == '9' && b[327] == '4');
	T(b[324] == '0');
	/* its last digit: 2^-1074 = 5^1074 / 10^1074, and 5^n ends in 5 */
	T(b[1075] == '5');
	n = snprintf(b, sizeof b, "%.*e", 760, 0x1p-1074);
	T_INT(n, 1 + 1 + 760 + 5);
	return t_status;
}
