/* Simulated sudo for the simulated servers (installed setuid root as /usr/local/bin/sudo when a server has a
 * non-root login). Takes what AscendDeck passes: -S (password on stdin), -p PROMPT, -k, -n, --. The password is
 * checked against /etc/ascend-sim/sudo-password (absent: sudo needs none); every command run is appended to
 * /etc/ascend-sim/sudo.log as "uid<TAB>arg<TAB>arg...", and refusals as "uid<TAB>REFUSED<TAB>why", so tests
 * can prove what ran as root. */
#define _GNU_SOURCE
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PASSWORD_FILE "/etc/ascend-sim/sudo-password"
#define LOG_FILE "/etc/ascend-sim/sudo.log"

static void log_line(const char *what, int argc, char **argv)
{
    FILE *log = fopen(LOG_FILE, "a");
    if (!log)
        return;
    fprintf(log, "%u\t%s", (unsigned)getuid(), what);
    for (int i = 0; i < argc; ++i)
        fprintf(log, "\t%s", argv[i]);
    fputc('\n', log);
    fclose(log);
}

/* One line, read a byte at a time so that the command gets the rest of stdin untouched. */
static int read_line(char *buffer, size_t size)
{
    size_t n = 0;
    char c;
    while (n + 1 < size && read(0, &c, 1) == 1) {
        if (c == '\n')
            break;
        buffer[n++] = c;
    }
    buffer[n] = '\0';
    return (int)n;
}

int main(int argc, char **argv)
{
    int from_stdin = 0, non_interactive = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; ++i) {
        if (!strcmp(argv[i], "--")) { ++i; break; }
        if (!strcmp(argv[i], "-S")) from_stdin = 1;
        else if (!strcmp(argv[i], "-n")) non_interactive = 1;
        else if (!strcmp(argv[i], "-k")) continue;
        else if (!strcmp(argv[i], "-p") && i + 1 < argc) ++i;
        else { fprintf(stderr, "sudo: unknown option %s\n", argv[i]); return 1; }
    }
    if (i >= argc) { fprintf(stderr, "usage: sudo [-S] [-n] [-k] [-p prompt] [--] command\n"); return 1; }
    char expected[512] = "";
    FILE *f = fopen(PASSWORD_FILE, "r");
    if (f) {
        if (!fgets(expected, sizeof expected, f))
            expected[0] = '\0';
        expected[strcspn(expected, "\n")] = '\0';
        fclose(f);
    }
    if (getuid() != 0 && f) {
        if (non_interactive) {
            log_line("REFUSED", 1, (char *[]){"password required"});
            fprintf(stderr, "sudo: a password is required\n");
            return 1;
        }
        char given[512];
        if (!from_stdin || read_line(given, sizeof given) == 0) {
            log_line("REFUSED", 1, (char *[]){"no password"});
            fprintf(stderr, "sudo: no password was provided\n");
            return 1;
        }
        if (strcmp(given, expected) != 0) {
            log_line("REFUSED", 1, (char *[]){"wrong password"});
            fprintf(stderr, "Sorry, try again.\nsudo: 1 incorrect password attempt\n");
            return 1;
        }
    }
    log_line("RAN", argc - i, argv + i);
    if (setgroups(0, NULL) != 0 || setgid(0) != 0 || setuid(0) != 0) {
        perror("sudo: cannot become root");
        return 1;
    }
    execvp(argv[i], argv + i);
    fprintf(stderr, "sudo: %s: command not found\n", argv[i]);
    return 1;
}
