using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Writes string literals for every language: the checks, the verbatim fast path and the loop over runes live here
/// once, and a policy (<see cref="IEscapePolicy"/>, or <see cref="IQuotingPolicy"/> where quoting changes within a
/// literal) says what the language escapes and how. Policies are structs, so each language gets its own compiled copy
/// of the loop with direct calls: no delegate and no string allocated per character.
/// </summary>
internal static class EscapingEngine
{
    /// <summary>A literal between the policy's quotes whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Write<TPolicy>(string value)
        where TPolicy : struct, IEscapePolicy =>
        Write(value, default(Quoted<TPolicy>));

    /// <summary>A literal whose value is exactly <paramref name="value"/>, quoted as the policy goes.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate, or a character the policy refuses.</exception>
    public static string Write<TPolicy>(string value, TPolicy policy)
        where TPolicy : struct, IQuotingPolicy
    {
        ArgumentNullException.ThrowIfNull(value);
        // Most samples' URLs, headers and bodies are such text: one vectorised scan and one concatenation.
        if (!value.AsSpan().ContainsAnyExcept(TPolicy.Verbatim))
        {
            return string.Concat(TPolicy.Open, value, TPolicy.Close);
        }

        TextRules.EnsureWellFormed(value);
        var builder = new StringBuilder(value.Length + 8);
        policy.Start(builder);
        var index = 0;
        while (index < value.Length)
        {
            var rest = value.AsSpan(index);
            var run = rest.IndexOfAnyExcept(TPolicy.Verbatim);
            if (run != 0)
            {
                var length = run < 0 ? rest.Length : run;
                policy.AppendVerbatim(builder, rest[..length]);
                index += length;
                continue;
            }

            Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            policy.Escape(builder, rune, value, index);
            index += consumed;
        }

        policy.End(builder);
        return builder.ToString();
    }

    /// <summary>An <see cref="IEscapePolicy"/> between its fixed quotes.</summary>
    private readonly struct Quoted<TPolicy> : IQuotingPolicy
        where TPolicy : struct, IEscapePolicy
    {
        public static SearchValues<char> Verbatim => TPolicy.Verbatim;

        public static string Open => TPolicy.Open;

        public static string Close => TPolicy.Close;

        public void Start(StringBuilder builder) => builder.Append(TPolicy.Open);

        public void AppendVerbatim(StringBuilder builder, ReadOnlySpan<char> run) => builder.Append(run);

        public void Escape(StringBuilder builder, Rune rune, string text, int index) => TPolicy.Escape(builder, rune, text, index);

        public void End(StringBuilder builder) => builder.Append(TPolicy.Close);
    }
}
