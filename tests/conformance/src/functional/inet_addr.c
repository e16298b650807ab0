#define _DEFAULT_SOURCE
/* address conversions: inet_pton/inet_ntop for IPv4 and IPv6 (compressed
 * zeros, v4-mapped), inet_addr/inet_aton, byte order, and numeric
 * getaddrinfo/getnameinfo (no name service used) */
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include "test.h"

static void six(const char *in, const char *out)
{
	unsigned char a[16];
	char b[INET6_ADDRSTRLEN];
	if (inet_pton(AF_INET6, in, a) != 1) {
		t_error("inet_pton(AF_INET6, \"%s\") failed\n", in);
		return;
	}
	if (!inet_ntop(AF_INET6, a, b, sizeof b) || strcmp(b, out))
		t_error("inet_ntop(inet_pton(\"%s\")) = \"%s\", expected \"%s\"\n", in, b, out);
}

int main(void)
{
	struct in_addr v4;
	unsigned char a6[16];
	char b[INET6_ADDRSTRLEN], host[64], serv[16];
	struct addrinfo hints, *res;
	struct sockaddr_in sin;

	T_INT(inet_pton(AF_INET, "192.168.1.20", &v4), 1);
	T(v4.s_addr == htonl(0xc0a80114));
	T(inet_ntop(AF_INET, &v4, b, sizeof b) && !strcmp(b, "192.168.1.20"));
	T_INT(inet_pton(AF_INET, "256.1.1.1", &v4), 0);
	T_INT(inet_pton(AF_INET, "1.2.3", &v4), 0);
	six("::1", "::1");
	six("::", "::");
	six("2001:DB8:0:0:0:0:0:1", "2001:db8::1");
	six("2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1");
	six("1:0:0:2:0:0:0:3", "1:0:0:2::3");
	six("::ffff:1.2.3.4", "::ffff:1.2.3.4");
	T_INT(inet_pton(AF_INET6, "1::2::3", a6), 0);
	T_INT(inet_pton(AF_INET6, "12345::", a6), 0);
	T(inet_ntop(AF_INET, &v4, b, 5) == 0);
	T(inet_addr("10.0.0.1") == htonl(0x0a000001));
	T(inet_addr("bogus") == (in_addr_t)-1);
	T_INT(inet_aton("127.1", &v4), 1);
	T(v4.s_addr == htonl(0x7f000001));
	T_STR(inet_ntoa(v4), "127.0.0.1");
	T(htons(0x1234) == 0x3412 && ntohl(htonl(0xdeadbeef)) == 0xdeadbeef);

	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
	if (T_INT(getaddrinfo("127.0.0.1", "8080", &hints, &res), 0)) {
		T(res->ai_family == AF_INET && res->ai_addrlen == sizeof(struct sockaddr_in));
		memcpy(&sin, res->ai_addr, sizeof sin);
		T(sin.sin_port == htons(8080) && sin.sin_addr.s_addr == htonl(0x7f000001));
		T_INT(getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, serv, sizeof serv,
			NI_NUMERICHOST | NI_NUMERICSERV), 0);
		T_STR(host, "127.0.0.1");
		T_STR(serv, "8080");
		freeaddrinfo(res);
	}
	T(getaddrinfo("not-a-number", "1", &hints, &res) != 0);
	T(gai_strerror(EAI_NONAME) != 0);
	return t_status;
}
