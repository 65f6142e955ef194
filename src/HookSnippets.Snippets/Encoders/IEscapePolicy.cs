using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// What one language escapes inside a string literal between a fixed pair of quotes, and how. Implemented by a struct
/// with static members only, so that <see cref="EscapingEngine"/> is compiled for each language with direct calls.
/// </summary>
internal interface IEscapePolicy
{
    /// <summary>The literal's opening quote, such as <c>"</c> or <c>@"</c>.</summary>
    static abstract string Open { get; }

    static abstract string Close { get; }

    /// <summary>Printable ASCII that the language writes as itself between its quotes.</summary>
    static abstract SearchValues<char> Verbatim { get; }

    /// <summary>
    /// Appends the spelling of <paramref name="rune"/>, which is not in <see cref="Verbatim"/>. It starts at
    /// <paramref name="index"/> of <paramref name="text"/>, for spellings that depend on the neighbours.
    /// </summary>
    static abstract void Escape(StringBuilder builder, Rune rune, string text, int index);
}
