<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplyCommand</name>
    <message>
        <source>The plan to apply (from plan --json).</source>
        <translation>要应用的规划（由 plan --json 生成）。</translation>
    </message>
    <message>
        <source>Restore the settings saved in this backup.</source>
        <translation>恢复该备份中保存的设置。</translation>
    </message>
    <message>
        <source>Only print the hccn_tool commands that would run.</source>
        <translation>只打印将要执行的 hccn_tool 命令。</translation>
    </message>
    <message>
        <source>Really change the servers.</source>
        <translation>实际修改服务器。</translation>
    </message>
    <message>
        <source>Where to save what is replaced (default hccn-backup-TIME.json).</source>
        <translation>被替换设置的保存位置（默认 hccn-backup-TIME.json）。</translation>
    </message>
    <message>
        <source>%1 is not a server of the plan (%2)</source>
        <translation>%1 不是该规划中的服务器（%2）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the plan has %2 conflict(s); nothing was changed</source>
        <translation>%1：规划存在 %2 处冲突，未做任何更改</translation>
    </message>
    <message>
        <source># %1: %2 command(s)%3</source>
        <translation># %1：%2 条命令%3</translation>
    </message>
    <message>
        <source>, %1 done</source>
        <translation>，已完成 %1 条</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>previous settings saved in %1 (apply --rollback %1 --yes restores them)</source>
        <translation>原有设置已保存到 %1（执行 apply --rollback %1 --yes 可恢复）</translation>
    </message>
    <message>
        <source>--plan and --rollback cannot be combined</source>
        <translation>--plan 与 --rollback 不能同时使用</translation>
    </message>
    <message>
        <source>give --plan FILE, --project FILE or --rollback FILE</source>
        <translation>请指定 --plan FILE、--project FILE 或 --rollback FILE</translation>
    </message>
    <message>
        <source>--dry-run and --yes cannot be combined</source>
        <translation>--dry-run 与 --yes 不能同时使用</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>Reads the NPU settings of each server and changes only what differs from the plan. Without --yes nothing is changed: the commands are printed.</source>
        <translation>读取每台服务器的 NPU 设置，仅修改与规划不一致的部分。不带 --yes 时不做任何更改，只打印要执行的命令。</translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...] (default: the plan&apos;s hosts)</source>
        <translation>[USER@]HOST[:PORT][,HOST...]（默认：规划中的主机）</translation>
    </message>
    <message>
        <source>neither --dry-run nor --yes: showing what would change, changing nothing</source>
        <translation>未指定 --dry-run 或 --yes：仅显示将要进行的修改，不做任何更改</translation>
    </message>
</context>
<context>
    <name>AscendDeck::AlertHistoryModel</name>
    <message>
        <source>raised</source>
        <translation>产生</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>AscendDeck::AlertModel</name>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
</context>
<context>
    <name>AscendDeck::AlertMonitor</name>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>%1 NPU %2: health is %3</source>
        <translation>%1 NPU %2：健康状态为 %3</translation>
    </message>
    <message>
        <source>%1 NPU %2: HBM %3% used (%4 of %5 MB), above %6%</source>
        <translation>%1 NPU %2：HBM 已使用 %3%（%4/%5 MB），超过 %6%</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation>%1 已停止响应：%2</translation>
    </message>
    <message>
        <source>the inference service is down: %1</source>
        <translation>推理服务已停止：%1</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ChatBox</name>
    <message>
        <source>Briefly introduce the Ascend 910B NPU.</source>
        <translation>简要介绍一下昇腾 910B NPU。</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>发送(&amp;E)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务地址：</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>最大 token 数：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>回答：</translation>
    </message>
    <message>
        <source>Enter the service address first, e.g. http://10.0.0.1:1025.</source>
        <translation>请先输入服务地址，例如 http://10.0.0.1:1025。</translation>
    </message>
    <message>
        <source>Waiting for the first token...</source>
        <translation>正在等待首个 token...</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>First token after %1 ms; %2 tokens in %3 s; %4 tokens/s while generating</source>
        <translation>首 token 时延 %1 ms；共 %2 个 token，用时 %3 秒；生成阶段 %4 tokens/s</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ClusterSamples</name>
    <message>
        <source>the CSV destination is not writable</source>
        <translation>CSV 目标位置不可写</translation>
    </message>
</context>
<context>
    <name>AscendDeck::DeploymentStatusModel</name>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>NPU network</source>
        <translation>NPU 网络</translation>
    </message>
    <message>
        <source>Rank table</source>
        <translation>rank table（秩表）</translation>
    </message>
    <message>
        <source>Engine config</source>
        <translation>引擎配置</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>AscendDeck::DeploymentWizard</name>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
</context>
<context>
    <name>AscendDeck::EngineLogView</name>
    <message>
        <source>Filter lines (e.g. ERROR, HCCL)</source>
        <translation>筛选日志行（例如 ERROR、HCCL）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>所有服务器</translation>
    </message>
</context>
<context>
    <name>AscendDeck::EnginePage</name>
    <message>
        <source>Engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <source>Choose MindIE or vLLM-Ascend and the model; every setting is checked as you type.</source>
        <translation>选择 MindIE 或 vLLM-Ascend 以及模型；输入时会实时检查每项设置。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>MindIE</source>
        <translation>MindIE</translation>
    </message>
    <message>
        <source>vLLM-Ascend</source>
        <translation>vLLM-Ascend</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <source>Model path:</source>
        <translation>模型路径：</translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation>最大序列长度：</translation>
    </message>
    <message>
        <source>Max input tokens:</source>
        <translation>最大输入 token 数：</translation>
    </message>
    <message>
        <source>Max prefill tokens:</source>
        <translation>最大 Prefill token 数：</translation>
    </message>
    <message>
        <source>Max prefill batch:</source>
        <translation>最大 Prefill 批大小：</translation>
    </message>
    <message>
        <source>Max batch:</source>
        <translation>最大批大小：</translation>
    </message>
    <message>
        <source>Tensor parallel:</source>
        <translation>张量并行（TP）：</translation>
    </message>
    <message>
        <source>Data parallel:</source>
        <translation>数据并行（DP）：</translation>
    </message>
    <message>
        <source>Service port:</source>
        <translation>服务端口：</translation>
    </message>
    <message>
        <source>NPU memory fraction:</source>
        <translation>NPU 显存占用比例：</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <source>Settings (JSON)</source>
        <translation>设置（JSON）</translation>
    </message>
    <message>
        <source>Per server</source>
        <translation>各服务器</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 解决方法：%2</translation>
    </message>
    <message>
        <source>reading the model index…</source>
        <translation>正在读取模型索引…</translation>
    </message>
    <message>
        <source>model index not found at %1</source>
        <translation>在 %1 未找到模型索引</translation>
    </message>
    <message>
        <source>%1 (master, NIC %2)</source>
        <translation>%1（主节点，网卡 %2）</translation>
    </message>
    <message>
        <source>%1 (NIC %2)</source>
        <translation>%1（网卡 %2）</translation>
    </message>
    <message>
        <source>config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>vllm serve</source>
        <translation>vllm serve</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>docker run</source>
        <translation>docker run</translation>
    </message>
    <message>
        <source>Spread the experts over DP x TP NPUs (MoE models)</source>
        <translation>将专家分布到 DP x TP 个 NPU 上（MoE 模型）</translation>
    </message>
    <message>
        <source>Expert parallel:</source>
        <translation>专家并行：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>并行布局：</translation>
    </message>
    <message>
        <source>Tensor parallel (whole cluster):</source>
        <translation>张量并行（整个集群）：</translation>
    </message>
    <message>
        <source>Tensor parallel (per replica):</source>
        <translation>张量并行（每个副本）：</translation>
    </message>
    <message>
        <source>Data parallel (replicas):</source>
        <translation>数据并行（副本数）：</translation>
    </message>
    <message>
        <source>MindIE: worldSize %1 per server, and the rank table joins the %2 servers&apos; NPUs into one group (TP %3).</source>
        <translation>MindIE：每台服务器 worldSize 为 %1，rank table 将 %2 台服务器的 NPU 组成一个通信组（TP %3）。</translation>
    </message>
    <message>
        <source>vLLM-Ascend: %1 replicas over %2 servers, each over TP NPUs of one server.</source>
        <translation>vLLM-Ascend：%1 个副本分布在 %2 台服务器上，每个副本使用同一台服务器上的 TP 个 NPU。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Use the layout %1 (the button under Layout).</source>
        <translation>使用布局 %1（“并行布局”下的按钮）。</translation>
    </message>
    <message>
        <source>Use at least %1 servers, or quantized weights (W8A8).</source>
        <translation>至少使用 %1 台服务器，或使用量化权重（W8A8）。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Reading the servers</source>
        <translation>正在读取服务器信息</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>AscendDeck::FindingModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解决方法：%1</translation>
    </message>
    <message>
        <source>(line %1: %2)</source>
        <translation>（第 %1 行：%2）</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1（%2 次）</translation>
    </message>
    <message>
        <source>all servers</source>
        <translation>所有服务器</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>解决方法：</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>解决方法</translation>
    </message>
</context>
<context>
    <name>AscendDeck::FindingView</name>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>AscendDeck::HostKeyPrompter</name>
    <message>
        <source>New server key</source>
        <translation>新的服务器主机密钥</translation>
    </message>
    <message>
        <source>First connection to %1 (port %2).</source>
        <translation>首次连接到 %1（端口 %2）。</translation>
    </message>
    <message>
        <source>The server presents this %1 key:

%2

Compare it with the fingerprint printed on the server by
  ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub

Trust it and remember it in %3?</source>
        <translation>服务器提供的 %1 主机密钥为：

%2

请在服务器上执行以下命令，并与其输出的指纹进行比对：
  ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub

是否信任该密钥并将其记录到 %3 中？</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>不连接</translation>
    </message>
</context>
<context>
    <name>AscendDeck::HottestNpuModel</name>
    <message>
        <source>%1 % (%2/%3 GB)</source>
        <translation>%1 %（%2/%3 GB）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>Temp. °C</source>
        <translation>温度 °C</translation>
    </message>
    <message>
        <source>HBM used</source>
        <translation>已用显存</translation>
    </message>
    <message>
        <source>AI Core %</source>
        <translation>AI Core %</translation>
    </message>
    <message>
        <source>Power W</source>
        <translation>功耗 W</translation>
    </message>
</context>
<context>
    <name>AscendDeck::JobProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>AscendDeck::LaunchHealthProbe</name>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>AscendDeck::LaunchOperation</name>
    <message>
        <source>Reading the servers</source>
        <translation>正在读取服务器信息</translation>
    </message>
    <message>
        <source>waiting for step %1</source>
        <translation>等待第 %1 步</translation>
    </message>
    <message>
        <source>engine container started</source>
        <translation>引擎容器已启动</translation>
    </message>
    <message>
        <source>%1: engine started</source>
        <translation>%1：引擎已启动</translation>
    </message>
    <message>
        <source>%1: %2 Fix: %3 (log line %4: %5)</source>
        <translation>%1：%2 解决方法：%3（日志第 %4 行：%5）</translation>
    </message>
    <message>
        <source>engine up</source>
        <translation>引擎已启动</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1：就绪</translation>
    </message>
    <message>
        <source>engine up; waiting for %1</source>
        <translation>引擎已启动，正在等待 %1</translation>
    </message>
    <message>
        <source>serving at %1</source>
        <translation>在 %1 提供服务</translation>
    </message>
    <message>
        <source>serving through the head</source>
        <translation>通过 head 节点提供服务</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>%1: the engine stopped without a known error; read its log.</source>
        <translation>%1：引擎已停止，但未发现已知错误，请查看其日志。</translation>
    </message>
    <message>
        <source>%1: lost its log stream: %2</source>
        <translation>%1：日志流中断：%2</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopping the others: %1</source>
        <translation>正在停止其他节点：%1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Cancelling: removing the started containers</source>
        <translation>正在取消：删除已启动的容器</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Looking for a running engine</source>
        <translation>正在查找正在运行的推理引擎</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no container %1</source>
        <translation>没有容器 %1</translation>
    </message>
    <message>
        <source>engine running; reading its log</source>
        <translation>推理引擎正在运行；正在读取其日志</translation>
    </message>
</context>
<context>
    <name>AscendDeck::LaunchPage</name>
    <message>
        <source>&amp;Launch...</source>
        <translation>启动(&amp;L)...</translation>
    </message>
    <message>
        <source>Read the servers, show every command that will run, and launch after you confirm</source>
        <translation>读取服务器信息，列出将要执行的每条命令，确认后再启动</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Known failure patterns found in a server&apos;s log appear here with their cause and fix.</source>
        <translation>在服务器日志中发现的已知故障模式会显示在这里，并附带原因和解决方法。</translation>
    </message>
    <message>
        <source>Complete the Engine step of the deployment first: it reads each server&apos;s network interface.</source>
        <translation>请先完成部署中的“推理引擎”步骤：该步骤会读取每台服务器的网卡。</translation>
    </message>
    <message>
        <source>Ready: the service answers at %1</source>
        <translation>就绪：服务已在 %1 响应</translation>
    </message>
    <message>
        <source>Stopped on every server.</source>
        <translation>已在所有服务器上停止。</translation>
    </message>
    <message>
        <source>Stopped, with problems: %1</source>
        <translation>已停止，但存在问题：%1</translation>
    </message>
    <message>
        <source>Reading the servers to prepare the launch...</source>
        <translation>正在读取服务器信息，准备启动...</translation>
    </message>
    <message>
        <source>Start %1 on %2 servers? Containers named %3 are replaced.</source>
        <translation>是否在 %2 台服务器上启动 %1？名为 %3 的容器将被替换。</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Launch cancelled; nothing was changed.</source>
        <translation>已取消启动，未做任何更改。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the engine on every server? Requests in flight are lost.</source>
        <translation>是否停止所有服务器上的推理引擎？正在处理的请求将会丢失。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Stop and start the engine on every server again?</source>
        <translation>是否停止并重新启动所有服务器上的推理引擎？</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n server(s)...</source>
        <translation>
            <numerusform>正在 %n 台服务器上启动...</numerusform>
        </translation>
    </message>
    <message>
        <source>Launch failed: %1 failed first: %2</source>
        <translation>启动失败：%1 最先失败：%2</translation>
    </message>
    <message>
        <source>Launch failed: %1</source>
        <translation>启动失败：%1</translation>
    </message>
    <message>
        <source>master</source>
        <translation>主节点</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>从节点</translation>
    </message>
    <message>
        <source>No deployment yet: complete the Deploy steps up to Engine, then launch here.</source>
        <translation>尚无部署：请先完成“部署”中直到“推理引擎”的各个步骤，然后在此启动。</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n server(s), model %2 (%3), image %4</source>
        <translation>
            <numerusform>%1，%n 台服务器，模型 %2（%3），镜像 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>head</source>
        <translation>head 节点</translation>
    </message>
    <message>
        <source>single</source>
        <translation>单节点</translation>
    </message>
    <message>
        <source>Launch cancelled; the containers it had started were removed.</source>
        <translation>启动已取消；已删除其启动的容器。</translation>
    </message>
    <message>
        <source>Complete the Engine step of the deployment first: it chooses the engine and the model.</source>
        <translation>请先完成部署中的“推理引擎”步骤：该步骤会选择推理引擎和模型。</translation>
    </message>
    <message>
        <source>No engine is running (%1). Launch starts it.</source>
        <translation>没有正在运行的推理引擎（%1）。点击“启动”即可启动。</translation>
    </message>
    <message>
        <source>Looking for an engine already running...</source>
        <translation>正在查找已在运行的推理引擎...</translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadSweepJob</name>
    <message>
        <source>Step %1: %2 = %3</source>
        <translation>第 %1 步：%2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>Measuring up to %n load(s)...</source>
        <translation>
            <numerusform>正在测量最多 %n 个负载...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadSweepPanel</name>
    <message>
        <source>Loads:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <source>concurrency=1,2,4,8 or rate=0.5,1,2 (requests/s); empty with targets: search the capacity</source>
        <translation>concurrency=1,2,4,8 或 rate=0.5,1,2（每秒请求数）；留空并填写目标时搜索容量</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Search up to:</source>
        <translation>搜索上限：</translation>
    </message>
    <message>
        <source>Warm-up requests:</source>
        <translation>预热请求：</translation>
    </message>
    <message>
        <source>Run s&amp;weep</source>
        <translation>运行扫描(&amp;W)</translation>
    </message>
    <message>
        <source>Save JSON...</source>
        <translation>保存 JSON...</translation>
    </message>
    <message>
        <source>Save CSV...</source>
        <translation>保存 CSV...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cancelled: no report.</source>
        <translation>已取消：没有报告。</translation>
    </message>
    <message>
        <source>Throughput and latency against load</source>
        <translation>吞吐与时延随负载变化</translation>
    </message>
    <message>
        <source>load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation>输出 token/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>TTFT p95 (ms)</source>
        <translation>TTFT p95（毫秒）</translation>
    </message>
    <message>
        <source>TPOT p95 (ms)</source>
        <translation>TPOT p95（毫秒）</translation>
    </message>
    <message>
        <source>Loads: %1</source>
        <translation>负载：%1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Enter loads to measure, or targets to search the capacity.</source>
        <translation>请输入要测量的负载，或输入目标以搜索容量。</translation>
    </message>
    <message>
        <source>Search up to: %1</source>
        <translation>搜索上限：%1</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Capacity: %1 = %2%3.</source>
        <translation>容量：%1 = %2%3。</translation>
    </message>
    <message>
        <source> (the search&apos;s highest load)</source>
        <translation>（搜索的最高负载）</translation>
    </message>
    <message>
        <source>No load met the targets.</source>
        <translation>没有负载满足目标。</translation>
    </message>
    <message>
        <source>Save sweep</source>
        <translation>保存扫描结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s).</source>
        <translation>
            <numerusform>已在 %n 步后停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n step(s).</source>
        <translation>
            <numerusform>已完成：%n 步。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTest</name>
    <message>
        <source>the request count and the concurrency must be positive</source>
        <translation>请求数和并发数必须为正数</translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTestJob</name>
    <message>
        <source>Sending %1 requests, %2 at a time...</source>
        <translation>正在发送 %1 个请求，并发数 %2...</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 output tokens/s</source>
        <translation>已完成 %1/%2 个请求，%3 个失败，输出 %4 tokens/s</translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTestPage</name>
    <message>
        <source>Smoke test</source>
        <translation>冒烟测试</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>压测</translation>
    </message>
    <message>
        <source>none: fixed lengths</source>
        <translation>无：使用固定长度</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Generate exactly the output length (ignore EOS)</source>
        <translation>严格按输出长度生成（忽略 EOS）</translation>
    </message>
    <message>
        <source>&amp;Run load test</source>
        <translation>运行压测(&amp;R)</translation>
    </message>
    <message>
        <source>Save report (&amp;JSON)...</source>
        <translation>保存报告（JSON）(&amp;J)...</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务地址：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>并发数：</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>请求数：</translation>
    </message>
    <message>
        <source>Input tokens:</source>
        <translation>输入 token 数：</translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation>输出 token 数：</translation>
    </message>
    <message>
        <source>ShareGPT dataset:</source>
        <translation>ShareGPT 数据集：</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>平均值（ms）</translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation>中位数（ms）</translation>
    </message>
    <message>
        <source>P99 (ms)</source>
        <translation>P99（ms）</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>ITL</source>
        <translation>ITL</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>端到端时延</translation>
    </message>
    <message>
        <source>Output tokens/s while running</source>
        <translation>运行期间的输出吞吐（tokens/s）</translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation>输出 tokens/s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Latency per request</source>
        <translation>各请求时延</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT（ms）</translation>
    </message>
    <message>
        <source>E2E latency (ms)</source>
        <translation>端到端时延（ms）</translation>
    </message>
    <message>
        <source>sent at (s)</source>
        <translation>发送时刻（秒）</translation>
    </message>
    <message>
        <source>Enter the service address first, e.g. http://10.0.0.1:1025.</source>
        <translation>请先输入服务地址，例如 http://10.0.0.1:1025。</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed in %3 s; %4 requests/s; %5 output tokens/s; %6 tokens/s in total; peak concurrency %7</source>
        <translation>%1 个完成，%2 个失败，用时 %3 秒；请求吞吐 %4 requests/s；输出吞吐 %5 tokens/s；总吞吐 %6 tokens/s；峰值并发 %7</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Finished with errors: %1</source>
        <translation>已完成，但有错误：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ShareGPT dataset</source>
        <translation>ShareGPT 数据集</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Save failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Cancelled: no report.</source>
        <translation>已取消：无报告。</translation>
    </message>
    <message>
        <source>Sweep and capacity search</source>
        <translation>扫描与容量搜索</translation>
    </message>
</context>
<context>
    <name>AscendDeck::LoadTestRequest</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>the stream ended without [DONE] or without any token</source>
        <translation>流式响应结束时没有 [DONE] 或没有任何 token</translation>
    </message>
