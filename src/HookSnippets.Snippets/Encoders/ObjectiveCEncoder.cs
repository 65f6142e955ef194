using System.Buffers;
using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Objective-C <c>@"..."</c> literals: a C string literal behind an <c>@</c>, its characters spelt as
/// <see cref="CEncoder"/> spells them (octal controls, <c>\?</c> beside another <c>?</c>, universal character names).
/// </summary>
public static class ObjectiveCEncoder
{
    /// <summary>An NSString literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// Adjacent NSString literals, one per line of <paramref name="value"/> (each but the last ends in <c>\n</c>), on
    /// lines of their own indented by <paramref name="indent"/> spaces after the first: C joins adjacent literals into
    /// one, so the value is exactly <paramref name="value"/> and a reader sees its lines as lines.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Lines(string value, int indent) => CEncoder.Lines(value, indent, String);

    /// <summary>
    /// The JSON text of <paramref name="node"/> indented with two spaces (as the request model's <c>pretty</c>), as
    /// <see cref="Lines"/>: one JSON line per source line.
    /// </summary>
    public static string JsonLines(JsonNode node, int indent) => Lines(JsonWriter.Write(node, indented: true), indent);

    private readonly struct Policy : IEscapePolicy
    {
        public static string Open => "@\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim => CEncoder.Policy.Verbatim;

        public static void Escape(StringBuilder builder, Rune rune, string text, int index) => CEncoder.Policy.Escape(builder, rune, text, index);
    }
}
