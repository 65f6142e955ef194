using HookSnippets.Description.Diagnostics;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// Reads the files of one description, each once: the document and every local file its <c>$ref</c>s name. A file is
/// read as JSON when its name ends in <c>.json</c>, or when it has no <c>.yaml</c>/<c>.yml</c> name and starts with
/// <c>{</c>; otherwise as YAML.
/// </summary>
internal sealed class SourceFiles
{
    private readonly string _documentDirectory;
    private readonly string _documentDisplayDirectory;
    private readonly Dictionary<string, SourceReadResult> _read = new(StringComparer.Ordinal);

    public SourceFiles(string documentFullPath, string documentDisplayPath)
    {
        _documentDirectory = Path.GetDirectoryName(documentFullPath) ?? string.Empty;
        _documentDisplayDirectory = Path.GetDirectoryName(documentDisplayPath) ?? string.Empty;
    }

    public static SourceReadResult Parse(string text, string fullPath, string displayPath) =>
        IsJson(text, fullPath) ? JsonSource.Read(text, fullPath, displayPath) : YamlSource.Read(text, fullPath, displayPath);

    public static bool IsJson(string text, string fullPath)
    {
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        return extension == ".json" || (extension is not (".yaml" or ".yml") && text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'));
    }

    /// <summary>Remembers the document, read from text the caller already has.</summary>
    public void Add(SourceFile document) => _read[document.FullPath] = new SourceReadResult(document, null, []);

    /// <summary>The file at <paramref name="fullPath"/>, read once.</summary>
    public SourceReadResult Read(string fullPath)
    {
        if (!_read.TryGetValue(fullPath, out var result))
        {
            result = ReadFromDisk(fullPath);
            _read[fullPath] = result;
        }

        return result;
    }

    /// <summary>A referenced file's path as diagnostics print it: beside the document's path as the user gave it.</summary>
    public string DisplayPath(string fullPath) =>
        Path.Combine(_documentDisplayDirectory, Path.GetRelativePath(_documentDirectory, fullPath));

    private SourceReadResult ReadFromDisk(string fullPath)
    {
        var display = DisplayPath(fullPath);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : e.Message;
            return SourceReadResult.Failed(new DiagnosticInfo(DiagnosticIds.BrokenOpenApiReference, Severity.Error, $"Cannot read '{display}': {reason}.", display, default));
        }

        var text = Utf8Text.Decode(bytes, display, out var error);
        return text is null ? SourceReadResult.Failed(error!) : Parse(text, fullPath, display);
    }
}