</context>
<context>
    <name>AscendDeck::MainWindow</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>%1 of %2 servers connected, %3 failed</source>
        <translation>已连接 %1/%2 台服务器，%3 台失败</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>监控(&amp;M)</translation>
    </message>
    <message>
        <source>L&amp;oad test</source>
        <translation>压测(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when AscendDeck starts again.</source>
        <translation>重新启动 AscendDeck 后语言设置生效。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Reopen the last project at start</source>
        <translation>启动时重新打开上次的项目</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AscendDeck::MetricsHttpServer</name>
    <message>
        <source>&apos;%1&apos; is not ADDRESS:PORT</source>
        <translation>“%1”不是 ADDRESS:PORT 形式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
</context>
<context>
    <name>AscendDeck::MonitorPage</name>
    <message>
        <source>&amp;Start monitoring</source>
        <translation>开始监控(&amp;S)</translation>
    </message>
    <message>
        <source>http://master:port/metrics (filled in when a launch is ready)</source>
        <translation>http://主节点:端口/metrics（启动就绪后自动填入）</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>导出 PNG(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation>指标地址(&amp;M)：</translation>
    </message>
    <message>
        <source>Tile colour: green healthy, amber warning, red alarm, grey no reading. Fill: HBM in use. Click a server to chart it.</source>
        <translation>色块颜色：绿色为健康，橙色为警告，红色为告警，灰色为无读数。填充：已用显存（HBM）。点击服务器可查看其图表。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>S&amp;top monitoring</source>
        <translation>停止监控(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: every NPU, last 5 minutes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：所有 NPU，最近 5 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 servers answering, %3 NPUs, %4 samples kept</source>
        <translation>%1/%2 台服务器有响应，%3 个 NPU，已保留 %4 个采样点</translation>
    </message>
    <message>
        <source>Not monitoring.</source>
        <translation>未在监控。</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>已于 %1 清除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>导出采样数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Live: the last minutes as they arrive. The others read the project&apos;s history; drag over a chart or use the mouse wheel to zoom, right click to zoom out.</source>
        <translation>实时：最近几分钟的实时数据。其他选项读取项目的历史；在图上拖动或滚动鼠标滚轮可放大，右键缩小。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>全部服务器</translation>
    </message>
    <message>
        <source>One server</source>
        <translation>单台服务器</translation>
    </message>
    <message>
        <source>Hottest (temperature)</source>
        <translation>最热（温度）</translation>
    </message>
    <message>
        <source>Fullest (HBM in use)</source>
        <translation>最满（已用显存）</translation>
    </message>
    <message>
        <source>Busiest (AI Core)</source>
        <translation>最忙（AI Core）</translation>
    </message>
    <message>
        <source>Hottest NPUs</source>
        <translation>最热 NPU</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>告警历史</translation>
    </message>
    <message>
        <source>History not kept: %1</source>
        <translation>未能保存历史：%1</translation>
    </message>
    <message>
        <source>Reading history</source>
        <translation>正在读取历史</translation>
    </message>
    <message>
        <source>Reading alert history</source>
        <translation>正在读取告警历史</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: every NPU, %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：所有 NPU，%2</translation>
    </message>
</context>
<context>
    <name>AscendDeck::NetworkPage</name>
    <message>
        <source>NPU network</source>
        <translation>NPU 网络</translation>
    </message>
    <message>
        <source>Plan the RoCE addresses of every NPU, apply them with hccn_tool, and verify the links.</source>
        <translation>规划每个 NPU 的 RoCE 地址，通过 hccn_tool 下发配置，并检查链路。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Fibre pairs (back to back)</source>
        <translation>光纤直连（背靠背）</translation>
    </message>
    <message>
        <source>One RoCE switch (L2)</source>
        <translation>单台 RoCE 交换机（L2）</translation>
    </message>
    <message>
        <source>Routed (L3)</source>
        <translation>三层路由（L3）</translation>
    </message>
    <message>
        <source>No gateway: each NPU&apos;s gateway is its own address and netdetect is its peer NPU.</source>
        <translation>无网关：每个 NPU 的网关即其自身地址，netdetect 为对端 NPU。</translation>
    </message>
    <message>
        <source>switch/routed: the NPU gateway, if any</source>
        <translation>交换机/路由组网：NPU 网关（如有）</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>子网：</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <source>&amp;Suggest addresses</source>
        <translation>生成建议地址(&amp;S)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Netdetect</source>
        <translation>网络探测地址</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>检查(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>回滚(&amp;R)…</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Health matrix</source>
        <translation>健康矩阵</translation>
    </message>
    <message>
        <source>Suggested %1 addresses. Edit any cell, then Preview.</source>
        <translation>已生成 %1 个建议地址。可编辑任意单元格，然后点击“预览”。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): %1</source>
        <translation>
            <numerusform>%n 处冲突：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># %1: %n command(s)</source>
        <translation>
            <numerusform># %1：%n 条命令</numerusform>
        </translation>
    </message>
    <message>
        <source># error: %1</source>
        <translation># 错误：%1</translation>
    </message>
    <message>
        <source># note: %1</source>
        <translation># 注意：%1</translation>
    </message>
    <message>
        <source>Reading the NPUs of %1 servers…</source>
        <translation>正在读取 %1 台服务器的 NPU…</translation>
    </message>
    <message>
        <source>Reading the NPUs before changing anything…</source>
        <translation>修改前正在读取 NPU 当前设置…</translation>
    </message>
    <message>
        <source>Nothing to change: every NPU already matches the plan.</source>
        <translation>无需更改：所有 NPU 已与规划一致。</translation>
    </message>
    <message>
        <source>Apply the NPU network plan</source>
        <translation>应用 NPU 网络规划</translation>
    </message>
    <message numerus="yes">
        <source>Run %n hccn_tool command(s) on the servers? The current settings are saved first so that they can be rolled back.</source>
        <translation>
            <numerusform>是否在服务器上执行 %n 条 hccn_tool 命令？执行前会先保存当前设置，以便回滚。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n command(s)…</source>
        <translation>
            <numerusform>正在执行 %n 条命令…</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet: Apply takes one before changing anything.</source>
        <translation>尚无备份：“应用”会在修改前先创建备份。</translation>
    </message>
    <message>
        <source>Reading the NPUs…</source>
        <translation>正在读取 NPU…</translation>
    </message>
    <message>
        <source>Roll back the NPU network</source>
        <translation>回滚 NPU 网络</translation>
    </message>
    <message>
        <source>Restore the settings saved in %1?</source>
        <translation>是否恢复 %1 中保存的设置？</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) ran; every NPU now matches. Verify the links next.</source>
        <translation>
            <numerusform>已执行 %n 条命令，所有 NPU 均已与规划一致。下一步请检查链路。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) would run (only what differs from now).</source>
        <translation>
            <numerusform>将执行 %n 条命令（仅修改与当前不一致的部分）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking link, health, LLDP, TLS and pings on every NPU…</source>
        <translation>正在检查每个 NPU 的链路、健康状态、LLDP、TLS 和 ping…</translation>
    </message>
    <message>
        <source>All %1 NPUs pass.</source>
        <translation>全部 %1 个 NPU 检查通过。</translation>
    </message>
    <message>
        <source>%1 of %2 NPUs fail; hover a red cell for the reason.</source>
        <translation>%2 个 NPU 中有 %1 个未通过；将鼠标悬停在红色单元格上可查看原因。</translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source>✔ %1: %2</source>
        <translation>✔ %1：%2</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No conflicts in the plan.</source>
        <translation>规划中没有冲突。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cancelled: the NPUs may be partly changed. Verify, or roll back from %1.</source>
        <translation>已取消：NPU 可能已被部分修改。请验证，或从 %1 回滚。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>正在应用</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>正在回滚…</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>正在回滚</translation>
    </message>
    <message>
        <source>%1 NPU %2: %3</source>
        <translation>%1 NPU %2：%3</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在验证</translation>
    </message>
</context>
<context>
    <name>AscendDeck::NpuCharts</name>
    <message>
        <source>HBM used</source>
        <translation>已用显存（HBM）</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>AI Core use</source>
        <translation>AI Core 利用率</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>秒前</translation>
    </message>
    <message>
        <source>NPU %1</source>
        <translation>NPU %1</translation>
    </message>
    <message>
        <source>minutes ago</source>
        <translation>分钟前</translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation>小时前</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>天前</translation>
    </message>
</context>
<context>
    <name>AscendDeck::NpuOverview</name>
    <message>
        <source>%1: not answering</source>
        <translation>%1：无响应</translation>
    </message>
    <message>
        <source>%1 NPU %2: no reading</source>
        <translation>%1 NPU %2：无读数</translation>
    </message>
    <message>
        <source>%1 NPU %2 chip %3
Health: %4
HBM: %5 / %6 MB
AI Core: %7 %
Temperature: %8 °C
Power: %9 W</source>
        <translation>%1 NPU %2 芯片 %3
健康状态：%4
显存（HBM）：%5 / %6 MB
AI Core 利用率：%7 %
温度：%8 °C
功耗：%9 W</translation>
    </message>
</context>
<context>
    <name>AscendDeck::NpuSampler</name>
    <message>
        <source>no answer for %1 s</source>
        <translation>%1 秒无响应</translation>
    </message>
    <message>
        <source>the sampling loop ended (exit status %1)</source>
        <translation>采样循环已结束（退出状态 %1）</translation>
    </message>
    <message>
        <source>Sampling the NPUs of %1</source>
        <translation>正在采样 %1 的 NPU</translation>
    </message>
</context>
<context>
    <name>AscendDeck::PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Checks every server for what makes launches fail: NPUs, driver vs CANN, users, services, disk, weights.</source>
        <translation>检查每台服务器上可能导致启动失败的问题：NPU、驱动与 CANN 配套、用户、服务、磁盘、权重。</translation>
    </message>
    <message>
        <source>Engine image:</source>
        <translation>推理引擎镜像：</translation>
    </message>
    <message>
        <source>Model folder (same path on every server):</source>
        <translation>模型文件夹（各服务器路径相同）：</translation>
    </message>
    <message>
        <source>&amp;Run all checks</source>
        <translation>运行全部检查(&amp;R)</translation>
    </message>
    <message>
        <source>Re-run &amp;selected check</source>
        <translation>重新运行所选检查(&amp;S)</translation>
    </message>
    <message>
        <source>Checking %1 servers…</source>
        <translation>正在检查 %1 台服务器…</translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed</source>
        <translation>%1 项通过，%2 项警告，%3 项失败</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Select a cell to see what the check found on that server.</source>
        <translation>选择一个单元格，查看该项检查在这台服务器上的结果。</translation>
    </message>
    <message>
        <source>Cancelled; the servers not yet checked have no results.</source>
        <translation>已取消；尚未检查的服务器没有结果。</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ProjectDocument</name>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>%1[*] - AscendDeck</source>
        <extracomment>The window title: the project&apos;s name, the modified marker Qt shows as &apos;*&apos;, the application</extracomment>
        <translation>%1[*] - AscendDeck</translation>
    </message>
    <message>
        <source>AscendDeck projects (*.ascenddeck.json *.json)</source>
        <translation>AscendDeck 项目 (*.ascenddeck.json *.json)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>项目“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>AscendDeck::RankTablePage</name>
    <message>
        <source>Rank table</source>
        <translation>ranktable（秩表）</translation>
    </message>
    <message>
        <source>Generated from each server&apos;s NPU addresses (/etc/hccn.conf), checked, and copied to every server with mode 0640.</source>
        <translation>根据每台服务器的 NPU 地址（/etc/hccn.conf）生成并校验，然后以 0640 权限复制到每台服务器。</translation>
    </message>
    <message>
        <source>Server / device</source>
        <translation>服务器 / 设备</translation>
    </message>
    <message>
        <source>Device IP</source>
        <translation>设备 IP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy to all servers</source>
        <translation>复制到所有服务器(&amp;C)</translation>
    </message>
    <message>
        <source>Path on the servers:</source>
        <translation>服务器上的路径：</translation>
    </message>
    <message>
        <source>Copied to %1 servers as %2 (mode 0640).</source>
        <translation>已复制到 %1 台服务器，路径为 %2（权限 0640）。</translation>
    </message>
    <message>
        <source>Reading %1 on %2 servers…</source>
        <translation>正在读取 %2 台服务器上的 %1…</translation>
    </message>
    <message>
        <source>Copying to %1 servers…</source>
        <translation>正在复制到 %1 台服务器…</translation>
    </message>
    <message>
        <source>Fix the problems above, then generate again.</source>
        <translation>请修复上述问题，然后重新生成。</translation>
    </message>
    <message>
        <source>Ready to copy to every server.</source>
        <translation>可以复制到所有服务器。</translation>
    </message>
    <message>
        <source>server %1 (container %2)</source>
        <translation>服务器 %1（容器 %2）</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled: some servers may not have the rank table yet; copy it again.</source>
        <translation>已取消：部分服务器可能还没有 rank table；请重新复制。</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ReviewPage</name>
    <message>
        <source>Review and export</source>
        <translation>检查并导出</translation>
    </message>
    <message>
        <source>Everything AscendDeck will deploy. Save the project, and export its files to keep them in git.</source>
        <translation>AscendDeck 将部署的全部内容。请保存项目，并导出项目文件以便纳入 git 管理。</translation>
    </message>
    <message>
        <source>&amp;Save project…</source>
        <translation>保存项目(&amp;S)…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>AscendDeck project (*.ascenddeck.json)</source>
        <translation>AscendDeck 项目 (*.ascenddeck.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>  %1%2: %3 × %4, driver %5</source>
        <translation>  %1%2：%3 × %4，驱动 %5</translation>
    </message>
    <message>
        <source> (master)</source>
        <translation> (主节点)</translation>
    </message>
    <message>
        <source>&amp;Export files…</source>
        <translation>导出文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Files that will be exported (%1):</source>
        <translation>将导出的文件（%1 个）：</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServerListModel</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 (master)</source>
        <translation>%1（主节点）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>内核 %1</translation>
    </message>
    <message>
        <source>%1 (all servers)</source>
        <translation>%1（所有服务器）</translation>
    </message>
    <message>
        <source>How commands that need root run: off, nopasswd (sudo without a password) or password (asked once); empty: the default (sudo without a password)</source>
        <translation>需要 root 权限的命令如何运行：off（不用 sudo）、nopasswd（sudo 无需密码）或 password（询问一次密码）；留空：默认（sudo 无需密码）</translation>
    </message>
    <message>
        <source>Jump hosts as ssh -J takes them: [user@]host[:port][,...]; empty: the jump hosts for all servers</source>
        <translation>跳板机，格式同 ssh -J：[用户@]主机[:端口][,...]；留空：使用所有服务器的跳板机</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>%1, via: %2</source>
        <translation>%1，经由：%2</translation>
    </message>
    <message>
        <source>%1, sudo: &apos;%2&apos; is not one of off, nopasswd, password</source>
        <translation>%1，sudo：“%2”不是 off、nopasswd、password 之一</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Add the Ascend servers of the deployment, choose how to log in, and test the connections.</source>
        <translation>添加本次部署的昇腾服务器，选择登录方式，并测试连接。</translation>
    </message>
    <message>
        <source>root@10.0.0.1, npu-node-2 (an ~/.ssh/config alias), admin@10.0.0.3:2222 …</source>
        <translation>root@10.0.0.1, npu-node-2（~/.ssh/config 中的别名）, admin@10.0.0.3:2222 …</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>The master holds rank 0 of the rank table and runs the vLLM head.</source>
        <translation>主节点在 ranktable 中为 rank 0，并运行 vLLM 的 head 进程。</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Master node:</source>
        <translation>主节点：</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>ssh-agent and my default keys</source>
        <translation>ssh-agent 和我的默认密钥</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>passphrase, if the key has one</source>
        <translation>私钥口令（如有）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 已在列表中</translation>
    </message>
    <message>
        <source>Add at least one server first.</source>
        <translation>请先添加至少一台服务器。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Jump hosts for all servers:</source>
        <translation>所有服务器的跳板机：</translation>
    </message>
    <message>
        <source>As ssh -J takes them: [user@]host[:port][,...]. A server&apos;s own &quot;Via&quot; cell overrides this.</source>
        <translation>格式同 ssh -J：[用户@]主机[:端口][,...]。服务器自己的“经由”单元格优先于此设置。</translation>
    </message>
    <message>
        <source>none (or ProxyJump from ~/.ssh/config)</source>
        <translation>无（或使用 ~/.ssh/config 中的 ProxyJump）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Remember the password, passphrase and sudo passwords of these servers</source>
        <translation>记住这些服务器的登录密码、密钥口令和 sudo 密码</translation>
    </message>
    <message>
        <source>Removes the remembered secrets of the selected server (of every server when none is selected).</source>
        <translation>删除所选服务器已记住的密码（未选择时删除所有服务器的）。</translation>
    </message>
    <message>
        <source>&amp;Forget saved secrets</source>
        <translation>忘记已保存的密码(&amp;F)</translation>
    </message>
    <message>
        <source>Forgot the remembered secrets of %1.</source>
        <translation>已忘记 %1 的已保存密码。</translation>
    </message>
    <message>
        <source>Forgot the remembered secrets of every server.</source>
        <translation>已忘记所有服务器的已保存密码。</translation>
    </message>
    <message>
        <source>Jump hosts for all servers: %1</source>
        <translation>所有服务器的跳板机：%1</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServiceMetricsPoller</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>unreadable metrics: %1</source>
        <translation>无法解析的指标：%1</translation>
    </message>
</context>
<context>
    <name>AscendDeck::ServicePanel</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Generation tokens/s</source>
        <translation>生成 tokens/s</translation>
    </message>
    <message>
        <source>Prompt tokens/s</source>
        <translation>提示词 tokens/s</translation>
    </message>
    <message>
        <source>Running requests</source>
        <translation>运行中的请求</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>排队中的请求</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>KV cache used</source>
        <translation>KV Cache 占用</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>秒前</translation>
    </message>
    <message>
        <source>up</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>AscendDeck::StatusPage</name>
    <message>
        <source>Open a project to see where each server stands.</source>
        <translation>打开一个项目，查看每台服务器的状态。</translation>
    </message>
    <message>
        <source>Go to the step</source>
        <translation>转到该步骤</translation>
    </message>
    <message>
        <source>Read every server again</source>
        <translation>重新读取每台服务器</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click a cell to go to its step.</source>
        <translation>双击单元格转到对应步骤。</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last complete read.</source>
        <translation>已取消；表格显示上一次完整读取的结果。</translation>
    </message>
    <message>
        <source>The project has no servers yet: add them in the Deploy tab.</source>
        <translation>项目中还没有服务器：请在“部署”页添加。</translation>
    </message>
    <message>
        <source>Reading the servers (%1)...</source>
        <translation>正在读取服务器（%1 台）...</translation>
    </message>
    <message>
        <source>Reading where each server stands</source>
        <translation>正在读取每台服务器的状态</translation>
    </message>
    <message>
        <source>Read at %1: servers not read: %2; steps that need attention: %3.</source>
        <translation>读取于 %1：无法读取的服务器 %2 台；需要处理的步骤 %3 个。</translation>
    </message>
    <message>
        <source>Read at %1: steps that need attention: %2.</source>
        <translation>读取于 %1：需要处理的步骤 %2 个。</translation>
    </message>
    <message>
        <source>Read at %1: every server is as the project says.</source>
        <translation>读取于 %1：每台服务器都与项目一致。</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>转到：%1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>AscendDeck::SudoPasswordPrompter</name>
    <message>
        <source>sudo password</source>
        <translation>sudo 密码</translation>
    </message>
    <message>
        <source>sudo on %1 refused the password for &apos;%2&apos;. Try again:</source>
        <translation>%1 上的 sudo 拒绝了“%2”的密码。请重试：</translation>
    </message>
    <message>
        <source>sudo on %1 asks for the password of &apos;%2&apos;:</source>
        <translation>%1 上的 sudo 需要“%2”的密码：</translation>
    </message>
    <message>
        <source>Remember it in the system keyring</source>
        <translation>保存到系统密钥环</translation>
    </message>
    <message>
        <source>Remember it until AscendDeck quits (no system keyring)</source>
        <translation>记住直到 AscendDeck 退出（没有系统密钥环）</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>AscendDeck::TopologyDiagram</name>
    <message>
        <source>RoCE switch (L2)</source>
        <translation>RoCE 交换机（L2）</translation>
    </message>
    <message>
        <source>router (L3)</source>
        <translation>路由器（L3）</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
</context>
<context>
    <name>AscendDeck::WeightsModel</name>
    <message>
        <source>copying from %1: %2% (%3 of %4), %5/s, %6 left, %7</source>
        <translation>正在从 %1 复制：%2%（%3 / %4），%5/s，剩余 %6，%7</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>complete, verified (sha256)</source>
        <translation>完整，已校验（sha256）</translation>
    </message>
    <message>
        <source>copied from %1, verified (sha256)</source>
        <translation>已从 %1 复制，已校验（sha256）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ, kept as they are</source>
        <translation>
            <numerusform>%n 个文件不同，已保持原样</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n 个文件不同</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; copy again to resume</source>
        <translation>已取消；再次复制即可继续</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>reference folder missing</source>
        <translation>参考目录不存在</translation>
    </message>
    <message>
        <source>same files and content</source>
        <translation>文件和内容相同</translation>
    </message>
    <message>
        <source>same files and sizes</source>
        <translation>文件和大小相同</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>缺少 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n 个不同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>多出 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>可用磁盘</translation>
    </message>
    <message>
        <source>To copy</source>
        <translation>待复制</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AscendDeck::WeightsPanel</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Overwrite files that differ from the master&apos;s</source>
        <translation>覆盖与主服务器不同的文件</translation>
    </message>
    <message>
        <source>Copy from the master</source>
        <translation>从主服务器复制</translation>
    </message>
    <message>
        <source>Check lists the model folder on every server.</source>
        <translation>“检查”会列出每台服务器上的模型目录。</translation>
    </message>
    <message>
        <source>Every server holds the master&apos;s files (verified by sha256).</source>
        <translation>每台服务器都拥有主服务器的文件（已按 sha256 校验）。</translation>
    </message>
    <message>
        <source>The copy did not complete everywhere; see below.</source>
        <translation>复制未在所有服务器上完成；详见下方。</translation>
    </message>
    <message>
        <source>Model folder: %1</source>
        <translation>模型目录：%1</translation>
    </message>
    <message>
        <source>Listing %1 on every server…</source>
        <translation>正在列出每台服务器上的 %1…</translation>
    </message>
    <message>
        <source>Every server holds the master&apos;s files (by size).</source>
        <translation>每台服务器都拥有主服务器的文件（按大小）。</translation>
    </message>
    <message>
        <source>%1 still to copy in all.</source>
        <translation>共计仍需复制 %1。</translation>
    </message>
    <message>
        <source>Copying %1 from %2, server to server…</source>
        <translation>正在从 %2 复制 %1，在服务器之间直接传输…</translation>
    </message>
    <message>
        <source>Cancelled: the cut files wait on the servers; copy again to resume.</source>
        <translation>已取消：中断的文件保留在服务器上；再次复制即可继续。</translation>
    </message>
</context>
<context>
    <name>AscendDeck::WeightsSyncJob</name>
    <message>
        <source>Copying the weights</source>
        <translation>正在复制权重</translation>
    </message>
</context>
<context>
    <name>CannInfoParser</name>
    <message>
        <source>no version= line: is this a CANN install.info file?</source>
        <translation>没有 version= 行：这是 CANN 的 install.info 文件吗？</translation>
    </message>
    <message>
        <source>unreadable version &quot;%1&quot;</source>
        <translation>无法识别的版本 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>compatible_version is not a list of ranges</source>
        <translation>compatible_version 不是范围列表</translation>
    </message>
</context>
<context>
    <name>CapacityCheck</name>
    <message>
        <source>%1 x %2 NPUs x %3 GB</source>
        <translation>%1 × %2 个 NPU × %3 GB</translation>
    </message>
    <message>
        <source>%1: TP%2 (MindIE worldSize %2)</source>
        <translation>%1：TP%2（MindIE worldSize %2）</translation>
    </message>
    <message>
        <source>%1: MindIE worldSize %2 per server, %3 servers in the rank table (TP%4)</source>
        <translation>%1：每台服务器 MindIE worldSize %2，ranktable 中共 %3 台服务器（TP%4）</translation>
    </message>
    <message>
        <source>%1: vLLM-Ascend DP%2 x TP%3 with --enable-expert-parallel (MoE models)</source>
        <translation>%1：vLLM-Ascend DP%2 × TP%3，启用 --enable-expert-parallel（MoE 模型）</translation>
    </message>
    <message>
        <source>%1 GB of weights over %2 NPUs is %3 GB per NPU; at memory fraction %4 each NPU has %5 GB usable</source>
        <translation>%1 GB 权重分布到 %2 个 NPU 上，每个 NPU %3 GB；显存占用比例为 %4 时，每个 NPU 可用 %5 GB</translation>
    </message>
    <message>
        <source>%1, leaving %2 GB per NPU for the KV cache.</source>
        <translation>%1，每个 NPU 剩余 %2 GB 用于 KV Cache。</translation>
    </message>
    <message>
        <source>%1, leaving only %2 GB per NPU for the KV cache: expect few concurrent requests, or lower maxSeqLen.</source>
        <translation>%1，每个 NPU 仅剩 %2 GB 用于 KV Cache：可支持的并发请求较少，或请调低 maxSeqLen。</translation>
    </message>
    <message>
        <source>%1: the weights do not fit (NPU out of memory while loading). At least %2 servers are needed.</source>
        <translation>%1：权重放不下（加载时 NPU 内存不足）。至少需要 %2 台服务器。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Docker image the engine will run (its CANN decides the driver needed).</source>
        <translation>推理引擎运行的 Docker 镜像（其中的 CANN 版本决定所需的驱动版本）。</translation>
    </message>
    <message>
        <source>Weights folder, the same path on every server.</source>
        <translation>权重文件夹，各服务器上路径相同。</translation>
    </message>
    <message>
        <source>Folder the container mounts (default: the model path).</source>
        <translation>容器挂载的文件夹（默认：模型路径）。</translation>
    </message>
    <message>
        <source>NPUs every server must have (default: the same on all).</source>
        <translation>每台服务器必须具有的 NPU 数（默认：各服务器相同即可）。</translation>
    </message>
    <message>
        <source>--image IMAGE and --model-path PATH are required (or a --project with an engine)</source>
        <translation>必须指定 --image IMAGE 和 --model-path PATH（或指定带推理引擎设置的 --project）</translation>
    </message>
    <message>
        <source>no servers given (HOSTS or --project FILE)</source>
        <translation>未指定服务器（HOSTS 或 --project FILE）</translation>
    </message>
    <message>
        <source>--npus &apos;%1&apos; is not a count</source>
        <translation>--npus “%1”不是有效的数量</translation>
    </message>
    <message>
        <source>Checks servers before a launch: NPUs, driver against the image&apos;s CANN, HwHiAiUser, Docker and the image, firewalld, /dev/shm, disk space and the weights (present, same everywhere, no symlink leaving the mounted folder). Prints the findings as JSON; exits 1 if any check failed.</source>
        <translation>启动前预检服务器：NPU、驱动与镜像中 CANN 的配套关系、HwHiAiUser、Docker 及镜像、firewalld、/dev/shm、磁盘空间和权重（是否存在、各服务器是否一致、是否有指向挂载目录之外的符号链接）。以 JSON 格式打印检查结果；若有任何检查项未通过，则以状态 1 退出。</translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...]</source>
        <translation>[USER@]HOST[:PORT][,HOST...]</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>The headless half of AscendDeck: NPU network, rank tables, preflight, engine launch and load tests from the command line.</source>
        <translation>AscendDeck 的命令行部分：在命令行中完成 NPU 网络配置、rank table、预检、推理引擎启动和压力测试。</translation>
    </message>
    <message>
        <source>preview, apply or roll back an NPU network plan (hccn_tool) over SSH</source>
        <translation>通过 SSH 预览、应用或回滚 NPU 网络规划（hccn_tool）</translation>
    </message>
    <message>
        <source>preflight checks before a launch (NPUs, driver vs CANN, docker, weights), as JSON</source>
        <translation>启动前的预检（NPU、驱动与 CANN 版本、Docker、权重），以 JSON 输出</translation>
    </message>
    <message>
        <source>MindIE config, vLLM/docker command lines, launch scripts, log diagnosis, capacity</source>
        <translation>MindIE 配置、vLLM/docker 命令行、启动脚本、日志诊断、容量评估</translation>
    </message>
    <message>
        <source>run a command on one or more servers over SSH</source>
        <translation>通过 SSH 在一台或多台服务器上运行命令</translation>
    </message>
    <message>
        <source>write every file the project generates into a folder for version control</source>
        <translation>将项目生成的所有文件写入文件夹，便于版本管理</translation>
    </message>
    <message>
        <source>start the engine on every server (or --dry-run), stream the logs, wait until ready</source>
        <translation>在每台服务器上启动推理引擎（或 --dry-run），实时输出日志并等待就绪</translation>
    </message>
    <message>
        <source>load-test an OpenAI-compatible service (TTFT, TPOT, ITL, throughput)</source>
        <translation>对兼容 OpenAI 接口的服务进行压力测试（TTFT、TPOT、ITL、吞吐量）</translation>
    </message>
    <message>
        <source>parse a saved tool output (npu-smi, hccn-tool, ...) and print it as JSON</source>
        <translation>解析保存的工具输出（npu-smi、hccn-tool 等）并以 JSON 输出</translation>
    </message>
    <message>
        <source>suggest and check an NPU network plan (fibre-pairs, switch, routed)</source>
        <translation>生成并检查 NPU 网络规划（fibre-pairs、switch、routed）</translation>
    </message>
    <message>
        <source>generate, merge or validate HCCL rank tables</source>
        <translation>生成、合并或校验 HCCL rank table</translation>
    </message>
    <message>
        <source>compare the servers with the project (drift), as JSON</source>
        <translation>将服务器与项目进行比对（配置漂移），以 JSON 输出</translation>
    </message>
    <message>
        <source>stop and remove the engine container on every server</source>
        <translation>在每台服务器上停止并删除推理引擎容器</translation>
    </message>
    <message>
        <source>sample every NPU over SSH: a table, JSON lines or CSV, or Prometheus /metrics</source>
        <translation>通过 SSH 采样每个 NPU：表格、JSON 行或 CSV，或 Prometheus /metrics</translation>
    </message>
    <message>
        <source>the model folder on every server: status, and the copy from server to server</source>
        <translation>每台服务器上的模型目录：状态，以及服务器之间的复制</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Private key file.</source>
        <translation>私钥文件。</translation>
    </message>
    <message>
        <source>Environment variable holding the key&apos;s passphrase.</source>
        <translation>存放私钥口令的环境变量。</translation>
    </message>
    <message>
        <source>Read the login password from the first line of stdin.</source>
        <translation>从标准输入（stdin）的第一行读取登录密码。</translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts 文件（默认 ~/.ssh/known_hosts）。</translation>
    </message>
    <message>
        <source>ssh config file (default ~/.ssh/config).</source>
        <translation>ssh 配置文件（默认 ~/.ssh/config）。</translation>
    </message>
    <message>
        <source>Trust and record a host key seen for the first time.</source>
        <translation>信任并记录首次遇到的主机密钥。</translation>
    </message>
    <message>
        <source>SSH login user (default: ~/.ssh/config, then the local user).</source>
        <translation>SSH 登录用户（默认：取自 ~/.ssh/config，其次为本地用户）。</translation>
    </message>
    <message>
        <source>SSH port of every server (default 22).</source>
        <translation>每台服务器的 SSH 端口（默认 22）。</translation>
    </message>
    <message>
        <source>Project file: the servers and their settings.</source>
        <translation>项目文件：服务器及其设置。</translation>
    </message>
    <message>
        <source>Per-command timeout (default 600; 0 = none).</source>
        <translation>每条命令的超时时间，单位为秒（默认 600；0 表示不限制）。</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; is not a number of seconds</source>
        <translation>--timeout “%1”不是有效的秒数</translation>
    </message>
    <message>
        <source>--ssh-port &apos;%1&apos; is not a port number</source>
        <translation>--ssh-port “%1”不是有效的端口号</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>运行“%1 --help”查看选项。</translation>
    </message>
    <message>
        <source>%1: host key %2 %3 is not in %4; %5</source>
        <translation>%1：主机密钥 %2 %3 不在 %4 中；%5</translation>
    </message>
    <message>
        <source>accepted (--accept-new-host-key)</source>
        <translation>已接受（--accept-new-host-key）</translation>
    </message>
    <message>
        <source>refused (pass --accept-new-host-key to trust it)</source>
        <translation>已拒绝（传入 --accept-new-host-key 可信任该密钥）</translation>
    </message>
    <message>
        <source>Run what needs root through sudo when the login user is not root (exec: the command).</source>
        <translation>登录用户不是 root 时，通过 sudo 运行需要 root 的操作（exec：该命令）。</translation>
    </message>
    <message>
        <source>Environment variable holding the sudo password (implies --sudo).</source>
        <translation>存放 sudo 密码的环境变量（隐含 --sudo）。</translation>
    </message>
    <message>
        <source>Jump hosts to connect through, first hop first, as ssh -J takes them.</source>
        <translation>经由的跳板机，第一跳在前，格式同 ssh -J。</translation>
    </message>
    <message>
        <source>--jump: %1</source>
        <translation>--jump：%1</translation>
    </message>
    <message>
        <source>--sudo-password-env: the environment variable %1 is not set</source>
        <translation>--sudo-password-env：环境变量 %1 未设置</translation>
    </message>
