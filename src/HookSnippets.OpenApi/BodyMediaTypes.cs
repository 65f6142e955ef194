using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// Which of a body's media types is imported, and the content type the description sends for it
/// (docs/openapi-import.md, "Bodies"). One body per operation: JSON first (what every client and the generated
/// client send most naturally), then form, multipart, then the others in the file's order.
/// </summary>
internal static class BodyMediaTypes
{
    public static string? Pick(IEnumerable<string> mediaTypes)
    {
        var list = mediaTypes.ToList();
        return Json(list)
            ?? list.FirstOrDefault(m => KindOf(m) == BodyKind.Form)
            ?? list.FirstOrDefault(m => KindOf(m) == BodyKind.Multipart)
            ?? list.FirstOrDefault();
    }

    /// <summary>The JSON media type of a list: <c>application/json</c>, then with parameters, then <c>application/*+json</c>.</summary>
    public static string? Json(IReadOnlyList<string> mediaTypes) =>
        mediaTypes.FirstOrDefault(m => m.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        ?? mediaTypes.FirstOrDefault(m => WithoutParameters(m).Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        ?? mediaTypes.FirstOrDefault(m => MediaTypes.IsPlain(WithoutParameters(m)) && KindOf(m) == BodyKind.Json);

    /// <summary>
    /// The media type without parameters (<c>application/json; charset=utf-8</c> → <c>application/json</c>); a wildcard
    /// (<c>*/*</c>, <c>image/*</c>) or anything else no request can carry is a file upload as <c>application/octet-stream</c>.
    /// </summary>
    public static string ContentType(string mediaType)
    {
        var plain = WithoutParameters(mediaType);
        return MediaTypes.IsPlain(plain) ? plain : MediaTypes.OctetStream;
    }

    public static BodyKind KindOf(string mediaType) => MediaTypes.KindOf(ContentType(mediaType));

    private static string WithoutParameters(string mediaType) => mediaType.Split(';')[0].Trim();
}
