using System;
using System.IO;
using System.Text;
using HookSnippets.ClientShape;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// The runtime shared by every client of a project: the exception, retry options, JSON, form, multipart and HTTP
/// helpers, the file and multipart body types, and the request sender (credentials, retries, error mapping). Emitted once per project, into its default namespace, from
/// the C# files under Runtime/, which are embedded in the generator rather than compiled into it.
/// </summary>
internal static class RuntimeEmitter
{
    /// <summary>
    /// No client file can take this name: client hint names start with a namespace or client name, which has no '-',
    /// and the only '-' in them is followed by an 8-digit hex hash or by "group" (see Pipeline/HintNames).
    /// </summary>
    public const string HintName = "HookSnippets-Runtime.g.cs";

    /// <summary>The files in the order they are emitted, one type each (<c>OfT</c> for a generic one).</summary>
    private static readonly string[] Files =
    {
        RuntimeNames.ApiException,
        RuntimeNames.UnexpectedResponseException,
        RuntimeNames.ApiResponse,
        RuntimeNames.ApiResponse + "OfT",
        RuntimeNames.RequestOptions,
        RuntimeNames.Optional + "OfT",
        RuntimeNames.Pager + "OfT",
        RuntimeNames.Page + "OfT",
        RuntimeNames.RateLimitInfo,
        RuntimeNames.RetryOptions,
        RuntimeNames.JsonReadDelegate,
        RuntimeNames.JsonBody,
        RuntimeNames.JsonHelpers,
        RuntimeNames.HttpHelpers,
        RuntimeNames.Credential,
        RuntimeNames.FormBody,
        RuntimeNames.FileContent,
        RuntimeNames.MultipartFormData,
        RuntimeNames.MultipartWriter,
        RuntimeNames.RequestSender,
        RuntimeNames.Paging,
    };

    /// <summary>What the files call their own namespace, each occurrence replaced by the project's qualifier.</summary>
    private const string FileQualifier = "global::HookSnippets.Generator.Runtime.";

    /// <summary>Each file's body starts after this line and the blank line below it.</summary>
    private const string FileNamespace = "namespace HookSnippets.Generator.Runtime;\n\n";

    /// <summary>The attribute as the files spell it, replaced by the one carrying the generator's version.</summary>
    private const string FileAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"HookSnippets.Generator\", \"0.0.0\")]";

    private static readonly Lazy<string> Bodies = new(ReadBodies);

    public static GeneratedSource Emit(string @namespace)
    {
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, @namespace);
        var text = Bodies.Value
            .Replace(FileQualifier, CSharpNames.Qualifier(@namespace))
            .Replace(FileAttribute, CSharpNames.GeneratedCodeAttribute);
        return new GeneratedSource(HintName, writer + text);
    }

    /// <summary>The files' bodies, a blank line between two, LF newlines whatever the checkout did to them.</summary>
    private static string ReadBodies()
    {
        var bodies = new StringBuilder();
        foreach (var file in Files)
        {
            var name = $"HookSnippets.Generator.Runtime.{file}.cs";
            using var stream = typeof(RuntimeEmitter).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"the generator has no embedded {name}");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd().Replace("\r\n", "\n");
            var start = text.IndexOf(FileNamespace, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException($"{name} does not declare {FileNamespace.Trim()}");
            }

            bodies.Append(bodies.Length == 0 ? string.Empty : "\n").Append(text, start + FileNamespace.Length, text.Length - start - FileNamespace.Length);
        }

        return bodies.ToString();
    }
}