</context>
<context>
    <name>DeviceSelection</name>
    <message>
        <source>--device_num %1 uses logical device %2, but --visible_devices lists only %3</source>
        <translation>--device_num %1 使用逻辑设备 %2，但 --visible_devices 只列出了 %3</translation>
    </message>
    <message>
        <source>device range &quot;%1&quot; must look like [0,8) with single digits</source>
        <translation>设备范围 &quot;%1&quot; 必须形如 [0,8)，且均为一位数字</translation>
    </message>
    <message>
        <source>device range %1 must be within [0,8]</source>
        <translation>设备范围 %1 必须在 [0,8] 之内</translation>
    </message>
    <message>
        <source>device range %1 selects no device: the first number must be less than the last</source>
        <translation>设备范围 %1 未选中任何设备：第一个数必须小于最后一个数</translation>
    </message>
    <message>
        <source>device range %1 must stay within [0,4) or [4,8), or be all of [0,8)</source>
        <translation>设备范围 %1 必须在 [0,4) 或 [4,8) 之内，或为完整的 [0,8)</translation>
    </message>
    <message>
        <source>visible device &quot;%1&quot; is not a device id 0-63</source>
        <translation>可见设备 &quot;%1&quot; 不是 0-63 的设备 ID</translation>
    </message>
    <message>
        <source>visible device %1 is listed twice</source>
        <translation>可见设备 %1 重复列出</translation>
    </message>
</context>
<context>
    <name>DockerTableParser</name>
    <message>
        <source>empty: no table header</source>
        <translation>内容为空：没有表头</translation>
    </message>
    <message>
        <source>not a docker table header: &apos;%1&apos;</source>
        <translation>不是 docker 表格的表头：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>row does not line up with the header: &apos;%1&apos;</source>
        <translation>该行与表头未对齐：&apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EngineCluster</name>
    <message>
        <source>%1.%2: expected a string</source>
        <translation>%1.%2：应为字符串</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1.address: missing or empty</source>
        <translation>%1.address：缺失或为空</translation>
    </message>
    <message>
        <source>%1.master: expected true or false</source>
        <translation>%1.master：应为 true 或 false</translation>
    </message>
    <message>
        <source>%1.npus: expected a list of NPU ids</source>
        <translation>%1.npus：应为 NPU 编号列表</translation>
    </message>
    <message>
        <source>%1.npus[%2]: expected an integer</source>
        <translation>%1.npus[%2]：应为整数</translation>
    </message>
    <message>
        <source>nodes: missing or not a list of servers</source>
        <translation>nodes：缺失或不是服务器列表</translation>
    </message>
</context>
<context>
    <name>EngineCommand</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1：不是 JSON：%2</translation>
    </message>
    <message>
        <source>node %1 is not in the cluster</source>
        <translation>节点 %1 不在集群中</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Writes one node&apos;s MindIE config.json, starting from the image&apos;s default; rule findings go to stderr as JSON.</source>
        <translation>以镜像默认配置为基础，生成一个节点的 MindIE config.json；规则检查结果以 JSON 输出到 stderr。</translation>
    </message>
    <message>
        <source>The image&apos;s default config.json.</source>
        <translation>镜像默认的 config.json。</translation>
    </message>
    <message>
        <source>The engine settings (JSON).</source>
        <translation>推理引擎设置（JSON）。</translation>
    </message>
    <message>
        <source>The server the config is for.</source>
        <translation>该配置对应的服务器。</translation>
    </message>
    <message>
        <source>The servers (JSON); default: the node alone.</source>
        <translation>服务器列表（JSON）；默认仅包含该节点。</translation>
    </message>
    <message>
        <source>Where to write (default stdout).</source>
        <translation>输出位置（默认为 stdout）。</translation>
    </message>
    <message>
        <source>Prints the MindIE rule findings of every node, and across nodes, as JSON.</source>
        <translation>以 JSON 输出每个节点及跨节点的 MindIE 规则检查结果。</translation>
    </message>
    <message>
        <source>The servers (JSON).</source>
        <translation>服务器列表（JSON）。</translation>
    </message>
    <message>
        <source>Prints each node&apos;s environment and vllm serve command line.</source>
        <translation>输出每个节点的环境变量和 vllm serve 命令行。</translation>
    </message>
    <message>
        <source>Writes one node&apos;s launch script (docker run).</source>
        <translation>生成一个节点的启动脚本（docker run）。</translation>
    </message>
    <message>
        <source>The server the script is for.</source>
        <translation>该脚本对应的服务器。</translation>
    </message>
    <message>
        <source>Finds the known failure patterns in an engine log and prints them as JSON.</source>
        <translation>在推理引擎日志中查找已知的故障模式，并以 JSON 输出。</translation>
    </message>
    <message>
        <source>The engine&apos;s log (docker logs, or a saved file).</source>
        <translation>推理引擎日志（docker logs 或已保存的文件）。</translation>
    </message>
    <message>
        <source>expected one LOGFILE</source>
        <translation>需要一个 LOGFILE</translation>
    </message>
    <message>
        <source>%1: no metadata.total_size</source>
        <translation>%1：缺少 metadata.total_size</translation>
    </message>
    <message>
        <source>Tells whether the weights fit into NPU memory, as JSON.</source>
        <translation>判断权重能否装入 NPU 显存，以 JSON 输出。</translation>
    </message>
    <message>
        <source>Total size of the weights in bytes.</source>
        <translation>权重总大小（字节）。</translation>
    </message>
    <message>
        <source>model.safetensors.index.json (metadata.total_size).</source>
        <translation>model.safetensors.index.json（读取 metadata.total_size）。</translation>
    </message>
    <message>
        <source>Servers (default 1).</source>
        <translation>服务器数量（默认 1）。</translation>
    </message>
    <message>
        <source>NPUs per server (default 8).</source>
        <translation>每台服务器的 NPU 数（默认 8）。</translation>
    </message>
    <message>
        <source>HBM per NPU in GiB (default 64).</source>
        <translation>每个 NPU 的 HBM 容量，单位 GiB（默认 64）。</translation>
    </message>
    <message>
        <source>Memory fraction (default 0.9).</source>
        <translation>显存占用比例（默认 0.9）。</translation>
    </message>
    <message>
        <source>Tensor-parallel size (default: all NPUs).</source>
        <translation>张量并行数（默认：全部 NPU）。</translation>
    </message>
    <message>
        <source>Data-parallel size (default 1).</source>
        <translation>数据并行数（默认 1）。</translation>
    </message>
    <message>
        <source>Expert parallel spreads the weights over DP too.</source>
        <translation>专家并行时权重也会分布到各 DP 上。</translation>
    </message>
    <message>
        <source>give --weights-bytes or --index</source>
        <translation>请指定 --weights-bytes 或 --index</translation>
    </message>
    <message>
        <source>MindIE config, vLLM/docker command lines, launch scripts, log diagnosis and capacity, from the engine settings and cluster files.</source>
        <translation>根据推理引擎设置和集群文件，生成 MindIE 配置、vLLM/docker 命令行、启动脚本，并进行日志诊断和容量评估。</translation>
    </message>
    <message>
        <source>one node&apos;s MindIE config.json</source>
        <translation>一个节点的 MindIE config.json</translation>
    </message>
    <message>
        <source>the MindIE rule findings of every node, as JSON</source>
        <translation>每个节点的 MindIE 规则检查结果，以 JSON 输出</translation>
    </message>
    <message>
        <source>each node&apos;s vllm serve command line</source>
        <translation>每个节点的 vllm serve 命令行</translation>
    </message>
    <message>
        <source>one node&apos;s launch script</source>
        <translation>一个节点的启动脚本</translation>
    </message>
    <message>
        <source>known failure patterns in a log, as JSON</source>
        <translation>日志中的已知故障模式，以 JSON 输出</translation>
    </message>
    <message>
        <source>whether the weights fit into NPU memory, as JSON</source>
        <translation>权重能否装入 NPU 显存，以 JSON 输出</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>Reads the servers as the console&apos;s engine step does: the NIC that carries each server&apos;s address (ip -j addr) and the weights&apos; size on the master. Writes the servers as JSON, the --cluster file of launch and the other engine commands; the weights&apos; size and what could not be read go to stderr.</source>
        <translation>按控制台推理引擎步骤的方式读取服务器：承载每台服务器地址的网卡（ip -j addr），以及主节点上权重的大小。以 JSON 输出服务器列表，即 launch 及其他 engine 子命令的 --cluster 文件；权重大小和无法读取的内容输出到 stderr。</translation>
    </message>
    <message>
        <source>The model folder on the servers (default: the project&apos;s).</source>
        <translation>服务器上的模型目录（默认：项目中的设置）。</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>需要 --project</translation>
    </message>
    <message>
        <source>weights: %1 bytes</source>
        <translation>权重：%1 字节</translation>
    </message>
    <message>
        <source>each server&apos;s NIC and the weights&apos; size, read over SSH (--project)</source>
        <translation>通过 SSH 读取每台服务器的网卡和权重大小（--project）</translation>
    </message>
    <message>
        <source>A lab&apos;s own pattern file (JSON, as resources/diagnosis/patterns.json), tried before the built-in patterns.</source>
        <translation>实验室自己的模式文件（JSON，格式同 resources/diagnosis/patterns.json），先于内置模式匹配。</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>The engine settings are not a JSON object.</source>
        <translation>引擎设置不是 JSON 对象。</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
</context>
<context>
    <name>EngineStep</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 has no metadata.total_size</source>
        <translation>%1：%2 中没有 metadata.total_size</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>no host list given (HOSTS or --project FILE)</source>
        <translation>未指定主机列表（HOSTS 或 --project FILE）</translation>
    </message>
    <message>
        <source>no command given after the host list</source>
        <translation>主机列表之后未给出命令</translation>
    </message>
    <message>
        <source>Runs COMMAND with ARGs on one or more servers over SSH. Each ARG reaches the server unchanged.</source>
        <translation>通过 SSH 在一台或多台服务器上运行 COMMAND 及其参数 ARG。每个 ARG 都会原样传递到服务器。</translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...] (not with --project)</source>
        <translation>[USER@]HOST[:PORT][,HOST...]（不能与 --project 同时使用）</translation>
    </message>
    <message>
        <source>-- COMMAND [ARG...]</source>
        <translation>-- COMMAND [ARG...]</translation>
    </message>
    <message>
        <source>%1 lists no servers</source>
        <translation>%1 中没有列出服务器</translation>
    </message>
