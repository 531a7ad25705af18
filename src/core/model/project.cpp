#include "project.h"

namespace Vigie {

QList<VariablePath> Project::variablePaths() const
{
    QList<VariablePath> paths;
    for (int c = 0; c < connections.size(); ++c) {
        const auto &devices = connections[c].devices;
        for (int d = 0; d < devices.size(); ++d) {
            const auto &frames = devices[d].frames;
            for (int f = 0; f < frames.size(); ++f) {
                for (int v = 0; v < frames[f].variables.size(); ++v)
                    paths.append({c, d, f, v});
            }
        }
    }
    return paths;
}

const Screen *Project::screen(const QString &name) const
{
    for (const Screen &s : screens) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace Vigie
