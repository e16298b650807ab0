/*
 * A machine check in a data load, taken by the process that runs this:
 * a normal process (normal.c's normal-mce) or the UKL app (app/mce.c's
 * mce_data_load), whose app code runs in ring 0.  The process maps a
 * page, writes on the console where the page is (its physical address)
 * and where the loop that loads from it is, and loads from it until a
 * signal.  The host's tests/guest/mce-inject.c, watching the console,
 * stops the VM while its vCPU is in that loop and injects a
 * "data load" uncorrected error (SRAR) at that address through the QEMU
 * monitor: Linux must kill the process with SIGBUS (BUS_MCEERR_AR) for
 * the page, and go on.  Before the machine check of a UKL app was user
 * mode's, the kernel graded it a kernel error and panicked.
 */
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

__asm__(".pushsection .text\n"
	".type mce_load_loop, @function\n"
	"mce_load_loop:\n"
	"1:	movq (%rdi), %rax\n"
	"	jmp 1b\n"
	"mce_load_loop_end:\n"
	".size mce_load_loop, . - mce_load_loop\n"
	".popsection");
void mce_load_loop(volatile void *page);
extern const char mce_load_loop_end[];

static sigjmp_buf mce_jump;
static siginfo_t mce_info;

static void mce_on_sigbus(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	mce_info = *si;
	siglongjmp(mce_jump, 1);
}

/* the physical address of the page at p, 0 if unknown */
static uint64_t mce_physical(void *p)
{
	uint64_t entry = 0;
	long pagesize = sysconf(_SC_PAGESIZE);
	int fd = open("/proc/self/pagemap", O_RDONLY);

	if (fd < 0)
		return 0;
	if (pread(fd, &entry, 8, (uintptr_t)p / pagesize * 8) != 8)
		entry = 0;
	close(fd);
	if (!(entry >> 63))	/* not present */
		return 0;
	return (entry & ((1ULL << 55) - 1)) * pagesize;
}

/* SIGBUS's siginfo after the injector's machine check in a loop loading
 * from page, at physical address phys; the injector gives up after a
 * while, and the runner's timeout ends the test then */
static int mce_catch(volatile long *page, uint64_t phys, siginfo_t *info)
{
	struct sigaction sa;
	char line[160];
	int console, n;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = mce_on_sigbus;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGBUS, &sa, 0);
	if (sigsetjmp(mce_jump, 1) == 0) {
		console = open("/dev/console", O_WRONLY);
		if (console < 0) {
			perror("/dev/console");
			return 1;
		}
		n = snprintf(line, sizeof line, "\nukl-mce: phys=%#llx from=%p to=%p\n",
			     (unsigned long long)phys, (void *)mce_load_loop, (void *)mce_load_loop_end);
		if (write(console, line, n) != n)
			return 1;
		close(console);
		mce_load_loop(page);
	}
	*info = mce_info;
	printf("signal %d code %d addr %p lsb %d (page %p)\n", info->si_signo,
	       info->si_code, info->si_addr, info->si_addr_lsb, (void *)page);
	return 0;
}

/* 0 when a load from an mmap'd page gives SIGBUS for that page */
static int mce_data_load_sigbus(void)
{
	siginfo_t info;
	uint64_t phys;
	volatile long *page;

	page = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) {
		perror("mmap");
		return 1;
	}
	page[0] = 0x6d6365;
	phys = mce_physical((void *)page);
	if (!phys) {
		printf("no physical address for %p in /proc/self/pagemap\n", (void *)page);
		return 1;
	}
	if (mce_catch(page, phys, &info))
		return 1;
	return !(info.si_signo == SIGBUS && info.si_code == BUS_MCEERR_AR &&
		 info.si_addr == (void *)page && info.si_addr_lsb == 12);
}
