using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// A language whose literal opens and closes quotes as it goes, such as a bash word that switches between
/// <c>'...'</c>, <c>$'...'</c> and <c>\'</c>. The struct may keep the quoting state in its fields;
/// <see cref="EscapingEngine"/> calls it in order, once per literal, on its own copy.
/// </summary>
internal interface IQuotingPolicy
{
    /// <summary>
    /// Printable ASCII written as itself; text of these characters alone is written as <see cref="Open"/>, the text,
    /// <see cref="Close"/>.
    /// </summary>
    static abstract SearchValues<char> Verbatim { get; }

    static abstract string Open { get; }

    static abstract string Close { get; }

    void Start(StringBuilder builder);

    /// <summary>Appends characters of <see cref="Verbatim"/>.</summary>
    void AppendVerbatim(StringBuilder builder, ReadOnlySpan<char> run);

    /// <summary>Appends the spelling of a rune that is not in <see cref="Verbatim"/>, which starts at <paramref name="index"/> of <paramref name="text"/>.</summary>
    void Escape(StringBuilder builder, Rune rune, string text, int index);

    void End(StringBuilder builder);
}
