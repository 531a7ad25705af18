#include "nodedefaults.h"

#include "nodenames.h"

#include "document/projecttree.h"

#include <QCoreApplication>

#include <algorithm>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Editor)
};

constexpr int DefaultFrameQuantity = 10;
constexpr int MaxStationAddress = 247; // the highest Modbus unit address

std::optional<NewNode> refuse(QString *errorMessage, const QString &why)
{
    if (errorMessage)
        *errorMessage = why;
    return std::nullopt;
}

Device newDevice(const Connection &connection, const QSet<QString> &taken)
{
    Device device;
    device.name = NodeNames::numbered(Tr::tr("Device"), taken);
    int highest = 0;
    for (const Device &d : connection.devices)
        highest = std::max(highest, d.stationAddress);
    device.stationAddress = highest < MaxStationAddress ? highest + 1 : 1;
    return device;
}

Frame newFrame(const Device &device, const QSet<QString> &taken)
{
    Frame frame;
    frame.name = NodeNames::numbered(Tr::tr("Frame"), taken);
    frame.type = FrameType::HoldingRegister;
    frame.quantity = DefaultFrameQuantity;
    int end = 0;
    for (const Frame &f : device.frames) {
        if (f.type == frame.type)
            end = std::max(end, f.startAddress + f.quantity);
    }
    frame.startAddress = end + frame.quantity <= 65536 ? end : 0;
    return frame;
}

} // namespace

std::optional<NewNode> makeNewNode(const Project &project, const NodePath &parent,
                                   NodePath::Kind kind, QString *errorMessage)
{
    if (int(kind) != parent.depth() + 1 || !ProjectTree::contains(project, parent))
        return refuse(
            errorMessage,
            Tr::tr("%1 is no place for a new %2")
                .arg(parent.isProject() ? Tr::tr("the project") : ProjectTree::describe(parent),
                     kind == NodePath::Kind::Connection   ? Tr::tr("connection")
                         : kind == NodePath::Kind::Device ? Tr::tr("device")
                         : kind == NodePath::Kind::Frame  ? Tr::tr("frame")
                                                          : Tr::tr("variable")));
    NewNode result;
    const NodePath path = parent.child(ProjectTree::childCount(project, parent));
    result.insertion.path = path;
    const QSet<QString> taken = NodeNames::takenFor(project, path);
    switch (kind) {
    case NodePath::Kind::Connection: {
        Connection connection;
        connection.name = NodeNames::numbered(Tr::tr("Connection"), taken);
        connection.protocol = Protocol::Simulation;
        result.insertion.node = connection;
        break;
    }
    case NodePath::Kind::Device:
        result.insertion.node = newDevice(*ProjectTree::connection(project, parent), taken);
        break;
    case NodePath::Kind::Frame:
        result.insertion.node = newFrame(*ProjectTree::device(project, parent), taken);
        break;
    case NodePath::Kind::Variable: {
        const Frame &frame = *ProjectTree::frame(project, parent);
        Variable variable;
        variable.name = NodeNames::numbered(Tr::tr("Variable"), taken);
        variable.dataType = isBitFrame(frame.type) ? DataType::Bool : DataType::UInt16;
        for (const Variable &v : frame.variables)
            variable.offset = std::max(variable.offset, v.offset + v.width(frame.type));
        const int end = variable.offset + variable.width(frame.type);
        if (end > frame.quantity) {
            if (end > maxQuantity(frame.type) || frame.startAddress + end > 65536)
                return refuse(errorMessage,
                              Tr::tr("the frame \"%1\" is full: a request reads at most %2 "
                                     "addresses")
                                  .arg(frame.name)
                                  .arg(maxQuantity(frame.type)));
            Frame grown = frame;
            grown.variables.clear();
            grown.quantity = end;
            result.grownFrame = grown;
        }
        result.insertion.node = variable;
        break;
    }
    case NodePath::Kind::Project: break;
    }
    return result;
}

} // namespace Vigie
