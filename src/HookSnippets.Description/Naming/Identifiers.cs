using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HookSnippets.Description.Naming;

/// <summary>
/// How description names become C# identifiers. The validator (name collisions), the generator (emitted API)
/// and the csharp-client sample (calls into that API) all use this one mapping.
/// </summary>
public static class Identifiers
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// Whether <paramref name="name"/> can stand as a C# type or namespace name as written: a letter or <c>_</c>,
    /// then letters, digits, connectors, combining and formatting characters; no keyword (<c>__arglist</c> and its
    /// kin included) and not <c>global</c>. These are Roslyn's SyntaxFacts rules, written out here so the analyzer
    /// references no Microsoft.CodeAnalysis.CSharp.
    /// </summary>
    public static bool IsPlainIdentifier(string name)
    {
        if (name.Length == 0 || Keywords.Contains(name) || name is "__arglist" or "__makeref" or "__reftype" or "__refvalue" or "global")
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (!(i == 0 ? IsIdentifierStart(name[i]) : IsIdentifierPart(name[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

    private static bool IsIdentifierPart(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetter(category)
            || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
    }

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    /// <summary><c>per_page</c>, <c>per-page</c>, <c>perPage</c> → <c>PerPage</c>; a leading digit gets a leading <c>_</c>.</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0)
        {
            return "_";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>A parameter or local name: camelCase, with <c>@</c> before a C# keyword.</summary>
    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }
}
