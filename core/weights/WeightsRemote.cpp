#include "WeightsRemote.h"

#include "base/ShellQuote.h"

namespace AscendDeck::WeightsRemote {

namespace {
RemoteCommand script(const QString &body, const QStringList &arguments, int timeoutMs = 60000)
{
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), body, QStringLiteral("sh")};
    argv += arguments;
    return RemoteCommand::fromArgv(argv, timeoutMs);
}

const char kInventory[] = R"SH(if cd -- "$1" 2>/dev/null; then
  printf 'top\0%s\0' "$(pwd -P)"
  find . -mindepth 1 -path "./$3" -prune -o -mindepth 1 -printf 'e\0%y\0%P\0%s\0%l\0'
  find . -mindepth 1 -path "./$3" -prune -o -type l -print0 | xargs -0 -r sh -c 'for f; do printf "l\0%s\0%s\0%s\0%s\0" "${f#./}" "$(realpath -m -- "$f")" "$(stat -L -c %F -- "$f" 2>/dev/null)" "$(stat -L -c %s -- "$f" 2>/dev/null)"; done' sh
  if [ "$2" = 1 ]; then
    printf 'hashes\0'
    find . -mindepth 1 -path "./$3" -prune -o \( -type f -o -type l \) -print0 | xargs -0 -r -n 4 -P "$(nproc 2>/dev/null || echo 2)" sha256sum -z -- 2>/dev/null
  fi
  d=.
else
  printf 'nodir\0'
  d=$1
  while [ ! -d "$d" ]; do d=$(dirname -- "$d"); done
fi
printf 'free\0'
df -B1 --output=avail -- "$d" | tail -n 1)SH";
} // namespace

RemoteCommand inventory(const QString &dir, bool hashes)
{
    // Hashing a model of hundreds of GB takes minutes.
    return script(QString::fromLatin1(kInventory),
                  {dir, hashes ? QStringLiteral("1") : QStringLiteral("0"), QString::fromLatin1(kPartialDir)},
                  hashes ? 0 : 120000);
}

RemoteCommand createKey(const QString &marker)
{
    return script(QStringLiteral(R"SH(set -e
umask 077
d=$(mktemp -d "${TMPDIR:-/tmp}/ascenddeck-sync.XXXXXX")
ssh-keygen -q -t ed25519 -N '' -C "$1" -f "$d/key" >/dev/null
printf '%s\n' "$d"
cat "$d/key.pub")SH"),
                  {marker});
}

RemoteCommand writeKnownHosts(const QString &keyDir, const QString &knownHostsLine)
{
    return script(QStringLiteral(R"SH(umask 077; printf '%s\n' "$2" > "$1/known_hosts")SH"), {keyDir, knownHostsLine});
}

RemoteCommand removeKey(const QString &keyDir)
{
    // Only ever a directory createKey made.
    return script(QStringLiteral(R"SH(case "$1" in */ascenddeck-sync.*) rm -rf -- "$1";; esac)SH"), {keyDir});
}

RemoteCommand authorize(const QString &line)
{
    return script(QStringLiteral(R"SH(set -e
umask 077
mkdir -p "$HOME/.ssh"
f="$HOME/.ssh/authorized_keys"
[ -e "$f" ] || echo created
printf '%s\n' "$1" >> "$f")SH"),
                  {line});
}

RemoteCommand revoke(const QString &marker, bool fileWasCreated)
{
    return script(QStringLiteral(R"SH(f="$HOME/.ssh/authorized_keys"
[ -f "$f" ] || exit 0
grep -q -F -- "$1" "$f" || exit 0
t=$(mktemp "$f.XXXXXX") || exit 1
grep -v -F -- "$1" "$f" > "$t"
cat "$t" > "$f" && rm -f -- "$t"
[ "$2" = 1 ] && [ ! -s "$f" ] && rm -f -- "$f"
exit 0)SH"),
                  {marker, fileWasCreated ? QStringLiteral("1") : QStringLiteral("0")});
}

