// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>URL, header and argument helpers for the generated code.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal static class HookSnippetsHttp
{
    private static readonly global::System.Text.UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Percent-encodes every byte of the UTF-8 form except the RFC 3986 unreserved characters.</summary>
    internal static string Encode(string value)
    {
        var builder = new global::System.Text.StringBuilder(value.Length);
        foreach (var b in StrictUtf8.GetBytes(value))
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", global::System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>A path segment value: not null, not empty, not <c>.</c> or <c>..</c> (they would change the path), encoded.</summary>
    internal static string PathSegment(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new global::System.ArgumentException("The value must not be empty: it is a segment of the request path.", parameterName);
        }

        if (value is "." or "..")
        {
            throw new global::System.ArgumentException("The value must not be '.' or '..': it would change the request path.", parameterName);
        }

        return Encode(value);
    }

    internal static string Format(int value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string Format(long value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string Format(double value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string Format(bool value) => value ? "true" : "false";

    /// <summary>Appends <c>name=value</c> (value already encoded) with <c>?</c> before the first pair and <c>&amp;</c> before the others.</summary>
    internal static void AppendQuery(global::System.Text.StringBuilder url, ref bool hasQuery, string name, string encodedValue)
    {
        url.Append(hasQuery ? '&' : '?').Append(Encode(name)).Append('=').Append(encodedValue);
        hasQuery = true;
    }

    /// <summary>Checks a map or list against the schema's minProperties/maxProperties or minItems/maxItems.</summary>
    internal static void CheckCount(int count, int? min, int? max, string keyword, string unit, string units, string parameterName)
    {
        if (min is { } atLeast && count < atLeast)
        {
            throw new global::System.ArgumentException(CountMessage("at least", atLeast, "min" + keyword, count, unit, units), parameterName);
        }

        if (max is { } atMost && count > atMost)
        {
            throw new global::System.ArgumentException(CountMessage("at most", atMost, "max" + keyword, count, unit, units), parameterName);
        }
    }

    private static string CountMessage(string bound, int limit, string keyword, int count, string unit, string units)
    {
        var limitText = limit.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        return "Must hold " + bound + " " + limitText + " " + (limit == 1 ? unit : units) + " (" + keyword + ": " + limitText + "); it holds "
            + count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".";
    }

    /// <summary>A header value sent as given; line breaks and other control characters would split or corrupt the header.</summary>
    internal static string HeaderValue(string value, string parameterName)
    {
        foreach (var c in value)
        {
            if (c < ' ' && c != '\t' || c == '\u007f')
            {
                throw new global::System.ArgumentException("The value must not contain control characters: it is sent as a header.", parameterName);
            }
        }

        return value;
    }

    /// <summary>A base URL variable's value: it becomes part of the host or path, so it must not hold URL delimiters.</summary>
    internal static string Variable(string? value, string optionName, string optionsName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new global::System.ArgumentException("Set " + optionsName + "." + optionName + ", or BaseUrl to replace the whole base URL.", "options");
        }

        foreach (var c in value!)
        {
            if (c is '/' or '?' or '#' or '@' or '\\' || c <= ' ' || c == '\u007f')
            {
                throw new global::System.ArgumentException(optionsName + "." + optionName + " must not contain '/', '?', '#', '@', '\\', spaces or control characters.", "options");
            }
        }

        return value;
    }

    /// <summary>A base URL given whole: <paramref name="source"/> names where it came from (the option, or HttpClient.BaseAddress).</summary>
    internal static string BaseUrl(global::System.Uri baseUrl, string source)
    {
        var parameter = source.StartsWith("HttpClient", global::System.StringComparison.Ordinal) ? "httpClient" : "options";
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != "https" && baseUrl.Scheme != "http"))
        {
            throw new global::System.ArgumentException(source + " must be an absolute http or https URL.", parameter);
        }

        if (baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            throw new global::System.ArgumentException(source + " must not have a query or a fragment.", parameter);
        }

        // Credentials in the URL would show in ToString and in exception texts; the token has its own option.
        if (baseUrl.UserInfo.Length > 0)
        {
            throw new global::System.ArgumentException(source + " must not hold user information.", parameter);
        }

        return baseUrl.AbsoluteUri.TrimEnd('/');
    }

    internal static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> CollectHeaders(global::System.Net.Http.HttpResponseMessage response)
    {
        var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value).AsReadOnly();
        }

        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value).AsReadOnly();
        }

        return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(headers);
    }

    internal static string DecodeBody(byte[] body) => global::System.Text.Encoding.UTF8.GetString(body);

    /// <summary>The UTF-8 bytes of a text body or part; a lone surrogate has none, so it is refused rather than replaced.</summary>
    internal static byte[] Utf8(string value, string parameterName)
    {
        try
        {
            return StrictUtf8.GetBytes(value);
        }
        catch (global::System.Text.EncoderFallbackException)
        {
            throw new global::System.ArgumentException("The text holds a lone UTF-16 surrogate, which cannot be sent as UTF-8.", parameterName);
        }
    }

    /// <summary>A file's bytes, read once before the first attempt so that every retry sends the same ones.</summary>
    internal static async global::System.Threading.Tasks.Task<byte[]> ReadAllAsync(global::System.IO.Stream stream, global::System.Threading.CancellationToken cancellationToken)
    {
        using var buffer = new global::System.IO.MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
    /// <summary>Headers a test gives, copied so that names compare ignoring case as the ones the client collects do.</summary>
    internal static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> IgnoringCase(
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>? headers)
    {
        var copy = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        if (headers is not null)
        {
            foreach (var header in headers)
            {
                copy[header.Key] = header.Value;
            }
        }

        return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(copy);
    }

    /// <summary>A string-backed enum value that was never set (<c>default</c>): it has no wire value to send.</summary>
    internal static global::System.ArgumentException Unset(string type) =>
        new("A default " + type + " holds no value to send; use one of its static values or new " + type + "(\"text\").");
}
