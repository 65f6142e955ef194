using System;
using System.Text.RegularExpressions;

namespace HookSnippets.Description.Model;

/// <summary>The media types a body may declare and the kind each one is (docs/endpoint-format.md, "body").</summary>
public static class MediaTypes
{
    public const string Json = "application/json";

    public const string Form = "application/x-www-form-urlencoded";

    public const string Multipart = "multipart/form-data";

    public const string OctetStream = "application/octet-stream";

    // A type/subtype of RFC 6838 restricted-name characters, without parameters: every client sends it as written.
    private static readonly Regex Plain = new("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$", RegexOptions.CultureInvariant);

    /// <summary>A <c>type/subtype</c> without parameters (no <c>; charset=...</c>): what a body's <c>contentType</c> must be.</summary>
    public static bool IsPlain(string mediaType) => Plain.IsMatch(mediaType);

    public static BodyKind KindOf(string mediaType)
    {
        var lower = mediaType.ToLowerInvariant();
        if (lower == Json || (lower.StartsWith("application/", StringComparison.Ordinal) && lower.EndsWith("+json", StringComparison.Ordinal)))
        {
            return BodyKind.Json;
        }

        if (lower == Form)
        {
            return BodyKind.Form;
        }

        if (lower == Multipart)
        {
            return BodyKind.Multipart;
        }

        if (lower.StartsWith("text/", StringComparison.Ordinal) || lower == "application/xml" || (lower.StartsWith("application/", StringComparison.Ordinal) && lower.EndsWith("+xml", StringComparison.Ordinal)))
        {
            return BodyKind.Text;
        }

        return BodyKind.File;
    }
}
