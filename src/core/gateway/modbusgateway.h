#pragma once

#include "model/project.h"
#include "tags/tagcatalog.h"

#include <QModbusPdu>
#include <QObject>

#include <array>
#include <memory>
#include <optional>

namespace Vigie {

class GatewayServer;
class TagSubscription;
class TagTable;
class WriteService;

// Serves a project's gateway map over Modbus TCP (docs/project-format.md, "Gateway"): another
// SCADA or a PLC reads the station's values, and writes its setpoints, as if Vigie were a device.
//
// It lives on the station's thread, beside the tag table and the write service. The registers
// follow the tags through a conflated subscription, each value encoded back as its device had it
// (data type, scaling) in the entry's byte order. Each request is decided before Qt's server
// answers from those registers: addresses that serve nothing are refused (exception 2); a value
// that is not Good is refused (exception 4) unless the project gives a substitute. A client's
// write is decoded, checked as any write (prepareWrite) and handed to the write service as a
// remote command; it is answered at once, because a Modbus client waits for its answer only its
// own timeout while the device's answer may take the link's timeouts and retries: the answer says
// "accepted", and the write's outcome says how it ended.
class ModbusGateway : public QObject
{
    Q_OBJECT
public:
    // Serves project.gateway (nothing if it has none), with the tags of `tags` and writes through
    // `writes`, which must outlive it. Entries the validator would refuse are left out.
    ModbusGateway(const Project &project, TagTable *tags, WriteService *writes,
                  QObject *parent = nullptr);
    ~ModbusGateway() override;

    // Starts listening. On failure (port taken, not allowed) emits listenFailed() with the reason
    // and returns false; nothing else changes.
    bool start();
    void stop();
    [[nodiscard]] bool isListening() const;
    // "127.0.0.1:1502", as configured.
    [[nodiscard]] QString endpoint() const;
    // How many entries of the map are served.
    [[nodiscard]] int servedCount() const { return int(m_entries.size()); }

Q_SIGNALS:
    // "Modbus gateway: cannot listen on 127.0.0.1:502: The bound address is already in use".
    void listenFailed(const QString &reason);

private:
    // One entry of the map, resolved against the running tags.
    struct Entry
    {
        GatewayMapping mapping;
        TagId tag = -1;
        Variable variable; // the tag's variable, at offset 0, in the entry's byte order
        int width = 1; // addresses it occupies
        bool good = false; // its tag is Good and its value could be encoded
        QList<quint16> substitute; // Gateway::badValue encoded for it; empty: none
    };

    void addEntries(const Project &project);
    void refresh(const QList<TagId> &ids);
    void refreshEntry(Entry &entry);
    [[nodiscard]] QModbusResponse answer(const QModbusPdu &request);
    [[nodiscard]] QModbusResponse answerRead(const QModbusPdu &request, FrameType table);
    [[nodiscard]] QModbusResponse answerWrite(const QModbusPdu &request);
    // The entries that cover [first, first + count) in a table with no gap, in address order;
    // nullopt if an address in it serves nothing.
    [[nodiscard]] std::optional<QList<int>> entriesCovering(FrameType table, int first,
                                                            int count) const;

    Project m_project;
    std::optional<Gateway> m_config;
    TagTable *m_tags;
    WriteService *m_writes;
    std::shared_ptr<const TagCatalog> m_catalog;
    QList<Entry> m_entries;
    std::array<QList<int>, 4> m_byTable; // entry indices by FrameType, in address order
    QHash<TagId, QList<int>> m_byTag; // entry indices of each served tag
    TagSubscription *m_subscription = nullptr;
    GatewayServer *m_server = nullptr;
};

} // namespace Vigie
