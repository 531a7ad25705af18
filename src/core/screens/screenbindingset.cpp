#include "screenbindingset.h"

#include "formula/tagcatalogresolver.h"
#include "svgdocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Screens)
};

const ElementState DefaultState;

// `eg.<element>.<attribute>` → a slot after the tags (one per element and attribute, made on
// first use); any other name → a tag, through the catalog's resolver.
class ScreenResolver : public FormulaResolver
{
public:
    ScreenResolver(const TagCatalog &catalog, const SvgDocument &document)
        : m_tags(catalog)
        , m_document(document)
        , m_firstSlot(catalog.size())
    {
    }

    int resolve(const QString &name, bool bracketed, QString *error) const override
    {
        if (!ElementAttributeName::matches(name))
            return m_tags.resolve(name, bracketed, error);
        const auto parsed = ElementAttributeName::parse(name);
        if (!parsed) {
            if (error)
                *error = Tr::tr("%1 names no attribute: write eg.<element id>.<attribute>, "
                                "such as eg.pump.fill")
                             .arg(name);
            return -1;
        }
        const int element = m_document.elementById(parsed->element);
        if (element < 0) {
            if (error)
                *error = Tr::tr("%1: the drawing has no element \"%2\"").arg(name, parsed->element);
            return -1;
        }
        return slotOf(element, parsed->attribute);
    }

    // The slot of an element's attribute, made on first use.
    int slotOf(int element, const QString &attribute) const
    {
        const auto key = qMakePair(element, attribute);
        const auto it = m_slots.constFind(key);
        if (it != m_slots.constEnd())
            return *it;
        const int slot = m_firstSlot + int(m_slots.size());
        m_slots.insert(key, slot);
        return slot;
    }
    [[nodiscard]] const QHash<QPair<int, QString>, int> &allSlots() const { return m_slots; }

private:
    TagCatalogResolver m_tags;
    const SvgDocument &m_document;
    int m_firstSlot;
    mutable QHash<QPair<int, QString>, int> m_slots;
};

bool isColourText(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    static const QRegularExpression name(QStringLiteral("^[a-zA-Z]+$"));
    return hex.match(text).hasMatch() || name.match(text).hasMatch();
}

// A result as a number for a numeric attribute, as the formula language reads it; false when
// it is not one, or not a finite one.
bool toNumber(const FormulaValue &v, double *x)
{
    const auto n = v.toNumber();
    *x = n.value_or(0.0);
    return n && std::isfinite(*n);
}

bool toTruth(const FormulaValue &v, bool *b)
{
    const auto t = v.toBool();
    *b = t.value_or(false);
    return t.has_value();
}

} // namespace

FormulaValue drawnAttributeValue(const SvgDocument &document, int element, const QString &attribute)
{
    const auto attr = enumFromString<BindingAttribute>(attribute);
    if (!attr)
        return FormulaValue::fromText(document.property(element, attribute));
    switch (*attr) {
    case BindingAttribute::Fill:
        return FormulaValue::fromText(document.property(element, u"fill"_qs));
    case BindingAttribute::Stroke:
        return FormulaValue::fromText(document.property(element, u"stroke"_qs));
    case BindingAttribute::Opacity: {
        bool ok = false;
        const double x = document.property(element, u"opacity"_qs).toDouble(&ok);
        return FormulaValue::fromNumber(ok ? x : 1.0);
    }
    case BindingAttribute::Visible:
        return FormulaValue::fromBool(document.property(element, u"display"_qs) != u"none"
                                      && document.property(element, u"visibility"_qs) != u"hidden");
    case BindingAttribute::Text:
        return FormulaValue::fromText(document.textContent(element).trimmed());
    case BindingAttribute::Rotate:
    case BindingAttribute::TranslateX:
    case BindingAttribute::TranslateY: return FormulaValue::fromNumber(0.0);
    case BindingAttribute::BarHeight:
    case BindingAttribute::BarWidth: return FormulaValue::fromNumber(1.0);
    case BindingAttribute::Blink: return FormulaValue::fromBool(false);
    }
    return {};
}

