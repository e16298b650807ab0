/* x86_64-ukl: the kernel is entered by a 2-byte "jmp *%rcx" to the UKL
 * entry, r11 holding the return address, instead of syscall, and for a
 * few calls by calling a kernel function (contract in <asm/ukl.h>).  The
 * VDSO_* symbols name the kernel functions that stand in for the vDSO
 * (src/internal/x86_64-ukl/vdso.c): its code sits in user pages and its
 * fallback would execute syscall. */
#include <asm/ukl.h>

#define __UKL_STR(x) #x
#define __UKL_XSTR(x) __UKL_STR(x)
#define __UKL_CALL "lea " __UKL_XSTR(UKL_ENTRY) "(%%rip),%%rcx ; lea 1f(%%rip),%%r11 ; jmp *%%rcx ; 1:"

#define __SYSCALL_LL_E(x) (x)
#define __SYSCALL_LL_O(x) (x)

/* The kernel offers these calls as functions (UKL_SYS_DIRECT of
 * <asm/ukl.h>), much cheaper than the entry; taken where the number is a
 * constant, so syscall(n) still goes through the entry.  They return the
 * 32-bit id as an int, which lets getpid() and the others tail-call them. */
int UKL_SYS_DIRECT(getpid)(void);
int UKL_SYS_DIRECT(getppid)(void);
int UKL_SYS_DIRECT(gettid)(void);
int UKL_SYS_DIRECT(getuid)(void);
int UKL_SYS_DIRECT(geteuid)(void);
int UKL_SYS_DIRECT(getgid)(void);
int UKL_SYS_DIRECT(getegid)(void);

static __inline long __syscall0(long n)
{
	unsigned long ret;
	if (__builtin_constant_p(n)) switch (n) {
	case SYS_getpid: return UKL_SYS_DIRECT(getpid)();
	case SYS_getppid: return UKL_SYS_DIRECT(getppid)();
	case SYS_gettid: return UKL_SYS_DIRECT(gettid)();
	case SYS_getuid: return UKL_SYS_DIRECT(getuid)();
	case SYS_geteuid: return UKL_SYS_DIRECT(geteuid)();
	case SYS_getgid: return UKL_SYS_DIRECT(getgid)();
	case SYS_getegid: return UKL_SYS_DIRECT(getegid)();
	}
	__asm__ __volatile__ (__UKL_CALL : "=a"(ret) : "a"(n) : "rcx", "r11", "memory");
	return ret;
}

static __inline long __syscall1(long n, long a1)
{
	unsigned long ret;
	__asm__ __volatile__ (__UKL_CALL : "=a"(ret) : "a"(n), "D"(a1) : "rcx", "r11", "memory");
	return ret;
}

static __inline long __syscall2(long n, long a1, long a2)
{
	unsigned long ret;
	__asm__ __volatile__ (__UKL_CALL : "=a"(ret) : "a"(n), "D"(a1), "S"(a2)
						  : "rcx", "r11", "memory");
	return ret;
}

static __inline long __syscall3(long n, long a1, long a2, long a3)
{
	unsigned long ret;
	__asm__ __volatile__ (__UKL_CALL : "=a"(ret) : "a"(n), "D"(a1), "S"(a2),
						  "d"(a3) : "rcx", "r11", "memory");
	return ret;
}

static __inline long __syscall4(long n, long a1, long a2, long a3, long a4)
{
	unsigned long ret;
	register long r10 __asm__("r10") = a4;
	__asm__ __volatile__ (__UKL_CALL : "=a"(ret) : "a"(n), "D"(a1), "S"(a2),
						  "d"(a3), "r"(r10): "rcx", "r11", "memory");
	return ret;
}

static __inline long __syscall5(long n, long a1, long a2, long a3, long a4, long a5)
{
	unsigned long ret;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	__asm__ __volatile__ (__UKL_CALL : "=a"(ret) : "a"(n), "D"(a1), "S"(a2),
						  "d"(a3), "r"(r10), "r"(r8) : "rcx", "r11", "memory");
	return ret;
}

static __inline long __syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
	unsigned long ret;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	__asm__ __volatile__ (__UKL_CALL : "=a"(ret) : "a"(n), "D"(a1), "S"(a2),
						  "d"(a3), "r"(r10), "r"(r8), "r"(r9) : "rcx", "r11", "memory");
	return ret;
}

#define IPC_64 0

#define VDSO_USEFUL
#define VDSO_CGT_SYM "__vdso_clock_gettime"
#define VDSO_CGT_VER "LINUX_2.6"
#define VDSO_GETCPU_SYM "__vdso_getcpu"
#define VDSO_GETCPU_VER "LINUX_2.6"
