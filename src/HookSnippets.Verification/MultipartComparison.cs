using System.Text;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification;

/// <summary>
/// A received <c>multipart/form-data</c> body against the expected parts (docs/endpoint-format.md, "Multipart
/// bodies"): any boundary, the parts in order, each with exactly its name, filename, Content-Type and bytes and no
/// other header. A name or filename may be written the HTML standard's way (<c>"</c>, CR, LF as <c>%22</c>,
/// <c>%0D</c>, <c>%0A</c>), as a quoted-string with backslash escapes, or as RFC 5987 <c>filename*=UTF-8''...</c>.
/// </summary>
internal static class MultipartComparison
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The boundary of a Content-Type that is <paramref name="mediaType"/> with a boundary and nothing else, or null with the reason.</summary>
    public static string? Boundary(string mediaType, string contentType, out string? problem)
    {
        problem = null;
        var semicolon = contentType.IndexOf(';');
        var received = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        if (received != mediaType)
        {
            problem = $"expected {mediaType} with a boundary, received {received}";
            return null;
        }

        var parameters = semicolon < 0 ? [] : contentType[(semicolon + 1)..].Split(';');
        string? boundary = null;
        foreach (var parameter in parameters.Select(p => p.Trim()))
        {
            var equals = parameter.IndexOf('=');
            var name = equals < 0 ? parameter : parameter[..equals].Trim();
            var value = equals < 0 ? string.Empty : parameter[(equals + 1)..].Trim();
            if (!name.Equals("boundary", StringComparison.OrdinalIgnoreCase) || boundary is not null)
            {
                problem = $"a parameter other than one boundary: {parameter}";
                return null;
            }

            boundary = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
        }

        if (string.IsNullOrEmpty(boundary))
        {
            problem = "no boundary";
            return null;
        }

        return boundary;
    }

    public static void Compare(MultipartBody expected, string boundary, byte[] body, List<string> differences)
    {
        if (Split(body, boundary, out var problem) is not { } parts)
        {
            differences.Add($"body: not a multipart body with the boundary '{boundary}': {problem}");
            return;
        }

        if (parts.Count != expected.Parts.Count)
        {
            differences.Add($"multipart: {parts.Count} parts received, {expected.Parts.Count} expected ({string.Join(", ", expected.Parts.Select(p => FormComparison.Quote(p.Name)))})");
        }

        for (var i = 0; i < Math.Min(parts.Count, expected.Parts.Count); i++)
        {
            ComparePart(i + 1, expected.Parts[i], parts[i], differences);
        }
    }

    private static void ComparePart(int number, MultipartPart expected, byte[] part, List<string> differences)
    {
        var what = $"multipart part {number} ({FormComparison.Quote(expected.Name)})";
        var end = IndexOf(part, "\r\n\r\n"u8, 0);
        var headerText = part.AsSpan().StartsWith("\r\n"u8) ? string.Empty : end < 0 ? null : Encoding.UTF8.GetString(part, 0, end);
        if (headerText is null)
        {
            differences.Add($"{what}: no blank line after its headers");
            return;
        }

        var content = part[(headerText.Length == 0 ? 2 : end + 4)..];
        string? disposition = null;
        string? contentType = null;
        foreach (var line in headerText.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            var name = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].Trim();
            if (name.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase) && disposition is null)
            {
                disposition = value;
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && contentType is null)
            {
                contentType = value;
            }
            else
            {
                differences.Add($"{what}: header not expected: {FormComparison.Quote(line)}");
            }
        }

        if (disposition is null)
        {
            differences.Add($"{what}: no Content-Disposition");
        }
        else
        {
            CompareDisposition(what, expected, disposition, differences);
        }

        if (contentType != expected.ContentType)
        {
            differences.Add($"{what}: Content-Type: expected {(expected.ContentType is null ? "none" : FormComparison.Quote(expected.ContentType))}, received {(contentType is null ? "none" : FormComparison.Quote(contentType))}");
        }

        var wanted = expected.File is { } file ? SampleFiles.Content(file) : Encoding.UTF8.GetBytes(expected.Text!);
        if (!content.AsSpan().SequenceEqual(wanted))
        {
            differences.Add(expected.File is { } name
                ? $"{what}: content: expected the {wanted.Length} bytes of {name}, received {content.Length} bytes{FirstDifference(wanted, content)}"
                : $"{what}: content: expected {FormComparison.Quote(expected.Text!)}, received {Show(content)}");
        }
    }

    /// <summary><c>form-data; name="..."[; filename="..."]</c>, each value in one of the accepted writings.</summary>
    private static void CompareDisposition(string what, MultipartPart expected, string disposition, List<string> differences)
    {
        var rest = disposition.AsSpan();
        if (!rest.StartsWith("form-data", StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"{what}: Content-Disposition is not form-data: {FormComparison.Quote(disposition)}");
            return;
        }

        rest = rest["form-data".Length..];
        string? name = null;
        string? fileName = null;
        string? extendedFileName = null;
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.IsEmpty)
            {
                break;
            }

            if (rest[0] != ';')
            {
                differences.Add($"{what}: Content-Disposition cannot be read at {FormComparison.Quote(rest.ToString())}");
                return;
            }

            rest = rest[1..].TrimStart();
            var equals = rest.IndexOf('=');
            if (equals < 0)
            {
                differences.Add($"{what}: Content-Disposition parameter without value: {FormComparison.Quote(rest.ToString())}");
                return;
            }

            var parameter = rest[..equals].Trim().ToString().ToLowerInvariant();
            rest = rest[(equals + 1)..].TrimStart();
            switch (parameter)
            {
                case "name":
                    name = Value(ref rest, expected.Name);
                    break;
                case "filename":
                    fileName = Value(ref rest, expected.FileName);
                    break;
                case "filename*":
                    extendedFileName = ExtendedValue(ref rest);
                    break;
                default:
                    differences.Add($"{what}: Content-Disposition parameter not expected: {parameter}");
                    Value(ref rest, null);
                    break;
            }
        }

        if (name != expected.Name)
        {
            differences.Add($"{what}: name: expected {FormComparison.Quote(expected.Name)}, received {(name is null ? "none" : FormComparison.Quote(name))}");
        }

        var sentFileName = extendedFileName ?? fileName;
        if (sentFileName != expected.FileName)
        {
            differences.Add($"{what}: filename: expected {(expected.FileName is null ? "none" : FormComparison.Quote(expected.FileName))}, received {(sentFileName is null ? "none" : FormComparison.Quote(sentFileName))}");
        }
    }

    /// <summary>
    /// A parameter value: <paramref name="expected"/> when the text starts with one of its accepted writings (quoted the
    /// HTML standard's way, or with backslash escapes, or as a bare token) followed by the end or a <c>;</c>; otherwise
    /// the text up to the next <c>;</c> or closing quote, as received, so the difference shows it.
    /// </summary>
    private static string? Value(ref ReadOnlySpan<char> rest, string? expected)
    {
        if (expected is not null)
        {
            foreach (var writing in Writings(expected))
            {
                if (rest.StartsWith(writing, StringComparison.Ordinal) && rest[writing.Length..].TrimStart() is var after && (after.IsEmpty || after[0] == ';'))
                {
                    rest = rest[writing.Length..];
                    return expected;
                }
            }
        }

        int length;
        if (rest.Length > 0 && rest[0] == '"')
        {
            var close = rest[1..].IndexOf('"');
            length = close < 0 ? rest.Length : close + 2;
        }
        else
        {
            var semicolon = rest.IndexOf(';');
            length = semicolon < 0 ? rest.Length : semicolon;
        }

        var raw = rest[..length].ToString();
        rest = rest[length..];
        return raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' ? raw[1..^1] : raw;
    }

    private static IEnumerable<string> Writings(string value)
    {
        yield return Multipart.Quote(value);
        if (value.IndexOfAny(['\r', '\n']) < 0)
        {
            yield return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        }

        if (value.Length > 0 && value.All(c => c > ' ' && c < 0x7F && "()<>@,;:\\\"/[]?={}".IndexOf(c) < 0))
        {
            yield return value;
        }
    }

    /// <summary>RFC 5987 <c>charset'language'percent-encoded</c> with a UTF-8 charset; null when it is not.</summary>
    private static string? ExtendedValue(ref ReadOnlySpan<char> rest)
    {
        var semicolon = rest.IndexOf(';');
        var text = (semicolon < 0 ? rest : rest[..semicolon]).Trim().ToString();
        rest = semicolon < 0 ? [] : rest[semicolon..];
        var parts = text.Split('\'');
        if (parts.Length != 3 || !parts[0].Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return Uri.UnescapeDataString(parts[2]);
    }

    /// <summary>The parts between the delimiters, each from after its delimiter's CRLF to before the next one's CRLF.</summary>
    private static List<byte[]>? Split(byte[] body, string boundary, out string? problem)
    {
        problem = null;
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        if (!body.AsSpan().StartsWith(delimiter))
        {
            problem = "it does not start with the boundary line";
            return null;
        }

        var parts = new List<byte[]>();
        var position = delimiter.Length;
        while (true)
        {
            if (body.AsSpan(position).StartsWith("--"u8))
            {
                var epilogue = body.AsSpan(position + 2);
                if (!epilogue.IsEmpty && !epilogue.SequenceEqual("\r\n"u8))
                {
                    problem = $"{epilogue.Length} bytes after the closing boundary";
                    return null;
                }

                return parts;
            }

            if (!body.AsSpan(position).StartsWith("\r\n"u8))
            {
                problem = "a boundary line does not end with CRLF";
                return null;
            }

            var start = position + 2;
            var next = IndexOf(body, [.. "\r\n"u8, .. delimiter], start);
            if (next < 0)
            {
                problem = "no closing boundary";
                return null;
            }

            parts.Add(body[start..next]);
            position = next + 2 + delimiter.Length;
        }
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle, int start)
    {
        var index = haystack.AsSpan(start).IndexOf(needle);
        return index < 0 ? -1 : start + index;
    }

    private static string FirstDifference(byte[] wanted, byte[] received)
    {
        var common = wanted.AsSpan().CommonPrefixLength(received);
        return common < Math.Min(wanted.Length, received.Length) ? $", first different at byte {common}" : string.Empty;
    }

    private static string Show(byte[] content)
    {
        try
        {
            return FormComparison.Quote(StrictUtf8.GetString(content));
        }
        catch (DecoderFallbackException)
        {
            return $"{content.Length} bytes that are not UTF-8";
        }
    }
}
