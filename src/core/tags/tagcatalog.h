#pragma once

#include "model/nodepath.h"
#include "model/project.h"
#include "model/projectissue.h"

#include <QHash>
#include <QList>
#include <QLocale>

#include <optional>

namespace Vigie {

using TagId = int;

// Where a tag's values come from.
enum class TagSource {
    Acquired, // a project variable, read from its device
    Calculated, // a formula over other tags (a project's calculated variable)
    System, // the state of a link or a device, kept by acquisition
};

// The system tags of each connection and device. Names are the node's path in the tree, then
// "/$" and the suffix: "PLC/$online", "PLC/Station 1/$lastError".
enum class SystemTag {
    LinkOnline, // connection: Bool, the link is up
    LinkState, // connection: String, Connecting / Up / Down / BackingOff / Closed
    DeviceOnline, // device: Bool, its last request was answered
    DeviceState, // device: String, Up / Down / BackingOff
    Requests, // device: Int64, requests put on the wire since start
    Timeouts, // device: Int64, requests that got no answer in time
    LastError, // device: String, the last error, empty if none
    RoundTripMs, // device: Float64, mean round trip of its answers, in ms
};

[[nodiscard]] QString systemTagSuffix(SystemTag which); // "$online", "$lastError", …

struct TagInfo;
// A value as an operator reads it: with the tag's decimals ("61.4"), its on/off texts
// ("Marche"), or the shortest exact form; "–" when there is none.
[[nodiscard]] QString displayText(const TagInfo &info, const QVariant &value);
// The same with numbers in `locale` ("61,4" for a French operator), without group separators
// so that a value reads the same in every column and dialog.
[[nodiscard]] QString displayText(const TagInfo &info, const QVariant &value, QLocale locale);

// What a tag is, fixed when a project is started.
struct TagInfo
{
    QString name;
    QString unit;
    QString description;
    DataType dataType = DataType::UInt16;
    std::optional<double> min;
    std::optional<double> max;
    double deadband = 0.0; // for consumers that ask for it (history, publishing)
    std::optional<int> decimals; // for people: see displayText()
    QString onText; // Bool, for people: what true reads as
    QString offText;
    bool writable = false;
    bool published = false;
    TagSource source = TagSource::Acquired;
    NodePath node; // Acquired: its variable; System: its connection or device; else {}
    std::optional<SystemTag> system;
    // A tag not refreshed for this long turns Stale (0: never). For an acquired tag:
    // 3 × its frame period, and never less than one period plus the link's timeouts, so a
    // failed read shows as Bad with its reason before the tag goes Stale.
    qint64 staleAfterMs = 0;
};

// A run of consecutive tag ids.
struct TagRange
{
    TagId first = 0;
    int count = 0;
    [[nodiscard]] bool contains(TagId id) const { return id >= first && id < first + count; }
    [[nodiscard]] QList<TagId> ids() const;
};

// Every tag of a running project, resolved once from the project when it starts: the one place
// that numbers tags. Acquired tags come first in tree order (so each node of the tree covers
// one range of ids), then the system tags, then the project's calculated variables in their
// order, then any tag add()ed. Immutable once handed to a TagTable, so any thread may read it.
class TagCatalog
{
public:
    TagCatalog() = default;
    [[nodiscard]] static TagCatalog fromProject(const Project &project);

    // Adds a calculated (or any other) tag; returns its id, or -1 if the name is taken.
    TagId add(const TagInfo &info);

    [[nodiscard]] int size() const { return int(m_infos.size()); }
    [[nodiscard]] const TagInfo &info(TagId id) const { return m_infos[id]; }
    [[nodiscard]] TagId idOf(const QString &name) const { return m_ids.value(name, -1); }

    // The acquired tags of a frame, or of every frame under a node ({} is every acquired tag).
    [[nodiscard]] TagRange frameTags(int connection, int device, int frame) const;
    [[nodiscard]] TagRange nodeTags(const NodePath &node) const;
    // The acquired tag of a variable (-1 if the path names no variable).
    [[nodiscard]] TagId variableTag(const NodePath &variable) const;
    // A system tag of a connection or device (-1 if there is none).
    [[nodiscard]] TagId systemTag(const NodePath &node, SystemTag which) const;
    // The tag of project.calculated[index] (-1 if it has none: its name was taken).
    [[nodiscard]] TagId calculatedTag(int index) const { return m_calculated.value(index, -1); }

    // Names that could not be given (a variable already holds a system tag's name, a
    // calculated variable another tag's).
    [[nodiscard]] const ProjectIssues &issues() const { return m_issues; }

private:
    void addSystemTags(const NodePath &node, const QString &prefix, const QList<SystemTag> &which);
    void addCalculatedTags(const QList<CalculatedVariable> &calculated);

    QList<TagInfo> m_infos;
    QHash<QString, TagId> m_ids;
    QList<QList<QList<TagRange>>> m_frames; // [connection][device][frame]
    QHash<quint64, TagId> m_system; // (node, which) → id
    QList<TagId> m_calculated; // by index in project.calculated; -1: not created
    ProjectIssues m_issues;
};

} // namespace Vigie
