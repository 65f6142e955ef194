using System.Text;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// The one percent-encoder of the expected request (docs/endpoint-format.md): every UTF-8 byte except the
/// RFC 3986 unreserved characters becomes <c>%XX</c> (upper-case hex), so a space is <c>%20</c>, never <c>+</c>.
/// Samples, the manifest and verify all use it, so a value is encoded exactly once.
/// </summary>
public static class UrlEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsUnreserved(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_' or '~';

    /// <exception cref="ArgumentException">The value holds a lone surrogate, which has no UTF-8 form.</exception>
    public static string Encode(string value)
    {
        var plain = true;
        foreach (var c in value)
        {
            if (!IsUnreserved(c))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return value;
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(value);
        }
        catch (EncoderFallbackException)
        {
            throw new ArgumentException("the value holds a lone UTF-16 surrogate, which cannot be sent as UTF-8", nameof(value));
        }

        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b < 0x80 && IsUnreserved((char)b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 0xF]);
            }
        }

        return builder.ToString();
    }
}