ScreenBindingSet::ScreenBindingSet(const Screen &screen, const SvgDocument &document,
                                   std::shared_ptr<const TagCatalog> catalog)
    : m_catalog(std::move(catalog))
{
    ScreenResolver resolver(*m_catalog, document);
    // Output slots first, so a formula reading another binding's attribute finds its producer.
    for (const ScreenBinding &b : screen.bindings) {
        Binding binding;
        binding.attribute = b.attribute;
        binding.element = document.elementById(b.element);
        m_bindings.push_back(binding);
    }
    for (std::size_t i = 0; i < m_bindings.size(); ++i) {
        const ScreenBinding &b = screen.bindings[qsizetype(i)];
        Binding &binding = m_bindings[i];
        const QString what = Tr::tr("%1 of \"%2\"").arg(toString(b.attribute), b.element);
        if (binding.element < 0) {
            m_errors.append(Tr::tr("%1: the drawing has no element \"%2\"").arg(what, b.element));
            continue;
        }
        const int output = resolver.slotOf(binding.element, toString(b.attribute));
        FormulaError error;
        binding.formula = m_formulas.add(what, b.formula, resolver, output, &error);
        if (binding.formula < 0) {
            binding.bad = true;
            binding.reason = error.message;
            m_errors.append(what + QLatin1String(": ") + error.toString());
            continue;
        }
        m_bindingOfFormula.insert(binding.formula, int(i));
        m_usesTime = m_usesTime || m_formulas.program(binding.formula).usesTime();
        for (int slot : m_formulas.program(binding.formula).inputSlots()) {
            if (slot < m_catalog->size() && !m_inputTags.contains(slot))
                m_inputTags.append(slot);
        }
    }
    // Attributes as drawn, for the formulas that read them (and until a binding drives them).
    for (auto it = resolver.allSlots().cbegin(); it != resolver.allSlots().cend(); ++it) {
        const FormulaValue drawn = drawnAttributeValue(document, it.key().first, it.key().second);
        m_formulas.setInput(it.value(), FormulaSample::good(drawn));
    }
    std::sort(m_inputTags.begin(), m_inputTags.end());
    for (std::size_t i = 0; i < m_bindings.size(); ++i) {
        const Binding &binding = m_bindings[i];
        if (binding.element < 0)
            continue;
        m_bindingsOfElement[binding.element].append(int(i));
        ElementState &state = m_states[binding.element];
        // Shown as drawn until a visible binding says otherwise (Inkscape's Hide is display:none).
        const FormulaValue drawn =
            drawnAttributeValue(document, binding.element, QStringLiteral("visible"));
        state.visible = drawn.number != 0.0;
        if (binding.attribute == BindingAttribute::Rotate) {
            state.centerX = screen.bindings[qsizetype(i)].centerX;
            state.centerY = screen.bindings[qsizetype(i)].centerY;
        }
    }
    m_boundElements = m_bindingsOfElement.keys();
    std::sort(m_boundElements.begin(), m_boundElements.end());
    for (int element : std::as_const(m_boundElements))
        refreshQuality(element);
}

ScreenBindingSet::~ScreenBindingSet() = default;

void ScreenBindingSet::setTag(TagId id, const TagValue &value)
{
    m_formulas.setInput(id, value);
}

void ScreenBindingSet::setTime(qint64 nowMs)
{
    m_formulas.setTime(nowMs);
}

QList<int> ScreenBindingSet::evaluate()
{
    QList<int> changed;
    if (!m_formulas.hasDirty())
        return changed;
    QSet<int> reported; // a burst of 2,000 elements is not a quadratic search of `changed`
    // Results that did not change still matter when their quality did: evaluateDirty() reports
    // a changed sample (value, quality or reason), which is what the state follows.
    for (int formula : m_formulas.evaluateDirty()) {
        const int index = m_bindingOfFormula.value(formula, -1);
        if (index < 0)
            continue;
        Binding &binding = m_bindings[std::size_t(index)];
        const ElementState before = m_states.value(binding.element);
        apply(binding, m_formulas.result(formula));
        refreshQuality(binding.element);
        if (!(m_states.value(binding.element) == before) && !reported.contains(binding.element)) {
            reported.insert(binding.element);
            changed.append(binding.element);
        }
    }
    return changed;
}

