/* musl's C locale is byte-based but 8-bit clean: mbrtowc maps a byte
 * 0x80-0xff to the code point 0xdf00 + byte (a surrogate, so it can never
 * be a real character) and wcrtomb maps it back; MB_CUR_MAX is 1 in C and
 * 4 in C.UTF-8 */
#include <locale.h>
#include <stdlib.h>
#include <wchar.h>
#include "test.h"

int main(void)
{
	wchar_t w = 0;
	char b[8];

	T_STR(setlocale(LC_CTYPE, 0), "C");
	T_INT(MB_CUR_MAX, 1);
	T_INT(mbrtowc(&w, "\x80", 1, 0), 1);
	T_INT(w, 0xdf80);
	T_INT(mbrtowc(&w, "\xff", 1, 0), 1);
	T_INT(w, 0xdfff);
	T_INT(wcrtomb(b, 0xdf80, 0), 1);
	T_INT((unsigned char)b[0], 0x80);
	T_INT(mbrtowc(&w, "A", 1, 0), 1);
	T_INT(w, 'A');
	T(setlocale(LC_CTYPE, "C.UTF-8") != 0);
	T_INT(MB_CUR_MAX, 4);
	/* any name is accepted and behaves as UTF-8 */
	T(setlocale(LC_CTYPE, "xx_NOT.A_LOCALE") != 0);
	T_INT(MB_CUR_MAX, 4);
	return t_status;
}