QStringList rsyncArguments(const QString &sourceDir, const QString &host, const QString &targetDir, bool overwrite,
                           int bandwidthLimitKiB)
{
    auto withSlash = [](const QString &dir) { return dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'); };
    // --copy-links: a symlinked shard arrives as the file (the container sees no link). --partial-dir: a cut
    // file waits there, hidden, and the next run resumes it. Without --overwrite a file the target already
    // holds is never touched (--ignore-existing); with it, content decides (--checksum), not size and time.
    QStringList args{QStringLiteral("rsync"), QStringLiteral("-a"), QStringLiteral("--copy-links"),
                     QStringLiteral("--partial-dir=") + QString::fromLatin1(kPartialDir),
                     QStringLiteral("--exclude=/") + QString::fromLatin1(kPartialDir),
                     overwrite ? QStringLiteral("--checksum") : QStringLiteral("--ignore-existing"),
                     QStringLiteral("--info=progress2,name1"), QStringLiteral("--stats")};
    if (bandwidthLimitKiB > 0)
        args << QStringLiteral("--bwlimit=%1").arg(bandwidthLimitKiB);
    // "host:" plus the path: rsync itself escapes the path for the remote shell.
    args << withSlash(sourceDir) << host + QLatin1Char(':') + withSlash(targetDir);
    return args;
}

QString rsyncShell(const QString &keyDir, const QString &user, int port)
{
    // HostKeyAlias: the known_hosts file holds the one key the console checked, under a fixed name, whatever
    // address or port the target is reached at.
    QStringList ssh{QStringLiteral("ssh"), QStringLiteral("-i"), keyDir + QStringLiteral("/key"),
                    QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                    QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + keyDir + QStringLiteral("/known_hosts"),
                    QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"),
                    QStringLiteral("-o"), QStringLiteral("HostKeyAlias=ascenddeck-target"),
                    QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                    QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                    QStringLiteral("-o"), QStringLiteral("ControlPath=none"),
                    QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=15"),
                    // AES-GCM first: hardware-accelerated on x86 (AES-NI) and on Kunpeng (ARMv8 crypto), it
                    // moves several times the bytes per core of chacha20, which OpenSSH prefers otherwise; on a
                    // data-centre network the cipher is what limits one copy.
                    QStringLiteral("-o"),
                    QStringLiteral("Ciphers=aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                                   "aes128-ctr,aes256-ctr"),
                    QStringLiteral("-p"), QString::number(port > 0 ? port : 22)};
    if (!user.isEmpty())
        ssh << QStringLiteral("-l") << user;
    return shellJoin(ssh);
}

RemoteCommand recordServerCommand(const QStringList &rsyncArguments)
{
    // rsync runs: SHELL... HOST rsync --server ...; the recorder drops HOST and prints the rest as ssh would
    // send it (arguments joined by spaces), then fails the "connection", so nothing is copied.
    const QString recorder = QStringLiteral(R"SH(sh -c 'shift; printf "%s" "$*" >&3; exit 1' record)SH");
    QStringList argv = rsyncArguments;
    argv.insert(1, QStringLiteral("-e"));
    argv.insert(2, recorder);
    return script(QStringLiteral(R"SH("$@" 3>&1 >/dev/null 2>&1; exit 0)SH"), argv);
}

RemoteCommand runRsync(const QString &keyDir, const QStringList &rsyncArguments, const QString &shell)
{
    QStringList argv{keyDir + QStringLiteral("/rsync.pid")};
    argv += rsyncArguments;
    argv.insert(2, QStringLiteral("-e"));
    argv.insert(3, shell);
    // exec: the pid written is rsync's own.
    return script(QStringLiteral(R"SH(echo $$ > "$1"; shift; exec "$@")SH"), argv, 0);
}

RemoteCommand stopRsync(const QString &keyDir)
{
    return script(QStringLiteral(R"SH(p=$(cat "$1/rsync.pid" 2>/dev/null) && kill "$p" 2>/dev/null; exit 0)SH"),
                  {keyDir}, 15000);
}

QString authorizedKeysLine(const QString &publicKey, const QString &serverCommand, const QString &marker)
{
    // sshd's option parser turns \" into " and keeps every other backslash as it is.
    QString command = serverCommand;
    command.replace(QLatin1Char('"'), QLatin1String("\\\""));
    const QStringList key = publicKey.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QStringLiteral("restrict,command=\"%1\" %2 %3 %4")
        .arg(command, key.value(0), key.value(1), marker);
}

} // namespace AscendDeck::WeightsRemote