</context>
<context>
    <name>HccnBackup</name>
    <message>
        <source>not an AscendDeck hccn backup (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>不是 AscendDeck 的 hccn 备份文件（&quot;format&quot; 不是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
</context>
<context>
    <name>HccnBatch</name>
    <message>
        <source>%1: hccn_tool batch output was cut or garbled</source>
        <translation>%1：hccn_tool 批量输出被截断或出现乱码</translation>
    </message>
</context>
<context>
    <name>HccnCommandRenderer</name>
    <message>
        <source>%1 NPU %2: %3 was unset before and stays %4 (hccn_tool cannot unset it)</source>
        <translation>%1 NPU %2：%3 原先未设置，将保持为 %4（hccn_tool 无法取消设置）</translation>
    </message>
</context>
<context>
    <name>HccnConfParser</name>
    <message>
        <source>no key_N=value settings found</source>
        <translation>未找到 key_N=value 形式的设置</translation>
    </message>
    <message>
        <source>expected key_N=value, got &quot;%1&quot;</source>
        <translation>应为 key_N=value，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is set twice for this device</source>
        <translation>该设备的 %1 被设置了两次</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: &quot;%2&quot;</source>
        <translation>%1 不是 IPv4 地址：&quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1, got &quot;%2&quot;</source>
        <translation>%1 必须为 0 或 1，实际为 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>HccnPlan</name>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1: the server has no host or no NPUs</source>
        <translation>%1：该服务器没有主机地址或没有 NPU</translation>
    </message>
    <message>
        <source>format: not an AscendDeck NPU network plan (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>format：不是 AscendDeck 的 NPU 网络规划（&quot;format&quot; 不是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>topology: unknown topology &quot;%1&quot;</source>
        <translation>topology：未知的拓扑 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>HccnPlanValidator</name>
    <message>
        <source>server %1 NPU %2: %3</source>
        <translation>服务器 %1 NPU %2：%3</translation>
    </message>
    <message>
        <source>the NPU id is negative or listed twice</source>
        <translation>NPU ID 为负数或重复列出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; netmask &quot;%2&quot; is not an IPv4 address and netmask</source>
        <translation>&quot;%1&quot; 子网掩码 &quot;%2&quot; 不是有效的 IPv4 地址和子网掩码</translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation>%1 是 %2 的网络地址</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation>%1 是 %2 的广播地址</translation>
    </message>
    <message>
        <source>gateway %1 is outside the NPU&apos;s subnet %2</source>
        <translation>网关 %1 不在该 NPU 的子网 %2 内</translation>
    </message>
    <message>
        <source>netdetect &quot;%1&quot; is not an IPv4 address</source>
        <translation>netdetect &quot;%1&quot; 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>address %1 is already used by server %2 NPU %3</source>
        <translation>地址 %1 已被服务器 %2 NPU %3 使用</translation>
    </message>
    <message>
        <source>subnet %1 differs from %2 of server %3 NPU %4; one switch needs one subnet</source>
        <translation>子网 %1 与服务器 %3 NPU %4 的子网 %2 不同；同一交换机下须使用同一子网</translation>
    </message>
    <message>
        <source>its direct-connect peer server %1 NPU %2 (%3) is not in its subnet %4</source>
        <translation>其直连对端服务器 %1 NPU %2（%3）不在其子网 %4 内</translation>
    </message>
    <message>
        <source>netdetect %1 is not its direct-connect peer server %2 NPU %3 (%4)</source>
        <translation>netdetect %1 不是其直连对端服务器 %2 NPU %3（%4）</translation>
    </message>
    <message>
        <source>subnet %1 overlaps the host network %2 of that server</source>
        <translation>子网 %1 与该服务器的主机网络 %2 重叠</translation>
    </message>
</context>
<context>
    <name>HccnPlanner</name>
    <message>
        <source>a plan needs at least one server and one NPU</source>
        <translation>规划至少需要一台服务器和一个 NPU</translation>
    </message>
    <message>
        <source>gateway %1 is not inside %2</source>
        <translation>网关 %1 不在 %2 内</translation>
    </message>
    <message>
        <source>back-to-back fibre pairs need an even number of servers, got %1</source>
        <translation>光纤背靠背直连需要偶数台服务器，实际为 %1 台</translation>
    </message>
    <message>
        <source>back-to-back fibre pairs have no gateway: each NPU uses its own address</source>
        <translation>光纤背靠背直连没有网关：每个 NPU 使用其自身地址</translation>
    </message>
    <message>
        <source>a per-link prefix of /%1 does not fit in %2</source>
        <translation>每条链路 /%1 的前缀长度无法放入 %2</translation>
    </message>
    <message>
        <source>%1 has room for fewer than %2 /%3 link subnets</source>
        <translation>%1 容纳不下 %2 个 /%3 链路子网</translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 server subnets of %3 NPUs each; give a larger subnet or --gateway</source>
        <translation>%1 无法划分为 %2 个各含 %3 个 NPU 的服务器子网；请指定更大的子网或 --gateway</translation>
    </message>
    <message>
        <source>%1 has %2 usable addresses, the plan needs %3</source>
        <translation>%1 有 %2 个可用地址，规划需要 %3 个</translation>
    </message>
</context>
<context>
    <name>HccnReadings</name>
    <message>
        <source>%1 NPU %2: %3</source>
        <translation>%1 NPU %2：%3</translation>
    </message>
</context>
<context>
    <name>HccnReadingsParser</name>
    <message>
        <source>-ip -g: %1</source>
        <translation>-ip -g：%1</translation>
    </message>
    <message>
        <source>-gateway -g: %1</source>
        <translation>-gateway -g：%1</translation>
    </message>
    <message>
        <source>-netdetect -g: %1</source>
        <translation>-netdetect -g：%1</translation>
    </message>
    <message>
        <source>-tls -g: %1</source>
        <translation>-tls -g：%1</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>无输出</translation>
    </message>
</context>
<context>
    <name>HccnToolParser</name>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>应为 &quot;%1&quot;，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected &quot;ipaddr:&quot;, got &quot;%1&quot;</source>
        <translation>应为 &quot;ipaddr:&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;netmask:&quot; after &quot;ipaddr:&quot;</source>
        <translation>&quot;ipaddr:&quot; 之后应为 &quot;netmask:&quot;</translation>
    </message>
    <message>
        <source>not an IP address: &quot;%1&quot; / &quot;%2&quot;</source>
        <translation>不是 IP 地址：&quot;%1&quot; / &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected &quot;default gateway:G, Iface:NAME&quot;, got &quot;%1&quot;</source>
        <translation>应为 &quot;default gateway:G, Iface:NAME&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>netdetect address is not an IP address: &quot;%1&quot;</source>
        <translation>netdetect 地址不是 IP 地址：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty net health status</source>
        <translation>net health 状态为空</translation>
    </message>
    <message>
        <source>expected &quot;link status: UP&quot; or &quot;DOWN&quot;, got &quot;%1&quot;</source>
        <translation>应为 &quot;link status: UP&quot; 或 &quot;DOWN&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;dev_id:N, tls switch[0|1]...&quot;, got &quot;%1&quot;</source>
        <translation>应为 &quot;dev_id:N, tls switch[0|1]...&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the command did not succeed: &quot;%1&quot;</source>
        <translation>命令未成功执行：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an LLDP TLV header or &quot;Ifname:&quot;, got &quot;%1&quot;</source>
        <translation>应为 LLDP TLV 头或 &quot;Ifname:&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected ping output &quot;%1&quot;</source>
        <translation>无法识别的 ping 输出 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no &quot;vnic link status:&quot; line found</source>
        <translation>未找到 &quot;vnic link status:&quot; 行</translation>
    </message>
    <message>
        <source>vnic link status is &quot;%1&quot;, expected UP or DOWN</source>
        <translation>vnic link status 为 &quot;%1&quot;，应为 UP 或 DOWN</translation>
    </message>
</context>
<context>
    <name>HistoryAlertLog</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation>无法截断 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>the CSV destination is not writable</source>
        <translation>CSV 目标位置不可写</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>cannot create the history folder %1</source>
        <translation>无法创建历史记录文件夹 %1</translation>
    </message>
</context>
<context>
    <name>HostNetworks</name>
    <message>
        <source>`ip -j addr` printed no JSON array: %1</source>
        <translation>`ip -j addr` 未输出 JSON 数组：%1</translation>
    </message>
</context>
<context>
    <name>HostRules</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>Check that %1 is up, that sshd accepts your key and that its host key is in known_hosts (ssh %1).</source>
        <translation>请确认 %1 已开机、sshd 接受您的密钥，且其主机密钥已在 known_hosts 中（ssh %1）。</translation>
    </message>
    <message>
        <source>%1 answered over SSH.</source>
        <translation>%1 已通过 SSH 响应。</translation>
    </message>
    <message>
        <source>On %1: groupadd HwHiAiUser &amp;&amp; useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser -s /bin/bash, then reinstall the driver (it installs its files for that user).</source>
        <translation>在 %1 上执行：groupadd HwHiAiUser &amp;&amp; useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser -s /bin/bash，然后重新安装驱动（驱动会按该用户安装其文件）。</translation>
    </message>
    <message>
        <source>%1: could not look up HwHiAiUser (getent failed).</source>
        <translation>%1：无法查询 HwHiAiUser（getent 执行失败）。</translation>
    </message>
    <message>
        <source>%1 has no HwHiAiUser account: the driver&apos;s device files and the engine images expect it.</source>
        <translation>%1 上没有 HwHiAiUser 账号：驱动的设备文件和推理引擎镜像都依赖该账号。</translation>
    </message>
    <message>
        <source>%1 has the HwHiAiUser account.</source>
        <translation>%1 上已有 HwHiAiUser 账号。</translation>
    </message>
    <message>
        <source>%1: docker is %2.</source>
        <translation>%1：docker 状态为 %2。</translation>
    </message>
    <message>
        <source>On %1: systemctl enable --now docker.</source>
        <translation>在 %1 上执行：systemctl enable --now docker。</translation>
    </message>
    <message>
        <source>%1: docker is active.</source>
        <translation>%1：docker 正在运行（active）。</translation>
    </message>
    <message>
        <source>%1 has %2 (CANN %3).</source>
        <translation>%1 上已有 %2（CANN %3）。</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>%1 does not have the image %2.</source>
        <translation>%1 上没有镜像 %2。</translation>
    </message>
    <message>
        <source>%1 does not have the image %2 (it has %3).</source>
        <translation>%1 上没有镜像 %2（已有 %3）。</translation>
    </message>
    <message>
        <source>On %1: docker load -i &lt;image&gt;.tar, or docker pull %2.</source>
        <translation>在 %1 上执行：docker load -i &lt;image&gt;.tar，或 docker pull %2。</translation>
    </message>
    <message>
        <source>%1: firewalld is active: it drops the engine&apos;s inter-node traffic (multi-node port, HCCL/Gloo sockets) unless every port was opened.</source>
        <translation>%1：firewalld 正在运行：除非已放通所有端口，否则它会丢弃推理引擎的节点间流量（多机端口、HCCL/Gloo 套接字）。</translation>
    </message>
    <message>
        <source>On %1: systemctl stop firewalld &amp;&amp; systemctl disable firewalld.</source>
        <translation>在 %1 上执行：systemctl stop firewalld &amp;&amp; systemctl disable firewalld。</translation>
    </message>
    <message>
        <source>%1: firewalld is %2.</source>
        <translation>%1：firewalld 状态为 %2。</translation>
    </message>
    <message>
        <source>On %1: mount -o remount,size=64G /dev/shm (and the same in /etc/fstab), or give the container its own with --shm-size.</source>
        <translation>在 %1 上执行：mount -o remount,size=64G /dev/shm（并在 /etc/fstab 中做相同修改），或通过 --shm-size 为容器单独指定。</translation>
    </message>
    <message>
        <source>%1: could not read the size of /dev/shm.</source>
        <translation>%1：无法读取 /dev/shm 的大小。</translation>
    </message>
    <message>
        <source>%1: /dev/shm is only %2 (%3 or more recommended).</source>
        <translation>%1：/dev/shm 仅有 %2（建议 %3 或以上）。</translation>
    </message>
    <message>
        <source>%1: /dev/shm is %2, %3 free.</source>
        <translation>%1：/dev/shm 大小为 %2，可用 %3。</translation>
    </message>
    <message>
        <source>Free space on %1 of %2 (docker system prune, old images and logs), or move Docker&apos;s data-root to a larger disk.</source>
        <translation>清理 %2 上 %1 的空间（docker system prune、旧镜像和日志），或将 Docker 的 data-root 迁移到更大的磁盘。</translation>
    </message>
    <message>
        <source>%1: could not read the free space of /var/lib/docker.</source>
        <translation>%1：无法读取 /var/lib/docker 的可用空间。</translation>
    </message>
    <message>
        <source>%1: %2 free on %3.</source>
        <translation>%1：%3 上可用空间为 %2。</translation>
    </message>
</context>
<context>
    <name>IpAddrParser</name>
    <message>
        <source>interface %1: no &quot;ifname&quot;</source>
        <translation>接口 %1：没有 &quot;ifname&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;addr_info&quot; is not a list</source>
        <translation>%1：&quot;addr_info&quot; 不是列表</translation>
    </message>
    <message>
        <source>%1: an address entry is not an object</source>
        <translation>%1：某个地址条目不是对象</translation>
    </message>
    <message>
        <source>not the JSON of `ip -j addr`: %1</source>
        <translation>不是 `ip -j addr` 的 JSON 输出：%1</translation>
    </message>
    <message>
        <source>not the JSON of `ip -j addr`: expected a list of interfaces</source>
        <translation>不是 `ip -j addr` 的 JSON 输出：应为接口列表</translation>
    </message>
</context>
<context>
    <name>Ipv4Subnet</name>
    <message>
        <source>&apos;%1&apos; is not an IPv4 network like 192.168.100.0/24</source>
        <translation>&apos;%1&apos; 不是 192.168.100.0/24 这样的 IPv4 网段</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has host bits set; did you mean %2?</source>
        <translation>&apos;%1&apos; 的主机位不为零；您是否想输入 %2？</translation>
    </message>
</context>
<context>
    <name>KeyValueText</name>
    <message>
        <source>expected key=value, got &quot;%1&quot;</source>
        <translation>应为 key=value，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
</context>
<context>
    <name>LaunchCommand</name>
    <message>
        <source>The engine settings (JSON).</source>
        <translation>推理引擎设置（JSON）。</translation>
    </message>
    <message>
        <source>The servers (JSON), in rank order.</source>
        <translation>服务器列表（JSON），按 rank 顺序排列。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not JSON</source>
        <translation>%1：不是 JSON</translation>
    </message>
    <message>
        <source>give --project FILE, or --settings FILE and --cluster FILE</source>
        <translation>请指定 --project FILE，或同时指定 --settings FILE 和 --cluster FILE</translation>
    </message>
    <message>
        <source>the deployment</source>
        <translation>本次部署</translation>
    </message>
    <message>
        <source>%1: [%2] %3 Fix: %4</source>
        <translation>%1：[%2] %3 解决方法：%4</translation>
    </message>
    <message>
        <source>ready: %1</source>
        <translation>就绪：%1</translation>
    </message>
    <message>
        <source>launch failed: %1 failed first: %2</source>
        <translation>启动失败：%1 最先失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starts the engine on every server, in order, streams the logs and waits until the deployment is ready.</source>
        <translation>依次在每台服务器上启动推理引擎，实时输出日志，并等待部署就绪。</translation>
    </message>
    <message>
        <source>Print every command per server; change nothing.</source>
        <translation>按服务器打印每条命令，不做任何更改。</translation>
    </message>
    <message>
        <source>With --dry-run: do not read the servers.</source>
        <translation>与 --dry-run 一起使用：不读取服务器。</translation>
    </message>
    <message>
        <source>Keep streaming the logs once the deployment is ready.</source>
        <translation>部署就绪后继续输出日志。</translation>
    </message>
    <message>
        <source>Stops and removes the engine container on every server.</source>
        <translation>在每台服务器上停止并删除推理引擎容器。</translation>
    </message>
</context>
<context>
    <name>LaunchPlan</name>
    <message>
        <source>The deployment has no servers.</source>
        <translation>该部署中没有服务器。</translation>
    </message>
    <message>
        <source>config.json starts from AscendDeck&apos;s packaged MindIE default; the launch reads the image&apos;s own default first.</source>
        <translation>config.json 基于 AscendDeck 随附的 MindIE 默认配置生成；启动时会先读取镜像自带的默认配置。</translation>
    </message>
    <message>
        <source>rank table (every server the same)</source>
        <translation>ranktable 文件（所有服务器相同）</translation>
    </message>
    <message>
        <source>The rank table is assembled from every server&apos;s /etc/hccn.conf at launch.</source>
        <translation>启动时根据每台服务器的 /etc/hccn.conf 生成 ranktable 文件。</translation>
    </message>
    <message>
        <source>Rank table: %1</source>
        <translation>ranktable 文件：%1</translation>
    </message>
    <message>
        <source>The image&apos;s default config.json is not readable: %1</source>
        <translation>无法读取镜像自带的默认 config.json：%1</translation>
    </message>
    <message>
        <source>MindIE config.json of this server</source>
        <translation>该服务器的 MindIE config.json</translation>
    </message>
    <message>
        <source># error: %1</source>
        <translation># 错误：%1</translation>
    </message>
    <message>
        <source># warning: %1</source>
        <translation># 警告：%1</translation>
    </message>
    <message>
        <source># note: %1</source>
        <translation># 注意：%1</translation>
    </message>
    <message>
        <source># server %1 of %2: %3 (%4), step %5</source>
        <translation># 第 %1/%2 台服务器：%3（%4），第 %5 步</translation>
    </message>
    <message>
        <source># ready when every engine logged its ready line and %1 answers</source>
        <translation># 当所有引擎都已输出就绪日志且 %1 有响应时即为就绪</translation>
    </message>
    <message>
        <source>generated at launch</source>
        <translation>启动时生成</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source># upload %1 (mode %2, %3): %4</source>
        <translation># 上传 %1（权限 %2，%3）：%4</translation>
    </message>
    <message>
        <source># stop (every server): %1; %2</source>
        <translation># 停止（所有服务器）：%1; %2</translation>
    </message>
    <message>
        <source># read (every server, changes nothing): %1</source>
        <translation># 读取（所有服务器，不做任何更改）：%1</translation>
    </message>
    <message>
        <source># read (%1, changes nothing): %2; %3; %2</source>
        <translation># 读取（%1，不做任何更改）：%2; %3; %2</translation>
    </message>
    <message>
        <source> (through sudo install)</source>
        <translation>（通过 sudo install）</translation>
    </message>
</context>
<context>
    <name>LaunchRemote</name>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <source>upload of %1</source>
        <translation>上传 %1</translation>
    </message>
</context>
<context>
    <name>LoadSweepConfig</name>
    <message>
        <source>unknown load &quot;%1&quot;: use concurrency=... or rate=... (requests per second)</source>
        <translation>未知负载“%1”：请使用 concurrency=... 或 rate=...（每秒请求数）</translation>
    </message>
    <message>
        <source>rate: &quot;%1&quot; is not a positive number of requests per second</source>
        <translation>rate：“%1”不是正的每秒请求数</translation>
    </message>
    <message>
        <source>concurrency: &quot;%1&quot; is not a positive whole number</source>
        <translation>concurrency：“%1”不是正整数</translation>
    </message>
    <message>
        <source>no load given, e.g. concurrency=1,2,4,8 or rate=0.5,1,2</source>
        <translation>未给出负载，例如 concurrency=1,2,4,8 或 rate=0.5,1,2</translation>
    </message>
</context>
<context>
    <name>LoadSweepReport</name>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>conc.</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>out tok/s</source>
        <translation>输出tok/s</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>TPOT p50</source>
        <translation>TPOT p50</translation>
    </message>
    <message>
        <source>TPOT p95</source>
        <translation>TPOT p95</translation>
    </message>
    <message>
        <source>E2EL p95</source>
        <translation>E2EL p95</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>missed %1</source>
        <translation>未满足 %1</translation>
    </message>
</context>
<context>
    <name>LoadTestCommand</name>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 必须是正数</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--url http://HOST:PORT and --model NAME are required</source>
        <translation>必须指定 --url http://HOST:PORT 和 --model NAME</translation>
    </message>
    <message>
        <source>Service root, e.g. http://10.0.0.1:8000.</source>
        <translation>服务根地址，例如 http://10.0.0.1:8000。</translation>
    </message>
    <message>
        <source>Served model name.</source>
        <translation>服务的模型名称（served model name）。</translation>
    </message>
    <message>
        <source>Requests in flight at most (default 1).</source>
        <translation>同时进行的最大请求数（默认 1）。</translation>
    </message>
    <message>
        <source>Prompt tokens (default 128).</source>
        <translation>提示词 token 数（默认 128）。</translation>
    </message>
    <message>
        <source>Tokens to generate (default 128).</source>
        <translation>生成 token 数（默认 128）。</translation>
    </message>
    <message>
        <source>Save the report as JSON.</source>
        <translation>将报告保存为 JSON。</translation>
    </message>
    <message>
        <source>Print the report as JSON instead of the table.</source>
        <translation>以 JSON 而不是表格输出报告。</translation>
    </message>
    <message>
        <source>%1/%2 requests, %3 failed, %4 output tok/s</source>
        <translation>%1/%2 个请求，%3 个失败，输出 %4 tok/s</translation>
    </message>
    <message>
        <source>--%1 must be a number, 0 or more</source>
        <translation>--%1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <source>only for a search (--slo without --sweep)</source>
        <translation>仅用于搜索（有 --slo 而无 --sweep）</translation>
    </message>
    <message>
        <source>must be a positive number of requests per second</source>
        <translation>必须是正的每秒请求数</translation>
    </message>
    <message>
        <source>is below one --rate-step</source>
        <translation>小于一个 --rate-step</translation>
    </message>
    <message>
        <source> - met the targets
</source>
        <translation> - 满足目标
</translation>
    </message>
    <message>
        <source> - missed %1
</source>
        <translation> - 未满足 %1
</translation>
    </message>
    <message>
        <source>Load-tests an OpenAI-compatible service (vLLM, MindIE) with streaming chat completions and reports TTFT, TPOT, ITL, E2EL and throughput; sweeps loads and searches the highest load that meets latency targets.</source>
        <translation>用流式 chat completions 压测 OpenAI 兼容服务（vLLM、MindIE），报告 TTFT、TPOT、ITL、E2EL 和吞吐；可扫描多个负载，并搜索满足时延目标的最高负载。</translation>
    </message>
    <message>
        <source>Number of requests (default 100), per step of a sweep.</source>
        <translation>请求数（默认 100），扫描时为每一步的请求数。</translation>
    </message>
    <message>
        <source>fixed (default), sharegpt:FILE (or FILE), random:MIN-MAX[:OMIN-OMAX].</source>
        <translation>fixed（默认）、sharegpt:文件（或直接写文件）、random:最小-最大[:输出最小-输出最大]。</translation>
    </message>
    <message>
        <source>Requests sent first and not counted (default 0).</source>
        <translation>先发送且不计入结果的请求数（默认 0）。</translation>
    </message>
    <message>
        <source>Loads to measure: concurrency=1,2,4,8 or rate=0.5,1,2 (requests/s).</source>
        <translation>要测量的负载：concurrency=1,2,4,8 或 rate=0.5,1,2（每秒请求数）。</translation>
    </message>
    <message>
        <source>Latency targets, e.g. ttft_p95_ms=2000,tpot_p95_ms=100; without --sweep, search the capacity.</source>
        <translation>时延目标，例如 ttft_p95_ms=2000,tpot_p95_ms=100；不带 --sweep 时搜索容量。</translation>
    </message>
    <message>
        <source>Highest load a search tries: concurrency=N (default 256) or rate=R.</source>
        <translation>搜索尝试的最高负载：concurrency=N（默认 256）或 rate=R。</translation>
    </message>
    <message>
        <source>Resolution of a rate search in requests/s (default 0.5).</source>
        <translation>按请求速率搜索时的步长，单位为每秒请求数（默认 0.5）。</translation>
    </message>
    <message>
        <source>Save a sweep&apos;s steps as CSV.</source>
        <translation>将扫描的每一步保存为 CSV。</translation>
    </message>
    <message>
        <source>--search-max and --csv need --sweep or --slo</source>
        <translation>--search-max 和 --csv 需要 --sweep 或 --slo</translation>
    </message>
</context>
<context>
    <name>LoadTestDataset</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ShareGPT JSON array: %2</source>
        <translation>%1 不是 ShareGPT 格式的 JSON 数组：%2</translation>
    </message>
    <message>
        <source>%1 holds no usable conversation (two turns, 4 to 1024 prompt tokens)</source>
        <translation>%1 中没有可用的对话（需要两轮对话，提示词为 4 到 1024 个 token）</translation>
    </message>
    <message>
        <source>random:%1 is not MIN-MAX or MIN-MAX:OMIN-OMAX token lengths with 1 &lt;= MIN &lt;= MAX</source>
        <translation>random:%1 不是 最小-最大 或 最小-最大:输出最小-输出最大 形式的 token 长度（需 1 &lt;= 最小 &lt;= 最大）</translation>
    </message>
    <message>
        <source>sharegpt: needs a file, as in sharegpt:ShareGPT_V3.json</source>
        <translation>sharegpt: 需要一个文件，例如 sharegpt:ShareGPT_V3.json</translation>
    </message>
</context>
<context>
    <name>LoadTestReport</name>
    <message>
        <source>============ Serving Benchmark Result ============
</source>
        <translation>============ 服务性能测试结果 ============
</translation>
    </message>
    <message>
        <source>Successful requests:</source>
        <translation>成功请求数：</translation>
    </message>
    <message>
        <source>Failed requests:</source>
        <translation>失败请求数：</translation>
    </message>
    <message>
        <source>Maximum request concurrency:</source>
        <translation>最大请求并发数：</translation>
    </message>
    <message>
        <source>Benchmark duration (s):</source>
        <translation>测试时长（秒）：</translation>
    </message>
    <message>
        <source>Total input tokens:</source>
        <translation>输入 token 总数：</translation>
    </message>
    <message>
        <source>Total generated tokens:</source>
        <translation>生成 token 总数：</translation>
    </message>
    <message>
        <source>Request throughput (req/s):</source>
        <translation>请求吞吐量（req/s）：</translation>
    </message>
    <message>
        <source>Output token throughput (tok/s):</source>
        <translation>输出 token 吞吐量（tok/s）：</translation>
    </message>
    <message>
        <source>Total token throughput (tok/s):</source>
        <translation>总 token 吞吐量（tok/s）：</translation>
    </message>
    <message>
        <source>Peak concurrent requests:</source>
        <translation>峰值并发请求数：</translation>
    </message>
    <message>
        <source>Time to First Token</source>
        <translation>首 token 时延</translation>
    </message>
    <message>
        <source>Time per Output Token (excl. 1st token)</source>
        <translation>每输出 token 时延（不含首 token）</translation>
    </message>
    <message>
        <source>Inter-token Latency</source>
        <translation>token 间时延</translation>
    </message>
    <message>
        <source>End-to-end Latency</source>
        <translation>端到端时延</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>P75</source>
        <translation>P75</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
</context>
<context>
    <name>LogDiagnosis</name>
    <message>
        <source>The engine looked for its weights at %1, not in the configured %2: it is not reading the config.json AscendDeck generated.</source>
        <translation>引擎在 %1 查找权重，而不是配置的 %2：它读取的不是 AscendDeck 生成的 config.json。</translation>
    </message>
    <message>
        <source>Check that the container mounts the generated config.json over the image&apos;s conf/config.json (docker inspect shows the mounts) and that the file on the host is the generated one.</source>
        <translation>检查容器是否将生成的 config.json 挂载到镜像的 conf/config.json 上（docker inspect 可查看挂载），以及主机上的文件是否为生成的文件。</translation>
    </message>
</context>
<context>
    <name>LogPatternTable</name>
    <message>
        <source>HCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME or TP_SOCKET_IFNAME names a NIC this server does not have.</source>
        <translation>HCCL_SOCKET_IFNAME、GLOO_SOCKET_IFNAME 或 TP_SOCKET_IFNAME 指定的网卡在该服务器上不存在。</translation>
    </message>
    <message>
        <source>Set all three to the real NIC of the server (ip addr), e.g. enp189s0f0, not eth0.</source>
        <translation>将这三个变量都设置为服务器上实际的网卡名（见 ip addr），例如 enp189s0f0，而不是 eth0。</translation>
    </message>
    <message>
        <source>HCCL_IF_IP is not an address of this server.</source>
        <translation>HCCL_IF_IP 不是该服务器的地址。</translation>
    </message>
    <message>
        <source>Set HCCL_IF_IP to this server&apos;s own address on the NIC named in HCCL_SOCKET_IFNAME.</source>
        <translation>将 HCCL_IF_IP 设置为该服务器在 HCCL_SOCKET_IFNAME 所指网卡上的地址。</translation>
    </message>
    <message>
        <source>An NPU&apos;s RoCE port is down.</source>
        <translation>某个 NPU 的 RoCE 端口处于 down 状态。</translation>
    </message>
    <message>
        <source>Check hccn_tool -i N -link -g and -lldp -g, the cables and optics, and the switch port.</source>
        <translation>检查 hccn_tool -i N -link -g 和 -lldp -g 的输出、线缆和光模块，以及交换机端口。</translation>
    </message>
    <message>
        <source>interNodeTLSEnabled / interCommTLSEnabled (or the NPU TLS switch) differ between nodes.</source>
        <translation>各节点的 interNodeTLSEnabled / interCommTLSEnabled（或 NPU 的 TLS 开关）不一致。</translation>
    </message>
    <message>
        <source>Use the same TLS settings in every node&apos;s config.json, and hccn_tool -tls -s enable 0 on all NPUs.</source>
        <translation>在每个节点的 config.json 中使用相同的 TLS 设置，并在所有 NPU 上执行 hccn_tool -tls -s enable 0。</translation>
    </message>
    <message>
        <source>A firewall (firewalld) rejects the connection between the servers.</source>
        <translation>防火墙（firewalld）拒绝了服务器之间的连接。</translation>
    </message>
    <message>
        <source>systemctl stop firewalld &amp;&amp; systemctl disable firewalld, or open the engine and HCCL ports.</source>
        <translation>执行 systemctl stop firewalld &amp;&amp; systemctl disable firewalld，或放通推理引擎和 HCCL 的端口。</translation>
    </message>
    <message>
        <source>MindIE refuses an input file (config.json, rank table or weights) that others may write, that another user owns, or that is a symlink.</source>
        <translation>MindIE 拒绝使用其他用户可写、属于其他用户或为符号链接的输入文件（config.json、ranktable 文件或权重）。</translation>
    </message>
    <message>
        <source>chmod 640 the config and rank table, chmod -R 750 the weights, chown them to the user running the daemon; or set MINDIE_CHECK_INPUTFILES_PERMISSION=0.</source>
        <translation>对配置文件和 ranktable 文件执行 chmod 640，对权重执行 chmod -R 750，并用 chown 将其属主改为运行守护进程的用户；或设置 MINDIE_CHECK_INPUTFILES_PERMISSION=0。</translation>
    </message>
    <message>
        <source>RANK_TABLE_FILE / RANKTABLEFILE is not set, or the file is not mounted into the container.</source>
        <translation>未设置 RANK_TABLE_FILE / RANKTABLEFILE，或该文件未挂载到容器中。</translation>
    </message>
    <message>
        <source>Set both variables to the rank table path inside the container and mount the file (mode 640).</source>
        <translation>将这两个变量都设置为容器内 ranktable 文件的路径，并挂载该文件（权限 640）。</translation>
    </message>
    <message>
        <source>The rank table is malformed: server_count, container_ip, device or rank ids are wrong.</source>
        <translation>ranktable 文件格式错误：server_count、container_ip、设备 ID 或 rank ID 有误。</translation>
    </message>
    <message>
        <source>Regenerate the rank table from the servers&apos; hccn settings and validate it.</source>
        <translation>根据各服务器的 hccn 设置重新生成 ranktable 文件并进行校验。</translation>
    </message>
    <message>
        <source>MIES_CONTAINER_IP is missing or is not this server&apos;s address in the rank table.</source>
        <translation>未设置 MIES_CONTAINER_IP，或其值不是 ranktable 文件中该服务器的地址。</translation>
    </message>
    <message>
        <source>Set MIES_CONTAINER_IP to this server&apos;s address exactly as it appears in the rank table.</source>
        <translation>将 MIES_CONTAINER_IP 设置为该服务器在 ranktable 文件中的地址，须完全一致。</translation>
    </message>
    <message>
        <source>worldSize and the number of npuDeviceIds differ.</source>
        <translation>worldSize 与 npuDeviceIds 中的设备数量不一致。</translation>
    </message>
    <message>
        <source>Set worldSize to the number of NPUs of one server and list those NPUs in npuDeviceIds.</source>
        <translation>将 worldSize 设置为单台服务器的 NPU 数，并在 npuDeviceIds 中列出这些 NPU。</translation>
    </message>
    <message>
        <source>config.json is missing or is not valid JSON.</source>
        <translation>config.json 缺失或不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Regenerate config.json from the image&apos;s default and mount it over mindie-service/conf/config.json.</source>
        <translation>基于镜像自带的默认配置重新生成 config.json，并挂载覆盖 mindie-service/conf/config.json。</translation>
    </message>
    <message>
        <source>httpsEnabled is true but the server certificate is not installed.</source>
        <translation>httpsEnabled 为 true，但未安装服务端证书。</translation>
    </message>
    <message>
        <source>Import the certificates, or set httpsEnabled to false on a closed network.</source>
        <translation>导入证书；或在封闭网络中将 httpsEnabled 设置为 false。</translation>
    </message>
    <message>
        <source>The API port is taken by another process, or the listen address is not on this server.</source>
        <translation>API 端口已被其他进程占用，或监听地址不属于本服务器。</translation>
    </message>
    <message>
        <source>Stop what holds the port (ss -ltnp) or choose another port; listen on the server&apos;s own address.</source>
        <translation>停止占用该端口的进程（ss -ltnp）或改用其他端口；监听本服务器自己的地址。</translation>
    </message>
    <message>
        <source>The HTTP endpoint did not start: ipAddress 0.0.0.0 without allowAllZeroIpListening, a missing certificate with httpsEnabled, or a port in use.</source>
        <translation>HTTP 服务端点未能启动：可能是 ipAddress 为 0.0.0.0 但未开启 allowAllZeroIpListening、开启了 httpsEnabled 但缺少证书，或端口已被占用。</translation>
    </message>
    <message>
        <source>Check ipAddress / allowAllZeroIpListening, httpsEnabled and the ports in config.json.</source>
        <translation>检查 config.json 中的 ipAddress / allowAllZeroIpListening、httpsEnabled 和各端口。</translation>
    </message>
    <message>
        <source>The weights (or the KV cache) do not fit in NPU memory at this memory fraction and sequence length.</source>
        <translation>在当前显存占用比例和序列长度下，NPU 内存放不下权重（或 KV Cache）。</translation>
    </message>
    <message>
        <source>Use more servers or quantized weights (W8A8), lower maxSeqLen / --max-model-len, or lower --gpu-memory-utilization if other processes share the NPUs.</source>
        <translation>使用更多服务器或量化权重（W8A8），调低 maxSeqLen / --max-model-len；如有其他进程共用 NPU，请调低 --gpu-memory-utilization。</translation>
    </message>
    <message>
        <source>The weights are not visible in the container: the folder is not mounted, or its files are symlinks into a cache outside the mount (ModelScope / modelers downloads).</source>
        <translation>容器内看不到权重：权重文件夹未挂载，或其中的文件是指向挂载范围之外缓存目录的符号链接（ModelScope / 魔乐社区下载的模型常见此情况）。</translation>
    </message>
    <message>
        <source>Mount the weights folder at the configured path; copy the files with cp -L or mount the cache too.</source>
        <translation>将权重文件夹挂载到配置的路径；用 cp -L 复制文件，或同时挂载缓存目录。</translation>
    </message>
    <message>
        <source>An operator failed to set up while warming up, usually for lack of workspace memory at this maxSeqLen / maxPrefillTokens, or a CANN and driver that do not match.</source>
        <translation>预热（warmup）时算子初始化失败，通常是当前 maxSeqLen / maxPrefillTokens 下 workspace 内存不足，或 CANN 与驱动版本不匹配。</translation>
    </message>
    <message>
        <source>Lower maxSeqLen and maxInputTokenLen (seed 001&apos;s fix); for the first error set ASDOPS_LOG_LEVEL=ERROR and ASDOPS_LOG_TO_STDOUT=1.</source>
        <translation>调低 maxSeqLen 和 maxInputTokenLen（seed 001 的修复方法）；如需定位首个错误，请设置 ASDOPS_LOG_LEVEL=ERROR 和 ASDOPS_LOG_TO_STDOUT=1。</translation>
    </message>
    <message>
        <source>The NPU driver is older than the CANN in the image needs (e.g. CANN 8.2.RC1 needs driver 25.2).</source>
        <translation>NPU 驱动版本低于镜像中 CANN 所需的版本（例如 CANN 8.2.RC1 需要 25.2 版本的驱动）。</translation>
    </message>
    <message>
        <source>Upgrade the driver and firmware to the version the image&apos;s CANN requires, or use an older image.</source>
        <translation>将驱动和固件升级到镜像中 CANN 要求的版本，或改用较旧的镜像。</translation>
    </message>
    <message>
        <source>The head and the headless workers never met: wrong --data-parallel-address or RPC port, a firewall, a worker not started, or different DP sizes.</source>
        <translation>head 节点与 headless worker 节点始终未能建立连接：可能是 --data-parallel-address 或 RPC 端口错误、防火墙拦截、某个 worker 未启动，或 DP 大小不一致。</translation>
    </message>
    <message>
        <source>Start every worker with the head&apos;s address and the same --data-parallel-rpc-port and sizes; open the port.</source>
        <translation>使用 head 节点的地址以及相同的 --data-parallel-rpc-port 和并行大小启动每个 worker，并放通该端口。</translation>
    </message>
    <message>
        <source>--data-parallel-address is not an address of the head server.</source>
        <translation>--data-parallel-address 不是 head 服务器的地址。</translation>
    </message>
    <message>
        <source>Use the head server&apos;s own address (its HCCL_IF_IP) as --data-parallel-address.</source>
        <translation>使用 head 服务器自己的地址（即其 HCCL_IF_IP）作为 --data-parallel-address。</translation>
    </message>
    <message>
        <source>A worker was started with other DP/TP/EP sizes than the head.</source>
        <translation>某个 worker 启动时使用的 DP/TP/EP 大小与 head 节点不同。</translation>
    </message>
    <message>
        <source>Start all nodes from the same settings.</source>
        <translation>使用相同的设置启动所有节点。</translation>
    </message>
    <message>
        <source>--tensor-parallel-size x --data-parallel-size-local is more than the NPUs visible in the container.</source>
        <translation>--tensor-parallel-size × --data-parallel-size-local 超过了容器内可见的 NPU 数。</translation>
    </message>
    <message>
        <source>Pass all NPUs to the container (--device /dev/davinciN) or lower the parallel sizes.</source>
        <translation>将所有 NPU 映射到容器中（--device /dev/davinciN），或调小并行大小。</translation>
    </message>
    <message>
        <source>A data-parallel rank on another node stopped.</source>
        <translation>另一节点上的某个数据并行 rank 已停止。</translation>
    </message>
    <message>
        <source>Read that node&apos;s log for the first error.</source>
        <translation>请查看该节点的日志，找到首个错误。</translation>
    </message>
    <message>
        <source>HCCL could not start; the usual cause is a wrong NIC name or address in the environment.</source>
        <translation>HCCL 无法启动；常见原因是环境变量中的网卡名或地址有误。</translation>
    </message>
    <message>
        <source>Check HCCL_IF_IP and the *_SOCKET_IFNAME variables against the server&apos;s real NIC.</source>
        <translation>对照服务器的实际网卡检查 HCCL_IF_IP 和 *_SOCKET_IFNAME 变量。</translation>
    </message>
    <message>
        <source>The HwHiAiUser user and group the driver runs as do not exist.</source>
        <translation>驱动运行所需的 HwHiAiUser 用户和用户组不存在。</translation>
    </message>
    <message>
        <source>groupadd HwHiAiUser &amp;&amp; useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser -s /bin/bash, then reinstall the driver.</source>
        <translation>执行 groupadd HwHiAiUser &amp;&amp; useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser -s /bin/bash，然后重新安装驱动。</translation>
    </message>
    <message>
        <source>A model worker process died; the reason is the first error before this line (often NPU out of memory or a setup failure).</source>
        <translation>某个模型 worker 进程已退出；原因见此行之前的首个错误（通常是 NPU 内存不足或初始化失败）。</translation>
    </message>
    <message>
        <source>Fix the first error in the log; this line is its consequence.</source>
        <translation>请修复日志中的首个错误；此行只是其后果。</translation>
    </message>
    <message>
        <source>Another node of the multi-node deployment stopped.</source>
        <translation>多机部署中的另一个节点已停止。</translation>
    </message>
    <message>
        <source>The daemon rejected its config or rank table; the line before says which.</source>
        <translation>守护进程拒绝了其配置或 ranktable 文件；具体原因见上一行。</translation>
    </message>
    <message>
        <source>Fix the problem named on the line before.</source>
        <translation>请修复上一行指出的问题。</translation>
    </message>
    <message>
        <source>vLLM&apos;s engine core did not start; the root cause is printed above.</source>
        <translation>vLLM 的 engine core 未能启动；根本原因见上方输出。</translation>
    </message>
    <message>
        <source>Fix the first error above.</source>
        <translation>请修复上方的首个错误。</translation>
    </message>
    <message>
        <source>The operator compiler&apos;s helper noticed its parent died: a consequence, not a cause.</source>
        <translation>算子编译器的辅助进程发现其父进程已退出：这是结果，而非原因。</translation>
    </message>
    <message>
        <source>Nothing to do for this line.</source>
        <translation>此行无需处理。</translation>
    </message>
    <message>
        <source>The engine is up and serving.</source>
        <translation>推理引擎已启动并正在提供服务。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需处理。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>字段“%1”：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a pattern file (a JSON object with a &quot;patterns&quot; array)</source>
        <translation>%1：不是模式文件（应为含“patterns”数组的 JSON 对象）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier pattern</source>
        <translation>“%1”已被前面的模式使用</translation>
    </message>
    <message>
        <source>%1: pattern %2: %3</source>
        <translation>%1：第 %2 个模式：%3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not error, warning or info</source>
        <translation>“%1”不是 error、warning 或 info</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>HCCL could not create the communicator of the ranks (HcclCommInitRootInfo): the ranks do not agree on the rank table or world size, an NPU is not visible in the container, or the NPU network between them is down.</source>
        <translation>HCCL 无法创建各 rank 的通信域（HcclCommInitRootInfo）：各 rank 的 rank table 或 world size 不一致，容器内看不到某个 NPU，或它们之间的 NPU 网络不通。</translation>
    </message>
    <message>
        <source>Read the HCCL lines before it for the first error; check that every rank uses the same rank table and sizes, that the container sees the NPUs it is given (ASCEND_RT_VISIBLE_DEVICES), and prove the fabric with hccl_test.</source>
        <translation>查看其前面的 HCCL 日志找出第一个错误；确认每个 rank 使用同一份 rank table 和相同的并行规模，容器能看到分配给它的 NPU（ASCEND_RT_VISIBLE_DEVICES），并用 hccl_test 验证网络。</translation>
    </message>
    <message>
        <source>The NPUs of the servers did not connect to each other within HCCL_CONNECT_TIMEOUT (EI0006): a node started too late or failed, HCCL uses the wrong NIC, or the NPU TLS switch differs between the nodes.</source>
        <translation>各服务器的 NPU 未能在 HCCL_CONNECT_TIMEOUT 内互相建立连接（EI0006）：某个节点启动太晚或已失败，HCCL 使用了错误的网卡，或各节点的 NPU TLS 开关不一致。</translation>
    </message>
    <message>
        <source>Make the NPU TLS switch the same everywhere (hccn_tool -i N -tls -g | grep switch on every NPU of every server; hccn_tool -i N -tls -s enable 0 on every NPU); check that HCCL_IF_IP and HCCL_SOCKET_IFNAME name the NIC that carries the server&apos;s own address; start all nodes together and raise HCCL_CONNECT_TIMEOUT (e.g. 7200).</source>
        <translation>让所有 NPU 的 TLS 开关保持一致（在每台服务器的每个 NPU 上执行 hccn_tool -i N -tls -g | grep switch 检查；在每个 NPU 上执行 hccn_tool -i N -tls -s enable 0）；确认 HCCL_IF_IP 和 HCCL_SOCKET_IFNAME 指向承载本服务器地址的网卡；所有节点同时启动，并调大 HCCL_CONNECT_TIMEOUT（例如 7200）。</translation>
    </message>
    <message>
        <source>HCCL could not bind its port (EJ0003/EI0019; the ports start at 60000): another engine or job on this server holds it, an earlier engine still runs, or the address is not on this server.</source>
        <translation>HCCL 无法绑定端口（EJ0003/EI0019；端口从 60000 开始）：本服务器上的其他引擎或任务占用了它，之前的引擎仍在运行，或该地址不属于本服务器。</translation>
    </message>
    <message>
        <source>Stop the old engine container (docker rm -f); give each engine that shares a server its own HCCL_IF_BASE_PORT (e.g. 60000 and 61000); check the rank table&apos;s addresses.</source>
        <translation>停止旧的引擎容器（docker rm -f）；同一服务器上的每个引擎使用各自的 HCCL_IF_BASE_PORT（例如 60000 和 61000）；检查 rank table 中的地址。</translation>
    </message>
    <message>
        <source>The rank table&apos;s device_ip is the placeholder -.-.-.- (or empty): the NPUs have no RoCE address, so MindIE and HCCL cannot reach them.</source>
        <translation>rank table 中的 device_ip 是占位符 -.-.-.-（或为空）：这些 NPU 没有 RoCE 地址，MindIE 和 HCCL 无法访问它们。</translation>
    </message>
    <message>
        <source>Give every NPU its address (hccn_tool -i N -ip -s address A netmask M, see hccn_tool -i N -ip -g), then regenerate the rank table from the servers&apos; readings and validate it.</source>
        <translation>为每个 NPU 配置地址（hccn_tool -i N -ip -s address A netmask M，可用 hccn_tool -i N -ip -g 查看），然后根据服务器读取的结果重新生成 rank table 并校验。</translation>
    </message>
    <message>
        <source>MindIE divides the data-parallel size by the number of nodes; with dp smaller than the nodes (dp 1 over two servers) it gets 0 data-parallel groups per node and aborts.</source>
        <translation>MindIE 用数据并行规模除以节点数；当 dp 小于节点数时（例如两台服务器上 dp 为 1），每个节点得到 0 个数据并行组，进程随即中止。</translation>
    </message>
    <message>
        <source>Set dp to a multiple of the number of nodes and tp to the NPUs of one node (e.g. 2 nodes: dp 2, tp 8), or run the model on one node.</source>
        <translation>将 dp 设为节点数的整数倍、tp 设为单节点的 NPU 数（例如 2 个节点：dp 2、tp 8），或在单个节点上运行该模型。</translation>
    </message>
    <message>
        <source>The weights were quantized by a msModelSlim / msit version whose quantization config this vLLM-Ascend does not read (quantization_config or quant_model_description.json missing or in another layout).</source>
        <translation>权重是用 msModelSlim / msit 的某个版本量化的，当前 vLLM-Ascend 读不了其量化配置（quantization_config 或 quant_model_description.json 缺失或格式不同）。</translation>
    </message>
    <message>
        <source>Quantize again with the msModelSlim version that matches this vLLM-Ascend release, or use the weights published for it (e.g. vllm-ascend/DeepSeek-R1-W8A8 on ModelScope), and pass --quantization ascend.</source>
        <translation>用与该 vLLM-Ascend 版本匹配的 msModelSlim 重新量化，或使用为该版本发布的权重（例如 ModelScope 上的 vllm-ascend/DeepSeek-R1-W8A8），并传入 --quantization ascend。</translation>
    </message>
    <message>
        <source>A rank waited for the others at start-up until torch&apos;s rendezvous timeout (600 s or 30 min): a node was not started, is stuck earlier (loading weights, HCCL init), or cannot reach the master&apos;s address and port.</source>
        <translation>启动时某个 rank 一直等待其他 rank，直到 torch 的 rendezvous 超时（600 秒或 30 分钟）：有节点未启动，卡在更早的阶段（加载权重、HCCL 初始化），或无法访问主节点的地址和端口。</translation>
    </message>
    <message>
        <source>Read the other nodes&apos; logs for their first error; start all nodes within the timeout; check that the master address and port are reachable from every node (firewall, the NIC in GLOO_SOCKET_IFNAME).</source>
        <translation>查看其他节点的日志找出它们的第一个错误；在超时时间内启动所有节点；确认每个节点都能访问主节点的地址和端口（防火墙、GLOO_SOCKET_IFNAME 指定的网卡）。</translation>
    </message>
    <message>
        <source>HCCL error EI0002: a collective operation waited for its peers longer than HCCL_EXEC_TIMEOUT (notify wait timeout).</source>
        <translation>HCCL 错误 EI0002：集合通信操作等待对端的时间超过了 HCCL_EXEC_TIMEOUT（notify 等待超时）。</translation>
    </message>
    <message>
        <source>Find the rank that did not join the operation (its log has the first error); raise HCCL_EXEC_TIMEOUT only when the ranks are just slow.</source>
        <translation>找出未参与该操作的 rank（它的日志中有第一个错误）；只有在各 rank 只是较慢时才调大 HCCL_EXEC_TIMEOUT。</translation>
    </message>
    <message>
        <source>HCCL error EI0004: the rank table or the rank given to HCCL is invalid.</source>
        <translation>HCCL 错误 EI0004：传给 HCCL 的 rank table 或 rank 无效。</translation>
    </message>
    <message>
        <source>Validate the rank table (ascenddeck-cli ranktable validate) and check RANK_TABLE_FILE and the rank ids.</source>
        <translation>校验 rank table（ascenddeck-cli ranktable validate），并检查 RANK_TABLE_FILE 和 rank id。</translation>
    </message>
    <message>
        <source>HCCL error EI0005: the ranks called a collective operation with different parameters.</source>
        <translation>HCCL 错误 EI0005：各 rank 调用集合通信操作时参数不一致。</translation>
    </message>
    <message>
        <source>Start every rank from the same settings and the same version of the engine.</source>
        <translation>所有 rank 使用相同的配置和相同版本的引擎启动。</translation>
    </message>
    <message>
        <source>HCCL error EI0009: the transport link to another rank could not be created.</source>
        <translation>HCCL 错误 EI0009：无法创建到另一个 rank 的传输链路。</translation>
    </message>
    <message>
        <source>Check the peer NPU named in the line (its log and its link: hccn_tool -i N -link -g, -net_health -g) and the NPU network between the two.</source>
        <translation>检查该行中提到的对端 NPU（它的日志和链路：hccn_tool -i N -link -g、-net_health -g）以及两者之间的 NPU 网络。</translation>
    </message>
    <message>
        <source>HCCL error EI0014: the rank table is refused, e.g. its version does not fit the chip (1.0 for A2, 1.2 for A3, 2.0 for A5) or a stale table is mounted from the host.</source>
        <translation>HCCL 错误 EI0014：rank table 被拒绝，例如其版本与芯片不符（A2 为 1.0，A3 为 1.2，A5 为 2.0），或从主机挂载了过时的 rank table。</translation>
    </message>
    <message>
        <source>Generate the rank table for this chip and make sure the container reads that one (RANK_TABLE_FILE, no leftover /etc/hccl_rootinfo.json mount).</source>
        <translation>为该芯片生成 rank table，并确认容器读取的就是它（RANK_TABLE_FILE，且没有残留的 /etc/hccl_rootinfo.json 挂载）。</translation>
    </message>
    <message>
        <source>HCCL error EJ0001: the HCCP process (the NPU network agent) failed to start, usually for a wrong NIC or an NPU without a network configuration.</source>
        <translation>HCCL 错误 EJ0001：HCCP 进程（NPU 网络代理）启动失败，通常是网卡配置错误或 NPU 没有网络配置。</translation>
    </message>
    <message>
        <source>Check HCCL_SOCKET_IFNAME and the NPU addresses (hccn_tool -i N -ip -g); restart the engine after fixing them.</source>
        <translation>检查 HCCL_SOCKET_IFNAME 和 NPU 地址（hccn_tool -i N -ip -g）；修正后重启引擎。</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
</context>
<context>
    <name>MindIeConfig</name>
    <message>
        <source>config.json is not valid JSON: %1</source>
        <translation>config.json 不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>config.json is not a JSON object.</source>
        <translation>config.json 不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>MindIeConfigRules</name>
    <message>
        <source>maxPrefillTokens (%1) is smaller than maxSeqLen (%2): a request as long as maxSeqLen can never be prefilled.</source>
        <translation>maxPrefillTokens（%1）小于 maxSeqLen（%2）：长度达到 maxSeqLen 的请求将永远无法完成 Prefill。</translation>
    </message>
    <message>
        <source>Set maxPrefillTokens to at least %1.</source>
        <translation>将 maxPrefillTokens 设置为不小于 %1。</translation>
    </message>
    <message>
        <source>maxInputTokenLen (%1) is larger than maxSeqLen (%2).</source>
        <translation>maxInputTokenLen（%1）大于 maxSeqLen（%2）。</translation>
    </message>
    <message>
        <source>Lower maxInputTokenLen to at most %1, or raise maxSeqLen.</source>
        <translation>将 maxInputTokenLen 调低到不超过 %1，或调大 maxSeqLen。</translation>
    </message>
    <message>
        <source>maxInputTokenLen (%1) plus maxIterTimes (%2) is more than maxSeqLen (%3): long answers to long prompts are cut off.</source>
        <translation>maxInputTokenLen（%1）与 maxIterTimes（%2）之和大于 maxSeqLen（%3）：长提示词的长回答会被截断。</translation>
    </message>
    <message>
        <source>Keep maxInputTokenLen + maxIterTimes at or below maxSeqLen (e.g. %1 + %2).</source>
        <translation>使 maxInputTokenLen + maxIterTimes 不超过 maxSeqLen（例如 %1 + %2）。</translation>
    </message>
    <message>
        <source>maxPrefillBatchSize (%1) is larger than maxBatchSize (%2); only %2 requests can run at once anyway.</source>
        <translation>maxPrefillBatchSize（%1）大于 maxBatchSize（%2）；最多也只能同时运行 %2 个请求。</translation>
    </message>
    <message>
        <source>Set maxPrefillBatchSize to at most %1.</source>
        <translation>将 maxPrefillBatchSize 设置为不超过 %1。</translation>
    </message>
    <message>
        <source>worldSize is %1 but this server uses %2 NPUs; worldSize counts the NPUs of one server.</source>
        <translation>worldSize 为 %1，但该服务器使用 %2 个 NPU；worldSize 指单台服务器的 NPU 数。</translation>
    </message>
    <message>
        <source>Set worldSize to %1.</source>
        <translation>将 worldSize 设置为 %1。</translation>
    </message>
    <message>
        <source>npuDeviceIds lists %1 NPUs but worldSize is %2; MindIE refuses to start.</source>
        <translation>npuDeviceIds 列出了 %1 个 NPU，但 worldSize 为 %2；MindIE 将拒绝启动。</translation>
    </message>
    <message>
        <source>List exactly worldSize NPU ids in npuDeviceIds.</source>
        <translation>在 npuDeviceIds 中列出与 worldSize 数量相同的 NPU ID。</translation>
    </message>
    <message>
        <source>%1 is 0.0.0.0 but allowAllZeroIpListening is false: the daemon stops with &quot;Failed to init endpoint&quot;.</source>
        <translation>%1 为 0.0.0.0，但 allowAllZeroIpListening 为 false：守护进程会报 &quot;Failed to init endpoint&quot; 并退出。</translation>
    </message>
    <message>
        <source>Listen on the server&apos;s own address, or set allowAllZeroIpListening to true (only on a closed network).</source>
        <translation>监听服务器自己的地址，或将 allowAllZeroIpListening 设置为 true（仅限封闭网络）。</translation>
    </message>
    <message>
        <source>multiNodesInferEnabled is false but the model is deployed on %1 servers.</source>
        <translation>multiNodesInferEnabled 为 false，但模型部署在 %1 台服务器上。</translation>
    </message>
    <message>
        <source>multiNodesInferEnabled is true but the model runs on one server; MindIE then waits for a rank table of several servers.</source>
        <translation>multiNodesInferEnabled 为 true，但模型只运行在一台服务器上；此时 MindIE 会等待包含多台服务器的 ranktable 文件。</translation>
    </message>
    <message>
        <source>Set multiNodesInferEnabled to %1.</source>
        <translation>将 multiNodesInferEnabled 设置为 %1。</translation>
    </message>
    <message>
        <source>No model weight path is set.</source>
        <translation>未设置模型权重路径。</translation>
    </message>
    <message>
        <source>Set modelWeightPath to the weights folder as the container sees it.</source>
        <translation>将 modelWeightPath 设置为容器内看到的权重文件夹路径。</translation>
    </message>
    <message>
        <source>httpsEnabled is true: the daemon needs the server certificate and key under mindie-service/security/ or it stops with &quot;Failed to init endpoint&quot;.</source>
        <translation>httpsEnabled 为 true：守护进程需要 mindie-service/security/ 下的服务端证书和私钥，否则会报 &quot;Failed to init endpoint&quot; 并退出。</translation>
    </message>
    <message>
        <source>Import the certificates first, or set httpsEnabled to false on a closed network.</source>
        <translation>请先导入证书；或在封闭网络中将 httpsEnabled 设置为 false。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上为 %1</translation>
    </message>
    <message>
        <source>the nodes fail their handshake (HCCL EI0006 or a TLS error)</source>
        <translation>节点之间握手会失败（HCCL EI0006 或 TLS 错误）</translation>
    </message>
    <message>
        <source>every node must load the same model the same way</source>
        <translation>每个节点必须以相同方式加载相同的模型</translation>
    </message>
    <message>
        <source>%1 is not the same on every node (%2): %3.</source>
        <translation>%1 在各节点上不一致（%2）：%3。</translation>
    </message>
    <message>
        <source>Use the same %1 on every node.</source>
        <translation>在每个节点上使用相同的 %1。</translation>
    </message>
</context>
<context>
    <name>ModelFolderParser</name>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>ModelFolderReader</name>
    <message>
        <source>not a directory</source>
        <translation>不是目录</translation>
    </message>
</context>
<context>
    <name>ModelRules</name>
    <message>
        <source>%1: %2 is missing (%3).</source>
        <translation>%1：%2 不存在（%3）。</translation>
    </message>
    <message>
        <source>%1 holds %2 there.</source>
        <translation>%1 上该路径下有 %2。</translation>
    </message>
    <message>
        <source>Only %1 is free on %2: it will not fit.</source>
        <translation>%2 上仅剩 %1 可用空间：放不下。</translation>
    </message>
    <message>
        <source>%1 is free on %2.</source>
        <translation>%2 上有 %1 可用空间。</translation>
    </message>
    <message>
        <source>Copy the folder from %1 to the same path: rsync -a --copy-links %1:%2/ %2/</source>
        <translation>从 %1 将该文件夹复制到相同路径：rsync -a --copy-links %1:%2/ %2/</translation>
    </message>
    <message>
        <source>Download the weights to %1 on every server (the same path everywhere).</source>
        <translation>在每台服务器上将权重下载到 %1（各服务器路径相同）。</translation>
    </message>
    <message>
        <source>has no config.json</source>
        <translation>缺少 config.json</translation>
    </message>
    <message>
        <source>lacks %1 of the %2 shards its index lists: %3</source>
        <translation>缺少其索引所列 %2 个分片中的 %1 个：%3</translation>
    </message>
    <message>
        <source>holds no .safetensors or .bin weights</source>
        <translation>中没有 .safetensors 或 .bin 权重文件</translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <translation>%1：%2 %3。</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 files, %4.</source>
        <translation>%1：%2 中有 %3 个文件，共 %4。</translation>
    </message>
    <message>
        <source>%1: %2/config.json is not valid JSON: %3</source>
        <translation>%1：%2/config.json 不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>Copy config.json again from the model&apos;s source.</source>
        <translation>从模型来源重新复制 config.json。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2, dtype %3, quantization %4.</source>
        <translation>%1：%2，dtype 为 %3，量化方式为 %4。</translation>
    </message>
    <message>
        <source>Ascend NPUs cannot run FP8 weights.</source>
        <translation>昇腾 NPU 无法运行 FP8 权重。</translation>
    </message>
    <message>
        <source>Use a BF16 conversion or a W8A8 quantisation (msModelSlim) of the model.</source>
        <translation>请使用该模型转换后的 BF16 权重，或其 W8A8 量化权重（msModelSlim）。</translation>
    </message>
    <message>
        <source>%1: every file of %2 is inside %3.</source>
        <translation>%1：%2 中的所有文件都在 %3 内。</translation>
    </message>
    <message>
        <source>%1 links point outside %2, the folder the container mounts, and will be missing inside it: %3</source>
        <translation>%1 个链接指向容器挂载目录 %2 之外，在容器内将无法访问：%3</translation>
    </message>
    <message>
        <source>%1 links are broken: %2</source>
        <translation>%1 个链接已失效：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its %2 is the reference the other servers are compared with.</source>
        <translation>%1：以其 %2 作为基准，与其他服务器进行比较。</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, %3 has %4)</source>
        <translation>%1（%2 字节，%3 上为 %4）</translation>
    </message>
    <message>
        <source>%1: %2 matches %3 (%4 files, same sizes).</source>
        <translation>%1：%2 与 %3 一致（%4 个文件，大小相同）。</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation>多出 %1</translation>
    </message>
    <message>
        <source>different size %1</source>
        <translation>大小不同 %1</translation>
    </message>
    <message>
        <source>%1: %2 differs from %3&apos;s: %4.</source>
        <translation>%1：%2 与 %3 上的不一致：%4。</translation>
    </message>
    <message>
        <source>Copy the folder again from %1 (rsync -a --copy-links --delete %1:%2/ %2/) and compare checksums (sha256sum) if the sizes already match.</source>
        <translation>从 %1 重新复制该文件夹（rsync -a --copy-links --delete %1:%2/ %2/）；如果大小已一致，请比对校验和（sha256sum）。</translation>
    </message>
    <message>
        <source>Move the real files into the folder on %1: cd %2 &amp;&amp; for f in $(find . -maxdepth 2 -type l); do t=$(readlink -f &quot;$f&quot;) &amp;&amp; rm &quot;$f&quot; &amp;&amp; mv &quot;$t&quot; &quot;$f&quot;; done. Or mount the link targets into the container too, or download with the tool&apos;s local-dir option so that it writes no cache links.</source>
        <translation>在 %1 上把真实文件移入该文件夹：cd %2 &amp;&amp; for f in $(find . -maxdepth 2 -type l); do t=$(readlink -f &quot;$f&quot;) &amp;&amp; rm &quot;$f&quot; &amp;&amp; mv &quot;$t&quot; &quot;$f&quot;; done。或者把链接目标也挂载进容器，或用下载工具的 local-dir 选项下载，使其不生成缓存链接。</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Take one sample of every NPU and exit.</source>
        <translation>对每个 NPU 采样一次后退出。</translation>
    </message>
    <message>
        <source>Print CSV: a header, then one row per NPU and sample.</source>
        <translation>输出 CSV：先是表头，然后每个 NPU 每次采样一行。</translation>
    </message>
    <message>
        <source>Seconds between samples (default 1).</source>
        <translation>两次采样间隔的秒数（默认 1）。</translation>
    </message>
    <message>
        <source>Serve the latest sample of every NPU at http://ADDR:PORT/metrics (Prometheus).</source>
        <translation>在 http://ADDR:PORT/metrics 提供每个 NPU 的最新采样（Prometheus）。</translation>
    </message>
    <message>
        <source>%1 lists no servers</source>
        <translation>%1 未列出任何服务器</translation>
    </message>
    <message>
        <source>no host list given (HOSTS or --project FILE)</source>
        <translation>未指定主机列表（HOSTS 或 --project FILE）</translation>
    </message>
    <message>
        <source>one host list, with commas between the hosts</source>
        <translation>只能给出一个主机列表，主机之间用逗号分隔</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json 与 --csv 不能同时使用</translation>
    </message>
    <message>
        <source>--interval &apos;%1&apos; is not a whole number of seconds (1 or more)</source>
        <translation>--interval “%1”不是整数秒数（至少为 1）</translation>
    </message>
    <message>
        <source>--listen serves samples until stopped; it does not go with --once</source>
        <translation>--listen 会持续提供采样直到停止，不能与 --once 同时使用</translation>
    </message>
    <message>
        <source>%1: %2; retrying</source>
        <translation>%1：%2；正在重试</translation>
    </message>
    <message>
        <source>Samples every NPU of every server over SSH (npu-smi info, as the console&apos;s monitor does) and prints one record per NPU and sample; nothing is installed on the servers.</source>
        <translation>通过 SSH 采样每台服务器的每个 NPU（npu-smi info，与控制台的监控相同），每个 NPU 每次采样输出一条记录；服务器上无需安装任何组件。</translation>
    </message>
    <message>
        <source>Print one JSON object per NPU and sample, one a line.</source>
        <translation>每个 NPU 每次采样输出一个 JSON 对象，每行一个。</translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT][,HOST...] (not with --project)</source>
        <translation>[USER@]HOST[:PORT][,HOST...]（不能与 --project 同时使用）</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>%1; retrying</source>
        <translation>%1；正在重试</translation>
    </message>
    <message>
        <source>serving the NPU metrics at %1</source>
        <translation>正在 %1 提供 NPU 指标</translation>
    </message>
