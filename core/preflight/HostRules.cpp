#include "HostRules.h"

#include "PreflightCheck.h"
#include "PreflightFactsParser.h"

namespace AscendDeck {

void HostRules::reachable(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::HostReachable;
    if (!facts.reachable()) {
        out->append(PreflightCheck::fail(id, facts.host, tr("%1 could not be checked: %2").arg(facts.host, facts.connectError),
                                         tr("Check that %1 is up, that sshd accepts your key and that its host key "
                                            "is in known_hosts (ssh %1).").arg(facts.host)));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, tr("%1 answered over SSH.").arg(facts.host)));
}

void HostRules::hwHiAiUser(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::HwHiAiUser;
    const QString fix = tr("On %1: groupadd HwHiAiUser && useradd -g HwHiAiUser -d /home/HwHiAiUser -m HwHiAiUser "
                           "-s /bin/bash, then reinstall the driver (it installs its files for that user).")
                            .arg(facts.host);
    if (!facts.hwHiAiUser.has_value()) {
        out->append(PreflightCheck::warn(id, facts.host, tr("%1: could not look up HwHiAiUser (getent failed).").arg(facts.host), fix));
    } else if (!*facts.hwHiAiUser) {
        out->append(PreflightCheck::fail(id, facts.host,
                                         tr("%1 has no HwHiAiUser account: the driver's device files and the engine "
                                            "images expect it.").arg(facts.host), fix));
    } else {
        out->append(PreflightCheck::pass(id, facts.host, tr("%1 has the HwHiAiUser account.").arg(facts.host)));
    }
}

void HostRules::dockerRunning(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::DockerRunning;
    if (facts.dockerState != QLatin1String("active")) {
        out->append(PreflightCheck::fail(id, facts.host, tr("%1: docker is %2.").arg(facts.host, facts.dockerState),
                                         tr("On %1: systemctl enable --now docker.").arg(facts.host)));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, tr("%1: docker is active.").arg(facts.host)));
}

void HostRules::dockerImage(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &image = context.request.image;
    if (image.isEmpty() || facts.dockerState != QLatin1String("active"))
        return; // no image chosen, or docker.running already failed
    const QString &id = PreflightCheck::DockerImage;
    if (facts.imageInspected) {
        out->append(PreflightCheck::pass(id, facts.host, tr("%1 has %2 (CANN %3).").arg(facts.host, image,
                                                                                      facts.imageCannVersion.isEmpty() ? tr("unlabelled") : facts.imageCannVersion)));
        return;
    }
    // Name the tags of the same repository that are there: "2.1.RC1 wanted, 2.0.T3 loaded" is the usual story.
    const QString repository = PreflightFactsParser::normalizeImage(image).section(QLatin1Char(':'), 0, -2);
    QStringList sameRepository;
    for (const QString &present : facts.images) {
        if (PreflightFactsParser::normalizeImage(present).section(QLatin1Char(':'), 0, -2) == repository)
            sameRepository.append(present);
    }
    const QString message = sameRepository.isEmpty()
                                ? tr("%1 does not have the image %2.").arg(facts.host, image)
                                : tr("%1 does not have the image %2 (it has %3).").arg(facts.host, image, PreflightCheck::shortList(sameRepository));
    out->append(PreflightCheck::fail(id, facts.host, message,
                                     tr("On %1: docker load -i <image>.tar, or docker pull %2.").arg(facts.host, image)));
}

void HostRules::firewalld(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::FirewalldStopped;
    if (facts.firewalldState == QLatin1String("active")) {
        out->append(PreflightCheck::fail(id, facts.host,
                                         tr("%1: firewalld is active: it drops the engine's inter-node traffic "
                                            "(multi-node port, HCCL/Gloo sockets) unless every port was opened.").arg(facts.host),
                                         tr("On %1: systemctl stop firewalld && systemctl disable firewalld.").arg(facts.host)));
        return;
    }
    out->append(PreflightCheck::pass(id, facts.host, tr("%1: firewalld is %2.").arg(facts.host, facts.firewalldState)));
}

void HostRules::sharedMemory(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::SharedMemory;
    const QString fix = tr("On %1: mount -o remount,size=64G /dev/shm (and the same in /etc/fstab), or give the "
                           "container its own with --shm-size.").arg(facts.host);
    const auto shm = facts.disks.constFind(QStringLiteral("/dev/shm"));
    if (shm == facts.disks.constEnd()) {
        out->append(PreflightCheck::warn(id, facts.host, tr("%1: could not read the size of /dev/shm.").arg(facts.host), fix));
    } else if (shm->sizeBytes < minSharedMemory) {
        out->append(PreflightCheck::warn(id, facts.host, tr("%1: /dev/shm is only %2 (%3 or more recommended).")
                                                             .arg(facts.host, PreflightCheck::gigabytes(shm->sizeBytes),
                                                                  PreflightCheck::gigabytes(minSharedMemory)), fix));
    } else {
        out->append(PreflightCheck::pass(id, facts.host, tr("%1: /dev/shm is %2, %3 free.")
                                                             .arg(facts.host, PreflightCheck::gigabytes(shm->sizeBytes),
                                                                  PreflightCheck::gigabytes(shm->availBytes))));
    }
}

void HostRules::diskSpace(const PreflightContext &context, int server, QList<Finding> *out)
{
    const PreflightFacts &facts = context.servers.at(server);
    const QString &id = PreflightCheck::DiskSpace;
    // /var/lib/docker may not exist before the first image; its parent's filesystem is where it will go.
    QString path = QStringLiteral("/var/lib/docker");
    if (!facts.disks.contains(path))
        path = QStringLiteral("/var/lib");
    const QString fix = tr("Free space on %1 of %2 (docker system prune, old images and logs), or move Docker's "
                           "data-root to a larger disk.").arg(path, facts.host);
    if (!facts.disks.contains(path)) {
        out->append(PreflightCheck::warn(id, facts.host, tr("%1: could not read the free space of /var/lib/docker.").arg(facts.host), fix));
        return;
    }
    const qint64 avail = facts.disks.value(path).availBytes;
    const QString message = tr("%1: %2 free on %3.").arg(facts.host, PreflightCheck::gigabytes(avail), path);
    if (avail < minDockerFree)
        out->append(PreflightCheck::fail(id, facts.host, message, fix));
    else if (avail < comfortableDockerFree)
        out->append(PreflightCheck::warn(id, facts.host, message, fix));
    else
        out->append(PreflightCheck::pass(id, facts.host, message));
}

} // namespace AscendDeck
