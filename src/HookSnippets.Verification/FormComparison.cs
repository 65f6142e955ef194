using System.Text;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification;

/// <summary>
/// A received <c>application/x-www-form-urlencoded</c> body against the expected fields: decoded as a server decodes
/// it (split at <c>&amp;</c> then at the first <c>=</c>; <c>+</c> is a space; <c>%XX</c> are UTF-8 bytes), then the
/// fields compared in order, names and values exactly (docs/endpoint-format.md, "Form bodies").
/// </summary>
internal static class FormComparison
{
    public static void Compare(FormBody expected, byte[] received, List<string> differences)
    {
        if (Decode(received, out var problem) is not { } fields)
        {
            differences.Add($"body: not valid form encoding ({problem}): {Quote(Encoding.UTF8.GetString(received))}");
            return;
        }

        for (var i = 0; i < Math.Max(expected.Fields.Count, fields.Count); i++)
        {
            if (i >= fields.Count)
            {
                differences.Add($"form field {i + 1}: missing, expected {Show(expected.Fields[i])}");
            }
            else if (i >= expected.Fields.Count)
            {
                differences.Add($"form field {i + 1}: not expected, received {Show(fields[i])}");
            }
            else if (fields[i] != expected.Fields[i])
            {
                differences.Add($"form field {i + 1}: expected {Show(expected.Fields[i])}, received {Show(fields[i])}");
            }
        }
    }

    /// <summary>The fields of a form body, or null (with the reason) when it is not valid form encoding of UTF-8 text.</summary>
    public static List<FormField>? Decode(byte[] body, out string? problem)
    {
        problem = null;
        var fields = new List<FormField>();
        if (body.Length == 0)
        {
            return fields;
        }

        foreach (var segment in Split(body, (byte)'&'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            var equals = Array.IndexOf(segment, (byte)'=');
            var name = Unescape(equals < 0 ? segment : segment[..equals], out problem);
            var value = equals < 0 ? string.Empty : Unescape(segment[(equals + 1)..], out problem);
            if (name is null || value is null)
            {
                return null;
            }

            fields.Add(new FormField(name, value));
        }

        return fields;
    }

    private static IEnumerable<byte[]> Split(byte[] body, byte separator)
    {
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i == body.Length || body[i] == separator)
            {
                yield return body[start..i];
                start = i + 1;
            }
        }
    }

    private static string? Unescape(byte[] text, out string? problem)
    {
        problem = null;
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'+')
            {
                bytes.Add((byte)' ');
            }
            else if (text[i] == (byte)'%')
            {
                if (i + 2 >= text.Length || !IsHex(text[i + 1]) || !IsHex(text[i + 2]))
                {
                    problem = "a '%' not followed by two hexadecimal digits";
                    return null;
                }

                bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(text, i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(text[i]);
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            problem = "bytes that are not UTF-8";
            return null;
        }
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'F' or >= (byte)'a' and <= (byte)'f';

    private static string Show(FormField field) => Quote(field.Name) + "=" + Quote(field.Value);

    /// <summary>A string in double quotes with line breaks and other control characters made visible.</summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
