/* UTF-16 input: a valid surrogate pair becomes one 4-byte UTF-8 sequence,
 * a lone high or low surrogate is EILSEQ, a high surrogate at the end of
 * input is EINVAL (incomplete) */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include "test.h"

static int conv(const char *in, size_t n, char *out, size_t *outn)
{
	iconv_t cd = iconv_open("UTF-8", "UTF-16LE");
	char *ip = (char *)in, *op = out;
	size_t ol = 16, r;
	int e = 0;

	if (cd == (iconv_t)-1) {
		t_error("iconv_open: %s\n", t_errstr());
		return -1;
	}
	r = iconv(cd, &ip, &n, &op, &ol);
	if (r == (size_t)-1)
		e = errno;
	*outn = op - out;
	iconv_close(cd);
	return e;
}

int main(void)
{
	char out[16];
	size_t n;

	T_INT(conv("\x3d\xd8\x00\xde", 4, out, &n), 0);
	T(n == 4 && !memcmp(out, "\xf0\x9f\x98\x80", 4));
	T_INT(conv("a\0\x00\xde", 4, out, &n), EILSEQ);
	T_INT(n, 1);
	T_INT(conv("a\0\x3d\xd8" "b\0", 6, out, &n), EILSEQ);
	T_INT(conv("a\0\x3d\xd8", 4, out, &n), EINVAL);
	T_INT(n, 1);
	return t_status;
}
