#pragma once

#include "elementstate.h"
#include "formula/formulaset.h"
#include "model/screen.h"
#include "tags/tagcatalog.h"

#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace Vigie {

class SvgDocument;

// The bindings of one screen, compiled over the running project's tags and the screen's SVG
// elements: tags are FormulaSet slots by TagId, each `eg.<element>.<attribute>` a slot after
// them. A binding writes its result into its own element-attribute slot, so another formula
// can read it back (seed 002: `eg.E2189S04.stroke`); attributes no binding drives read as drawn
// in the file. Only formulas whose inputs changed are evaluated (FormulaSet's index), and only
// elements whose state changed are reported, for the renderer to redraw.
//
// A binding that cannot be compiled (an unknown tag, a missing element) is left out; its
// element shows the bad-quality look with the reason. Not thread-safe: one owner thread.
class ScreenBindingSet
{
public:
    ScreenBindingSet(const Screen &screen, const SvgDocument &document,
                     std::shared_ptr<const TagCatalog> catalog);
    ~ScreenBindingSet();

    // The tags any binding reads, for a subscription.
    [[nodiscard]] QList<TagId> inputTags() const { return m_inputTags; }
    // Some formula calls NOW() or BLINK(): setTime() must be called on a timer.
    [[nodiscard]] bool usesTime() const { return m_usesTime; }
    // Bindings that could not be compiled: "fill of \"pump\": unknown tag \"Pmpe\"".
    [[nodiscard]] const QStringList &errors() const { return m_errors; }

    void setTag(TagId id, const TagValue &value);
    void setTime(qint64 nowMs);
    // Evaluates what changed; returns the elements (document indices) whose state changed.
    QList<int> evaluate();

    // Elements with a binding, in document order.
    [[nodiscard]] const QList<int> &boundElements() const { return m_boundElements; }
    // The state of an element (a default state for one without bindings).
    [[nodiscard]] const ElementState &state(int element) const;

    [[nodiscard]] quint64 evaluationCount() const { return m_formulas.evaluationCount(); }

private:
    struct Binding
    {
        int element = -1;
        BindingAttribute attribute = BindingAttribute::Fill;
        int formula = -1; // in m_formulas; -1 when it did not compile
        bool bad = false;
        QString reason;
    };

    void apply(Binding &binding, const FormulaSample &result);
    void refreshQuality(int element);

    std::shared_ptr<const TagCatalog> m_catalog;
    FormulaSet m_formulas;
    std::vector<Binding> m_bindings;
    QHash<int, int> m_bindingOfFormula;
    QHash<int, QList<int>> m_bindingsOfElement; // element → its bindings, in file order
    QHash<int, ElementState> m_states;
    QList<int> m_boundElements;
    QList<TagId> m_inputTags;
    QStringList m_errors;
    bool m_usesTime = false;
};

// The value an attribute has before any binding drives it, as `eg.<element>.<attribute>`
// reads it: the file's fill, stroke, opacity or text; visible TRUE; rotate and translations
// 0; bar lengths 1; blink FALSE; any other SVG property as the element declares it.
[[nodiscard]] FormulaValue drawnAttributeValue(const SvgDocument &document, int element,
                                               const QString &attribute);

} // namespace Vigie
