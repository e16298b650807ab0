/* musl's UTF-8 decoder follows RFC 3629: nothing above U+10FFFF, no
 * surrogates, no overlong forms, and 5- and 6-byte forms are invalid */
#include <errno.h>
#include <locale.h>
#include <wchar.h>
#include "test.h"

int main(void)
{
	wchar_t w;
	char b[8];

	if (!t_utf8())
		return t_status;
	T_INT((long)mbrtowc(&w, "\xf8\x88\x80\x80\x80", 5, 0), -1);
	T_INT((long)mbrtowc(&w, "\xfc\x84\x80\x80\x80\x80", 6, 0), -1);
	T_INT((long)mbrtowc(&w, "\xf4\x90\x80\x80", 4, 0), -1);
	T_INT((long)mbrtowc(&w, "\xc1\xbf", 2, 0), -1);
	errno = 0;
	T_INT((long)wcrtomb(b, 0x110000, 0), -1);
	T_INT(errno, EILSEQ);
	T_INT((long)wcrtomb(b, 0xdfff, 0), -1);
	return t_status;
}