</context>
<context>
    <name>NetworkApply</name>
    <message>
        <source>%1: cannot read the NPU settings: %2</source>
        <translation>%1：无法读取 NPU 设置：%2</translation>
    </message>
    <message>
        <source>%1: cancelled after %2 of %3 commands</source>
        <translation>%1：已执行 %2/%3 条命令后取消</translation>
    </message>
    <message>
        <source>%1 NPU %2: setting %3 to %4 failed: %5</source>
        <translation>%1 NPU %2：将 %3 设置为 %4 失败：%5</translation>
    </message>
    <message>
        <source>%1: cannot read back the NPU settings: %2</source>
        <translation>%1：无法回读 NPU 设置：%2</translation>
    </message>
    <message>
        <source>%1 NPU %2: %3 reads %4 after the change, expected %5</source>
        <translation>%1 NPU %2：修改后 %3 读取值为 %4，预期为 %5</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>NetworkVerify</name>
    <message>
        <source>(no output, exit %1)</source>
        <translation>（无输出，退出状态 %1）</translation>
    </message>
    <message>
        <source>link status: DOWN (check the fibre or the switch port)</source>
        <translation>link status: DOWN（请检查光纤或交换机端口）</translation>
    </message>
    <message>
        <source>net health status: %1</source>
        <translation>网络健康状态：%1</translation>
    </message>
    <message>
        <source>no LLDP neighbour (link down or no switch)</source>
        <translation>没有 LLDP 邻居（链路 down 或未连接交换机）</translation>
    </message>
    <message>
        <source>tls switch is 1; every NPU of the cluster should be 0</source>
        <translation>tls switch 为 1；集群中所有 NPU 都应为 0</translation>
    </message>
    <message>
        <source>%1/%2 received</source>
        <translation>已收到 %1/%2</translation>
    </message>
    <message>
        <source>%1 packets transmitted, %2 received, %3% packet loss</source>
        <translation>已发送 %1 个数据包，收到 %2 个，丢包率 %3%</translation>
    </message>
