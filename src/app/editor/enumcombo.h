#pragma once

#include "model/enums.h"

#include <QComboBox>

namespace Vigie::EnumCombo {

// A combo box over an enumeration: each item's data is the value; the text is the given
// caption, or the project file's spelling (Float32, ABCD), which engineers know from the file
// and the spreadsheets.
template<typename E> void fill(QComboBox *combo, const QList<std::pair<E, QString>> &items)
{
    combo->clear();
    for (const auto &[value, caption] : items)
        combo->addItem(caption, int(value));
}

template<typename E> void fillWithNames(QComboBox *combo)
{
    combo->clear();
    for (const QString &name : enumNames<E>())
        combo->addItem(name, int(*enumFromString<E>(name)));
}

template<typename E> void select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

template<typename E> [[nodiscard]] E current(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

} // namespace Vigie::EnumCombo
