using HookSnippets.Description.Json;
using static HookSnippets.Snippets.Tests.Encoders.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>Request bodies that native literals tend to get wrong.</summary>
internal static class JsonSamples
{
    /// <summary>Bodies every language writes natively.</summary>
    public static readonly IReadOnlyList<JsonNode> Common =
    [
        Object(("HOOK_SECRET_KEY", String("HOOK_SECRET_VALUE"))),
        Object(("0", String("zero")), ("1", String("one"))),
        Object(("1", String("one")), ("0", String("zero"))),
        Object(("0", Object(("1", Array()))), ("b", Object())),
        Object(("10", Null()), ("-1", Boolean(true)), ("01", Boolean(false)), ("-0", Number("0"))),
        Object(("__proto__", Object(("polluted", Boolean(true)))), ("constructor", String("c"))),
        Array(Array(Number("1"), Array(Number("2"), Array())), Array(), Array(Null(), Object(), Array(Null()))),
        Object(),
        Array(),
        Object(("", String("")), ("\u0000x", String("\u0000")), ("a\u2028b", String("\u2029"))),
        Object(("é😀漢", String("'\"\\$x${x}#{x}#$x`id`%s??=\n\r\t\u0085")), ("\ufeff", Array(String("𝄞")))),
        Object(
            ("int", Number("123")),
            ("negative", Number("-45")),
            ("safe", Number("9007199254740991")),
            ("fraction", Number("1.5")),
            ("exponent", Number("1e5")),
            ("small", Number("2.5E-8")),
            ("tenth", Number("0.1")),
            ("large", Number("1e300")),
            ("zero", Number("0")),
            ("one", Number("1.0"))),
        String("a root string"),
        Number("42"),
        Boolean(true),
        Null(),
        HostileObject(),
    ];

    /// <summary>A float −0: Python, Ruby and PHP write it back as -0.0, JavaScript's JSON.stringify as 0.</summary>
    public static readonly JsonNode NegativeZero = Object(("negativeZero", Number("-0.0")));

    /// <summary>Integers beyond 2^53: exact in Python and Ruby; PHP keeps the one that fits in 64 bits.</summary>
    public static readonly JsonNode BeyondDouble = Object(("big", Number("9007199254740993")), ("max", Number("9223372036854775807")));

    public static readonly JsonNode BeyondInt64 = Object(
        ("huge", Number("123456789012345678901234567890")),
        ("negative", Number("-9223372036854775809")),
        ("longest", Number("-" + new string('9', 4300))));

    /// <summary>Numbers no language keeps as a native number.</summary>
    public static readonly IReadOnlyList<JsonNode> Lossy =
    [
        Object(("rounded", Number("0.30000000000000001"))),
        Array(Number("1e400")),
        Array(Number("-1e400")),
        Object(("digits", Number("3.141592653589793238462643383279"))),
        Array(Number("-0")),
    ];

    /// <summary>One member per distinct hostile string (as name and value), none of them an integer-like name.</summary>
    private static JsonObject HostileObject() =>
        Object(HostileStrings.All
            .Where(s => !s.All(c => char.IsAsciiDigit(c) || c == '-') || s.Length == 0)
            .Distinct(StringComparer.Ordinal)
            .Select(s => (s, (JsonNode)String(s)))
            .ToArray());
}