</context>
<context>
    <name>NpuRecordText</name>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>CHIP</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>MEMORY MB</source>
        <translation>内存 MB</translation>
    </message>
    <message>
        <source>AICORE%</source>
        <translation>AICORE%</translation>
    </message>
    <message>
        <source>TEMP C</source>
        <translation>温度 C</translation>
    </message>
    <message>
        <source>POWER W</source>
        <translation>功率 W</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
</context>
<context>
    <name>NpuRules</name>
    <message>
        <source>Install the Ascend HDK for the 910B: create HwHiAiUser first, then run Ascend-hdk-910b-npu-driver_&lt;version&gt;_linux-aarch64.run --full --install-for-all and Ascend-hdk-910b-npu-firmware_&lt;version&gt;.run --full, and reboot.</source>
        <translation>为 910B 安装昇腾 HDK：先创建 HwHiAiUser，然后执行 Ascend-hdk-910b-npu-driver_&lt;version&gt;_linux-aarch64.run --full --install-for-all 和 Ascend-hdk-910b-npu-firmware_&lt;version&gt;.run --full，最后重启。</translation>
    </message>
    <message>
        <source>%1: npu-smi info failed: %2</source>
        <translation>%1：npu-smi info 执行失败：%2</translation>
    </message>
    <message>
        <source>Check that the NPU driver is installed and loaded on %1 (npu-smi info, lsmod | grep drv_davinci, dmesg | grep -i davinci).</source>
        <translation>检查 %1 上是否已安装并加载 NPU 驱动（npu-smi info、lsmod | grep drv_davinci、dmesg | grep -i davinci）。</translation>
    </message>
    <message>
        <source>%1 shows %2 NPUs, expected %3: every server must bring the same number of devices to the rank table.</source>
        <translation>%1 显示有 %2 个 NPU，预期为 %3 个：每台服务器在 ranktable 文件中的设备数量必须相同。</translation>
    </message>
    <message>
        <source>Find the missing NPU on %1 with npu-smi info and lspci | grep d802; a card that dropped out usually needs a driver reload or a reboot, then a hardware check.</source>
        <translation>在 %1 上用 npu-smi info 和 lspci | grep d802 找出缺失的 NPU；掉卡通常需要重新加载驱动或重启，然后进行硬件检查。</translation>
    </message>
    <message>
        <source>%1 shows %2 NPUs.</source>
        <translation>%1 显示有 %2 个 NPU。</translation>
    </message>
    <message>
        <source>%1 NPU %2: health is %3.</source>
        <translation>%1 NPU %2：健康状态为 %3。</translation>
    </message>
    <message>
        <source>Run npu-smi info -t health -i %1 on %2 for the alarm codes; a link fault shows in hccn_tool -i %1 -link -g and -net_health -g (check the optics and the switch port).</source>
        <translation>在 %2 上执行 npu-smi info -t health -i %1 查看告警码；链路故障可通过 hccn_tool -i %1 -link -g 和 -net_health -g 查看（请检查光模块和交换机端口）。</translation>
    </message>
    <message>
        <source>%1: every NPU reports health OK.</source>
        <translation>%1：所有 NPU 健康状态均为 OK。</translation>
    </message>
    <message>
        <source>%1: no readable /usr/local/Ascend/driver/version.info (%2).</source>
        <translation>%1：没有可读取的 /usr/local/Ascend/driver/version.info（%2）。</translation>
    </message>
    <message>
        <source>%1: driver %2.</source>
        <translation>%1：驱动 %2。</translation>
    </message>
    <message>
        <source>%1: no readable /usr/local/Ascend/firmware/version.info (%2).</source>
        <translation>%1：没有可读取的 /usr/local/Ascend/firmware/version.info（%2）。</translation>
    </message>
    <message>
        <source>%1: firmware %2.</source>
        <translation>%1：固件 %2。</translation>
    </message>
    <message>
        <source>%1: cannot tell which CANN %2 carries (no cann.version label).</source>
        <translation>%1：无法确定 %2 中的 CANN 版本（没有 cann.version 标签）。</translation>
    </message>
    <message>
        <source>%1: CANN %2 is not in the driver table.</source>
        <translation>%1：驱动配套表中没有 CANN %2。</translation>
    </message>
    <message>
        <source>Look up the Ascend HDK that pairs with the image&apos;s CANN on hiascend.com and compare it with driver %1.</source>
        <translation>在 hiascend.com 上查询与镜像中 CANN 配套的昇腾 HDK 版本，并与驱动 %1 进行比较。</translation>
    </message>
    <message>
        <source>Upgrade the Ascend HDK (driver and firmware) on %1 to %2 or newer, or choose an image with an older CANN.</source>
        <translation>将 %1 上的昇腾 HDK（驱动和固件）升级到 %2 或更高版本，或选择 CANN 版本较旧的镜像。</translation>
    </message>
    <message>
        <source>%1: cannot compare driver %2 with the %3 that CANN %4 needs.</source>
        <translation>%1：无法将驱动 %2 与 CANN %4 所需的 %3 进行比较。</translation>
    </message>
    <message>
        <source>%1: driver %2 is new enough for CANN %3 (needs %4).</source>
        <translation>%1：驱动 %2 满足 CANN %3 的要求（需要 %4）。</translation>
    </message>
    <message>
        <source>%1: driver %2 is too old for CANN %3 in %4: it is released with driver %5 and supports nothing older than %6.</source>
        <translation>%1：驱动 %2 对 %4 中的 CANN %3 来说太旧：该 CANN 与驱动 %5 配套发布，不支持早于 %6 的驱动。</translation>
    </message>
    <message>
        <source>%1: driver %2 is older than %3, the driver CANN %4 is released with. It is inside CANN&apos;s compatibility window (%5 or newer), but images such as GPUStack&apos;s require %3.</source>
        <translation>%1：驱动 %2 早于 CANN %4 配套发布的驱动 %3。它仍在 CANN 的兼容范围内（%5 及以上），但 GPUStack 等镜像要求 %3。</translation>
    </message>
</context>
<context>
    <name>NpuSmiDetailParser</name>
    <message>
        <source>expected &quot;Key : Value&quot;, got &quot;%1&quot;</source>
        <translation>应为 &quot;Key : Value&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no &quot;Key : Value&quot; lines found</source>
        <translation>未找到 &quot;Key : Value&quot; 形式的行</translation>
    </message>
</context>
<context>
    <name>NpuSmiInfoParser</name>
    <message>
        <source>unknown chip column header &quot;%1&quot;</source>
        <translation>未知的芯片列表头 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the second row of NPU %1 is missing</source>
        <translation>缺少 NPU %1 的第二行</translation>
    </message>
    <message>
        <source>row outside any known table: &quot;%1&quot;</source>
        <translation>该行不属于任何已知表格：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected 3 columns in an NPU row, found %1</source>
        <translation>NPU 行应有 3 列，实际为 %1 列</translation>
    </message>
    <message>
        <source>expected an NPU id, got &quot;%1&quot;</source>
        <translation>应为 NPU ID，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty health column</source>
        <translation>Health 列为空</translation>
    </message>
    <message>
        <source>cannot read power, temperature and hugepages from &quot;%1&quot;</source>
        <translation>无法从 &quot;%1&quot; 中读取功耗、温度和大页内存</translation>
    </message>
    <message>
        <source>expected 3 columns in a chip row, found %1</source>
        <translation>芯片行应有 3 列，实际为 %1 列</translation>
    </message>
    <message>
        <source>cannot read the chip id(s) from &quot;%1&quot;</source>
        <translation>无法从 &quot;%1&quot; 中读取芯片 ID</translation>
    </message>
    <message>
        <source>not a PCI bus id: &quot;%1&quot;</source>
        <translation>不是 PCI 总线 ID：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read AI Core and memory usage from &quot;%1&quot;</source>
        <translation>无法从 &quot;%1&quot; 中读取 AI Core 和内存使用率</translation>
    </message>
    <message>
        <source>expected %1 columns in a process row, found %2</source>
        <translation>进程行应有 %1 列，实际为 %2 列</translation>
    </message>
    <message>
        <source>cannot read the process row &quot;%1&quot;</source>
        <translation>无法读取进程行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no NPU rows found: is this `npu-smi info` output?</source>
        <translation>未找到 NPU 行：这是 `npu-smi info` 的输出吗？</translation>
    </message>
    <message>
        <source>no npu-smi table found</source>
        <translation>未找到 npu-smi 表格</translation>
    </message>
    <message>
        <source>text inside the table: &quot;%1&quot;</source>
        <translation>表格内有多余文本：&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>NpuSmiMappingParser</name>
    <message>
        <source>no &quot;NPU ID ... Chip Logic ID&quot; header found</source>
        <translation>未找到 &quot;NPU ID ... Chip Logic ID&quot; 表头</translation>
    </message>
    <message>
        <source>cannot read the mapping row &quot;%1&quot;</source>
        <translation>无法读取映射行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no mapping rows after the header</source>
        <translation>表头之后没有映射行</translation>
    </message>
</context>
<context>
    <name>NpuSnapshot</name>
    <message>
        <source>npu-smi info lists no NPU</source>
        <translation>npu-smi info 未列出任何 NPU</translation>
    </message>
    <message>
        <source>%1: npu-smi info failed (exit status %2): %3</source>
        <translation>%1：npu-smi info 失败（退出状态 %2）：%3</translation>
    </message>
    <message>
        <source>%1: cannot read npu-smi info: %2</source>
        <translation>%1：无法读取 npu-smi info：%2</translation>
    </message>
</context>
<context>
    <name>NpuSpodInfoParser</name>
    <message>
        <source>holds %1 spod-info outputs, expected one</source>
        <translation>包含 %1 份 spod-info 输出，应只有一份</translation>
    </message>
    <message>
        <source>expected &quot;Key : Value&quot;, got &quot;%1&quot;</source>
        <translation>应为 &quot;Key : Value&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected a whole number</source>
        <translation>%1 为 &quot;%2&quot;，应为非负整数</translation>
    </message>
    <message>
        <source>no &quot;SDID&quot; and &quot;Super Pod ID&quot; lines: not the output of npu-smi info -t spod-info</source>
        <translation>没有 &quot;SDID&quot; 和 &quot;Super Pod ID&quot; 行：这不是 npu-smi info -t spod-info 的输出</translation>
    </message>
</context>
<context>
    <name>ParallelLayout</name>
    <message>
        <source>DP %1 x TP %2</source>
        <translation>DP %1 x TP %2</translation>
    </message>
    <message>
        <source>%1, expert parallel</source>
        <translation>%1，专家并行</translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>not the output of a known hccn_tool getter</source>
        <translation>不是已知 hccn_tool 查询命令的输出</translation>
    </message>
    <message>
        <source>not a MindIE config.json</source>
        <translation>不是 MindIE config.json</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>文件内容的类型。</translation>
    </message>
    <message>
        <source>The saved output.</source>
        <translation>保存的输出文件。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Parses a saved Ascend tool output and prints what was understood as JSON.
KIND: npu-smi, npu-smi-detail (-t forms), npu-smi-mapping (-m), spod-info (-t spod-info, Atlas A3), hccn-conf, hccn-tool, version-info, cann-info, metrics, ranktable, mindie-config. FILE &apos;-&apos; reads stdin.</source>
        <translation>解析保存下来的昇腾工具输出，并以 JSON 打印解析结果。
KIND：npu-smi、npu-smi-detail（-t 各形式）、npu-smi-mapping（-m）、spod-info（-t spod-info，Atlas A3）、hccn-conf、hccn-tool、version-info、cann-info、metrics、ranktable、mindie-config。FILE 为 '-' 时读取标准输入。</translation>
    </message>
    <message>
        <source>hccn-tool only: ip, gateway, netdetect, net_health, link, lldp, tls, ping, vnic or set (default: guessed from the first line).</source>
        <translation>仅用于 hccn-tool：ip、gateway、netdetect、net_health、link、lldp、tls、ping、vnic 或 set（默认：根据第一行推断）。</translation>
    </message>
    <message>
        <source>expected KIND FILE with KIND one of npu-smi, npu-smi-detail, npu-smi-mapping, spod-info, hccn-conf, hccn-tool, version-info, cann-info, metrics, ranktable, mindie-config</source>
        <translation>应为 KIND FILE，KIND 为以下之一：npu-smi、npu-smi-detail、npu-smi-mapping、spod-info、hccn-conf、hccn-tool、version-info、cann-info、metrics、ranktable、mindie-config</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>topology %1, subnet %2</source>
        <translation>拓扑 %1，子网 %2</translation>
    </message>
    <message>
        <source>Suggests NPU addresses, gateways and netdetect targets for a topology and checks them for conflicts.</source>
        <translation>按组网拓扑生成 NPU 地址、网关和 netdetect 检测地址建议，并检查是否存在冲突。</translation>
    </message>
    <message>
        <source>fibre-pairs, switch or routed.</source>
        <translation>fibre-pairs、switch 或 routed。</translation>
    </message>
    <message>
        <source>Where the NPU addresses come from, e.g. 192.168.100.0/24.</source>
        <translation>NPU 地址所在的网段，例如 192.168.100.0/24。</translation>
    </message>
    <message>
        <source>Gateway (switch, routed).</source>
        <translation>网关（switch、routed 拓扑）。</translation>
    </message>
    <message>
        <source>Servers in order, comma separated.</source>
        <translation>按顺序列出的服务器，以逗号分隔。</translation>
    </message>
    <message>
        <source>NPUs per server (default 8).</source>
        <translation>每台服务器的 NPU 数（默认 8）。</translation>
    </message>
    <message>
        <source>fibre-pairs: give every fibre its own subnet of this prefix length (e.g. 30).</source>
        <translation>fibre-pairs：为每条光纤链路分配一个该前缀长度的独立子网（例如 30）。</translation>
    </message>
    <message>
        <source>Print each server&apos;s hccn_tool commands as a shell script.</source>
        <translation>以 shell 脚本形式打印每台服务器的 hccn_tool 命令。</translation>
    </message>
    <message>
        <source>Print the plan as JSON (input of apply --plan).</source>
        <translation>以 JSON 格式打印规划（可作为 apply --plan 的输入）。</translation>
    </message>
    <message>
        <source>--topology must be fibre-pairs, switch or routed</source>
        <translation>--topology 必须是 fibre-pairs、switch 或 routed</translation>
    </message>
    <message>
        <source>--subnet CIDR and --servers HOST,HOST... are required</source>
        <translation>必须指定 --subnet CIDR 和 --servers HOST,HOST...</translation>
    </message>
    <message>
        <source>--npus and --link-prefix take numbers</source>
        <translation>--npus 和 --link-prefix 的值必须是数字</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>Server reachable over SSH</source>
        <translation>可通过 SSH 访问服务器</translation>
    </message>
    <message>
        <source>NPU count</source>
        <translation>NPU 数量</translation>
    </message>
    <message>
        <source>NPU health</source>
        <translation>NPU 健康状态</translation>
    </message>
    <message>
        <source>NPU driver installed</source>
        <translation>已安装 NPU 驱动</translation>
    </message>
    <message>
        <source>NPU firmware installed</source>
        <translation>已安装 NPU 固件</translation>
    </message>
    <message>
        <source>Driver new enough for the image&apos;s CANN</source>
        <translation>驱动版本满足镜像中 CANN 的要求</translation>
    </message>
    <message>
        <source>HwHiAiUser account exists</source>
        <translation>HwHiAiUser 账号存在</translation>
    </message>
    <message>
        <source>Docker running</source>
        <translation>Docker 正在运行</translation>
    </message>
    <message>
        <source>Engine image present</source>
        <translation>推理引擎镜像已存在</translation>
    </message>
    <message>
        <source>firewalld stopped</source>
        <translation>firewalld 已停止</translation>
    </message>
    <message>
        <source>Shared memory (/dev/shm)</source>
        <translation>共享内存（/dev/shm）</translation>
    </message>
    <message>
        <source>Free disk space for Docker</source>
        <translation>Docker 可用磁盘空间</translation>
    </message>
    <message>
        <source>Model weights present</source>
        <translation>模型权重已存在</translation>
    </message>
    <message>
        <source>Model config.json</source>
        <translation>模型 config.json</translation>
    </message>
    <message>
        <source>No symlink leaves the mounted folder</source>
        <translation>没有指向挂载目录之外的符号链接</translation>
    </message>
    <message>
        <source>Same weights on every server</source>
        <translation>各服务器上的权重一致</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等（另有 %2 项）</translation>
    </message>
