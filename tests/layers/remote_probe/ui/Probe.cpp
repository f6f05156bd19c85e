// Not built: what CheckRemoteCommands.cmake must find (its self-test expects exactly 7 hits), and what it
// must let pass.
void probe(SessionPool *pool, const SshTarget &target)
{
    RemoteCommand command;                                                   // 1
    pool->run(target, makeCommand(), {});                                    // 2
    m_deployment->pool()->upload(target, data, path, 0640, {});              // 3
    const QStringList argv{QStringLiteral("hccn_tool"), QStringLiteral("-i")}; // 4
    const QStringList list = {"docker", "ps"};                               // 5
    const QString read = QStringLiteral("cat /etc/hccn.conf");               // 6
    const QString conf = QLatin1String("/etc/hccn.conf");                    // 7
    // Not hits: comments, translated text, other words.
    // RemoteCommand c; pool->run(...); QStringLiteral("cat")
    label->setText(tr("Runs docker run on every server"));
    const QString role = QStringLiteral("worker");
    const QString category = QStringLiteral("catalog");
}
