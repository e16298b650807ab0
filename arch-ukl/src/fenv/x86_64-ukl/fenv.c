/* x86_64-ukl: fenv in C; x86_64/fenv.s keeps the mxcsr image in the red
 * zone, which an interrupt in ring 0 overwrites.  As there, raised
 * exceptions live in the SSE mxcsr; the x87 status word is cleared. */
#include <fenv.h>
#include <features.h>

static unsigned get_mxcsr(void)
{
	unsigned x;
	__asm__ __volatile__ ("stmxcsr %0" : "=m"(x));
	return x;
}

static void set_mxcsr(unsigned x)
{
	__asm__ __volatile__ ("ldmxcsr %0" : : "m"(x));
}

static unsigned get_x87_status(void)
{
	unsigned short x;
	__asm__ __volatile__ ("fnstsw %0" : "=a"(x));
	return x;
}

int feclearexcept(int mask)
{
	unsigned x87 = get_x87_status() & FE_ALL_EXCEPT, csr;

	mask &= FE_ALL_EXCEPT;
	if (x87 & mask)
		__asm__ __volatile__ ("fnclex");
	csr = get_mxcsr() | x87;
	if (csr & mask)
		set_mxcsr(csr & ~mask);
	return 0;
}

int feraiseexcept(int mask)
{
	set_mxcsr(get_mxcsr() | (mask & FE_ALL_EXCEPT));
	return 0;
}

hidden int __fesetround(int r)
{
	unsigned short cw;

	__asm__ __volatile__ ("fnstcw %0" : "=m"(cw));
	cw = (cw & ~0xc00) | r;
	__asm__ __volatile__ ("fldcw %0" : : "m"(cw));
	set_mxcsr((get_mxcsr() & ~0x6000) | r << 3);
	return 0;
}

int fegetround(void)
{
	return get_mxcsr() >> 3 & 0xc00;
}

int fegetenv(fenv_t *env)
{
	__asm__ __volatile__ ("fnstenv %0" : "=m"(*env));
	env->__mxcsr = get_mxcsr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	static const fenv_t dfl = {
		.__control_word = 0x37f, .__tags = 0xffff, .__mxcsr = 0x1f80
	};

	if (env == FE_DFL_ENV)
		env = &dfl;
	__asm__ __volatile__ ("fldenv %0" : : "m"(*env));
	set_mxcsr(env->__mxcsr);
	return 0;
}

int fetestexcept(int mask)
{
	return (get_x87_status() | get_mxcsr()) & mask & FE_ALL_EXCEPT;
}