</context>
<context>
    <name>PreflightRunner</name>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>no Version= line</source>
        <translation>没有 Version= 行</translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message>
        <source>--project FILE is required</source>
        <translation>必须指定 --project FILE</translation>
    </message>
    <message>
        <source>Writes every file the project generates (hccn scripts, rank table, config.json, launch scripts, env files, README) into a folder for version control.</source>
        <translation>将项目生成的所有文件（hccn 脚本、ranktable 文件、config.json、启动脚本、环境变量文件、README）写入一个文件夹，便于纳入版本控制。</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>输出文件夹。</translation>
    </message>
    <message>
        <source>The image&apos;s default MindIE config.json (default: the one AscendDeck ships).</source>
        <translation>镜像自带的默认 MindIE config.json（默认使用 AscendDeck 随附的版本）。</translation>
    </message>
    <message>
        <source>Write nothing; exit 1 if the folder differs from what the project generates.</source>
        <translation>不写入任何文件；若文件夹内容与项目生成的不一致，则以状态 1 退出。</translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation>必须指定 -o DIR</translation>
    </message>
    <message>
        <source>Reads the servers of a project and reports, as JSON, where each server stands at each step (network, rank table, engine config, weights, engine) and where they differ from it.</source>
        <translation>读取项目中的服务器，以 JSON 报告每台服务器在每个步骤（网络、rank table、引擎配置、权重、推理引擎）上的状态，以及与项目不一致之处。</translation>
    </message>
</context>
<context>
    <name>ProjectInput</name>
    <message>
        <source>the project has no network plan</source>
        <translation>项目中没有网络规划</translation>
    </message>
    <message>
        <source>the project has no engine settings</source>
        <translation>项目中没有推理引擎设置</translation>
    </message>
