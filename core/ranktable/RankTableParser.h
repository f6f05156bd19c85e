#pragma once

#include "ranktable/RankTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace AscendDeck {

// Reads a v1.0 or v1.2 rank table. It checks shape only (fields present, of the right JSON type): whether
// the values make sense is RankTableValidator's job, so that a table with five mistakes shows all five.
// Errors name the field and where it is, e.g.
//   server_list[1] (server 10.0.0.2), device[3]: "device_ip" must be a string, got 5
// Fields we do not model (device_port, hardware_type, ...) are accepted and ignored.
class RankTableParser
{
    Q_DECLARE_TR_FUNCTIONS(RankTableParser)

public:
    static std::optional<RankTable> parse(const QByteArray &data, QString *error);

private:
    using Json = nlohmann::ordered_json;

    static bool parseTop(const Json &root, RankTable *table, QString *error);
    static bool parseServer(const Json &json, const QString &where, RankTableServer *server, QString *error);
    static bool parseDevice(const Json &json, const QString &where, RankTableDevice *device, QString *error);
    static bool parseSuperPod(const Json &json, const QString &where, RankTableSuperPod *pod, QString *error);
    // Reads json[key] into *out. A missing key is an error only when required.
    static bool field(const Json &json, const char *key, bool required, const QString &where, QString *out,
                      QString *error);
    static bool list(const Json &json, const char *key, const QString &where, const Json **out, QString *error);
};

} // namespace AscendDeck
