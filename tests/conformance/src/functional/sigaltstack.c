#define _DEFAULT_SOURCE
/* sigaltstack: a handler installed with SA_ONSTACK runs on the alternate
 * stack and sees SS_ONSTACK; without SA_ONSTACK it does not; the stack is
 * reported back; SS_DISABLE; ENOMEM for a too small stack */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static char *alt;
static size_t altsize;
static volatile int on_alt, flags_in_handler;

static void h(int sig)
{
	char local;
	stack_t ss;
	(void)sig;
	on_alt = (uintptr_t)&local >= (uintptr_t)alt && (uintptr_t)&local < (uintptr_t)alt + altsize;
	sigaltstack(0, &ss);
	flags_in_handler = ss.ss_flags;
}

int main(void)
{
	stack_t ss, old;
	struct sigaction sa;

	altsize = SIGSTKSZ > 65536 ? SIGSTKSZ : 65536;
	alt = malloc(altsize);
	if (!T(alt != 0))
		return t_status;
	ss.ss_sp = alt;
	ss.ss_size = altsize;
	ss.ss_flags = 0;
	T_OK(sigaltstack(&ss, &old));
	T(old.ss_flags & SS_DISABLE);
	T_OK(sigaltstack(0, &old));
	T(old.ss_sp == alt && old.ss_size == altsize && old.ss_flags == 0);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	T_INT(on_alt, 1);
	T(flags_in_handler & SS_ONSTACK);

	sa.sa_flags = 0;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	T_INT(on_alt, 0);
	T(!(flags_in_handler & SS_ONSTACK));

	ss.ss_flags = SS_DISABLE;
	T_OK(sigaltstack(&ss, 0));
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	T_INT(on_alt, 0);

	ss.ss_flags = 0;
	ss.ss_size = MINSIGSTKSZ / 2;
	T_FAIL(sigaltstack(&ss, 0), ENOMEM);
	free(alt);
	return t_status;
}
