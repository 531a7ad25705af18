#pragma once

#include "acquisition/linkrequest.h"
#include "tags/tagcatalog.h"

#include <QMetaType>
#include <QVariant>

#include <optional>

namespace Vigie {

// Who asked for a write: the audit journal and roles tell them apart.
enum class WriteOrigin { Operator, Screen, Sequence, RemoteCommand, Script };
[[nodiscard]] QString toString(WriteOrigin origin);

// A request to set a tag to a value, as the write service takes it.
struct WriteRequest
{
    TagId tag = -1;
    QVariant value; // engineering value: a number, true/false, or text
    WriteOrigin origin = WriteOrigin::Operator;
    QString user; // who, for the journal; empty for the headless runtime
};

// How a write ended. Every request gets exactly one outcome.
enum class WriteStatus {
    Done, // the device acknowledged it
    Refused, // a check failed (read-only, type, range, unknown tag): nothing was sent
    NotSent, // it could not be sent: acquisition stopped, link down, device backing off
    Failed, // it was sent and failed (timeout, exception, bad reply): it may or may not apply
};
[[nodiscard]] QString toString(WriteStatus status);

struct WriteOutcome
{
    quint64 id = 0;
    WriteRequest request;
    QString tagName;
    WriteStatus status = WriteStatus::Refused;
    QString reason; // empty when Done
    qint64 answeredAt = 0; // wall ms
    [[nodiscard]] bool ok() const { return status == WriteStatus::Done; }
};

// A write checked and encoded, ready for its link.
struct PreparedWrite
{
    int connection = -1;
    LinkRequest request;
};

// Checks a write against the tag's definition (it exists, is an acquired and writable
// variable, the value has the right type and lies within min/max) and encodes it into the
// words of its link request. Pure: the same answer on any thread. On refusal returns nullopt
// and says why in *reason.
[[nodiscard]] std::optional<PreparedWrite> prepareWrite(const Project &project,
                                                        const TagCatalog &catalog,
                                                        const WriteRequest &request,
                                                        QString *reason);

// Text typed by a person or a script, as a write value: "true"/"false" stay text (the codec
// reads them for Bool), numbers become numbers (whole ones exactly), anything else is text.
[[nodiscard]] QVariant writeValueFromText(const QString &text);

} // namespace Vigie

Q_DECLARE_METATYPE(Vigie::WriteOutcome)
