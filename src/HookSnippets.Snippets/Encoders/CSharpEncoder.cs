using HookSnippets.Description.Naming;

namespace HookSnippets.Snippets.Encoders;

/// <summary>C# string literals, written by the encoder the generated client uses as well.</summary>
public static class CSharpEncoder
{
    /// <summary>A C# string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate (rejected like every other encoder does).</exception>
    public static string String(string value)
    {
        TextRules.EnsureWellFormed(value, nameof(value));
        return CSharpLiteral.String(value);
    }
}
