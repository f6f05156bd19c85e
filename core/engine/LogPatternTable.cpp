#include "LogPatternTable.h"

namespace AscendDeck {

namespace {
using Severity = LogPattern::Severity;

void add(QList<LogPattern> *table, const char *id, const char *engine, Severity severity, const char *regex,
         const QString &cause, const QString &fix)
{
    table->append(LogPattern{QString::fromLatin1(id), QString::fromLatin1(engine), severity,
                             QRegularExpression(QString::fromLatin1(regex)), cause, fix});
}
} // namespace

const QList<LogPattern> &LogPatternTable::patterns()
{
    static const QList<LogPattern> table = build();
    return table;
}

QList<LogPattern> LogPatternTable::build()
{
    QList<LogPattern> table;
    addNetwork(&table);
    addMindieStart(&table);
    addResources(&table);
    addVllm(&table);
    addHost(&table);
    addConsequences(&table);
    return table;
}

void LogPatternTable::addNetwork(QList<LogPattern> *t)
{
    add(t, "socket-ifname", "hccl", Severity::Error,
        "Failed to get socket ifname(?:\\[([^\\]]*)\\])?|can ?not find ifname|Unable to find address for: (\\S+)",
        tr("HCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME or TP_SOCKET_IFNAME names a NIC this server does not have."),
        tr("Set all three to the real NIC of the server (ip addr), e.g. enp189s0f0, not eth0."));
    add(t, "hccl-if-ip", "hccl", Severity::Error, "HCCL_IF_IP\\[([^\\]]*)\\] is not a valid ip",
        tr("HCCL_IF_IP is not an address of this server."),
        tr("Set HCCL_IF_IP to this server's own address on the NIC named in HCCL_SOCKET_IFNAME."));
    add(t, "hccl-socket-timeout", "hccl", Severity::Error,
        "EI0006|Getting socket times out|wait socket establish timeout",
        tr("The NPUs of the servers did not connect to each other within HCCL_CONNECT_TIMEOUT: a node started "
           "too late or failed, the NPU network is broken, or TLS differs between nodes."),
        tr("Start all nodes together and raise HCCL_CONNECT_TIMEOUT (e.g. 7200); check hccn_tool -net_health, "
           "-netdetect and -link on every NPU and make hccn_tool -tls the same everywhere."));
    add(t, "hccl-bind-port", "hccl", Severity::Error,
        "EJ0003|Failed to bind the IP port|listen on ip\\[([^\\]]*)\\] and specific port\\[\\d+\\] fail",
        tr("HCCL could not bind its port: an earlier engine still holds it, or the address is not on this server."),
        tr("Stop the old engine container (docker rm -f), then start again; check the rank table's addresses."));
    add(t, "hccl-port-down", "hccl", Severity::Error, "EJ0002|The network port is down",
        tr("An NPU's RoCE port is down."),
        tr("Check hccn_tool -i N -link -g and -lldp -g, the cables and optics, and the switch port."));
    add(t, "tls-mismatch", "mindie", Severity::Error,
        "TLS settings must be the same|handshake with \\S+ failed: \\w*TLS\\w*|tls (?:switch|config\\w*) (?:is )?(?:inconsistent|mismatch)",
        tr("interNodeTLSEnabled / interCommTLSEnabled (or the NPU TLS switch) differ between nodes."),
        tr("Use the same TLS settings in every node's config.json, and hccn_tool -tls -s enable 0 on all NPUs."));
    add(t, "firewall", "any", Severity::Error, "No route to host|EHOSTUNREACH",
        tr("A firewall (firewalld) rejects the connection between the servers."),
        tr("systemctl stop firewalld && systemctl disable firewalld, or open the engine and HCCL ports."));
}

void LogPatternTable::addMindieStart(QList<LogPattern> *t)
{
    add(t, "input-file-check", "mindie", Severity::Error,
        "Check path: (\\S+) failed|required no greater than|The file (\\S+) is a link",
        tr("MindIE refuses an input file (config.json, rank table or weights) that others may write, that "
           "another user owns, or that is a symlink."),
        tr("chmod 640 the config and rank table, chmod -R 750 the weights, chown them to the user running "
           "the daemon; or set MINDIE_CHECK_INPUTFILES_PERMISSION=0."));
    add(t, "ranktable-missing", "mindie", Severity::Error, "Ranktable file is not exist",
        tr("RANK_TABLE_FILE / RANKTABLEFILE is not set, or the file is not mounted into the container."),
        tr("Set both variables to the rank table path inside the container and mount the file (mode 640)."));
    add(t, "ranktable-invalid", "mindie", Severity::Error,
        "in ranktable file is (?:invalid|empty|duplicated)|Failed to parse ranktable file|server_count \\d+ is "
        "not equal|device number of (?:each )?server|server_list in ranktable",
        tr("The rank table is malformed: server_count, container_ip, device or rank ids are wrong."),
        tr("Regenerate the rank table from the servers' hccn settings and validate it."));
    add(t, "container-ip", "mindie", Severity::Error, "MIES_CONTAINER_IP (?:(\\S+) )?is not (?:set|found)",
        tr("MIES_CONTAINER_IP is missing or is not this server's address in the rank table."),
        tr("Set MIES_CONTAINER_IP to this server's address exactly as it appears in the rank table."));
    add(t, "world-size", "mindie", Severity::Error, "worldSize \\d+ is not equal to the size of npuDeviceIds",
        tr("worldSize and the number of npuDeviceIds differ."),
        tr("Set worldSize to the number of NPUs of one server and list those NPUs in npuDeviceIds."));
    add(t, "config-missing", "mindie", Severity::Error,
        "The input file is not a regular file or not exists|Failed to load json config file",
        tr("config.json is missing or is not valid JSON."),
        tr("Regenerate config.json from the image's default and mount it over mindie-service/conf/config.json."));
    add(t, "tls-cert", "mindie", Severity::Error, "Failed to load tls cert",
        tr("httpsEnabled is true but the server certificate is not installed."),
        tr("Import the certificates, or set httpsEnabled to false on a closed network."));
    add(t, "api-port", "any", Severity::Error,
        "Failed to listen on ([^\\s,]+)|error while attempting to bind on address|Address already in use",
        tr("The API port is taken by another process, or the listen address is not on this server."),
        tr("Stop what holds the port (ss -ltnp) or choose another port; listen on the server's own address."));
    add(t, "endpoint-init", "mindie", Severity::Error, "Failed to init endpoint",
        tr("The HTTP endpoint did not start: ipAddress 0.0.0.0 without allowAllZeroIpListening, a missing "
           "certificate with httpsEnabled, or a port in use."),
        tr("Check ipAddress / allowAllZeroIpListening, httpsEnabled and the ports in config.json."));
}

void LogPatternTable::addResources(QList<LogPattern> *t)
{
    add(t, "npu-oom", "any", Severity::Error, "NPU out of memory|OutOfMemoryError",
        tr("The weights (or the KV cache) do not fit in NPU memory at this memory fraction and sequence length."),
        tr("Use more servers or quantized weights (W8A8), lower maxSeqLen / --max-model-len, or lower "
           "--gpu-memory-utilization if other processes share the NPUs."));
    add(t, "weights-not-found", "any", Severity::Error, "No such file or directory: '([^']*)'",
        tr("The weights are not visible in the container: the folder is not mounted, or its files are symlinks "
           "into a cache outside the mount (ModelScope / modelers downloads)."),
        tr("Mount the weights folder at the configured path; copy the files with cp -L or mount the cache too."));
    add(t, "setup-fail", "mindie", Severity::Error, "Setup fail, enable log|setup fail, error code",
        tr("An operator failed to set up while warming up, usually for lack of workspace memory at this "
           "maxSeqLen / maxPrefillTokens, or a CANN and driver that do not match."),
        tr("Lower maxSeqLen and maxInputTokenLen (seed 001's fix); for the first error set ASDOPS_LOG_LEVEL=ERROR "
           "and ASDOPS_LOG_TO_STDOUT=1."));
    add(t, "driver-too-old", "any", Severity::Error,
        "(?i)driver version.*(?:too (?:low|old)|not (?:match|compatible|supported))|not compatible with (?:the )?"
        "(?:npu )?driver|requires? (?:the )?driver (?:version )?\\S+ or (?:later|newer|higher)",
        tr("The NPU driver is older than the CANN in the image needs (e.g. CANN 8.2.RC1 needs driver 25.2)."),
        tr("Upgrade the driver and firmware to the version the image's CANN requires, or use an older image."));
}

void LogPatternTable::addVllm(QList<LogPattern> *t)
{
    add(t, "engine-handshake-timeout", "vllm", Severity::Error, "Timed out waiting for engines to send initial message",
        tr("The head and the headless workers never met: wrong --data-parallel-address or RPC port, a firewall, a "
           "worker not started, or different DP sizes."),
        tr("Start every worker with the head's address and the same --data-parallel-rpc-port and sizes; open the port."));
    add(t, "dp-address", "vllm", Severity::Error, "Cannot assign requested address",
        tr("--data-parallel-address is not an address of the head server."),
        tr("Use the head server's own address (its HCCL_IF_IP) as --data-parallel-address."));
    add(t, "dp-config-mismatch", "vllm", Severity::Error, "started with a different parallel config",
        tr("A worker was started with other DP/TP/EP sizes than the head."),
        tr("Start all nodes from the same settings."));
    add(t, "not-enough-npus", "vllm", Severity::Error,
        "number of devices required \\(\\d+\\) is more than the number of available NPUs",
        tr("--tensor-parallel-size x --data-parallel-size-local is more than the NPUs visible in the container."),
        tr("Pass all NPUs to the container (--device /dev/davinciN) or lower the parallel sizes."));
    add(t, "engine-core-died", "vllm", Severity::Error, "Engine core proc (\\S+) died unexpectedly",
        tr("A data-parallel rank on another node stopped."), tr("Read that node's log for the first error."));
    add(t, "hccl-init-failed", "hccl", Severity::Error, "hccl initialize failed|HcclGetRootInfo|HCCL init failed",
        tr("HCCL could not start; the usual cause is a wrong NIC name or address in the environment."),
        tr("Check HCCL_IF_IP and the *_SOCKET_IFNAME variables against the server's real NIC."));
}

void LogPatternTable::addHost(QList<LogPattern> *t)
{
    add(t, "hwhiaiuser-missing", "any", Severity::Error,
        "HwHiAiUser\\W*(?:does not exist|not exist|not found|no such)|getpwnam\\W+HwHiAiUser|no such (?:user|group)\\W+HwHiAiUser",
        tr("The HwHiAiUser user and group the driver runs as do not exist."),
        tr("groupadd HwHiAiUser && useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser -s /bin/bash, then "
           "reinstall the driver."));
}

void LogPatternTable::addConsequences(QList<LogPattern> *t)
{
    add(t, "worker-exit", "mindie", Severity::Error, "Daemon wait pid with (\\d+) exit",
        tr("A model worker process died; the reason is the first error before this line (often NPU out of memory "
           "or a setup failure)."),
        tr("Fix the first error in the log; this line is its consequence."));
    add(t, "lost-node", "mindie", Severity::Error, "Lost connection with a node of the multi-node inference",
        tr("Another node of the multi-node deployment stopped."), tr("Read that node's log for the first error."));
    add(t, "config-init", "mindie", Severity::Error, "Failed to init config",
        tr("The daemon rejected its config or rank table; the line before says which."),
        tr("Fix the problem named on the line before."));
    add(t, "engine-core-failed", "vllm", Severity::Error, "Engine core initialization failed",
        tr("vLLM's engine core did not start; the root cause is printed above."), tr("Fix the first error above."));
    add(t, "tbe-subprocess", "mindie", Severity::Info, "TBE Subprocess\\[task_distribute\\] raise error",
        tr("The operator compiler's helper noticed its parent died: a consequence, not a cause."),
        tr("Nothing to do for this line."));
    add(t, "engine-ready", "any", Severity::Info, "Daemon start success!|Application startup complete\\.",
        tr("The engine is up and serving."), tr("Nothing to do."));
}

} // namespace AscendDeck