</context>
<context>
    <name>PrometheusTextParser</name>
    <message>
        <source>expected label=&quot;value&quot; at column %1</source>
        <translation>第 %1 列处应为 label=&quot;value&quot;</translation>
    </message>
    <message>
        <source>unterminated label value for &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 的标签值未结束</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; at column %1</source>
        <translation>第 %1 列处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>应为指标名称</translation>
    </message>
    <message>
        <source>expected &quot;name{labels} value [timestamp]&quot;</source>
        <translation>应为 &quot;name{labels} value [timestamp]&quot;</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>不是数字：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a timestamp: &quot;%1&quot;</source>
        <translation>不是时间戳：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown metric type in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中的指标类型未知</translation>
    </message>
    <message>
        <source>no metric samples found</source>
        <translation>未找到指标样本</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”之后缺少值。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>“%1”之后不应有值。</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>显示帮助，包括 Qt 专用选项。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1: the server sent no host key</source>
        <translation>%1：服务器未发送主机密钥</translation>
    </message>
    <message>
        <source>%1: WARNING: the host key has changed (now %2 %3). Someone may be intercepting the connection, or the server was reinstalled. Refusing to connect; if the change is expected, remove the old key from %4.</source>
        <translation>%1：警告：主机密钥已变更（当前为 %2 %3）。可能有人正在拦截连接，也可能是服务器已重装系统。已拒绝连接；如果该变更在预期之内，请从 %4 中删除旧密钥。</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>%1: unknown host key %2 %3; not accepted</source>
        <translation>%1：未知的主机密钥 %2 %3；未接受</translation>
    </message>
    <message>
        <source>%1: cannot check the host key: %2</source>
        <translation>%1：无法校验主机密钥：%2</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source> (unreadable, or wrong passphrase)</source>
        <translation> (无法读取或口令错误)</translation>
    </message>
    <message>
        <source>agent and default keys</source>
        <translation>ssh-agent 和默认密钥</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1: authentication failed for user &apos;%2&apos; (tried: %3)</source>
        <translation>%1：用户 &apos;%2&apos; 认证失败（已尝试：%3）</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: cannot start the command: %2</source>
        <translation>%1：无法启动命令：%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; timed out after %3 s</source>
        <translation>%1：&apos;%2&apos; 在 %3 秒后超时</translation>
    </message>
    <message>
        <source>%1: connection lost: %2</source>
        <translation>%1：连接已断开：%2</translation>
    </message>
    <message>
        <source>%1: SFTP unavailable: %2</source>
        <translation>%1：SFTP 不可用：%2</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>cannot set mode %1: %2</source>
        <translation>无法将权限设置为 %1：%2</translation>
    </message>
    <message>
        <source>cannot move into place: %1</source>
        <translation>无法移动到目标位置：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: missing &apos;]&apos; after an IPv6 address</source>
        <translation>&apos;%1&apos;：IPv6 地址后缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unexpected text after the address</source>
        <translation>&apos;%1&apos;：地址后有多余文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no host name</source>
        <translation>&apos;%1&apos;：没有主机名</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: empty user name before &apos;@&apos;</source>
        <translation>&apos;%1&apos;：&apos;@&apos; 前的用户名为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: port &apos;%2&apos; is not a number between 1 and 65535</source>
        <translation>&apos;%1&apos;：端口 &apos;%2&apos; 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>no host given</source>
        <translation>未指定主机</translation>
    </message>
    <message>
        <source>npu %1 %2</source>
        <translation>NPU %1 %2</translation>
    </message>
    <message>
        <source>%1 bytes as generated</source>
        <translation>生成的文件为 %1 字节</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 bytes, different</source>
        <translation>%1 字节，内容不同</translation>
    </message>
    <message>
        <source>%1: /etc/hccn.conf: %2</source>
        <translation>%1: /etc/hccn.conf: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rank table: the network plan has no entry for %1</source>
        <translation>ranktable：网络规划中没有 %1 的条目</translation>
    </message>
    <message>
        <source>rank table: %1</source>
        <translation>ranktable：%1</translation>
    </message>
    <message>
        <source>engine: the default config.json: %1</source>
        <translation>推理引擎：默认 config.json：%1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1.host: missing or not a non-empty string</source>
        <translation>%1.host：缺失或不是非空字符串</translation>
    </message>
    <message>
        <source>%1.port: expected a number between 1 and 65535</source>
        <translation>%1.port：应为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1.%2: expected a string</source>
        <translation>%1.%2：应为字符串</translation>
    </message>
    <message>
        <source>%1.master: expected true or false</source>
        <translation>%1.master：应为 true 或 false</translation>
    </message>
    <message>
        <source>schema: missing or not a number</source>
        <translation>schema：缺失或不是数字</translation>
    </message>
    <message>
        <source>schema %1 is newer than this AscendDeck understands (%2): please upgrade AscendDeck</source>
        <translation>schema %1 比当前 AscendDeck 支持的版本（%2）更新：请升级 AscendDeck</translation>
    </message>
    <message>
        <source>schema %1 is not a valid version</source>
        <translation>schema %1 不是有效的版本号</translation>
    </message>
    <message>
        <source>hosts[%1]: %2</source>
        <translation>hosts[%1]：%2</translation>
    </message>
    <message>
        <source>expected &quot;user@host:port&quot;</source>
        <translation>应为 &quot;user@host:port&quot;</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>第 %1 行：不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>format: not an AscendDeck project (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>format：不是 AscendDeck 项目（应为 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>%1: project files must not hold secrets; remove this key</source>
        <translation>%1：项目文件中不得包含密码等敏感信息；请删除此键</translation>
    </message>
    <message>
        <source>name: expected a string</source>
        <translation>name：应为字符串</translation>
    </message>
    <message>
        <source>servers: expected a list</source>
        <translation>servers：应为列表</translation>
    </message>
    <message>
        <source>%1: refusing to write a secret into the project file</source>
        <translation>%1：拒绝将敏感信息写入项目文件</translation>
    </message>
    <message>
        <source>%1: connection lost: it was reset while the command ran</source>
        <translation>%1：连接已断开：命令执行期间连接被重置</translation>
    </message>
    <message>
        <source>%1: cannot make it executable</source>
        <translation>%1: 无法设为可执行</translation>
    </message>
    <message>
        <source>%1.port: expected an integer</source>
        <translation>%1.port：应为整数</translation>
    </message>
    <message>
        <source>engine.%1: expected an object</source>
        <translation>engine.%1：应为对象</translation>
    </message>
    <message>
        <source>%1: cannot go through jump hosts here</source>
        <translation>%1：此处无法经由跳板机连接</translation>
    </message>
    <message>
        <source>%1: through %2: %3</source>
        <translation>%1：经由 %2：%3</translation>
    </message>
    <message>
        <source>%1 cannot open a connection to %2:%3: %4</source>
        <translation>%1 无法打开到 %2:%3 的连接：%4</translation>
    </message>
    <message>
        <source>%1: no local socket for the tunnel</source>
        <translation>%1：无法为隧道创建本地套接字</translation>
    </message>
    <message>
        <source>%1: sudo asks &apos;%2&apos; for a password, and no sudo password was given (%3)</source>
        <translation>%1：sudo 要求“%2”输入密码，但未提供 sudo 密码（%3）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; may not use sudo: %3</source>
        <translation>%1：“%2”无权使用 sudo：%3</translation>
    </message>
    <message>
        <source>%1: the sudo password for &apos;%2&apos; is wrong</source>
        <translation>%1：“%2”的 sudo 密码错误</translation>
    </message>
    <message>
        <source>%1: mktemp failed: %2</source>
        <translation>%1：mktemp 失败：%2</translation>
    </message>
    <message>
        <source>%1:%2: sudo install failed: %3</source>
        <translation>%1:%2：sudo install 失败：%3</translation>
    </message>
    <message>
        <source>%1 is not on the server</source>
        <translation>服务器上没有 %1</translation>
    </message>
    <message>
        <source>%1 differs from the generated file (%2 bytes on the server, %3 generated)</source>
        <translation>%1 与生成的文件不同（服务器上 %2 字节，生成的为 %3 字节）</translation>
    </message>
    <message>
        <source>%1 has no config.json</source>
        <translation>%1 中没有 config.json</translation>
    </message>
    <message>
        <source>%1 of the %2 shards the index names are missing, first %3</source>
        <translation>索引列出的 %2 个分片中缺少 %1 个，第一个为 %3</translation>
    </message>
    <message>
        <source>%1 files, %2 GB</source>
        <translation>%1 个文件，%2 GB</translation>
    </message>
    <message>
        <source>no container %1</source>
        <translation>没有容器 %1</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 正在运行</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 已退出，退出码 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no NPU network plan for this server</source>
        <translation>此服务器没有 NPU 网络规划</translation>
    </message>
    <message>
        <source>%1 NPU settings differ from the plan, first %2</source>
        <translation>%1 项 NPU 设置与规划不同，第一项：%2</translation>
    </message>
    <message>
        <source>every NPU as planned</source>
        <translation>所有 NPU 均与规划一致</translation>
    </message>
    <message>
        <source>no engine in the project</source>
        <translation>项目中没有推理引擎</translation>
    </message>
    <message>
        <source>the engine needs no rank table</source>
        <translation>该推理引擎不需要 rank table</translation>
    </message>
    <message>
        <source>%1 has mode %2, not 640</source>
        <translation>%1 的权限为 %2，而不是 640</translation>
    </message>
    <message>
        <source>the engine takes its settings on the command line</source>
        <translation>该推理引擎通过命令行获取设置</translation>
    </message>
    <message>
        <source>NPU %1 %2 is %3, planned %4</source>
        <translation>NPU %1 的 %2 为 %3，规划为 %4</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>the preflight checks have not run from this console</source>
        <translation>尚未在此控制台运行预检</translation>
    </message>
    <message>
        <source>%1 UTC, %2 ago</source>
        <translation>%1 UTC，%2前</translation>
    </message>
    <message>
        <source>failed at %1 (errors: %2, warnings: %3)</source>
        <translation>于 %1 失败（错误：%2，警告：%3）</translation>
    </message>
    <message>
        <source>passed at %1: run it again</source>
        <translation>于 %1 通过：请重新运行</translation>
    </message>
    <message>
        <source>passed at %1 (warnings: %2)</source>
        <translation>于 %1 通过（警告：%2）</translation>
    </message>
    <message>
        <source>not a preflight log (expected {&quot;servers&quot;: {...}})</source>
        <translation>不是预检记录（应为 {&quot;servers&quot;: {...}}）</translation>
    </message>
    <message>
        <source>servers.%1: expected {&quot;at&quot;, &quot;errors&quot;, &quot;warnings&quot;}</source>
        <translation>servers.%1：应为 {&quot;at&quot;, &quot;errors&quot;, &quot;warnings&quot;}</translation>
    </message>
    <message>
        <source>servers.%1.at: not an ISO 8601 time</source>
        <translation>servers.%1.at：不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1：应为字符串</translation>
    </message>
    <message>
        <source>%1.user: &apos;%2&apos; has characters no login name has</source>
        <translation>%1.user：“%2”含有登录名不可能包含的字符</translation>
    </message>
    <message>
        <source>%1.sudo: expected &quot;off&quot;, &quot;nopasswd&quot; or &quot;password&quot;</source>
        <translation>%1.sudo：应为 &quot;off&quot;、&quot;nopasswd&quot; 或 &quot;password&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the host name &apos;%2&apos; has characters no host name has</source>
        <translation>“%1”：主机名“%2”含有主机名不可能包含的字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the user name &apos;%2&apos; has characters no login name has (spaces, quotes, $, `, ;, control characters...)</source>
        <translation>“%1”：用户名“%2”含有登录名不可能包含的字符（空格、引号、$、`、;、控制字符……）</translation>
    </message>
</context>
<context>
    <name>RankTableBuilder</name>
    <message>
        <source>server ip &quot;%1&quot; is not an IPv4 address</source>
        <translation>服务器 IP &quot;%1&quot; 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>server %1: container ip &quot;%2&quot; is not an IPv4 address</source>
        <translation>服务器 %1：容器 IP &quot;%2&quot; 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>server %1: no device selected</source>
        <translation>服务器 %1：未选择任何设备</translation>
    </message>
    <message>
        <source>server %1: a super pod table needs both the super pod id and super_device_ids</source>
        <translation>服务器 %1：超节点（super pod）表同时需要 super pod ID 和 super_device_id</translation>
    </message>
    <message>
        <source>server %1, device %2: no address_%2 in hccn.conf</source>
        <translation>服务器 %1，设备 %2：hccn.conf 中没有 address_%2</translation>
    </message>
    <message>
        <source>server %1, device %2: no super_device_id given</source>
        <translation>服务器 %1，设备 %2：未指定 super_device_id</translation>
    </message>
</context>
<context>
    <name>RankTableCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1 but could not set its mode to 640</source>
        <translation>已写入 %1，但无法将其权限设置为 640</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Write to FILE (or into DIR under the reference script&apos;s name) with mode 640 instead of stdout.</source>
        <translation>以 640 权限写入 FILE（或以参考脚本使用的文件名写入 DIR），而不是输出到标准输出。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Builds one server&apos;s rank table from its hccn.conf, byte for byte as hccl_tools.py would on that server.</source>
        <translation>根据单台服务器的 hccn.conf 生成其 ranktable 文件，与在该服务器上运行 hccl_tools.py 的结果逐字节一致。</translation>
    </message>
    <message>
        <source>The server&apos;s /etc/hccn.conf.</source>
        <translation>该服务器的 /etc/hccn.conf。</translation>
    </message>
    <message>
        <source>The server&apos;s IPv4 address (server_id).</source>
        <translation>该服务器的 IPv4 地址（server_id）。</translation>
    </message>
    <message>
        <source>container_ip (default: the server ip, as with docker --net=host).</source>
        <translation>container_ip（默认：服务器 IP，与 docker --net=host 时相同）。</translation>
    </message>
    <message>
        <source>Logical devices as in hccl_tools.py --device_num (default [0,8)).</source>
        <translation>逻辑设备，与 hccl_tools.py --device_num 相同（默认 [0,8)）。</translation>
    </message>
    <message>
        <source>Physical id of each logical device (default 0,1,2,3,4,5,6,7).</source>
        <translation>每个逻辑设备对应的物理 ID（默认 0,1,2,3,4,5,6,7）。</translation>
    </message>
    <message>
        <source>Exactly what hccl_tools.py writes: container_ip is the server ip (no --container-ip).</source>
        <translation>与 hccl_tools.py 的输出完全一致：container_ip 即服务器 IP（不可与 --container-ip 同用）。</translation>
    </message>
    <message>
        <source>generate needs --hccn-conf FILE and --server-ip IP</source>
        <translation>generate 需要 --hccn-conf FILE 和 --server-ip IP</translation>
    </message>
    <message>
        <source>--reference writes container_ip = server ip, as hccl_tools.py; drop --container-ip</source>
        <translation>--reference 会与 hccl_tools.py 一样写入 container_ip = 服务器 IP；请去掉 --container-ip</translation>
    </message>
    <message>
        <source>Merges per-server rank tables into one, renumbering rank_id, as merge_hccl.py does. Without --reference, a missing container_ip is set to the server id and server_count is the real number of servers.</source>
        <translation>与 merge_hccl.py 一样，将各服务器的 ranktable 文件合并为一个，并重新编号 rank_id。不带 --reference 时，缺失的 container_ip 会设置为服务器 ID，server_count 为实际服务器数量。</translation>
    </message>
    <message>
        <source>Exactly what merge_hccl.py writes, even where MindIE would refuse it.</source>
        <translation>与 merge_hccl.py 的输出完全一致，即使 MindIE 会拒绝该结果。</translation>
    </message>
    <message>
        <source>Rank tables to merge, in rank order.</source>
        <translation>要合并的 ranktable 文件，按 rank 顺序排列。</translation>
    </message>
    <message>
        <source>merge needs at least one rank table file</source>
        <translation>merge 至少需要一个 ranktable 文件</translation>
    </message>
    <message>
        <source>--hccn-conf &quot;%1&quot; must be SERVER_ID=FILE</source>
        <translation>--hccn-conf &quot;%1&quot; 必须为 SERVER_ID=FILE 形式</translation>
    </message>
    <message>
        <source>Checks a rank table against HCCL&apos;s and MindIE&apos;s rules and prints the findings as a JSON list. Exit status 1 when any finding is an error.</source>
        <translation>按照 HCCL 和 MindIE 的规则检查 ranktable 文件，并以 JSON 列表形式打印检查结果。若有任何一项为错误，则退出状态为 1。</translation>
    </message>
    <message>
        <source>A server&apos;s hccn.conf, to check its device ips (repeatable).</source>
        <translation>某台服务器的 hccn.conf，用于检查其设备 IP（可重复指定）。</translation>
    </message>
    <message>
        <source>The rank table.</source>
        <translation>ranktable 文件。</translation>
    </message>
    <message>
        <source>validate needs exactly one rank table file</source>
        <translation>validate 只能指定一个 ranktable 文件</translation>
    </message>
    <message>
        <source>Generates, merges or validates HCCL rank tables.</source>
        <translation>生成、合并或校验 HCCL rank table。</translation>
    </message>
    <message>
        <source>one server&apos;s rank table from its hccn.conf (as hccl_tools.py)</source>
        <translation>根据一台服务器的 hccn.conf 生成其 rank table（与 hccl_tools.py 相同）</translation>
    </message>
    <message>
        <source>merge per-server rank tables into one (as merge_hccl.py)</source>
        <translation>将各服务器的 rank table 合并为一个（与 merge_hccl.py 相同）</translation>
    </message>
    <message>
        <source>check a rank table against HCCL&apos;s and MindIE&apos;s rules</source>
        <translation>按 HCCL 和 MindIE 的规则检查 rank table</translation>
    </message>
    <message>
        <source>Reads every server&apos;s /etc/hccn.conf over SSH and builds the cluster&apos;s rank table, the master first, as the console&apos;s rank table step does; findings go to stderr as JSON. Exit status 1 when any finding is an error.</source>
        <translation>通过 SSH 读取每台服务器的 /etc/hccn.conf，按控制台 ranktable 步骤的方式生成集群的 ranktable（主节点在前）；检查结果以 JSON 输出到 stderr。任一结果为错误时退出码为 1。</translation>
    </message>
    <message>
        <source>Also copy the table to PATH on every server, with mode 640.</source>
        <translation>同时将 ranktable 复制到每台服务器的 PATH，权限为 640。</translation>
    </message>
    <message>
        <source>build needs --project FILE</source>
        <translation>build 需要 --project FILE</translation>
    </message>
    <message>
        <source>copied to %1 servers as %2 (mode 640)</source>
        <translation>已复制到 %1 台服务器：%2（权限 640）</translation>
    </message>
    <message>
        <source>read every server&apos;s hccn.conf over SSH and build the cluster&apos;s table (--project)</source>
        <translation>通过 SSH 读取每台服务器的 hccn.conf 并生成集群的 ranktable（--project）</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Builds one Atlas A3 server&apos;s v1.2 rank table from its dies&apos; hccn_tool -vnic -g and npu-smi info -t spod-info outputs (die N is device_id and rank_id N); merge the servers&apos; tables with ranktable merge.</source>
        <translation>根据各 die 的 hccn_tool -vnic -g 与 npu-smi info -t spod-info 输出，生成一台 Atlas A3 服务器的 v1.2 rank table（die N 即 device_id 与 rank_id N）；再用 ranktable merge 合并各服务器的表。</translation>
    </message>
    <message>
        <source>Output of hccn_tool -i N -vnic -g for every die N, in order.</source>
        <translation>按顺序包含每个 die N 的 hccn_tool -i N -vnic -g 输出。</translation>
    </message>
    <message>
        <source>Output of npu-smi info -t spod-info -i N/2 -c N%2 for every die N, in order.</source>
        <translation>按顺序包含每个 die N 的 npu-smi info -t spod-info -i N/2 -c N%2 输出。</translation>
    </message>
    <message>
        <source>The server&apos;s IPv4 address (server_id and host_ip).</source>
        <translation>服务器的 IPv4 地址（server_id 与 host_ip）。</translation>
    </message>
    <message>
        <source>generate-a3 needs --vnic FILE, --spod-info FILE and --server-ip IP</source>
        <translation>generate-a3 需要 --vnic FILE、--spod-info FILE 和 --server-ip IP</translation>
    </message>
    <message>
        <source>one Atlas A3 server&apos;s v1.2 rank table from its dies&apos; vnic and spod-info outputs</source>
        <translation>根据各 die 的 vnic 与 spod-info 输出生成一台 Atlas A3 服务器的 v1.2 rank table</translation>
    </message>
</context>
<context>
    <name>RankTableMerger</name>
    <message>
        <source>nothing to merge: give at least one rank table</source>
        <translation>没有可合并的内容：请至少指定一个 ranktable 文件</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3)</source>
        <translation>%1，第 %2 行：不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>%1: a rank table must be a JSON object</source>
        <translation>%1：ranktable 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: &quot;server_list&quot; is missing or not a list</source>
        <translation>%1：&quot;server_list&quot; 缺失或不是列表</translation>
    </message>
    <message>
        <source>%1: &quot;server_count&quot; is missing</source>
        <translation>%1：缺少 &quot;server_count&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;server_count&quot; is not a whole number: %2</source>
        <translation>%1：&quot;server_count&quot; 不是整数：%2</translation>
    </message>
    <message>
        <source>%1: server_list[%2]</source>
        <translation>%1: server_list[%2]</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>(no server_id)</source>
        <translation>（无 server_id）</translation>
    </message>
    <message>
        <source>%1 (server %2): &quot;device&quot; is missing or not a list</source>
        <translation>%1（服务器 %2）：&quot;device&quot; 缺失或不是列表</translation>
    </message>
    <message>
        <source>%1 (server %2): device[%3] is not an object</source>
        <translation>%1（服务器 %2）：device[%3] 不是对象</translation>
    </message>
    <message>
        <source>server %1 is in both %2 and %3</source>
        <translation>服务器 %1 同时出现在 %2 和 %3 中</translation>
    </message>
    <message>
        <source>%1: version %2 cannot be merged (only 1.0 and 1.2)</source>
        <translation>%1：版本 %2 无法合并（仅支持 1.0 和 1.2）</translation>
    </message>
    <message>
        <source>%1 is version %2 but %3 is version %4: they cannot be merged</source>
        <translation>%1 的版本为 %2，而 %3 的版本为 %4：二者无法合并</translation>
    </message>
</context>
<context>
    <name>RankTableParser</name>
    <message>
        <source>the file is larger than %1 MB; a rank table is a few hundred KB at most</source>
        <translation>文件大于 %1 MB；ranktable 文件最多只有几百 KB</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>第 %1 行：不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>a rank table must be a JSON object</source>
        <translation>ranktable 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>version 2.0 (the rank_list format of Atlas 950) is not supported</source>
        <translation>不支持 2.0 版本（Atlas 950 的 rank_list 格式）</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be &quot;1.0&quot; or &quot;1.2&quot;, got &quot;%1&quot;</source>
        <translation>&quot;version&quot; 必须为 &quot;1.0&quot; 或 &quot;1.2&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: must be an object, got %2</source>
        <translation>%1：必须是对象，实际为 %2</translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation>%1（服务器 %2）</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; is missing</source>
        <translation>%1缺少 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be a string, got %3</source>
        <translation>%1&quot;%2&quot; 必须是字符串，实际为 %3</translation>
    </message>
    <message>
        <source>%1&quot;%2&quot; must be a list, got %3</source>
        <translation>%1&quot;%2&quot; 必须是列表，实际为 %3</translation>
    </message>
</context>
<context>
    <name>RankTableStep</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
</context>
<context>
    <name>RankTableValidator</name>
    <message>
        <source>is not an IPv4 address</source>
        <translation>不是 IPv4 地址</translation>
    </message>
    <message>
        <source>is the broadcast address</source>
        <translation>是广播地址</translation>
    </message>
    <message>
        <source>is in 0.0.0.0/8, which no host can have</source>
        <translation>位于 0.0.0.0/8 网段，任何主机都不能使用该地址</translation>
    </message>
    <message>
        <source>is a multicast address</source>
        <translation>是组播地址</translation>
    </message>
    <message>
        <source>is in the reserved range 240.0.0.0/4</source>
        <translation>位于保留地址段 240.0.0.0/4</translation>
    </message>
    <message>
        <source>ends in .%1: the %2 address of a /24 network, check the netmask</source>
        <translation>以 .%1 结尾：这是 /24 网络的%2地址，请检查子网掩码</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not 1.0 or 1.2</source>
        <translation>版本 &quot;%1&quot; 不是 1.0 或 1.2</translation>
    </message>
    <message>
        <source>status is &quot;%1&quot;, HCCL only uses a table whose status is &quot;completed&quot;</source>
        <translation>status 为 &quot;%1&quot;，HCCL 只使用 status 为 &quot;completed&quot; 的 ranktable</translation>
    </message>
    <message>
        <source>server_count &quot;%1&quot; is not a whole number</source>
        <translation>server_count &quot;%1&quot; 不是整数</translation>
    </message>
    <message>
        <source>server_count is %1 but server_list has %2 servers</source>
        <translation>server_count 为 %1，但 server_list 中有 %2 台服务器</translation>
    </message>
    <message>
        <source>a single server: fine for HCCL, but MindIE multi-node needs 2-60 servers</source>
        <translation>只有一台服务器：HCCL 可以使用，但 MindIE 多机推理需要 2-60 台服务器</translation>
    </message>
    <message>
        <source>%1 servers: MindIE accepts 2-60</source>
        <translation>%1 台服务器：MindIE 支持 2-60 台</translation>
    </message>
    <message>
        <source>%1: container_ip is not set; MindIE needs it (usually the server ip, %2)</source>
        <translation>%1：未设置 container_ip；MindIE 需要该字段（通常为服务器 IP，即 %2）</translation>
    </message>
    <message>
        <source>%1: has %2 devices, MindIE accepts 1-32</source>
        <translation>%1：有 %2 个设备，MindIE 支持 1-32 个</translation>
    </message>
    <message>
        <source>%1: device_id is listed twice on this server</source>
        <translation>%1：该服务器上的 device_id 重复列出</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; %4</source>
        <translation>%1：%2 &quot;%3&quot; %4</translation>
    </message>
    <message>
        <source>%1: has %2 devices but server %3 has %4; every server needs the same number</source>
        <translation>%1：有 %2 个设备，但服务器 %3 有 %4 个；每台服务器的设备数量必须相同</translation>
    </message>
    <message>
        <source>%1: device_id &quot;%2&quot; is not a number 0-63</source>
        <translation>%1：device_id &quot;%2&quot; 不是 0-63 之间的数字</translation>
    </message>
    <message>
        <source>%1: rank_id &quot;%2&quot; is not a number 0-511</source>
        <translation>%1：rank_id &quot;%2&quot; 不是 0-511 之间的数字</translation>
    </message>
    <message>
        <source>%1: device_ip is not set</source>
        <translation>%1：未设置 device_ip</translation>
    </message>
    <message>
        <source>%1: super_device_id &quot;%2&quot; is not a number; v1.2 tables need it on every device</source>
        <translation>%1：super_device_id &quot;%2&quot; 不是数字；1.2 版本的 ranktable 要求每个设备都有该字段</translation>
    </message>
    <message>
        <source>%1: the server&apos;s hccn readings have no NPU %2 (they list %3)</source>
        <translation>%1：该服务器的 hccn 读数中没有 NPU %2（其中列出的是 %3）</translation>
    </message>
    <message>
        <source>%1: device_ip is %2 but the server&apos;s hccn readings say %3</source>
        <translation>%1：device_ip 为 %2，但该服务器的 hccn 读数为 %3</translation>
    </message>
    <message>
        <source>%1: server_id appears twice in server_list</source>
        <translation>%1：server_id 在 server_list 中出现了两次</translation>
    </message>
    <message>
        <source>%1: container_ip %2 is also the container_ip of server %3</source>
        <translation>%1：container_ip %2 同时也是服务器 %3 的 container_ip</translation>
    </message>
    <message>
        <source>%1: device_ip %2 is also used by %3</source>
        <translation>%1：device_ip %2 也被 %3 使用</translation>
    </message>
    <message>
        <source>%1: rank_id %2 is also the rank of %3</source>
        <translation>%1：rank_id %2 同时也是 %3 的 rank</translation>
    </message>
    <message>
        <source>%1: rank_id %2 is out of range; %3 devices need ranks 0-%4</source>
        <translation>%1：rank_id %2 超出范围；%3 个设备的 rank 应为 0-%4</translation>
    </message>
    <message>
        <source>no device has rank_id %1; ranks must be 0-%2 without gaps</source>
        <translation>没有设备的 rank_id 为 %1；rank 必须是连续的 0-%2</translation>
    </message>
    <message>
        <source>a v1.2 table needs a super_pod_list</source>
        <translation>1.2 版本的 ranktable 需要 super_pod_list</translation>
    </message>
    <message>
        <source>super pod %1 lists server %2, which is not in server_list</source>
        <translation>超节点 %1 中列出的服务器 %2 不在 server_list 中</translation>
    </message>
    <message>
        <source>server %1 is in super pod %2 and in super pod %3</source>
        <translation>服务器 %1 同时属于超节点 %2 和超节点 %3</translation>
    </message>
    <message>
        <source>%1: super_device_id %2 is also used by %3 in super pod %4</source>
        <translation>%1：super_device_id %2 也被超节点 %4 中的 %3 使用</translation>
    </message>
    <message>
        <source>server %1 is in no super pod</source>
        <translation>服务器 %1 不属于任何超节点</translation>
    </message>
    <message>
        <source>hccn readings were given for server %1, which is not in the rank table</source>
        <translation>提供了服务器 %1 的 hccn 读数，但该服务器不在 ranktable 中</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>server %1, device %2</source>
        <translation>服务器 %1，设备 %2</translation>
    </message>
    <message>
        <source>is this machine&apos;s loopback address (often from /etc/hosts via `hostname -i`), which other servers cannot reach</source>
        <translation>是本机的环回地址（通常是 `hostname -i` 从 /etc/hosts 中取得的），其他服务器无法访问</translation>
    </message>
    <message>
        <source>is a loopback address: only servers on the same host can reach it</source>
        <translation>是环回地址：只有位于同一主机上的服务器才能访问</translation>
    </message>
    <message>
        <source>%1: device_ip is the placeholder &quot;-.-.-.-&quot;: this NPU has no RoCE address (hccn_tool -i N -ip -g); give it one with hccn_tool -i N -ip -s address A netmask M and regenerate the table</source>
        <translation>%1：device_ip 是占位符“-.-.-.-”：该 NPU 没有 RoCE 地址（hccn_tool -i N -ip -g）；请用 hccn_tool -i N -ip -s address A netmask M 为其配置地址，然后重新生成 rank table</translation>
    </message>
    <message>
        <source>%1: container_ip is not set; HCCL reaches the server at host_ip %2, but MindIE needs container_ip</source>
        <translation>%1：未设置 container_ip；HCCL 通过 host_ip %2 访问该服务器，但 MindIE 需要 container_ip</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keyring was not opened</source>
        <translation>未打开系统密钥环</translation>
    </message>
    <message>
        <source>the system keyring did not answer</source>
        <translation>系统密钥环没有响应</translation>
    </message>
    <message>
        <source>no system keyring is running (%1)</source>
        <translation>没有正在运行的系统密钥环（%1）</translation>
    </message>
    <message>
        <source>Remembered secrets are kept in the system keyring.</source>
        <translation>记住的密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Secrets are kept in memory only, until AscendDeck quits: %1</source>
        <translation>密码仅保存在内存中，直到 AscendDeck 退出：%1</translation>
    </message>
    <message>
        <source>this AscendDeck was built without QtKeychain</source>
        <translation>此 AscendDeck 构建时未包含 QtKeychain</translation>
    </message>
</context>
<context>
    <name>SegmentAppender</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation>无法截断 %1：%2</translation>
    </message>
</context>
<context>
    <name>SloTarget</name>
    <message>
        <source>unknown target &quot;%1&quot;: use ttft, tpot, itl or e2el with mean, median, p50, p75, p90, p95 or p99, as in ttft_p95_ms=2000</source>
        <translation>未知目标“%1”：请用 ttft、tpot、itl 或 e2el 加 mean、median、p50、p75、p90、p95 或 p99，例如 ttft_p95_ms=2000</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive number of milliseconds</source>
        <translation>%1：“%2”不是正的毫秒数</translation>
    </message>
    <message>
        <source>no target given, e.g. ttft_p95_ms=2000,tpot_p95_ms=100</source>
        <translation>未给出目标，例如 ttft_p95_ms=2000,tpot_p95_ms=100</translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <source>a command is required</source>
        <translation>需要指定一个命令</translation>
    </message>
    <message>
        <source>a subcommand is required</source>
        <translation>需要指定一个子命令</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation>运行“%1 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行“%1 COMMAND --help”查看某个命令的选项。</translation>
    </message>
</context>
<context>
    <name>SuperPodRankTableBuilder</name>
    <message>
        <source>server %1: no vnic readings</source>
        <translation>服务器 %1：没有 vnic 读数</translation>
    </message>
    <message>
        <source>server %1: %2 vnic readings but %3 spod-info readings; give one of each per die</source>
        <translation>服务器 %1：有 %2 条 vnic 读数，但有 %3 条 spod-info 读数；每个 die 各需一条</translation>
    </message>
    <message>
        <source>server %1, die %2: vnic link is DOWN</source>
        <translation>服务器 %1，die %2：vnic 链路为 DOWN</translation>
    </message>
    <message>
        <source>server %1, die %2: super pod %3, but die 0 is in super pod %4</source>
        <translation>服务器 %1，die %2：位于超节点 %3，但 die 0 位于超节点 %4</translation>
    </message>
</context>
<context>
    <name>TextLines</name>
    <message>
        <source>input is larger than %1 MiB</source>
        <translation>输入大于 %1 MiB</translation>
    </message>
    <message>
        <source>binary data (control character) in text</source>
        <translation>文本中含有二进制数据（控制字符）</translation>
    </message>
    <message>
        <source>input is not valid UTF-8 text</source>
        <translation>输入不是有效的 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>VersionInfoParser</name>
    <message>
        <source>%1 is not a list of [min,max] ranges: &quot;%2&quot;</source>
        <translation>%1 不是 [min,max] 范围列表：&quot;%2&quot;</translation>
    </message>
    <message>
        <source>no Version= line: is this a version.info file?</source>
        <translation>没有 Version= 行：这是 version.info 文件吗？</translation>
    </message>
    <message>
        <source>unreadable version &quot;%1&quot;</source>
        <translation>无法识别的版本 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>VllmCommandBuilder</name>
    <message>
        <source>The additional config is not valid JSON.</source>
        <translation>附加配置（additional config）不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Write it as a JSON object, e.g. {&quot;torchair_graph_config&quot;:{&quot;enabled&quot;:true}}.</source>
        <translation>请写成 JSON 对象，例如 {&quot;torchair_graph_config&quot;:{&quot;enabled&quot;:true}}。</translation>
    </message>
    <message>
        <source>The data-parallel size %1 does not split evenly over %2 servers.</source>
        <translation>数据并行大小 %1 无法均匀分配到 %2 台服务器上。</translation>
    </message>
    <message>
        <source>Use a multiple of %1.</source>
        <translation>请使用 %1 的倍数。</translation>
    </message>
    <message>
        <source>Local DP %1 x TP %2 needs %3 NPUs but this server has %4.</source>
        <translation>本地 DP %1 × TP %2 需要 %3 个 NPU，但该服务器只有 %4 个。</translation>
    </message>
    <message>
        <source>Lower the tensor-parallel size or add servers.</source>
        <translation>请调小张量并行大小或增加服务器。</translation>
    </message>
    <message>
        <source>vLLM sets the expert-parallel size to DP x TP = %1, not %2.</source>
        <translation>vLLM 会将专家并行大小设为 DP × TP = %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Set expertParallel to %1 to say what will happen.</source>
        <translation>将 expertParallel 设置为 %1，以反映实际情况。</translation>
    </message>
    <message>
        <source>The NIC of this server is not known; HCCL_SOCKET_IFNAME would be a guess.</source>
        <translation>该服务器的网卡未知；HCCL_SOCKET_IFNAME 只能靠猜测。</translation>
    </message>
    <message>
        <source>Read the servers again so that the NIC carrying %1 is found.</source>
        <translation>请重新读取服务器信息，以找到承载 %1 的网卡。</translation>
    </message>
</context>
<context>
    <name>WeightsCommand</name>
    <message>
        <source>The reference server and folder.</source>
        <translation>参考服务器及目录。</translation>
    </message>
    <message>
        <source>The target servers and folder (the same path as --from&apos;s).</source>
        <translation>目标服务器及目录（与 --from 的路径相同）。</translation>
    </message>
    <message>
        <source>--from and --to take SERVER:DIR with an absolute DIR</source>
        <translation>--from 和 --to 的格式为 SERVER:DIR，DIR 须为绝对路径</translation>
    </message>
    <message>
        <source>the folder must be the same path on every server (%1, %2)</source>
        <translation>每台服务器上的目录路径必须相同（%1，%2）</translation>
    </message>
    <message>
        <source>%1 names no model folder (the Engine step&apos;s model path)</source>
        <translation>%1 未指定模型目录（引擎步骤的模型路径）</translation>
    </message>
    <message>
        <source>%1 lists fewer than two servers</source>
        <translation>%1 中的服务器少于两台</translation>
    </message>
    <message>
        <source>%1 is not a server of %2</source>
        <translation>%1 不是 %2 中的服务器</translation>
    </message>
    <message>
        <source>give --from and --to, or --project FILE</source>
        <translation>请指定 --from 和 --to，或 --project FILE</translation>
    </message>
    <message>
        <source>Lists the model folder on the reference and on every target (files, sizes, symlinks, free disk) and what each target lacks or holds differently, as JSON.</source>
        <translation>以 JSON 列出参考服务器和每台目标服务器上的模型目录（文件、大小、符号链接、可用磁盘空间），以及每台目标缺少或不同的内容。</translation>
    </message>
    <message>
        <source>Compare the content too (sha256 of every file on every server).</source>
        <translation>同时比较内容（每台服务器上每个文件的 sha256）。</translation>
    </message>
    <message>
        <source>%1 %2% %3/%4 %5/s %6 %7</source>
        <translation>%1 %2% %3/%4 %5/s %6 %7</translation>
    </message>
    <message>
        <source>%1: %2 (from %3, round %4, %5 files sent)</source>
        <translation>%1：%2（来源 %3，第 %4 轮，已发送 %5 个文件）</translation>
    </message>
    <message>
        <source>Copies the model folder from the reference to every target, server to server (rsync over SSH with a temporary key, never through this machine), finished targets serving the others; resumes a cut copy; verifies every file by size and sha256. Files a target holds with other content are kept unless --overwrite is given (exit 1).</source>
        <translation>将模型目录从参考服务器复制到每台目标服务器，在服务器之间直接传输（通过 SSH 运行 rsync，使用临时密钥，数据从不经过本机），已完成的目标再为其余目标提供数据；中断的复制可继续；按大小和 sha256 校验每个文件。目标上内容不同的文件将保持原样，除非指定 --overwrite（退出码 1）。</translation>
    </message>
    <message>
        <source>Replace target files that differ from the reference&apos;s.</source>
        <translation>替换目标上与参考服务器不同的文件。</translation>
    </message>
    <message>
        <source>Limit each copy to KIB KiB/s.</source>
        <translation>每个复制限速为 KIB KiB/s。</translation>
    </message>
    <message>
        <source>Print progress and the result as JSON lines.</source>
        <translation>以 JSON 行输出进度和结果。</translation>
    </message>
    <message>
        <source>interrupted; run the same command again to resume</source>
        <translation>已中断；再次运行相同的命令即可继续</translation>
    </message>
    <message>
        <source>The model folder on every server: its state, and its copy from server to server.</source>
        <translation>每台服务器上的模型目录：其状态，以及在服务器之间的复制。</translation>
    </message>
    <message>
        <source>the folder on every server against the reference, as JSON</source>
        <translation>以 JSON 比较每台服务器上的目录与参考服务器</translation>
    </message>
    <message>
        <source>copy the folder from the reference to every target, server to server</source>
        <translation>在服务器之间将目录从参考服务器复制到每台目标服务器</translation>
    </message>
</context>
<context>
    <name>WeightsInventory</name>
    <message>
        <source>%1: %2 is a symlink to %3, which does not exist</source>
        <translation>%1：%2 是指向 %3 的符号链接，但目标不存在</translation>
    </message>
    <message>
        <source>Put the file it should point to in place, or remove the link and copy the file into %1.</source>
        <translation>请将其应指向的文件放到位，或删除该链接并将文件复制到 %1 中。</translation>
    </message>
    <message>
        <source>%1: %2 points to %3, outside %4: the container mounts only the model folder and cannot see it</source>
        <translation>%1：%2 指向 %4 之外的 %3：容器只挂载模型目录，无法看到它</translation>
    </message>
    <message>
        <source>Replace the link by the file itself: cp --remove-destination &quot;$(readlink -f %1)&quot; %1 (inside %2), or move the file into the folder.</source>
        <translation>用文件本身替换该链接：cp --remove-destination &quot;$(readlink -f %1)&quot; %1（在 %2 中执行），或将文件移入该目录。</translation>
    </message>
    <message>
        <source>unexpected answer from the folder listing</source>
        <translation>目录列表返回了意外的内容</translation>
    </message>
    <message>
        <source>the folder listing of %1 is incomplete</source>
        <translation>%1 的目录列表不完整</translation>
    </message>
</context>
<context>
    <name>WeightsPairCopy</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2失败：%3</translation>
    </message>
    <message>
        <source>creating the temporary key (ssh-keygen)</source>
        <translation>创建临时密钥（ssh-keygen）</translation>
    </message>
    <message>
        <source>writing the target&apos;s host key</source>
        <translation>写入目标的主机密钥</translation>
    </message>
    <message>
        <source>running rsync</source>
        <translation>运行 rsync</translation>
    </message>
    <message>
        <source>is rsync installed? %1</source>
        <translation>是否已安装 rsync？%1</translation>
    </message>
    <message>
        <source>authorizing the temporary key</source>
        <translation>授权临时密钥</translation>
    </message>
    <message>
        <source>rsync to %1</source>
        <translation>rsync 到 %1</translation>
    </message>
</context>
<context>
    <name>WeightsStatus</name>
    <message>
        <source>%1: the reference folder %2 does not exist</source>
        <translation>%1：参考目录 %2 不存在</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 字节，而不是 %2</translation>
    </message>
    <message>
        <source>other content (sha256)</source>
        <translation>内容不同（sha256）</translation>
    </message>
    <message>
        <source>%1: %2 differs from the reference: %3</source>
        <translation>%1：%2 与参考服务器不同：%3</translation>
    </message>
    <message>
        <source>Kept as it is; copy with --overwrite to replace it by the reference&apos;s.</source>
        <translation>已保持原样；使用 --overwrite 复制以用参考服务器的文件替换它。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) of the reference missing (%2)</source>
        <translation>
            <numerusform>%1：缺少参考服务器的 %n 个文件（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not enough disk for %2: %3 bytes to copy, %4 bytes free, %5 bytes (%6) short</source>
        <translation>%1：磁盘空间不足以存放 %2：需复制 %3 字节，可用 %4 字节，还差 %5 字节（%6）</translation>
    </message>
    <message>
        <source>Free at least %1 on the filesystem of %2 on %3, or choose another folder.</source>
        <translation>请在 %3 上 %2 所在的文件系统中至少释放 %1，或选择其他目录。</translation>
    </message>
</context>
<context>
    <name>WeightsSyncJob</name>
    <message>
        <source>%1: %2 changed on the reference during the copy</source>
        <translation>%1：复制期间参考服务器上的 %2 发生了变化</translation>
    </message>
    <message>
        <source>Let whatever writes the folder finish, then copy again.</source>
        <translation>请等待写入该目录的程序完成，然后重新复制。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) differ from the reference after the copy</source>
        <translation>
            <numerusform>%1：复制后有 %n 个文件与参考服务器不同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 lists no servers</source>
        <translation>%1 中没有列出任何服务器</translation>
    </message>
    <message>
        <source>AscendDeck: deploy and monitor LLM serving on Ascend NPU servers</source>
        <translation>AscendDeck：在昇腾 NPU 服务器上部署和监控大模型推理服务</translation>
    </message>
    <message>
        <source>Cluster file listing the servers.</source>
        <translation>列出服务器的集群文件。</translation>
    </message>
    <message>
        <source>Private key file.</source>
        <translation>私钥文件。</translation>
    </message>
    <message>
        <source>known_hosts file.</source>
        <translation>known_hosts 文件。</translation>
    </message>
    <message>
        <source>ssh config file.</source>
        <translation>ssh 配置文件。</translation>
    </message>
    <message>
        <source>Connect to the servers at start.</source>
        <translation>启动时连接服务器。</translation>
    </message>
    <message>
        <source>Language, e.g. zh_CN or en.</source>
        <translation>界面语言，例如 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>After connecting, save the window to FILE and quit.</source>
        <translation>连接完成后将窗口截图保存到 FILE 并退出。</translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT] ...</source>
        <translation>[USER@]HOST[:PORT] ...</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <source>Show the window, then quit (checks that the installed GUI starts).</source>
        <translation>显示窗口后退出（用于检查已安装的图形界面能否启动）。</translation>
    </message>
</context>
</TS>
