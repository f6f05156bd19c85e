<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplyCommand</name>
    <message>
        <source>The plan to apply (from plan --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the settings saved in this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the hccn_tool commands that would run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really change the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save what is replaced (default hccn-backup-TIME.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server of the plan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan has %2 conflict(s); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1: %2 command(s)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous settings saved in %1 (apply --rollback %1 --yes restores them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan and --rollback cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --plan FILE, --project FILE or --rollback FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --yes cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the NPU settings of each server and changes only what differs from the plan. Without --yes nothing is changed: the commands are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...] (default: the plan&apos;s hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither --dry-run nor --yes: showing what would change, changing nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::AlertHistoryModel</name>
    <message>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::AlertModel</name>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::AlertMonitor</name>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2: health is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2: HBM %3% used (%4 of %5 MB), above %6%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inference service is down: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ChatBox</name>
    <message>
        <source>Briefly introduce the Ascend 910B NPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service address first, e.g. http://10.0.0.1:1025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first token...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token after %1 ms; %2 tokens in %3 s; %4 tokens/s while generating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ClusterSamples</name>
    <message>
        <source>the CSV destination is not writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::DeploymentStatusModel</name>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::DeploymentWizard</name>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::EngineLogView</name>
    <message>
        <source>Filter lines (e.g. ERROR, HCCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::EnginePage</name>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose MindIE or vLLM-Ascend and the model; every setting is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM-Ascend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max input tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max prefill tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max prefill batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU memory fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the model index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model index not found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (master, NIC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (NIC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vllm serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the experts over DP x TP NPUs (MoE models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel (whole cluster):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel (per replica):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data parallel (replicas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE: worldSize %1 per server, and the rank table joins the %2 servers&apos; NPUs into one group (TP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM-Ascend: %1 replicas over %2 servers, each over TP NPUs of one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the layout %1 (the button under Layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 servers, or quantized weights (W8A8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::FindingModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::FindingView</name>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::HostKeyPrompter</name>
    <message>
        <source>New server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First connection to %1 (port %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presents this %1 key:

%2

Compare it with the fingerprint printed on the server by
  ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub

Trust it and remember it in %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::HottestNpuModel</name>
    <message>
        <source>%1 % (%2/%3 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBM used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Core %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::JobProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::LaunchHealthProbe</name>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::LaunchOperation</name>
    <message>
        <source>Reading the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine container started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: engine started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Fix: %3 (log line %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine up; waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving through the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the engine stopped without a known error; read its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lost its log stream: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the others: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: removing the started containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a running engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine running; reading its log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::LaunchPage</name>
    <message>
        <source>&amp;Launch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the servers, show every command that will run, and launch after you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known failure patterns found in a server&apos;s log appear here with their cause and fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the Engine step of the deployment first: it reads each server&apos;s network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: the service answers at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped, with problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the servers to prepare the launch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 on %2 servers? Containers named %3 are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the engine on every server? Requests in flight are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start the engine on every server again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n server(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Launch failed: %1 failed first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment yet: complete the Deploy steps up to Engine, then launch here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n server(s), model %2 (%3), image %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch cancelled; the containers it had started were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the Engine step of the deployment first: it chooses the engine and the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine is running (%1). Launch starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for an engine already running...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadSweepJob</name>
    <message>
        <source>Step %1: %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measuring up to %n load(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadSweepPanel</name>
    <message>
        <source>Loads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency=1,2,4,8 or rate=0.5,1,2 (requests/s); empty with targets: search the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run s&amp;weep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput and latency against load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter loads to measure, or targets to search the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search up to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1 = %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the search&apos;s highest load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load met the targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTest</name>
    <message>
        <source>the request count and the concurrency must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTestJob</name>
    <message>
        <source>Sending %1 requests, %2 at a time...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTestPage</name>
    <message>
        <source>Smoke test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: fixed lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate exactly the output length (ignore EOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report (&amp;JSON)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShareGPT dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens/s while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service address first, e.g. http://10.0.0.1:1025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed, %2 failed in %3 s; %4 requests/s; %5 output tokens/s; %6 tokens/s in total; peak concurrency %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShareGPT dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep and capacity search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTestRequest</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended without [DONE] or without any token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::MainWindow</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 servers connected, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when AscendDeck starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the last project at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::MetricsHttpServer</name>
    <message>
        <source>&apos;%1&apos; is not ADDRESS:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::MonitorPage</name>
    <message>
        <source>&amp;Start monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://master:port/metrics (filled in when a launch is ready)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile colour: green healthy, amber warning, red alarm, grey no reading. Fill: HBM in use. Click a server to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: every NPU, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 servers answering, %3 NPUs, %4 samples kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: the last minutes as they arrive. The others read the project&apos;s history; drag over a chart or use the mouse wheel to zoom, right click to zoom out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest (temperature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest (HBM in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest (AI Core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hottest NPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: every NPU, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::NetworkPage</name>
    <message>
        <source>NPU network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the RoCE addresses of every NPU, apply them with hccn_tool, and verify the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre pairs (back to back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One RoCE switch (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed (L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway: each NPU&apos;s gateway is its own address and netdetect is its peer NPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch/routed: the NPU gateway, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netdetect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested %1 addresses. Edit any cell, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># %1: %n command(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source># error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the NPUs of %1 servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the NPUs before changing anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: every NPU already matches the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the NPU network plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %n hccn_tool command(s) on the servers? The current settings are saved first so that they can be rolled back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n command(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet: Apply takes one before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the NPUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the NPU network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the settings saved in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) ran; every NPU now matches. Verify the links next.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) would run (only what differs from now).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking link, health, LLDP, TLS and pings on every NPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 NPUs pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 NPUs fail; hover a red cell for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the NPUs may be partly changed. Verify, or roll back from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::NpuCharts</name>
    <message>
        <source>HBM used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Core use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::NpuOverview</name>
    <message>
        <source>%1: not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2: no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2 chip %3
Health: %4
HBM: %5 / %6 MB
AI Core: %7 %
Temperature: %8 °C
Power: %9 W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::NpuSampler</name>
    <message>
        <source>no answer for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sampling loop ended (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling the NPUs of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every server for what makes launches fail: NPUs, driver vs CANN, users, services, disk, weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder (same path on every server):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run all checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run &amp;selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to see what the check found on that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the servers not yet checked have no results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ProjectDocument</name>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - AscendDeck</source>
        <extracomment>The window title: the project&apos;s name, the modified marker Qt shows as &apos;*&apos;, the application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AscendDeck projects (*.ascenddeck.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::RankTablePage</name>
    <message>
        <source>Rank table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated from each server&apos;s NPU addresses (/etc/hccn.conf), checked, and copied to every server with mode 0640.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server / device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path on the servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1 servers as %2 (mode 0640).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 on %2 servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to %1 servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems above, then generate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to copy to every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 (container %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: some servers may not have the rank table yet; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ReviewPage</name>
    <message>
        <source>Review and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything AscendDeck will deploy. Save the project, and export its files to keep them in git.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AscendDeck project (*.ascenddeck.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1%2: %3 × %4, driver %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (master)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that will be exported (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServerListModel</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (master)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How commands that need root run: off, nopasswd (sudo without a password) or password (asked once); empty: the default (sudo without a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts as ssh -J takes them: [user@]host[:port][,...]; empty: the jump hosts for all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, via: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sudo: &apos;%2&apos; is not one of off, nopasswd, password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Ascend servers of the deployment, choose how to log in, and test the connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root@10.0.0.1, npu-node-2 (an ~/.ssh/config alias), admin@10.0.0.3:2222 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master holds rank 0 of the rank table and runs the vLLM head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent and my default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase, if the key has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts for all servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As ssh -J takes them: [user@]host[:port][,...]. A server&apos;s own &quot;Via&quot; cell overrides this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (or ProxyJump from ~/.ssh/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password, passphrase and sudo passwords of these servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the remembered secrets of the selected server (of every server when none is selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget saved secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the remembered secrets of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the remembered secrets of every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts for all servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServiceMetricsPoller</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServicePanel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::StatusPage</name>
    <message>
        <source>Open a project to see where each server stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to go to its step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last complete read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no servers yet: add them in the Deploy tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the servers (%1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading where each server stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1: servers not read: %2; steps that need attention: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1: steps that need attention: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1: every server is as the project says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::SudoPasswordPrompter</name>
    <message>
        <source>sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 refused the password for &apos;%2&apos;. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 asks for the password of &apos;%2&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it until AscendDeck quits (no system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::TopologyDiagram</name>
    <message>
        <source>RoCE switch (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router (L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::WeightsModel</name>
    <message>
        <source>copying from %1: %2% (%3 of %4), %5/s, %6 left, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete, verified (sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied from %1, verified (sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ, kept as they are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; copy again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference folder missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same files and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same files and sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::WeightsPanel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite files that differ from the master&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from the master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check lists the model folder on every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server holds the master&apos;s files (verified by sha256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not complete everywhere; see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1 on every server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server holds the master&apos;s files (by size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still to copy in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 from %2, server to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the cut files wait on the servers; copy again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AscendDeck::WeightsSyncJob</name>
    <message>
        <source>Copying the weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannInfoParser</name>
    <message>
        <source>no version= line: is this a CANN install.info file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compatible_version is not a list of ranges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityCheck</name>
    <message>
        <source>%1 x %2 NPUs x %3 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TP%2 (MindIE worldSize %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MindIE worldSize %2 per server, %3 servers in the rank table (TP%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: vLLM-Ascend DP%2 x TP%3 with --enable-expert-parallel (MoE models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB of weights over %2 NPUs is %3 GB per NPU; at memory fraction %4 each NPU has %5 GB usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, leaving %2 GB per NPU for the KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, leaving only %2 GB per NPU for the KV cache: expect few concurrent requests, or lower maxSeqLen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weights do not fit (NPU out of memory while loading). At least %2 servers are needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Docker image the engine will run (its CANN decides the driver needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights folder, the same path on every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the container mounts (default: the model path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPUs every server must have (default: the same on all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image IMAGE and --model-path PATH are required (or a --project with an engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no servers given (HOSTS or --project FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--npus &apos;%1&apos; is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks servers before a launch: NPUs, driver against the image&apos;s CANN, HwHiAiUser, Docker and the image, firewalld, /dev/shm, disk space and the weights (present, same everywhere, no symlink leaving the mounted folder). Prints the findings as JSON; exits 1 if any check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>The headless half of AscendDeck: NPU network, rank tables, preflight, engine launch and load tests from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview, apply or roll back an NPU network plan (hccn_tool) over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight checks before a launch (NPUs, driver vs CANN, docker, weights), as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE config, vLLM/docker command lines, launch scripts, log diagnosis, capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a command on one or more servers over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every file the project generates into a folder for version control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the engine on every server (or --dry-run), stream the logs, wait until ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load-test an OpenAI-compatible service (TTFT, TPOT, ITL, throughput)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse a saved tool output (npu-smi, hccn-tool, ...) and print it as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest and check an NPU network plan (fibre-pairs, switch, routed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate, merge or validate HCCL rank tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the servers with the project (drift), as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop and remove the engine container on every server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample every NPU over SSH: a table, JSON lines or CSV, or Prometheus /metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model folder on every server: status, and the copy from server to server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the key&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the login password from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh config file (default ~/.ssh/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and record a host key seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login user (default: ~/.ssh/config, then the local user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port of every server (default 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file: the servers and their settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-command timeout (default 600; 0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ssh-port &apos;%1&apos; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host key %2 %3 is not in %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (--accept-new-host-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (pass --accept-new-host-key to trust it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run what needs root through sudo when the login user is not root (exec: the command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the sudo password (implies --sudo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts to connect through, first hop first, as ssh -J takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sudo-password-env: the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSelection</name>
    <message>
        <source>--device_num %1 uses logical device %2, but --visible_devices lists only %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device range &quot;%1&quot; must look like [0,8) with single digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device range %1 must be within [0,8]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device range %1 selects no device: the first number must be less than the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device range %1 must stay within [0,4) or [4,8), or be all of [0,8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible device &quot;%1&quot; is not a device id 0-63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible device %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerTableParser</name>
    <message>
        <source>empty: no table header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a docker table header: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row does not line up with the header: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineCluster</name>
    <message>
        <source>%1.%2: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.address: missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.master: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.npus: expected a list of NPU ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.npus[%2]: expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes: missing or not a list of servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineCommand</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 is not in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one node&apos;s MindIE config.json, starting from the image&apos;s default; rule findings go to stderr as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s default config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine settings (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server the config is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers (JSON); default: the node alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write (default stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the MindIE rule findings of every node, and across nodes, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints each node&apos;s environment and vllm serve command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one node&apos;s launch script (docker run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server the script is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the known failure patterns in an engine log and prints them as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s log (docker logs, or a saved file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one LOGFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no metadata.total_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells whether the weights fit into NPU memory, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size of the weights in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.safetensors.index.json (metadata.total_size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPUs per server (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HBM per NPU in GiB (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory fraction (default 0.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor-parallel size (default: all NPUs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-parallel size (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert parallel spreads the weights over DP too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --weights-bytes or --index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE config, vLLM/docker command lines, launch scripts, log diagnosis and capacity, from the engine settings and cluster files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one node&apos;s MindIE config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MindIE rule findings of every node, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each node&apos;s vllm serve command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one node&apos;s launch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known failure patterns in a log, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the weights fit into NPU memory, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the servers as the console&apos;s engine step does: the NIC that carries each server&apos;s address (ip -j addr) and the weights&apos; size on the master. Writes the servers as JSON, the --cluster file of launch and the other engine commands; the weights&apos; size and what could not be read go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model folder on the servers (default: the project&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each server&apos;s NIC and the weights&apos; size, read over SSH (--project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab&apos;s own pattern file (JSON, as resources/diagnosis/patterns.json), tried before the built-in patterns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>The engine settings are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineStep</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no metadata.total_size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>no host list given (HOSTS or --project FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given after the host list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs COMMAND with ARGs on one or more servers over SSH. Each ARG reaches the server unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...] (not with --project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- COMMAND [ARG...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnBackup</name>
    <message>
        <source>not an AscendDeck hccn backup (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnBatch</name>
    <message>
        <source>%1: hccn_tool batch output was cut or garbled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnCommandRenderer</name>
    <message>
        <source>%1 NPU %2: %3 was unset before and stays %4 (hccn_tool cannot unset it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnConfParser</name>
    <message>
        <source>no key_N=value settings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected key_N=value, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set twice for this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 or 1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnPlan</name>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server has no host or no NPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: not an AscendDeck NPU network plan (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology: unknown topology &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnPlanValidator</name>
    <message>
        <source>server %1 NPU %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NPU id is negative or listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; netmask &quot;%2&quot; is not an IPv4 address and netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 is outside the NPU&apos;s subnet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netdetect &quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1 is already used by server %2 NPU %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 differs from %2 of server %3 NPU %4; one switch needs one subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its direct-connect peer server %1 NPU %2 (%3) is not in its subnet %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netdetect %1 is not its direct-connect peer server %2 NPU %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet %1 overlaps the host network %2 of that server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnPlanner</name>
    <message>
        <source>a plan needs at least one server and one NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 is not inside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-to-back fibre pairs need an even number of servers, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-to-back fibre pairs have no gateway: each NPU uses its own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a per-link prefix of /%1 does not fit in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has room for fewer than %2 /%3 link subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 server subnets of %3 NPUs each; give a larger subnet or --gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 usable addresses, the plan needs %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnReadings</name>
    <message>
        <source>%1 NPU %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnReadingsParser</name>
    <message>
        <source>-ip -g: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-gateway -g: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-netdetect -g: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-tls -g: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HccnToolParser</name>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;ipaddr:&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;netmask:&quot; after &quot;ipaddr:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IP address: &quot;%1&quot; / &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;default gateway:G, Iface:NAME&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netdetect address is not an IP address: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty net health status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;link status: UP&quot; or &quot;DOWN&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;dev_id:N, tls switch[0|1]...&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not succeed: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an LLDP TLV header or &quot;Ifname:&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected ping output &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;vnic link status:&quot; line found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vnic link status is &quot;%1&quot;, expected UP or DOWN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryAlertLog</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>the CSV destination is not writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>cannot create the history folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostNetworks</name>
    <message>
        <source>`ip -j addr` printed no JSON array: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostRules</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is up, that sshd accepts your key and that its host key is in known_hosts (ssh %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: groupadd HwHiAiUser &amp;&amp; useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser -s /bin/bash, then reinstall the driver (it installs its files for that user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not look up HwHiAiUser (getent failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no HwHiAiUser account: the driver&apos;s device files and the engine images expect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the HwHiAiUser account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: docker is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: systemctl enable --now docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: docker is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 (CANN %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the image %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the image %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: docker load -i &lt;image&gt;.tar, or docker pull %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: firewalld is active: it drops the engine&apos;s inter-node traffic (multi-node port, HCCL/Gloo sockets) unless every port was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: systemctl stop firewalld &amp;&amp; systemctl disable firewalld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: firewalld is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: mount -o remount,size=64G /dev/shm (and the same in /etc/fstab), or give the container its own with --shm-size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not read the size of /dev/shm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: /dev/shm is only %2 (%3 or more recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: /dev/shm is %2, %3 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on %1 of %2 (docker system prune, old images and logs), or move Docker&apos;s data-root to a larger disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not read the free space of /var/lib/docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 free on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpAddrParser</name>
    <message>
        <source>interface %1: no &quot;ifname&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;addr_info&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an address entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the JSON of `ip -j addr`: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the JSON of `ip -j addr`: expected a list of interfaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ipv4Subnet</name>
    <message>
        <source>&apos;%1&apos; is not an IPv4 network like 192.168.100.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has host bits set; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueText</name>
    <message>
        <source>expected key=value, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchCommand</name>
    <message>
        <source>The engine settings (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers (JSON), in rank order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --project FILE, or --settings FILE and --cluster FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2] %3 Fix: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch failed: %1 failed first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the engine on every server, in order, streams the logs and waits until the deployment is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every command per server; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dry-run: do not read the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep streaming the logs once the deployment is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops and removes the engine container on every server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchPlan</name>
    <message>
        <source>The deployment has no servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json starts from AscendDeck&apos;s packaged MindIE default; the launch reads the image&apos;s own default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank table (every server the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank table is assembled from every server&apos;s /etc/hccn.conf at launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s default config.json is not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE config.json of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># server %1 of %2: %3 (%4), step %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># ready when every engine logged its ready line and %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated at launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># upload %1 (mode %2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># stop (every server): %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># read (every server, changes nothing): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># read (%1, changes nothing): %2; %3; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (through sudo install)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchRemote</name>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadSweepConfig</name>
    <message>
        <source>unknown load &quot;%1&quot;: use concurrency=... or rate=... (requests per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate: &quot;%1&quot; is not a positive number of requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency: &quot;%1&quot; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no load given, e.g. concurrency=1,2,4,8 or rate=0.5,1,2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadSweepReport</name>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2EL p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadTestCommand</name>
    <message>
        <source>--%1 must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url http://HOST:PORT and --model NAME are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service root, e.g. http://10.0.0.1:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at most (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens to generate (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON instead of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 requests, %3 failed, %4 output tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a search (--slo without --sweep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number of requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below one --rate-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - met the targets
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - missed %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-tests an OpenAI-compatible service (vLLM, MindIE) with streaming chat completions and reports TTFT, TPOT, ITL, E2EL and throughput; sweeps loads and searches the highest load that meets latency targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests (default 100), per step of a sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed (default), sharegpt:FILE (or FILE), random:MIN-MAX[:OMIN-OMAX].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent first and not counted (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads to measure: concurrency=1,2,4,8 or rate=0.5,1,2 (requests/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency targets, e.g. ttft_p95_ms=2000,tpot_p95_ms=100; without --sweep, search the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest load a search tries: concurrency=N (default 256) or rate=R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of a rate search in requests/s (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a sweep&apos;s steps as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search-max and --csv need --sweep or --slo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadTestDataset</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ShareGPT JSON array: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no usable conversation (two turns, 4 to 1024 prompt tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random:%1 is not MIN-MAX or MIN-MAX:OMIN-OMAX token lengths with 1 &lt;= MIN &lt;= MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharegpt: needs a file, as in sharegpt:ShareGPT_V3.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadTestReport</name>
    <message>
        <source>============ Serving Benchmark Result ============
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum request concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark duration (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total input tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total generated tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request throughput (req/s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output token throughput (tok/s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total token throughput (tok/s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak concurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to First Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per Output Token (excl. 1st token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-token Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-to-end Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDiagnosis</name>
    <message>
        <source>The engine looked for its weights at %1, not in the configured %2: it is not reading the config.json AscendDeck generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the container mounts the generated config.json over the image&apos;s conf/config.json (docker inspect shows the mounts) and that the file on the host is the generated one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPatternTable</name>
    <message>
        <source>HCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME or TP_SOCKET_IFNAME names a NIC this server does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set all three to the real NIC of the server (ip addr), e.g. enp189s0f0, not eth0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL_IF_IP is not an address of this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set HCCL_IF_IP to this server&apos;s own address on the NIC named in HCCL_SOCKET_IFNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NPU&apos;s RoCE port is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check hccn_tool -i N -link -g and -lldp -g, the cables and optics, and the switch port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interNodeTLSEnabled / interCommTLSEnabled (or the NPU TLS switch) differ between nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same TLS settings in every node&apos;s config.json, and hccn_tool -tls -s enable 0 on all NPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall (firewalld) rejects the connection between the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl stop firewalld &amp;&amp; systemctl disable firewalld, or open the engine and HCCL ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE refuses an input file (config.json, rank table or weights) that others may write, that another user owns, or that is a symlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chmod 640 the config and rank table, chmod -R 750 the weights, chown them to the user running the daemon; or set MINDIE_CHECK_INPUTFILES_PERMISSION=0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANK_TABLE_FILE / RANKTABLEFILE is not set, or the file is not mounted into the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both variables to the rank table path inside the container and mount the file (mode 640).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank table is malformed: server_count, container_ip, device or rank ids are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the rank table from the servers&apos; hccn settings and validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIES_CONTAINER_IP is missing or is not this server&apos;s address in the rank table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set MIES_CONTAINER_IP to this server&apos;s address exactly as it appears in the rank table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldSize and the number of npuDeviceIds differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set worldSize to the number of NPUs of one server and list those NPUs in npuDeviceIds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json is missing or is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate config.json from the image&apos;s default and mount it over mindie-service/conf/config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>httpsEnabled is true but the server certificate is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificates, or set httpsEnabled to false on a closed network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API port is taken by another process, or the listen address is not on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop what holds the port (ss -ltnp) or choose another port; listen on the server&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP endpoint did not start: ipAddress 0.0.0.0 without allowAllZeroIpListening, a missing certificate with httpsEnabled, or a port in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check ipAddress / allowAllZeroIpListening, httpsEnabled and the ports in config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights (or the KV cache) do not fit in NPU memory at this memory fraction and sequence length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use more servers or quantized weights (W8A8), lower maxSeqLen / --max-model-len, or lower --gpu-memory-utilization if other processes share the NPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights are not visible in the container: the folder is not mounted, or its files are symlinks into a cache outside the mount (ModelScope / modelers downloads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount the weights folder at the configured path; copy the files with cp -L or mount the cache too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator failed to set up while warming up, usually for lack of workspace memory at this maxSeqLen / maxPrefillTokens, or a CANN and driver that do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower maxSeqLen and maxInputTokenLen (seed 001&apos;s fix); for the first error set ASDOPS_LOG_LEVEL=ERROR and ASDOPS_LOG_TO_STDOUT=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPU driver is older than the CANN in the image needs (e.g. CANN 8.2.RC1 needs driver 25.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the driver and firmware to the version the image&apos;s CANN requires, or use an older image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head and the headless workers never met: wrong --data-parallel-address or RPC port, a firewall, a worker not started, or different DP sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every worker with the head&apos;s address and the same --data-parallel-rpc-port and sizes; open the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-parallel-address is not an address of the head server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the head server&apos;s own address (its HCCL_IF_IP) as --data-parallel-address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker was started with other DP/TP/EP sizes than the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start all nodes from the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tensor-parallel-size x --data-parallel-size-local is more than the NPUs visible in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass all NPUs to the container (--device /dev/davinciN) or lower the parallel sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data-parallel rank on another node stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read that node&apos;s log for the first error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL could not start; the usual cause is a wrong NIC name or address in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check HCCL_IF_IP and the *_SOCKET_IFNAME variables against the server&apos;s real NIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HwHiAiUser user and group the driver runs as do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groupadd HwHiAiUser &amp;&amp; useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser -s /bin/bash, then reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model worker process died; the reason is the first error before this line (often NPU out of memory or a setup failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the first error in the log; this line is its consequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another node of the multi-node deployment stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon rejected its config or rank table; the line before says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem named on the line before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s engine core did not start; the root cause is printed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the first error above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator compiler&apos;s helper noticed its parent died: a consequence, not a cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is up and serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a pattern file (a JSON object with a &quot;patterns&quot; array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pattern %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not error, warning or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL could not create the communicator of the ranks (HcclCommInitRootInfo): the ranks do not agree on the rank table or world size, an NPU is not visible in the container, or the NPU network between them is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the HCCL lines before it for the first error; check that every rank uses the same rank table and sizes, that the container sees the NPUs it is given (ASCEND_RT_VISIBLE_DEVICES), and prove the fabric with hccl_test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPUs of the servers did not connect to each other within HCCL_CONNECT_TIMEOUT (EI0006): a node started too late or failed, HCCL uses the wrong NIC, or the NPU TLS switch differs between the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the NPU TLS switch the same everywhere (hccn_tool -i N -tls -g | grep switch on every NPU of every server; hccn_tool -i N -tls -s enable 0 on every NPU); check that HCCL_IF_IP and HCCL_SOCKET_IFNAME name the NIC that carries the server&apos;s own address; start all nodes together and raise HCCL_CONNECT_TIMEOUT (e.g. 7200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL could not bind its port (EJ0003/EI0019; the ports start at 60000): another engine or job on this server holds it, an earlier engine still runs, or the address is not on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old engine container (docker rm -f); give each engine that shares a server its own HCCL_IF_BASE_PORT (e.g. 60000 and 61000); check the rank table&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank table&apos;s device_ip is the placeholder -.-.-.- (or empty): the NPUs have no RoCE address, so MindIE and HCCL cannot reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every NPU its address (hccn_tool -i N -ip -s address A netmask M, see hccn_tool -i N -ip -g), then regenerate the rank table from the servers&apos; readings and validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE divides the data-parallel size by the number of nodes; with dp smaller than the nodes (dp 1 over two servers) it gets 0 data-parallel groups per node and aborts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set dp to a multiple of the number of nodes and tp to the NPUs of one node (e.g. 2 nodes: dp 2, tp 8), or run the model on one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights were quantized by a msModelSlim / msit version whose quantization config this vLLM-Ascend does not read (quantization_config or quant_model_description.json missing or in another layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantize again with the msModelSlim version that matches this vLLM-Ascend release, or use the weights published for it (e.g. vllm-ascend/DeepSeek-R1-W8A8 on ModelScope), and pass --quantization ascend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rank waited for the others at start-up until torch&apos;s rendezvous timeout (600 s or 30 min): a node was not started, is stuck earlier (loading weights, HCCL init), or cannot reach the master&apos;s address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the other nodes&apos; logs for their first error; start all nodes within the timeout; check that the master address and port are reachable from every node (firewall, the NIC in GLOO_SOCKET_IFNAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL error EI0002: a collective operation waited for its peers longer than HCCL_EXEC_TIMEOUT (notify wait timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the rank that did not join the operation (its log has the first error); raise HCCL_EXEC_TIMEOUT only when the ranks are just slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL error EI0004: the rank table or the rank given to HCCL is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the rank table (ascenddeck-cli ranktable validate) and check RANK_TABLE_FILE and the rank ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL error EI0005: the ranks called a collective operation with different parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every rank from the same settings and the same version of the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL error EI0009: the transport link to another rank could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the peer NPU named in the line (its log and its link: hccn_tool -i N -link -g, -net_health -g) and the NPU network between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL error EI0014: the rank table is refused, e.g. its version does not fit the chip (1.0 for A2, 1.2 for A3, 2.0 for A5) or a stale table is mounted from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the rank table for this chip and make sure the container reads that one (RANK_TABLE_FILE, no leftover /etc/hccl_rootinfo.json mount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCCL error EJ0001: the HCCP process (the NPU network agent) failed to start, usually for a wrong NIC or an NPU without a network configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check HCCL_SOCKET_IFNAME and the NPU addresses (hccn_tool -i N -ip -g); restart the engine after fixing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MindIeConfig</name>
    <message>
        <source>config.json is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MindIeConfigRules</name>
    <message>
        <source>maxPrefillTokens (%1) is smaller than maxSeqLen (%2): a request as long as maxSeqLen can never be prefilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set maxPrefillTokens to at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxInputTokenLen (%1) is larger than maxSeqLen (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower maxInputTokenLen to at most %1, or raise maxSeqLen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxInputTokenLen (%1) plus maxIterTimes (%2) is more than maxSeqLen (%3): long answers to long prompts are cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep maxInputTokenLen + maxIterTimes at or below maxSeqLen (e.g. %1 + %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxPrefillBatchSize (%1) is larger than maxBatchSize (%2); only %2 requests can run at once anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set maxPrefillBatchSize to at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldSize is %1 but this server uses %2 NPUs; worldSize counts the NPUs of one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set worldSize to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npuDeviceIds lists %1 NPUs but worldSize is %2; MindIE refuses to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List exactly worldSize NPU ids in npuDeviceIds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is 0.0.0.0 but allowAllZeroIpListening is false: the daemon stops with &quot;Failed to init endpoint&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on the server&apos;s own address, or set allowAllZeroIpListening to true (only on a closed network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiNodesInferEnabled is false but the model is deployed on %1 servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiNodesInferEnabled is true but the model runs on one server; MindIE then waits for a rank table of several servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set multiNodesInferEnabled to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model weight path is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set modelWeightPath to the weights folder as the container sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>httpsEnabled is true: the daemon needs the server certificate and key under mindie-service/security/ or it stops with &quot;Failed to init endpoint&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificates first, or set httpsEnabled to false on a closed network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nodes fail their handshake (HCCL EI0006 or a TLS error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every node must load the same model the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the same on every node (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same %1 on every node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFolderParser</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFolderReader</name>
    <message>
        <source>not a directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRules</name>
    <message>
        <source>%1: %2 is missing (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is free on %2: it will not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the folder from %1 to the same path: rsync -a --copy-links %1:%2/ %2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the weights to %1 on every server (the same path everywhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lacks %1 of the %2 shards its index lists: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no .safetensors or .bin weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds %3 files, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/config.json is not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy config.json again from the model&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, dtype %3, quantization %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascend NPUs cannot run FP8 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a BF16 conversion or a W8A8 quantisation (msModelSlim) of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every file of %2 is inside %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links point outside %2, the folder the container mounts, and will be missing inside it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links are broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its %2 is the reference the other servers are compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes, %3 has %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 matches %3 (%4 files, same sizes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differs from %3&apos;s: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the folder again from %1 (rsync -a --copy-links --delete %1:%2/ %2/) and compare checksums (sha256sum) if the sizes already match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the real files into the folder on %1: cd %2 &amp;&amp; for f in $(find . -maxdepth 2 -type l); do t=$(readlink -f &quot;$f&quot;) &amp;&amp; rm &quot;$f&quot; &amp;&amp; mv &quot;$t&quot; &quot;$f&quot;; done. Or mount the link targets into the container too, or download with the tool&apos;s local-dir option so that it writes no cache links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Take one sample of every NPU and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV: a header, then one row per NPU and sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between samples (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the latest sample of every NPU at http://ADDR:PORT/metrics (Prometheus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host list given (HOSTS or --project FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one host list, with commas between the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval &apos;%1&apos; is not a whole number of seconds (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen serves samples until stopped; it does not go with --once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples every NPU of every server over SSH (npu-smi info, as the console&apos;s monitor does) and prints one record per NPU and sample; nothing is installed on the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per NPU and sample, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...] (not with --project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving the NPU metrics at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkApply</name>
    <message>
        <source>%1: cannot read the NPU settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled after %2 of %3 commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2: setting %3 to %4 failed: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read back the NPU settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2: %3 reads %4 after the change, expected %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkVerify</name>
    <message>
        <source>(no output, exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link status: DOWN (check the fibre or the switch port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net health status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no LLDP neighbour (link down or no switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls switch is 1; every NPU of the cluster should be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets transmitted, %2 received, %3% packet loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpuRecordText</name>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AICORE%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMP C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POWER W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpuRules</name>
    <message>
        <source>Install the Ascend HDK for the 910B: create HwHiAiUser first, then run Ascend-hdk-910b-npu-driver_&lt;version&gt;_linux-aarch64.run --full --install-for-all and Ascend-hdk-910b-npu-firmware_&lt;version&gt;.run --full, and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: npu-smi info failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the NPU driver is installed and loaded on %1 (npu-smi info, lsmod | grep drv_davinci, dmesg | grep -i davinci).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows %2 NPUs, expected %3: every server must bring the same number of devices to the rank table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the missing NPU on %1 with npu-smi info and lspci | grep d802; a card that dropped out usually needs a driver reload or a reboot, then a hardware check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows %2 NPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU %2: health is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run npu-smi info -t health -i %1 on %2 for the alarm codes; a link fault shows in hccn_tool -i %1 -link -g and -net_health -g (check the optics and the switch port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every NPU reports health OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readable /usr/local/Ascend/driver/version.info (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: driver %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readable /usr/local/Ascend/firmware/version.info (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: firmware %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell which CANN %2 carries (no cann.version label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CANN %2 is not in the driver table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the Ascend HDK that pairs with the image&apos;s CANN on hiascend.com and compare it with driver %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Ascend HDK (driver and firmware) on %1 to %2 or newer, or choose an image with an older CANN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot compare driver %2 with the %3 that CANN %4 needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: driver %2 is new enough for CANN %3 (needs %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: driver %2 is too old for CANN %3 in %4: it is released with driver %5 and supports nothing older than %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: driver %2 is older than %3, the driver CANN %4 is released with. It is inside CANN&apos;s compatibility window (%5 or newer), but images such as GPUStack&apos;s require %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpuSmiDetailParser</name>
    <message>
        <source>expected &quot;Key : Value&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Key : Value&quot; lines found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpuSmiInfoParser</name>
    <message>
        <source>unknown chip column header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second row of NPU %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row outside any known table: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 columns in an NPU row, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an NPU id, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty health column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read power, temperature and hugepages from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 columns in a chip row, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the chip id(s) from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PCI bus id: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read AI Core and memory usage from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns in a process row, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the process row &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NPU rows found: is this `npu-smi info` output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no npu-smi table found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text inside the table: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpuSmiMappingParser</name>
    <message>
        <source>no &quot;NPU ID ... Chip Logic ID&quot; header found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the mapping row &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mapping rows after the header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpuSnapshot</name>
    <message>
        <source>npu-smi info lists no NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: npu-smi info failed (exit status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read npu-smi info: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpuSpodInfoParser</name>
    <message>
        <source>holds %1 spod-info outputs, expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;Key : Value&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;SDID&quot; and &quot;Super Pod ID&quot; lines: not the output of npu-smi info -t spod-info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParallelLayout</name>
    <message>
        <source>DP %1 x TP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expert parallel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>not the output of a known hccn_tool getter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a MindIE config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses a saved Ascend tool output and prints what was understood as JSON.
KIND: npu-smi, npu-smi-detail (-t forms), npu-smi-mapping (-m), spod-info (-t spod-info, Atlas A3), hccn-conf, hccn-tool, version-info, cann-info, metrics, ranktable, mindie-config. FILE &apos;-&apos; reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hccn-tool only: ip, gateway, netdetect, net_health, link, lldp, tls, ping, vnic or set (default: guessed from the first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KIND FILE with KIND one of npu-smi, npu-smi-detail, npu-smi-mapping, spod-info, hccn-conf, hccn-tool, version-info, cann-info, metrics, ranktable, mindie-config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>topology %1, subnet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests NPU addresses, gateways and netdetect targets for a topology and checks them for conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibre-pairs, switch or routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the NPU addresses come from, e.g. 192.168.100.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway (switch, routed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers in order, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPUs per server (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibre-pairs: give every fibre its own subnet of this prefix length (e.g. 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each server&apos;s hccn_tool commands as a shell script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan as JSON (input of apply --plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--topology must be fibre-pairs, switch or routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subnet CIDR and --servers HOST,HOST... are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--npus and --link-prefix take numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>Server reachable over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU driver installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU firmware installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver new enough for the image&apos;s CANN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HwHiAiUser account exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine image present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewalld stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory (/dev/shm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space for Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model weights present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symlink leaves the mounted folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same weights on every server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Version= line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message>
        <source>--project FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every file the project generates (hccn scripts, rank table, config.json, launch scripts, env files, README) into a folder for version control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s default MindIE config.json (default: the one AscendDeck ships).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing; exit 1 if the folder differs from what the project generates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the servers of a project and reports, as JSON, where each server stands at each step (network, rank table, engine config, weights, engine) and where they differ from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectInput</name>
    <message>
        <source>the project has no network plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no engine settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusTextParser</name>
    <message>
        <source>expected label=&quot;value&quot; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated label value for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;name{labels} value [timestamp]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a timestamp: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric type in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric samples found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WARNING: the host key has changed (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Refusing to connect; if the change is expected, remove the old key from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown host key %2 %3; not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot check the host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unreadable, or wrong passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent and default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authentication failed for user &apos;%2&apos; (tried: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; timed out after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SFTP unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set mode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos; after an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unexpected text after the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: empty user name before &apos;@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: port &apos;%2&apos; is not a number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npu %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes as generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: /etc/hccn.conf: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank table: the network plan has no entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine: the default config.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.host: missing or not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.port: expected a number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.master: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is newer than this AscendDeck understands (%2): please upgrade AscendDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 is not a valid version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;user@host:port&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: not an AscendDeck project (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: project files must not hold secrets; remove this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refusing to write a secret into the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection lost: it was reset while the command ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make it executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.port: expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine.%1: expected an object</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: cannot go through jump hosts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: through %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot open a connection to %2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no local socket for the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sudo asks &apos;%2&apos; for a password, and no sudo password was given (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; may not use sudo: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sudo password for &apos;%2&apos; is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mktemp failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: sudo install failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the generated file (%2 bytes on the server, %3 generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 shards the index names are missing, first %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NPU network plan for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPU settings differ from the plan, first %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every NPU as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine needs no rank table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has mode %2, not 640</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine takes its settings on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU %1 %2 is %3, planned %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight checks have not run from this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC, %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1 (errors: %2, warnings: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed at %1: run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed at %1 (warnings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a preflight log (expected {&quot;servers&quot;: {...}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers.%1: expected {&quot;at&quot;, &quot;errors&quot;, &quot;warnings&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers.%1.at: not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.user: &apos;%2&apos; has characters no login name has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.sudo: expected &quot;off&quot;, &quot;nopasswd&quot; or &quot;password&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the host name &apos;%2&apos; has characters no host name has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the user name &apos;%2&apos; has characters no login name has (spaces, quotes, $, `, ;, control characters...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankTableBuilder</name>
    <message>
        <source>server ip &quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: container ip &quot;%2&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: no device selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: a super pod table needs both the super pod id and super_device_ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, device %2: no address_%2 in hccn.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, device %2: no super_device_id given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankTableCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 but could not set its mode to 640</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (or into DIR under the reference script&apos;s name) with mode 640 instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds one server&apos;s rank table from its hccn.conf, byte for byte as hccl_tools.py would on that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s /etc/hccn.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s IPv4 address (server_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container_ip (default: the server ip, as with docker --net=host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical devices as in hccl_tools.py --device_num (default [0,8)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical id of each logical device (default 0,1,2,3,4,5,6,7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what hccl_tools.py writes: container_ip is the server ip (no --container-ip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --hccn-conf FILE and --server-ip IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference writes container_ip = server ip, as hccl_tools.py; drop --container-ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges per-server rank tables into one, renumbering rank_id, as merge_hccl.py does. Without --reference, a missing container_ip is set to the server id and server_count is the real number of servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what merge_hccl.py writes, even where MindIE would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank tables to merge, in rank order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs at least one rank table file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hccn-conf &quot;%1&quot; must be SERVER_ID=FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a rank table against HCCL&apos;s and MindIE&apos;s rules and prints the findings as a JSON list. Exit status 1 when any finding is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s hccn.conf, to check its device ips (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs exactly one rank table file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates, merges or validates HCCL rank tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one server&apos;s rank table from its hccn.conf (as hccl_tools.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge per-server rank tables into one (as merge_hccl.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a rank table against HCCL&apos;s and MindIE&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every server&apos;s /etc/hccn.conf over SSH and builds the cluster&apos;s rank table, the master first, as the console&apos;s rank table step does; findings go to stderr as JSON. Exit status 1 when any finding is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy the table to PATH on every server, with mode 640.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build needs --project FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied to %1 servers as %2 (mode 640)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read every server&apos;s hccn.conf over SSH and build the cluster&apos;s table (--project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds one Atlas A3 server&apos;s v1.2 rank table from its dies&apos; hccn_tool -vnic -g and npu-smi info -t spod-info outputs (die N is device_id and rank_id N); merge the servers&apos; tables with ranktable merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of hccn_tool -i N -vnic -g for every die N, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of npu-smi info -t spod-info -i N/2 -c N%2 for every die N, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s IPv4 address (server_id and host_ip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-a3 needs --vnic FILE, --spod-info FILE and --server-ip IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one Atlas A3 server&apos;s v1.2 rank table from its dies&apos; vnic and spod-info outputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankTableMerger</name>
    <message>
        <source>nothing to merge: give at least one rank table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rank table must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;server_list&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;server_count&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;server_count&quot; is not a whole number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server_list[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no server_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server %2): &quot;device&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server %2): device[%3] is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 is in both %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 cannot be merged (only 1.0 and 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is version %2 but %3 is version %4: they cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankTableParser</name>
    <message>
        <source>the file is larger than %1 MB; a rank table is a few hundred KB at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rank table must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 2.0 (the rank_list format of Atlas 950) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be &quot;1.0&quot; or &quot;1.2&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be a string, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be a list, got %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankTableStep</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankTableValidator</name>
    <message>
        <source>is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the broadcast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in 0.0.0.0/8, which no host can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a multicast address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the reserved range 240.0.0.0/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in .%1: the %2 address of a /24 network, check the netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not 1.0 or 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is &quot;%1&quot;, HCCL only uses a table whose status is &quot;completed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server_count &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server_count is %1 but server_list has %2 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single server: fine for HCCL, but MindIE multi-node needs 2-60 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servers: MindIE accepts 2-60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container_ip is not set; MindIE needs it (usually the server ip, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has %2 devices, MindIE accepts 1-32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: device_id is listed twice on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has %2 devices but server %3 has %4; every server needs the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: device_id &quot;%2&quot; is not a number 0-63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank_id &quot;%2&quot; is not a number 0-511</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: device_ip is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: super_device_id &quot;%2&quot; is not a number; v1.2 tables need it on every device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s hccn readings have no NPU %2 (they list %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: device_ip is %2 but the server&apos;s hccn readings say %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server_id appears twice in server_list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container_ip %2 is also the container_ip of server %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: device_ip %2 is also used by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank_id %2 is also the rank of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rank_id %2 is out of range; %3 devices need ranks 0-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device has rank_id %1; ranks must be 0-%2 without gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a v1.2 table needs a super_pod_list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>super pod %1 lists server %2, which is not in server_list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 is in super pod %2 and in super pod %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: super_device_id %2 is also used by %3 in super pod %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 is in no super pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hccn readings were given for server %1, which is not in the rank table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this machine&apos;s loopback address (often from /etc/hosts via `hostname -i`), which other servers cannot reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a loopback address: only servers on the same host can reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: device_ip is the placeholder &quot;-.-.-.-&quot;: this NPU has no RoCE address (hccn_tool -i N -ip -g); give it one with hccn_tool -i N -ip -s address A netmask M and regenerate the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container_ip is not set; HCCL reaches the server at host_ip %2, but MindIE needs container_ip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keyring was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring is running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered secrets are kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in memory only, until AscendDeck quits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this AscendDeck was built without QtKeychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentAppender</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SloTarget</name>
    <message>
        <source>unknown target &quot;%1&quot;: use ttft, tpot, itl or e2el with mean, median, p50, p75, p90, p95 or p99, as in ttft_p95_ms=2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target given, e.g. ttft_p95_ms=2000,tpot_p95_ms=100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <source>a command is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subcommand is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuperPodRankTableBuilder</name>
    <message>
        <source>server %1: no vnic readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: %2 vnic readings but %3 spod-info readings; give one of each per die</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, die %2: vnic link is DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, die %2: super pod %3, but die 0 is in super pod %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLines</name>
    <message>
        <source>input is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (control character) in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionInfoParser</name>
    <message>
        <source>%1 is not a list of [min,max] ranges: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Version= line: is this a version.info file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VllmCommandBuilder</name>
    <message>
        <source>The additional config is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as a JSON object, e.g. {&quot;torchair_graph_config&quot;:{&quot;enabled&quot;:true}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-parallel size %1 does not split evenly over %2 servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a multiple of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local DP %1 x TP %2 needs %3 NPUs but this server has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the tensor-parallel size or add servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM sets the expert-parallel size to DP x TP = %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set expertParallel to %1 to say what will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIC of this server is not known; HCCL_SOCKET_IFNAME would be a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the servers again so that the NIC carrying %1 is found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsCommand</name>
    <message>
        <source>The reference server and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target servers and folder (the same path as --from&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take SERVER:DIR with an absolute DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder must be the same path on every server (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no model folder (the Engine step&apos;s model path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists fewer than two servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --from and --to, or --project FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the model folder on the reference and on every target (files, sizes, symlinks, free disk) and what each target lacks or holds differently, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the content too (sha256 of every file on every server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2% %3/%4 %5/s %6 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (from %3, round %4, %5 files sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the model folder from the reference to every target, server to server (rsync over SSH with a temporary key, never through this machine), finished targets serving the others; resumes a cut copy; verifies every file by size and sha256. Files a target holds with other content are kept unless --overwrite is given (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace target files that differ from the reference&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit each copy to KIB KiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress and the result as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; run the same command again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model folder on every server: its state, and its copy from server to server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder on every server against the reference, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the folder from the reference to every target, server to server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsInventory</name>
    <message>
        <source>%1: %2 is a symlink to %3, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the file it should point to in place, or remove the link and copy the file into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points to %3, outside %4: the container mounts only the model folder and cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the link by the file itself: cp --remove-destination &quot;$(readlink -f %1)&quot; %1 (inside %2), or move the file into the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer from the folder listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder listing of %1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsPairCopy</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the temporary key (ssh-keygen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the target&apos;s host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running rsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is rsync installed? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizing the temporary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsync to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsStatus</name>
    <message>
        <source>%1: the reference folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other content (sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differs from the reference: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is; copy with --overwrite to replace it by the reference&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) of the reference missing (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not enough disk for %2: %3 bytes to copy, %4 bytes free, %5 bytes (%6) short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at least %1 on the filesystem of %2 on %3, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsSyncJob</name>
    <message>
        <source>%1: %2 changed on the reference during the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let whatever writes the folder finish, then copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) differ from the reference after the copy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AscendDeck: deploy and monitor LLM serving on Ascend NPU servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster file listing the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the servers at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, e.g. zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After connecting, save the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window, then quit (checks that the installed GUI starts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
