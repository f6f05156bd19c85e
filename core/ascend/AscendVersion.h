#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace AscendDeck {

// A driver, firmware or CANN version as Huawei writes them: "24.1.rc2.2", "25.2", "8.0.RC3", "7.0.T10",
// "21.0.4.B030", "24.1.rc1.b030", "23.0.rc3." (a trailing dot, in compatibility ranges, matches any
// continuation). Ordering at one position: T (trial) < RC < a release number < B (build of the same level),
// so 24.1.rc3 < 24.1.0 and a missing part counts as release 0 (25.2 == 25.2.0 > 25.2.rc1).
class AscendVersion
{
public:
    static std::optional<AscendVersion> parse(const QString &text);
    // <0, 0, >0 like strcmp.
    static int compare(const AscendVersion &a, const AscendVersion &b);
    // Convenience for "is driver `have` at least `need`"; nullopt when either is unreadable.
    static std::optional<bool> atLeast(const QString &have, const QString &need);

    QString toString() const { return m_text; }
    bool operator<(const AscendVersion &other) const { return compare(*this, other) < 0; }
    bool operator==(const AscendVersion &other) const { return compare(*this, other) == 0; }

private:
    enum Kind { Trial = 0, Rc = 1, Release = 2, Build = 3, Any = 4 };
    struct Part
    {
        Kind kind = Release;
        qint64 number = 0;
    };
    QList<Part> m_parts;
    QString m_text;

    static std::optional<Part> parsePart(const QString &part);
};

} // namespace AscendDeck
