using System.Text;

namespace HookSnippets.Snippets.Output;

/// <summary>A rendered snippets folder held in memory: relative paths with <c>/</c>, in ordinal order, UTF-8 text without BOM.</summary>
public sealed class RenderedFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

    public IEnumerable<string> Paths => _files.Keys;

    public int Count => _files.Count;

    public string this[string path] => _files[path];

    public bool Contains(string path) => _files.ContainsKey(path);

    public void Add(string path, string text) => _files.Add(path, text);
}
