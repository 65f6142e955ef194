namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>A temporary folder for generated programs, removed when the test ends.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hooksnippets-encoders-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM and returns the file's full path.</summary>
    public string Write(string fileName, string text)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
