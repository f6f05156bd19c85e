#pragma once

#include "Project.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace AscendDeck {

// Everything a project generates, as plain files for version control and for applying by hand:
//   README.md                          how to apply the files without AscendDeck
//   project.ascenddeck.json            the project itself (re-importable)
//   network/<host>/hccn.sh             the hccn_tool setters for that server's NPUs
//   network/<host>/hccn.conf           what /etc/hccn.conf will say afterwards
//   ranktable/<hccl_<S>s_<P>p.json>    the merged rank table (copy with mode 0640)
//   engine/<host>/config.json          MindIE only: that node's config.json
//   engine/<host>/engine.env           that node's environment
//   engine/<host>/launch.sh            that node's docker run
// A pure function of the project: the same project gives byte-identical files, so exports diff cleanly.
class ProjectExport
{
public:
    struct Result
    {
        QMap<QString, QByteArray> files;   // relative path -> content
        QStringList problems;              // what could not be generated, and why
    };

    // baseMindIeConfig: the image's default config.json; empty = the default AscendDeck ships.
    static Result build(const Project &project, const QByteArray &baseMindIeConfig = {});

    // Writes the files under folder (created if needed), each atomically; files of an earlier export that
    // the project no longer generates are removed. Returns false with a message naming the file.
    static bool write(const Result &result, const QString &folder, QString *error);
    // Reads the project back from an export folder.
    static bool import(const QString &folder, Project *project, QString *error);

    // A file the deployment places on a server, and what the export calls it.
    struct DeployedFile
    {
        QString remotePath;   // where it lives on the server (the engine settings' path)
        QString exportPath;   // its key in Result::files
        QByteArray content;
        bool rankTable = false;
    };
    // The files of result that go onto the project's server serverIndex: the rank table (every server) and
    // MindIE's config.json (that server's own). The one rule that status, drift and deployment share.
    static QList<DeployedFile> deployedFiles(const Project &project, const Result &result, int serverIndex);

    static QString projectFileName() { return QStringLiteral("project.ascenddeck.json"); }
    // The MindIE config.json AscendDeck ships, used when none was read from the image.
    static QByteArray defaultMindIeConfig();
};

} // namespace AscendDeck
