/* iconv between UTF-8, UTF-16LE/BE, UTF-32 and ISO-8859-1: exact bytes,
 * EILSEQ for an invalid character, E2BIG for a full
 * output buffer, EINVAL for incomplete input or an unknown charset */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include "test.h"

static const char u8[] = "h\xc3\xa9llo\xe2\x82\xac\xf0\x9f\x98\x80";
static const char u16le[] = "h\0\xe9\0l\0l\0o\0\xac\x20\x3d\xd8\x00\xde";
static const char u16be[] = "\0h\0\xe9\0l\0l\0o\x20\xac\xd8\x3d\xde\x00";

static size_t conv(const char *to, const char *from, const char *in, size_t inlen,
	char *out, size_t outlen, size_t *left, int *err)
{
	iconv_t cd = iconv_open(to, from);
	char *ip = (char *)in, *op = out;
	size_t r;

	*err = 0;
	if (cd == (iconv_t)-1) {
		t_error("iconv_open(%s, %s): %s\n", to, from, t_errstr());
		return -1;
	}
	errno = 0;
	r = iconv(cd, &ip, &inlen, &op, &outlen);
	if (r == (size_t)-1)
		*err = errno;
	*left = inlen;
	iconv_close(cd);
	return op - out;
}

int main(void)
{
	char out[64];
	size_t n, left;
	int err;

	n = conv("UTF-16LE", "UTF-8", u8, sizeof u8 - 1, out, sizeof out, &left, &err);
	T_INT(n, sizeof u16le - 1);
	T(!memcmp(out, u16le, sizeof u16le - 1));
	T(!err && !left);
	n = conv("UTF-16BE", "UTF-8", u8, sizeof u8 - 1, out, sizeof out, &left, &err);
	T_INT(n, sizeof u16be - 1);
	T(!memcmp(out, u16be, sizeof u16be - 1));
	n = conv("UTF-8", "UTF-16LE", u16le, sizeof u16le - 1, out, sizeof out, &left, &err);
	T_INT(n, sizeof u8 - 1);
	T(!memcmp(out, u8, sizeof u8 - 1));
	n = conv("UTF-32LE", "UTF-8", "\xe2\x82\xac", 3, out, sizeof out, &left, &err);
	T(n == 4 && !memcmp(out, "\xac\x20\0\0", 4));

	n = conv("ISO-8859-1", "UTF-8", "caf\xc3\xa9", 5, out, sizeof out, &left, &err);
	T(n == 4 && !memcmp(out, "caf\xe9", 4));
	n = conv("UTF-8", "ISO-8859-1", "\xff\xe9", 2, out, sizeof out, &left, &err);
	T(n == 4 && !memcmp(out, "\xc3\xbf\xc3\xa9", 4));
	/* the euro sign is not in Latin-1: EILSEQ (glibc) or an
	 * implementation-defined replacement byte (musl) */
	n = conv("ISO-8859-1", "UTF-8", "a\xe2\x82\xac", 4, out, sizeof out, &left, &err);
	if (err) {
		T_INT(err, EILSEQ);
		T_INT(n, 1);
		T_INT(left, 3);
	} else {
		T(n == 2 && out[0] == 'a' && out[1] != (char)0xe2 && !left);
	}
	/* invalid UTF-8 input */
	n = conv("UTF-16LE", "UTF-8", "a\xff", 2, out, sizeof out, &left, &err);
	T_INT(err, EILSEQ);
	T_INT(left, 1);
	/* the output buffer is too small */
	n = conv("UTF-16LE", "UTF-8", "abcd", 4, out, 5, &left, &err);
	T_INT(err, E2BIG);
	T_INT(n, 4);
	T_INT(left, 2);
	/* incomplete input */
	n = conv("UTF-16LE", "UTF-8", "a\xe2\x82", 3, out, sizeof out, &left, &err);
	T_INT(err, EINVAL);
	T_INT(n, 2);
	T_INT(left, 2);

	errno = 0;
	T(iconv_open("NO-SUCH-CHARSET", "UTF-8") == (iconv_t)-1);
	T_INT(errno, EINVAL);
	return t_status;
}