const ElementState &ScreenBindingSet::state(int element) const
{
    const auto it = m_states.constFind(element);
    return it != m_states.constEnd() ? *it : DefaultState;
}

void ScreenBindingSet::apply(Binding &binding, const FormulaSample &result)
{
    if (result.quality == Quality::Bad || result.quality == Quality::Stale) {
        // The last trustworthy state stays drawn, under the bad-quality look.
        binding.bad = true;
        binding.reason = result.reason.isEmpty() ? toString(result.quality) : result.reason;
        return;
    }
    ElementState &state = m_states[binding.element];
    const FormulaValue &v = result.value;
    double x = 0.0;
    bool b = false;
    bool ok = true;
    switch (binding.attribute) {
    case BindingAttribute::Fill:
    case BindingAttribute::Stroke:
        ok = v.isText() && isColourText(v.text.trimmed());
        if (ok)
            (binding.attribute == BindingAttribute::Fill ? state.fill : state.stroke) =
                v.text.trimmed();
        break;
    case BindingAttribute::Opacity:
        if ((ok = toNumber(v, &x)))
            state.opacity = std::clamp(x, 0.0, 1.0);
        break;
    case BindingAttribute::Visible:
        if ((ok = toTruth(v, &b)))
            state.visible = b;
        break;
    case BindingAttribute::Text: state.text = v.toDisplayString(); break;
    case BindingAttribute::Rotate:
        if ((ok = toNumber(v, &x)))
            state.rotate = x;
        break;
    case BindingAttribute::TranslateX:
        if ((ok = toNumber(v, &x)))
            state.translateX = x;
        break;
    case BindingAttribute::TranslateY:
        if ((ok = toNumber(v, &x)))
            state.translateY = x;
        break;
    case BindingAttribute::BarHeight:
        if ((ok = toNumber(v, &x)))
            state.barHeight = std::clamp(x, 0.0, 1.0);
        break;
    case BindingAttribute::BarWidth:
        if ((ok = toNumber(v, &x)))
            state.barWidth = std::clamp(x, 0.0, 1.0);
        break;
    case BindingAttribute::Blink:
        if ((ok = toTruth(v, &b)))
            state.blink = b;
        break;
    }
    binding.bad = !ok;
    binding.reason.clear();
    if (!ok) {
        const bool colour = binding.attribute == BindingAttribute::Fill
            || binding.attribute == BindingAttribute::Stroke;
        binding.reason = colour
            ? Tr::tr("%1 is not a colour (\"#rrggbb\" or a name)").arg(v.toDisplayString())
            : Tr::tr("%1 is not a number").arg(v.toDisplayString());
    }
}

void ScreenBindingSet::refreshQuality(int element)
{
    ElementState &state = m_states[element];
    const QList<int> bindings = m_bindingsOfElement.value(element);
    const auto isBad = [this](int index) {
        const Binding &binding = m_bindings[std::size_t(index)];
        return binding.bad || binding.formula < 0;
    };
    // The usual case, every binding good, builds no text.
    state.bad = std::any_of(bindings.cbegin(), bindings.cend(), isBad);
    if (!state.bad) {
        state.reason.clear();
        return;
    }
    QStringList reasons;
    for (int index : bindings) {
        const Binding &binding = m_bindings[std::size_t(index)];
        if (isBad(index)) {
            reasons.append(
                toString(binding.attribute) + QLatin1String(": ")
                + (binding.reason.isEmpty() ? Tr::tr("not evaluated yet") : binding.reason));
        }
    }
    state.reason = reasons.join(QLatin1Char('\n'));
}

} // namespace Vigie
